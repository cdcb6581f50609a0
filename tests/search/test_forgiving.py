"""Search that forgives: typos, compounds matched precisely, and help when nothing is found.

Each scenario runs on the database backend and on a real engine (the `backend` fixture),
on whichever database the suite runs on (SQLite or PostgreSQL).
"""

import pytest

from challenges.factories import ChallengePageFactory
from tests.support.search import indexed, run, slugs, translate

# Fixed texts: Faker's random words could be a typing error away from the words searched.
PLAIN = {"summary": "Plain text.", "city": "Oulu", "owner_name": "Oulu"}


def challenge(sections, slug, title, **fields):
    with indexed():
        return ChallengePageFactory(parent=sections["challenge"], slug=slug, title=title, **{**PLAIN, **fields})


def finnish(sections, slug, title, summary="Tavallinen teksti."):
    return translate(challenge(sections, slug, f"Page {slug}"), "fi", title=title, summary=summary)


# --- Typing errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "edits"),
    [
        ("Kirkennes", "one letter too many"),
        ("Kirknes", "one letter missing"),
        ("Kirkenes", "none"),
        ("Krikenes", "two neighbours swapped"),
        ("Kirkenez", "one letter wrong"),
    ],
)
def test_a_name_with_one_typing_error_finds_its_page(backend, sections, typed, edits):
    challenge(sections, "kirkenes", "Kirkenes harbour logistics")
    challenge(sections, "other", "Tromsø quays")
    assert slugs(run(backend, q=typed)) == ["kirkenes"], edits


def test_long_words_may_hold_two_errors_and_short_words_none(backend, sections):
    challenge(sections, "nusantara", "Nusantara water management")
    challenge(sections, "tram", "Tram stops in winter")
    assert slugs(run(backend, q="Nusanatra managment")) == ["nusantara"]
    assert slugs(run(backend, q="Nuasntraa")) == ["nusantara"]  # nine letters: two errors
    assert slugs(run(backend, q="Trm")) == []  # under five letters: as typed
    assert slugs(run(backend, q="Tramz")) == ["tram"]


def test_words_the_pages_use_are_taken_as_meant(backend, sections):
    # "wafer" is one letter from "water", but the pages use it: no correction.
    challenge(sections, "water", "Water networks")
    challenge(sections, "wafer", "Wafer factories")
    assert slugs(run(backend, q="water")) == ["water"]
    assert slugs(run(backend, q="wafer")) == ["wafer"]


def test_finnish_typos_find_inflected_words(backend, sections):
    finnish(sections, "traffic", "Liikenne kaupungissa", "Liikenteen sujuvuus.")
    finnish(sections, "other", "Vesihuolto")
    assert slugs(run(backend, "fi", q="liikene")) == ["traffic"]


def test_did_you_mean_offers_the_corrected_query(backend, sections):
    for slug in ("k1", "k2"):
        challenge(sections, slug, f"Kirkenes call {slug}", country="NO")
    results = run(backend, q="Kirkennes", country="NO")
    assert sorted(slugs(results)) == ["k1", "k2"]
    assert results.suggestion.text == "Kirkenes"
    assert results.suggestion.count == 2
    assert run(backend, q="Kirkenes").suggestion is None


def test_a_rare_known_word_gets_the_common_spelling_suggested(backend, sections):
    # One page has a typing error of its own; ten times as many spell the word right.
    challenge(sections, "typo", "Harbour logistcs")
    for number in range(10):
        challenge(sections, f"right{number}", f"Harbour logistics {number}")
    results = run(backend, q="logistcs")
    assert slugs(results) == ["typo"]
    assert results.suggestion.text == "logistics"
    assert results.suggestion.count == 10


# --- Compounds ----------------------------------------------------------------------------


def test_one_shared_part_of_a_compound_is_not_a_match(backend, sections):
    finnish(sections, "heating", "Kaukolämmön hinnat")
    finnish(sections, "telescope", "Kaukoputki tähtitorniin")
    assert slugs(run(backend, "fi", q="kaukoputki")) == ["telescope"]
    assert slugs(run(backend, "fi", q="kaukolämpö")) == ["heating"]
    # A word that is no compound still finds the compounds it is part of.
    assert sorted(slugs(run(backend, "fi", q="kauko"))) == ["heating", "telescope"]


def test_whole_words_rank_above_parts_of_compounds(backend, sections):
    finnish(sections, "part", "Älykaupunki", "Älykaupungeissa asutaan.")
    finnish(sections, "whole", "Vesihuolto", "Suomen suurin kaupunki.")
    assert slugs(run(backend, "fi", q="kaupunki")) == ["whole", "part"]


def test_swedish_compounds_are_split(backend, sections):
    schools = translate(challenge(sections, "schools", "Schools"), "sv", title="Förskolorna", summary="Barnen.")
    stops = translate(challenge(sections, "stops", "Stops"), "sv", title="Spårvagnshållplatserna", summary="Vintern.")
    assert slugs(run(backend, "sv", q="skola")) == [schools.slug]
    assert slugs(run(backend, "sv", q="spårvagnshållplatser")) == [stops.slug]
    assert slugs(run(backend, "sv", q="hållplats")) == [stops.slug]


# --- Other languages ------------------------------------------------------------------------


def test_nothing_found_counts_the_other_languages(backend, sections):
    finnish(sections, "city", "Kaupunki", "Kaupungin palvelut.")
    results = run(backend, "en", q="kaupunki")
    assert results.count == 0
    assert [(other.language, other.count) for other in results.languages] == [("fi", 1), ("sv", 0)]
    assert run(backend, "fi", q="kaupunki").languages == ()
