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


def highlight(text, groups, language, length=220):
    """A snippet of `text` around the first matched word, matched words wrapped in <mark>.

    Matching uses the same terms as searching, so "kaupunki" marks "kaupungeissa". Returns
    a list of (text, is_match) pairs for the template to escape and render.
    """
    wanted = {term for group in groups for term in group}
    tokens = WORD_RE_CAPTURE.split(text or "")
    matches = [index for index, token in enumerate(tokens) if index % 2 and set(word_terms(token, language)) & wanted]
    start = 0
    if matches:
        chars_before = sum(len(token) for token in tokens[: matches[0]])
        if chars_before > length // 3:
            # Start the snippet a few words before the first match.
            start = max(0, matches[0] - 8)
    pieces, used = [], 0
    if start:
        pieces.append(("… ", False))
    matched = set(matches)
    for index in range(start, len(tokens)):
        token = tokens[index]
        if used + len(token) > length:
            pieces.append((" …", False))
            break
        pieces.append((token, index in matched))
        used += len(token)
    return pieces
