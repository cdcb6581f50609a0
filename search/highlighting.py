"""Marking matched words in text: in Python on the database path, from the engine's highlights otherwise.

Both give lists of (text, is_match) pieces for the templates to escape and render.
Marking uses the same terms as matching (search.analysis), so a search for
"kaupungeissa" marks "kaupunki", and "kaupunki" marks "älykaupungeissa".
"""

import re

from search.analysis import MAX_WORD_LENGTH, WORD_RE, word_terms

WORD_RE_CAPTURE = re.compile(r"([^\W_]+)")
# Characters of text a result snippet shows.
SNIPPET_LENGTH = 220


def marked_words(text, query_words, language):
    """(text, is_match) pieces of all of `text`, the words matching any of `query_words` marked."""
    wanted = frozenset().union(*(word.highlight_terms for word in query_words))
    tokens = WORD_RE_CAPTURE.split(text or "")
    return [
        (token, bool(index % 2 and wanted.intersection(word_terms(token, language))))
        for index, token in enumerate(tokens)
        if token
    ]


def highlight(text, query_words, language, length=SNIPPET_LENGTH):
    """A snippet of `text` around the first matched word, matched words marked.

    This is the database path's highlighter; on an engine, `read_highlight()` reads the engine's.
    """
    return snippet(marked_words(text, query_words, language), length)


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
