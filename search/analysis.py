"""Per-language text analysis, done in Python so that every backend sees the same terms.

The engine's stemmers cannot join Finnish consonant-gradation forms ("kaupunki",
"kaupungeissa") or split compounds ("älykaupunki"), and the database backends do not
stem at all. So the portal analyses text itself, at index time and at query time alike:
every word becomes its accent-folded surface form, its lemmas and, for compounds, the
lemmas of its parts. Finnish uses Voikko when the system has it (Debian's `libvoikko1`
and `voikko-fi`), simplemma otherwise; Swedish and English use simplemma.

See docs/search.md.
"""

import functools
import logging
import re
import threading
import unicodedata

import simplemma

logger = logging.getLogger(__name__)

WORD_RE = re.compile(r"[^\W_]+")
WORD_RE_CAPTURE = re.compile(r"([^\W_]+)")

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

# Words shorter than this are not split into compound parts.
MIN_COMPOUND_PART = 3
# Longer queries are cut to this many words: nobody types more, and it bounds the work.
MAX_QUERY_WORDS = 12
MAX_WORD_LENGTH = 60
# Characters of text a result snippet shows.
SNIPPET_LENGTH = 220


def fold(text):
    """Lower-case and strip accents: "Tromsø" and "Tromso" both become "tromso"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD_EXTRA))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    """The words of a text, as written (no folding), without markup characters."""
    return [word for word in WORD_RE.findall(text or "") if len(word) <= MAX_WORD_LENGTH]


def base_language(language):
    return (language or "en").split("-")[0].lower()


_voikko_lock = threading.Lock()


@functools.cache
def _voikko():
    """The Finnish Voikko analyser, or None when the system does not have it."""
    try:
        import libvoikko

        return libvoikko.Voikko("fi")
    except (ImportError, OSError) as error:
        logger.info("Voikko is not available (%s); Finnish uses simplemma", error)
        return None


def lemmatiser_name(language):
    """Which lemmatiser analyses `language` on this machine (for the docs and the tests)."""
    if base_language(language) == "fi" and _voikko() is not None:
        return "voikko"
    return "simplemma"


def _voikko_lemmas(word):
    """Base forms and compound parts of a Finnish word according to Voikko."""
    lemmas = set()
    # libvoikko is not thread-safe, and runserver and WSGI servers use threads.
    with _voikko_lock:
        analyses = _voikko().analyze(word)
    for analysis in analyses:
        if baseform := analysis.get("BASEFORM"):
            lemmas.add(baseform)
        # WORDBASES looks like "+äly(äly)+kaupunki(kaupunki)": each part's base form in brackets.
        parts = re.findall(r"\(([^()+]+)\)", analysis.get("WORDBASES", ""))
        if len(parts) > 1:
            lemmas.update(part for part in parts if len(part) >= MIN_COMPOUND_PART)
    return lemmas


def _simplemma_lemmas(word, language):
    lemmas = {simplemma.lemmatize(word, lang=language)}
    if language == "fi" and not simplemma.is_known(word, lang=language):
        lemmas |= _split_compound(word)
    return lemmas


def _split_compound(word):
    """Split an unknown Finnish word into a known first part and a known, inflected last part."""
    for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
        head, tail = word[:cut], word[cut:]
        if simplemma.is_known(head, lang="fi") and simplemma.is_known(tail, lang="fi"):
            return {head, simplemma.lemmatize(tail, lang="fi")}
    return set()


@functools.lru_cache(maxsize=200_000)
def word_terms(word, language):
    """Every index term for one word: folded surface form, lemmas and compound parts."""
    language = base_language(language)
    lowered = word.casefold()
    if lowered.isdigit():
        return (lowered,)
    if language == "fi" and _voikko() is not None:
        lemmas = _voikko_lemmas(lowered)
    elif language in STOPWORDS:
        lemmas = _simplemma_lemmas(lowered, language)
    else:
        lemmas = set()
    terms = {fold(lowered)} | {fold(lemma) for lemma in lemmas}
    return tuple(sorted(term for term in terms if term))


def analyse(text, language):
    """Index text for `text` in `language`: one space-separated run of terms."""
    return " ".join(term for word in words(text) for term in word_terms(word, language))


def query_terms(query, language):
    """A query as groups of alternatives: every group must match, any term within it may.

    Query-language syntax is not interpreted: only words count, so "title:(a OR" is the
    three words "title", "a" and "OR".
    """
    language = base_language(language)
    query_words = [word for word in words(query) if word.strip("_")][:MAX_QUERY_WORDS]
    stopwords = STOPWORDS.get(language, set())
    meaningful = [word for word in query_words if word.casefold() not in stopwords] or query_words
    groups = []
    for word in meaningful:
        group = word_terms(word, language)
        if group and group not in groups:
            groups.append(group)
    return groups


def highlight(text, groups, language, length=SNIPPET_LENGTH):
    """A snippet of `text` around the first matched word, matched words wrapped in <mark>.

    Matching uses the same terms as searching, so "kaupunki" marks "kaupungeissa". Returns
    a list of (text, is_match) pairs for the template to escape and render. This is the
    database path's highlighter; on an engine, `read_highlight()` reads the engine's.
    """
    wanted = {term for group in groups for term in group}
    tokens = WORD_RE_CAPTURE.split(text or "")
    pieces = [
        (token, bool(index % 2 and set(word_terms(token, language)) & wanted)) for index, token in enumerate(tokens)
    ]
    return snippet(pieces, length)


def snippet(pieces, length=SNIPPET_LENGTH):
    """At most `length` characters of (text, is_match) pieces, starting a little before the first match."""
    first = next((index for index, (_text, matched) in enumerate(pieces) if matched), None)
    start = 0
    if first is not None and sum(len(text) for text, _matched in pieces[:first]) > length // 3:
        # A few words of context before the match (pieces alternate between words and what separates them).
        start = max(0, first - 8)
    result, used = ([("… ", False)] if start else []), 0
    for text, matched in pieces[start:]:
        if not text:
            continue
        if used + len(text) > length:
            result.append((" …", False))
            break
        result.append((text, matched))
        used += len(text)
    return result


# The engine's highlighter only knows the engine's own analysis, which cannot tell that
# "kaupungeissa" is "kaupunki". So the engine also stores an annotated copy of each text,
# with every word followed by its index terms in brackets: "kaupungeissa⦉kaupunki
# kaupungeissa⦊", or "the⦉⦊" when a word's only term is itself. The brackets split
# words for the engine's tokenizer too, so the engine marks exactly the words (or terms)
# the query matched; `read_highlight()` turns its fragments back into plain text. The
# text begins and ends with TEXT_EDGE, so a fragment tells whether it is the whole text.
ANNOTATION_OPEN, ANNOTATION_CLOSE, TEXT_EDGE = "\u2989", "\u298a", "\u298b"
# What the engine puts around a matched term: private-use characters no text contains.
MARK_START, MARK_END = "\ue000", "\ue001"
_RESERVED = str.maketrans(
    dict.fromkeys(map(ord, ANNOTATION_OPEN + ANNOTATION_CLOSE + TEXT_EDGE + MARK_START + MARK_END), " ")
)
_ANNOTATION_RE = re.compile(f"({ANNOTATION_OPEN}[^{ANNOTATION_OPEN}{ANNOTATION_CLOSE}]*{ANNOTATION_CLOSE})")
_LAST_WORD_RE = re.compile(f"{MARK_START}?[^\\W_]+{MARK_END}?$")


def annotate(text, language):
    """`text` with each word followed by its index terms, for the engine's highlighter."""

    def annotated(match):
        word = match.group()
        if len(word) > MAX_WORD_LENGTH:
            return word + ANNOTATION_OPEN + ANNOTATION_CLOSE
        terms = word_terms(word, language)
        shown = "" if terms == (word.lower(),) else " ".join(terms)
        return f"{word}{ANNOTATION_OPEN}{shown}{ANNOTATION_CLOSE}"

    return TEXT_EDGE + WORD_RE.sub(annotated, (text or "").translate(_RESERVED)) + TEXT_EDGE


