"""Per-language analysis: the terms both backends index and search for."""

import pytest

from search import analysis
from tests.support.services import missing_service


@pytest.fixture(params=["voikko", "simplemma"])
def lemmatiser(request, monkeypatch):
    """Run a test with Voikko (when the system has it) and with the pure-Python fallback."""
    analysis.word_terms.cache_clear()
    if request.param == "voikko":
        if analysis._voikko() is None:
            missing_service("Voikko is not installed (apt-get install libvoikko1 voikko-fi)")
    else:
        monkeypatch.setattr(analysis, "_voikko", lambda: None)
    yield request.param
    analysis.word_terms.cache_clear()


def terms(text, language):
    return set(analysis.analyse(text, language).split())


def query_matches(query, text, language):
    indexed = terms(text, language)
    return all(set(group) & indexed for group in analysis.query_terms(query, language))


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("kaupungeissa", "Espoo on Suomen toiseksi suurin kaupunki."),
        ("kaupunki", "Ratkaisuja älykaupungeissa toimiville yrityksille."),
        ("ratkaisuja", "Paras ratkaisu löytyy yhdessä."),
        ("satamalogistiikka", "Ympärivuotinen arktinen satamalogistiikka"),
    ],
)
def test_finnish_inflections_and_compounds_match(lemmatiser, query, text):
    assert analysis.lemmatiser_name("fi") == lemmatiser
    assert query_matches(query, text, "fi")


def test_finnish_does_not_match_unrelated_words(lemmatiser):
    assert not query_matches("kaupunki", "Vesihuolto ja jätevesi", "fi")


@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("sv", "utmaningarna", "En ny utmaning för städer"),
        ("sv", "städer", "Staden Esbo"),
        ("en", "cities", "A city in the Arctic"),
        ("en", "solutions", "The best solution"),
        ("en", "Tromso", "Offices in Kirkenes and Tromsø"),
        ("en", "tromsø", "Offices in Kirkenes and Tromso"),
    ],
)
def test_swedish_and_english_are_lemmatised_and_accents_folded(language, query, text):
    assert query_matches(query, text, language)


def test_folding():
    assert analysis.fold("Tromsø") == "tromso"
    assert analysis.fold("Älykäs ÅBO") == "alykas abo"
    assert analysis.fold("Straße") == "strasse"


@pytest.mark.parametrize(
    "query",
    ["title:(a OR", "*:*", '"unclosed', "a AND NOT b", "\x00\x1f\u202e", "(((", "field:[* TO *]"],
)
def test_query_syntax_is_only_words(query):
    for group in analysis.query_terms(query, "en"):
        assert all(term.isalnum() for term in group)


def test_long_queries_are_bounded():
    groups = analysis.query_terms("word " * 5000, "en")
    assert len(groups) <= analysis.MAX_QUERY_WORDS
    assert analysis.query_terms("x" * 10_000, "en") == []


def test_stopwords_are_dropped_unless_they_are_all_there_is():
    assert analysis.query_terms("the city of Espoo", "en") == [("city",), ("espoo",)]
    assert analysis.query_terms("the", "en") == [("the",)]


def test_highlight_marks_inflected_forms():
    pieces = analysis.highlight(
        "Suomen toiseksi suurin kaupunki on Espoo.", analysis.query_terms("kaupungeissa", "fi"), "fi"
    )
    assert ("kaupunki", True) in pieces
    assert "".join(text for text, _ in pieces) == "Suomen toiseksi suurin kaupunki on Espoo."


def test_highlight_starts_near_the_first_match_in_long_text():
    text = "Intro words. " * 40 + "The tram stop is here."
    pieces = analysis.highlight(text, analysis.query_terms("tram", "en"), "en", length=120)
    assert pieces[0] == ("… ", False)
    assert ("tram", True) in pieces


def shown(pieces):
    return "".join(f"[{text}]" if matched else text for text, matched in pieces)


def test_annotated_text_carries_each_words_terms():
    annotated = analysis.annotate("Tromsø kaupungeissa ja", "fi")
    assert "Tromsø⦉tromso⦊" in annotated
    assert "kaupunki" in annotated.split("kaupungeissa⦉")[1].split("⦊")[0]
    assert annotated.startswith("⦋Tromsø") and annotated.endswith("ja⦉⦊⦋")
    # Text that already holds the reserved characters cannot fake annotations or marks.
    assert analysis.annotate("a⦉b⦊⦋\ue000c", "en") == "⦋a⦉⦊ b⦉⦊   c⦉⦊⦋"


def test_engine_fragments_read_back_as_plain_text_with_marks():
    annotated = analysis.annotate("Asuminen kaupungeissa ja Tromsø, <em>ei</em> merkintä.", "fi")
    # The engine marks the terms the query matched, here "kaupunki" in the annotation of
    # "kaupungeissa" and the surface form "tromsø" is not marked, its term "tromso" is.
    fragment = annotated.replace("kaupunki⦊", "\ue000kaupunki\ue001⦊", 1).replace("⦉tromso", "⦉\ue000tromso\ue001")
    assert shown(analysis.read_highlight(fragment)) == "Asuminen [kaupungeissa] ja [Tromsø], <em>ei</em> merkintä."


def test_engine_fragments_cut_inside_an_annotation_lose_the_broken_part():
    annotated = analysis.annotate("Kaupungeissa asuu ihmisiä", "fi")
    start, end = annotated.index("⦉") + 3, annotated.rindex("⦉") + 3
    assert shown(analysis.read_highlight(annotated[start:end])) == "…  asuu ihmisiä …"


def test_snippets_stop_at_the_length_with_an_ellipsis():
    pieces = analysis.snippet([("word", False), (" ", False)] * 100, length=40)
    assert sum(len(text) for text, _ in pieces[:-1]) <= 40
    assert pieces[-1] == (" …", False)
