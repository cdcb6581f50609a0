"""Marking matched words: the database path's highlighter and reading back the engine's."""

from search import analysis, highlighting
from search.templatetags.search_tags import marked


def shown(pieces):
    return "".join(f"[{text}]" if matched else text for text, matched in pieces)


def test_highlight_marks_inflected_forms_and_compound_parts():
    text = "Suomen toiseksi suurin kaupunki on Espoo, älykaupungeissa asuu moni."
    pieces = highlighting.highlight(text, analysis.query_words("kaupungeissa", "fi"), "fi")
    assert shown(pieces) == "Suomen toiseksi suurin [kaupunki] on Espoo, [älykaupungeissa] asuu moni."


def test_highlight_starts_near_the_first_match_in_long_text():
    text = "Intro words. " * 40 + "The tram stop is here."
    pieces = highlighting.highlight(text, analysis.query_words("tram", "en"), "en", length=120)
    assert pieces[0] == ("… ", False)
    assert ("tram", True) in pieces


def test_a_title_is_marked_whole_never_cut_at_the_start():
    title = "NEOM: a very long title about a digital twin for low-energy district cooling in the desert"
    pieces = highlighting.marked_words(title, analysis.query_words("cooling", "en"), "en")
    assert "".join(text for text, _ in pieces) == title
    assert ("cooling", True) in pieces


def test_annotated_text_carries_each_words_terms():
    annotated = highlighting.annotate("Tromsø kaupungeissa ja", "fi")
    assert "Tromsø⦉tromso⦊" in annotated
    assert "kaupunki" in annotated.split("kaupungeissa⦉")[1].split("⦊")[0]
    assert annotated.startswith("⦋Tromsø") and annotated.endswith("ja⦉⦊⦋")
    # Text that already holds the reserved characters cannot fake annotations or marks.
    assert highlighting.annotate("a⦉b⦊⦋\ue000c", "en") == "⦋a⦉⦊ b⦉⦊   c⦉⦊⦋"


def test_engine_fragments_read_back_as_plain_text_with_marks():
    annotated = highlighting.annotate("Asuminen kaupungeissa ja Tromsø, <em>ei</em> merkintä.", "fi")
    # The engine marks the terms the query matched, here "kaupunki" in the annotation of
    # "kaupungeissa" and the surface form "tromsø" is not marked, its term "tromso" is.
    fragment = annotated.replace("kaupunki⦊", "\ue000kaupunki\ue001⦊", 1).replace("⦉tromso", "⦉\ue000tromso\ue001")
    assert shown(highlighting.read_highlight(fragment)) == "Asuminen [kaupungeissa] ja [Tromsø], <em>ei</em> merkintä."


def test_engine_fragments_cut_inside_an_annotation_lose_the_broken_part():
    annotated = highlighting.annotate("Kaupungeissa asuu ihmisiä", "fi")
    start, end = annotated.index("⦉") + 3, annotated.rindex("⦉") + 3
    assert shown(highlighting.read_highlight(annotated[start:end])) == "…  asuu ihmisiä …"


def test_snippets_stop_at_the_length_with_an_ellipsis():
    pieces = highlighting.snippet([("word", False), (" ", False)] * 100, length=40)
    assert sum(len(text) for text, _ in pieces[:-1]) <= 40
    assert pieces[-1] == (" …", False)


def test_marked_pieces_are_escaped_inside_and_outside_the_marks():
    html = marked([("<script>", True), (' & "quoted" ', False), ("x'y", True)])
    assert html == "<mark>&lt;script&gt;</mark> &amp; &quot;quoted&quot; <mark>x&#x27;y</mark>"