def read_highlight(fragment):
    """(text, is_match) pieces of an engine fragment of annotated text, annotations removed.

    A word counts as matched when the engine marked it or any of its terms. A fragment
    that begins or ends inside an annotation loses that part; one that begins or ends
    inside the text says so with an ellipsis.
    """
    starts, ends = fragment.startswith(TEXT_EDGE), fragment.endswith(TEXT_EDGE)
    fragment = fragment.strip(TEXT_EDGE)
    close = fragment.find(ANNOTATION_CLOSE)
    if close != -1 and ANNOTATION_OPEN not in fragment[:close]:
        fragment = fragment[close + 1 :]
    opening = fragment.rfind(ANNOTATION_OPEN)
    if opening != -1 and ANNOTATION_CLOSE not in fragment[opening:]:
        fragment = fragment[:opening]
    parts = _ANNOTATION_RE.split(fragment)
    pieces = []
    for index in range(0, len(parts) - 1, 2):
        text, annotation = parts[index], parts[index + 1]
        word = _LAST_WORD_RE.search(text)
        before, word = (text[: word.start()], word.group()) if word else (text, "")
        pieces += [(_unmarked(before), False), (_unmarked(word), MARK_START in word or MARK_START in annotation)]
    pieces.append((_unmarked(parts[-1]), False))
    pieces = [(text, matched) for text, matched in pieces if text]
    if pieces:
        pieces = ([] if starts else [("… ", False)]) + pieces + ([] if ends else [(" …", False)])
    return pieces


def _unmarked(text):
    return text.replace(MARK_START, "").replace(MARK_END, "")
