"""Per-language text analysis, done in Python so that every backend sees the same terms.

The engine's stemmers cannot join Finnish consonant-gradation forms ("kaupunki",
"kaupungeissa") or split compounds ("älykaupunki"), and the database backends do not
stem at all. So the portal analyses text itself, at index time and at query time alike,
with the same lexical view on both sides (search.languages):

- every word becomes its accent-folded surface form and its lemmas, its *whole* terms;
- a compound also gets the terms of its parts (and of runs of parts, and of the parts'
  own parts), each written with the `PART` prefix: "älykaupungeissa" is indexed as
  "älykaupungeissa älykaupunki 0p0äly 0p0kaupunki".

A query word (`WordQuery`) matches a page that has it as a whole word, as a part of a
compound ("kaupunki" finds "älykaupungeissa"), or, for a compound, has *all* of its parts
as words ("kaukoputki" needs "kauko" and "putki", so a page about "kaukolämpö" does not
match).
Whole-word matches rank above part matches, which rank above typo matches (search.spelling).
See docs/search.md.
"""

import dataclasses
import functools
import re
import unicodedata

from search import languages

WORD_RE = re.compile(r"[^\W_]+")

# The prefix of index terms that are parts of compounds. Three characters, so that no
# word is one or two typing errors away from a marked term.
PART = "0p0"

# Letters that Unicode does not decompose into a base letter and a mark.
_FOLD_EXTRA = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ŋ": "n"}
)

# A query made only of these still searches for them; otherwise they are dropped.
STOPWORDS = {
    language: frozenset(listed.split())
    for language, listed in {
        "en": "a an and are as at be by for from in into is it of on or the to with",
        "fi": "ja on ei se ne tai kuin että myös joka mikä sekä",
        "sv": "och i att en ett det som på är av för med till den om de",
    }.items()
}

# Compound parts shorter than this are not indexed.
MIN_COMPOUND_PART = 3
# A query compound's parts shorter than this (such as "äly", "för") must be found as
# parts, never as words elsewhere on the page.
MIN_FREE_PART = 4
# Longer queries are cut to this many words: nobody types more, and it bounds the work.
MAX_QUERY_WORDS = 12
MAX_WORD_LENGTH = 60


