"""Typing errors: which query words may be misspelt, what they may stand for, and "Did you mean".

A query word of five or more letters may hold one error (two from nine letters on) when
the index has none of its terms in the search's language: a word the pages use is taken
as meant. Such a word then also matches index terms that many errors away (insertions,
deletions, substitutions, and swaps of neighbouring letters), ranked below exact
matches: on the engine by its own fuzzy matching, on the database backend by the
closest terms of the vocabulary (search.vocabulary). Names count as words: "Kirkennes"
finds Kirkenes.

When a search finds little, `suggest()` offers the query with its misspelt words
corrected, if that finds more. See docs/search.md.
"""

import dataclasses

from search import vocabulary
from search.analysis import PART, fold, words

MIN_TYPO_LENGTH = 5
TWO_TYPOS_LENGTH = 9
# Vocabulary terms a misspelt word stands for on the database backend.
MAX_CORRECTIONS = 5
# Fewer results than this make "Did you mean" worth showing.
FEW_RESULTS = 3
# A known word is taken for a typo of a close one that many times more common...
RARE_WORD_PAGES, MORE_COMMON, MIN_COMMON_PAGES = 2, 10, 5


@dataclasses.dataclass(frozen=True)
class Suggestion:
    """A corrected query and how many results it finds."""

    text: str
    count: int


def allowed_edits(text):
    """How many typing errors a folded query word may hold."""
    if len(text) < MIN_TYPO_LENGTH or text.isdigit():
        return 0
    return 1 if len(text) < TWO_TYPOS_LENGTH else 2


def edit_distance(first, second, limit):
    """Optimal-string-alignment distance (a swap of neighbours is one edit), or limit + 1 beyond `limit`."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    before, previous = None, list(range(len(second) + 1))
    for i, char in enumerate(first, start=1):
        current = [i] + [0] * len(second)
        for j, other in enumerate(second, start=1):
            cost = char != other
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and char == second[j - 2] and first[i - 2] == other:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous[-1], limit + 1)


def corrections(locale, text, edits):
    """[(term, display, pages)] of the vocabulary within `edits` of `text`, the likeliest first.

    Trigrams find nearly all; a word scrambled beyond sharing any ("nuasntraa") gets a
    scan of the terms that begin or end like it.
    """
    for scan in (False, True):
        found = []
        for term, display, pages in vocabulary.close_spellings(locale, text, edits, scan=scan):
            distance = edit_distance(text, term, edits)
            if term != text and distance <= edits:
                found.append((distance, -pages, term[:1] != text[:1], term, display, pages))
        if found:
            return [(term, display, pages) for *_rank, term, display, pages in sorted(found)]
    return []


def _known_terms(word):
    return {*word.whole, *(term.removeprefix(PART) for reading in word.compounds for part in reading for term in part)}


def is_unknown(word, known):
    """Whether none of a query word's terms, nor all the parts of one of its compound readings, is in `known`."""
    if any(term in known for term in word.whole):
        return False
    return not any(
        all(any(term.removeprefix(PART) in known for term in part) for part in reading) for reading in word.compounds
    )


def with_typos(query, corrected=True):
    """`query` with its possibly misspelt words allowed their errors.

    With `corrected`, such a word also gets the vocabulary terms it may stand for (the
    database backend matches those); an engine matches by edit distance itself.
    """
    if not query.words:
        return query
    known = vocabulary.known(query.locale, set().union(*(_known_terms(word) for word in query.words)))
    changed = []
    for word in query.words:
        edits = allowed_edits(word.text)
        if edits and is_unknown(word, known):
            fuzzy = ()
            if corrected:
                terms = [term for term, _display, _pages in corrections(query.locale, word.text, edits)]
                fuzzy = tuple(terms[:MAX_CORRECTIONS]) + tuple(PART + term for term in terms[:MAX_CORRECTIONS])
            word = dataclasses.replace(word, edits=edits, fuzzy=fuzzy)
        changed.append(word)
    return dataclasses.replace(query, words=tuple(changed))


def suggest(query, count, counter):
    """A `Suggestion` for a query that found fewer than FEW_RESULTS, or None.

    `query` is as searched (after `with_typos`); `counter(text)` counts the results of
    another text with the same facets. A misspelt word is replaced by its likeliest
    correction, and a rare known word by a far more common close one; the suggestion
    is offered only if it finds more than the exact words did.
    """
    # A misspelt word has no exact match: whatever was found, was found by correcting it.
    exact_count = 0 if any(word.edits for word in query.words) else count
    if query.page != 1 or exact_count >= FEW_RESULTS:
        return None
    replacements = {}
    rare = [word for word in query.words if not word.edits and allowed_edits(word.text)]
    pages = vocabulary.known(query.locale, {word.text for word in rare}) if rare else {}
    for word in query.words:
        if word.edits:
            if best := corrections(query.locale, word.text, word.edits)[:1]:
                replacements[word.text] = best[0][1]
        elif word in rare and 0 < pages.get(word.text, 0) <= RARE_WORD_PAGES:
            close = corrections(query.locale, word.text, allowed_edits(word.text))[:1]
            if close and close[0][2] >= max(MIN_COMMON_PAGES, MORE_COMMON * pages[word.text]):
                replacements[word.text] = close[0][1]
    if not replacements:
        return None
    text = corrected_text(query.text, replacements)
    found = counter(text)
    return Suggestion(text=text, count=found) if found > exact_count else None


def corrected_text(text, replacements):
    """`text` with the words whose folded form is in `replacements` replaced, capitalised as typed."""
    corrected = []
    for word in words(text):
        if (replacement := replacements.get(fold(word))) is not None:
            word = replacement[:1].upper() + replacement[1:] if word[:1].isupper() else replacement
        corrected.append(word)
    return " ".join(corrected)
