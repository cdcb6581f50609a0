"""Per-language analysis: the terms both backends index and search for."""

import pytest

from search import analysis
from tests.conftest import missing_service


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