def fold(text):
    """Lower-case and strip accents: "Tromsø" and "Tromso" both become "tromso"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD_EXTRA))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    """The words of a text, as written (no folding), without markup characters."""
    return [word for word in WORD_RE.findall(text or "") if len(word) <= MAX_WORD_LENGTH]


def base_language(language):
    return (language or "en").split("-")[0].lower()


def lemmatiser_name(language):
    """Which analyser reads `language` on this machine, for the docs and the tests."""
    return languages.analyser_names().get(base_language(language), "simplemma")


@dataclasses.dataclass(frozen=True)
class WordAnalysis:
    """What one word is in the index: its whole terms and, for a compound, its parts."""

    # The folded surface form and lemmas.
    whole: tuple
    # Each reading of a compound: its parts in order, each part a tuple of its terms.
    splits: tuple = ()
    # The terms of every part, run of parts and part of a part: what the index marks as parts.
    part_terms: tuple = ()

    @property
    def index_terms(self):
        return self.whole + tuple(PART + term for term in self.part_terms)

    @property
    def terms(self):
        """Every term, parts unmarked: what a query term must be among to highlight the word."""
        return self.whole + self.part_terms


@functools.lru_cache(maxsize=200_000)
def _readings(word, language):
    return languages.readings(word, language)


@functools.lru_cache(maxsize=200_000)
def standalone_terms(word, language):
    """The whole terms of a lower-case word, read on its own (not split)."""
    lemmas, _splits = _readings(word, language)
    return frozenset(term for term in {fold(word), *map(fold, lemmas)} if term)


@functools.lru_cache(maxsize=200_000)
def analyse_word(word, language):
    """The `WordAnalysis` of one word in `language` (a base language code)."""
    lowered = word.casefold()
    if lowered.isdigit():
        return WordAnalysis(whole=(lowered,))
    if len(lowered) > MAX_WORD_LENGTH:
        return WordAnalysis(whole=(fold(lowered),))
    _lemmas, splits = _readings(lowered, language)
    # A compound the dictionaries do not know still has a lemma: its last part's
    # ("fjärrkylanätet" is "fjärrkyla" + "nät").
    compound_lemmas = {fold("".join(surface for surface, _base in split[:-1]) + split[-1][1]) for split in splits}
    whole = standalone_terms(lowered, language) | compound_lemmas
    readings, marked = [], set()
    for split in splits:
        parts = []
        for surface, base in split:
            terms = {
                term for term in standalone_terms(surface, language) | {fold(base)} if len(term) >= MIN_COMPOUND_PART
            }
            if terms:
                parts.append(tuple(sorted(terms)))
                marked |= terms
            if len(base) < len(lowered):
                marked |= set(analyse_word(base, language).part_terms)
        marked |= _runs(split, language)
        if len(parts) > 1 and tuple(parts) not in readings:
            readings.append(tuple(parts))
    return WordAnalysis(whole=tuple(sorted(whole)), splits=tuple(readings), part_terms=tuple(sorted(marked - whole)))


def _runs(split, language):
    """Terms of each run of two or more parts that is not the whole word ("vesijohto" in "vesijohtoverkosto")."""
    terms = set()
    last = len(split) - 1
    for start in range(len(split)):
        for end in range(start + 1, len(split)):
            if start == 0 and end == last:
                continue
            run = "".join(surface for surface, _base in split[start:end]) + (
                split[end][1] if end == last else split[end][0]
            )
            terms |= standalone_terms(run, language)
    return terms


def spellings(word, language):
    """{term: how it is written} for the whole terms and parts of one word, accents kept."""
    lowered = word.casefold()
    lemmas, splits = _readings(lowered, language)
    written = [lowered, *lemmas, *(form for split in splits for part in split for form in part)]
    return {fold(form): form for form in written}


def word_terms(word, language):
    """Every term of one word, parts unmarked (for highlighting)."""
    return analyse_word(word, base_language(language)).terms


def analyse(text, language):
    """Index text for `text` in `language`: one space-separated run of terms."""
    languages.announce_analysers()
    language = base_language(language)
    return " ".join(term for word in words(text) for term in analyse_word(word, language).index_terms)


@dataclasses.dataclass(frozen=True)
class WordQuery:
    """One word of a query: the index terms that match it, tier by tier.

    `whole` matches the word itself or its lemma; `parts` matches it as a part of a
    compound; each of `compounds` (a compound's readings) matches when every part is
    found as a word (a short part, as a part of a compound). `fuzzy` holds index terms a typing error away (filled
    in from the vocabulary by search.spelling), `edits` how many errors the word may have.
    """

    text: str
    whole: tuple
    parts: tuple = ()
    compounds: tuple = ()
    fuzzy: tuple = ()
    edits: int = 0

    @property
    def exact(self):
        """The alternatives without the typo tier: `whole`, then `parts`."""
        return self.whole + self.parts

    @property
    def highlight_terms(self):
        """Unmarked terms whose words a result marks as matches."""
        terms = {*self.whole, *self.fuzzy}
        terms.update(term for reading in self.compounds for part in reading for term in part)
        return frozenset(term.removeprefix(PART) for term in terms)


def query_words(query, language):
    """The query's words as `WordQuery`s: every one must match, in any of its forms.

    Query-language syntax is not interpreted: only words count, so "title:(a OR" is the
    three words "title", "a" and "OR".
    """
    language = base_language(language)
    query_words = [word for word in words(query) if word.strip("_")][:MAX_QUERY_WORDS]
    stopwords = STOPWORDS.get(language, frozenset())
    meaningful = [word for word in query_words if word.casefold() not in stopwords] or query_words
    found = []
    for word in meaningful:
        analysis = analyse_word(word, language)
        compounds = tuple(tuple(_part_alternatives(part, stopwords) for part in reading) for reading in analysis.splits)
        query = WordQuery(
            text=fold(word),
            whole=analysis.whole,
            parts=tuple(PART + term for term in analysis.whole),
            compounds=compounds,
        )
        if query.whole and all(query.whole != other.whole for other in found):
            found.append(query)
    return found


def _part_alternatives(terms, stopwords):
    """How one part of a query compound may be found: as a word, or, if short or a stopword, as a part.

    Not as a part of just any compound: a page with "fjärrkyla" and "värmepump" is not
    about "fjärrvärme".
    """
    if all(len(term) < MIN_FREE_PART or term in stopwords for term in terms):
        return tuple(PART + term for term in terms)
    return terms
