"""A result's marked title and snippet, from the engine's highlights or marked here in Python.

Both are lists of (text, is_match) pieces for the template to escape and render. The
snippet is the summary if it matched, else the body around the match, else the start of
the summary. Marking uses the same terms as matching (search.analysis), so a search for
"kaupungeissa" marks "kaupunki". See docs/search.md.
"""

from search.backends.documents import HIGHLIGHT_FIELDS
from search.highlighting import highlight, marked_words, read_highlight, snippet


def best_snippet(candidates):
    """The first of the marked texts with a match; failing that, the first with any text."""
    with_text = [pieces for pieces in candidates if pieces]
    matched = [pieces for pieces in with_text if any(is_match for _text, is_match in pieces)]
    return (matched or with_text or [[]])[0]


def engine_marks(title, highlights):
    """(title, snippet) from the engine's highlights of the annotated texts."""

    def read(part):
        fragments = highlights.get(HIGHLIGHT_FIELDS[part])
        return read_highlight(fragments[0]) if fragments else []

    summary = read("summary")
    candidates = [summary] if any(matched for _text, matched in summary) else [read("body"), summary]
    return read("title") or [(title, False)], snippet(best_snippet(candidates))


def python_marks(title, texts, query_words, language):
    """(title, snippet) of a page, the words matching the query's words marked here; the title whole.

    `texts` are the page's (summary, body) as `search.results.Described.texts()` gives them.
    """
    summary, body = texts
    shown = highlight(summary, query_words, language)
    if query_words and not any(matched for _text, matched in shown):
        # Only then is the body worth marking: it is usually much longer.
        shown = best_snippet([shown, highlight(body, query_words, language)])
    elif not shown:
        shown = highlight(body, query_words, language)
    return marked_words(title, query_words, language), shown
