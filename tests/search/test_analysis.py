"""Per-language analysis: the terms both backends index and search for."""

import pytest

from search import analysis
from search.languages import finnish, swedish
from tests.support.services import missing_service


def clear_caches():
    for cached in (analysis.analyse_word, analysis.standalone_terms, analysis._readings):
        cached.cache_clear()


@pytest.fixture(params=["voikko", "simplemma"])
def lemmatiser(request, monkeypatch):
    """Run a test with Voikko (when the system has it) and with the pure-Python fallback."""
    clear_caches()
    if request.param == "voikko":
        if finnish.voikko() is None:
            missing_service("Voikko is not installed (apt-get install libvoikko1 voikko-fi)")
    else:
        monkeypatch.setattr(finnish, "voikko", lambda: None)
    yield request.param
    clear_caches()


@pytest.fixture
def swedish_dictionary():
    if swedish.dictionary() is None:
        missing_service("the Swedish dictionary is not installed (apt-get install hunspell-sv)")


def terms(text, language):
    return set(analysis.analyse(text, language).split())


def query_matches(query, text, language):
    """Whether a page with `text` matches `query`, as the backends decide it (all tiers but typos)."""
    indexed = terms(text, language)

    def word_matches(word):
        if indexed & set(word.exact):
            return True
        return any(all(indexed & set(part) for part in reading) for reading in word.compounds)

    return all(word_matches(word) for word in analysis.query_words(query, language))


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
    assert analysis.lemmatiser_name("fi") == {"voikko": "Voikko", "simplemma": "simplemma"}[lemmatiser]
    assert query_matches(query, text, "fi")


def test_finnish_does_not_match_unrelated_words(lemmatiser):
    assert not query_matches("kaupunki", "Vesihuolto ja jätevesi", "fi")


@pytest.mark.parametrize(
    ("query", "text"),
    [
        # A part of a content compound, found as a word: Voikko's "johto" is a derivation of
        # "johtaa", and the part inside "vesijohtoverkoston" must read the same.
        ("johto", "Vuodot vesijohtoverkostossa"),
        ("kauko", "Kaukolämmön hinta"),
        ("lumi", "Lumenpoisto kaduilta"),
        # A run of parts of a longer compound.
        ("vesijohto", "Vuodot vesijohtoverkostossa"),
        # A query compound whose parts stand apart on the page.
        ("kaukolämpö", "Lämpö tulee kauko-ohjatusti"),
    ],
)
def test_finnish_parts_are_read_as_words(query, text):
    if finnish.voikko() is None:
        missing_service("Voikko is not installed (apt-get install libvoikko1 voikko-fi)")
    clear_caches()
    assert query_matches(query, text, "fi")


def test_a_compound_needs_all_its_parts():
    # "kaukoputki" shares only "kauko" with "kaukolämpö", and "älykaupunki" only "äly" with "tekoäly".
    assert not query_matches("kaukoputki", "Kaukolämpö ja kaukojäähdytys", "fi")
    assert not query_matches("älykaupunki", "Tekoäly liikenteessä", "fi")
    assert query_matches("älykaupunki", "Tekoäly ja kaupunki", "fi")


def test_voikko_segments_join_derivations_to_their_stems():
    assert finnish.segments("+vesi(vesi)+joh(johtaa)+to(+to)+verkosto(verkosto)") == [
        ("vesi", "vesi"),
        ("johto", None),
        ("verkosto", "verkosto"),
    ]
    assert finnish.segments("+kauko+lämpö(lämpö)") == [("kauko", None), ("lämpö", "lämpö")]
    assert finnish.segments("+jään(jää)+halli(hallita)+n+ta(+ta)") == [("jään", "jää"), ("hallinta", None)]
    assert finnish.segments("+energiatehokas(energia=tehokas)") == [("energia", "energia"), ("tehokas", "tehokas")]


def test_parts_are_marked_in_the_index_and_whole_words_are_not():
    indexed = terms("älykaupungeissa", "fi")
    assert {"alykaupunki", "0p0kaupunki"} <= indexed
    assert "kaupunki" not in indexed
    [word] = analysis.query_words("kaupunki", "fi")
    assert word.whole == ("kaupunki",) and word.parts == ("0p0kaupunki",)


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("förskolorna", [("för", "för"), ("skolorna", "skola")]),
        ("stadsplanering", [("stads", "stad"), ("planering", "planering")]),
        ("stadsplaneringen", [("stads", "stad"), ("planeringen", "planering")]),
        ("spårvagnshållplatser", [("spårvagns", "spårvagn"), ("hållplatser", "hållplats")]),
        ("samarbetsavtal", [("samarbets", "samarbete"), ("avtal", "avtal")]),
        ("hamnlogistik", [("hamn", "hamn"), ("logistik", "logistik")]),
        ("tillgänglighet", []),
        ("utmaningarna", []),
    ],
)
def test_swedish_compounds_split_at_their_linking_letters(swedish_dictionary, word, parts):
    assert swedish.split(word) == parts


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("skola", "Barnen i förskolorna"),
        ("planering", "Inkluderande stadsplanering"),
        ("spårvagnshållplatserna", "Säker väg till spårvagnshållplatser"),
        ("hållplats", "Spårvagnshållplatserna på vintern"),
        ("fjärrvärme", "Fjärrvärmenätet byggs ut"),
        # A compound the dictionary does not know, inflected.
        ("fjärrkylanät", "Fjärrkylanätet byggs ut"),
    ],
)
def test_swedish_parts_and_inflected_compounds_match(swedish_dictionary, query, text):
    assert query_matches(query, text, "sv")


def test_swedish_compound_parts_do_not_match_loosely(swedish_dictionary):
    # "för" is too short and too common to be required anywhere but as a part.
    assert not query_matches("förskolan", "En skola för alla", "sv")
    assert not query_matches("fjärrvärme", "Fjärrkylan i staden", "sv")


def test_english_compounds_written_as_one_word():
    assert query_matches("water", "Stormwater drains", "en")
    assert query_matches("stormwater", "Storm water drains", "en")


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
    for word in analysis.query_words(query, "en"):
        assert all(term.isalnum() for term in (*word.whole, *word.parts))


def test_long_queries_are_bounded():
    assert len(analysis.query_words("word " * 5000, "en")) <= analysis.MAX_QUERY_WORDS
    assert [word.whole for word in analysis.query_words("x" * 10_000, "en")] == []


def test_stopwords_are_dropped_unless_they_are_all_there_is():
    assert [word.whole for word in analysis.query_words("the city of Espoo", "en")] == [("city",), ("espoo",)]
    assert [word.whole for word in analysis.query_words("the", "en")] == [("the",)]
