"""What a visitor gets from search, on the database backend and on a real engine alike."""

import datetime
from unittest import mock

from django.utils import translation

from wagtail.models import Locale

import pytest

from challenges.models import call_today
from directory.factories import MemberProfilePageFactory
from home.factories import NewsPageFactory
from portal.factories import ThemeFactory
from search import database
from search.backends.documents import TYPE_FIELD
from search.service import autocomplete
from tests.support.search import challenge, counts, indexed, run, slugs, translate

# --- Language-aware matching ------------------------------------------------------------

# For what only an engine does: its sections are built on the engine alone.
ENGINE_ONLY = pytest.mark.parametrize("backend", ["engine"], indirect=True)


def test_finnish_inflections_and_compounds_are_found(backend, sections):
    only_kaupunki = translate(challenge(sections, slug="a"), "fi", title="Vesihuolto", summary="Suurin kaupunki.")
    compound = translate(challenge(sections, slug="b"), "fi", title="Liikenne", summary="Palvelut älykaupungeissa.")
    ratkaisu = translate(challenge(sections, slug="c"), "fi", title="Energia", summary="Uusi ratkaisu.")

    assert only_kaupunki.slug in slugs(run(backend, "fi", q="kaupungeissa"))
    assert compound.slug in slugs(run(backend, "fi", q="kaupunki"))
    assert slugs(run(backend, "fi", q="ratkaisuja")) == [ratkaisu.slug]
    # The Finnish tree only: the English originals do not answer Finnish searches.
    assert run(backend, "en", q="kaupunki").count == 0


def test_swedish_and_english_forms_and_accents(backend, sections):
    # The English original says nothing of cities: Faker's random text could.
    original = challenge(sections, slug="sv", title="Water", summary="Pipes.")
    translate(original, "sv", title="Vatten", summary="En utmaning för städer.")
    city = challenge(sections, slug="city", title="Harbour", summary="A city by the sea.")
    tromso = challenge(sections, slug="tromso", title="Offices", summary="Work in Tromsø.")

    assert slugs(run(backend, "sv", q="utmaningarna")) == ["sv"]
    assert slugs(run(backend, q="cities")) == [city.slug]
    assert slugs(run(backend, q="Tromso")) == [tromso.slug]
    assert slugs(run(backend, q="TROMSØ")) == [tromso.slug]


def test_titles_and_summaries_weigh_more_than_bodies(backend, sections):
    body_only = challenge(sections, slug="body", title="Port works", summary="Quays.", city="Lisbon")
    body_only.body = [("paragraph", "<p>Icebreaker support is one of many needs.</p>")]
    with indexed():
        body_only.save_revision().publish()
    challenge(sections, slug="summary", title="Sea lanes", summary="Icebreaker routing.")
    challenge(sections, slug="title", title="Icebreaker scheduling", summary="Sea routes.")

    assert slugs(run(backend, q="icebreaker")) == ["title", "summary", "body"]


def test_open_calls_come_before_closed_ones_at_equal_relevance(backend, sections):
    today = call_today()
    closed = {"opens_on": today - datetime.timedelta(days=90), "closes_on": today - datetime.timedelta(days=30)}
    # Every indexed text alike (no factory-random names), so the relevance is truly equal.
    same = {"title": "Snow removal", "summary": "Snow.", "city": "Oulu", "owner_name": "Oulu"}
    challenge(sections, slug="closed", **same, **closed)
    challenge(sections, slug="open", **same)

    assert slugs(run(backend, q="snow removal")) == ["open", "closed"]


# --- Facets -------------------------------------------------------------------------------


@pytest.fixture
def faceted(sections):
    mobility, energy, water = (ThemeFactory(name=name) for name in ("Mobility", "Energy", "Water"))
    today = call_today()
    past = {"opens_on": today - datetime.timedelta(days=90), "closes_on": today - datetime.timedelta(days=30)}
    challenge(sections, slug="c1", country="FI", themes=[mobility])
    challenge(sections, slug="c2", country="FI", themes=[energy])
    challenge(sections, slug="c3", country="ES", themes=[mobility, energy])
    challenge(sections, slug="c4", country="NO", themes=[water], **past)
    with indexed():
        MemberProfilePageFactory(
            parent=sections["member"], slug="m1", organisation_type="city", themes=[mobility], offices=[("Espoo", "FI")]
        )
        NewsPageFactory(parent=sections["news"], slug="n1")
    return {"mobility": mobility.slug, "energy": energy.slug, "water": water.slug}


def test_values_within_a_facet_or_and_facets_and(backend, faceted):
    either = run(backend, theme=[faceted["mobility"], faceted["energy"]])
    assert sorted(slugs(either)) == ["c1", "c2", "c3", "m1"]

    both = run(backend, theme=[faceted["mobility"], faceted["energy"]], country="FI")
    assert sorted(slugs(both)) == ["c1", "c2", "m1"]
    # Each facet is counted with every selection but its own.
    assert counts(both, "country") == {"FI": (3, True), "ES": (1, False)}
    assert counts(both, "theme") == {faceted["mobility"]: (2, True), faceted["energy"]: (1, True)}
    assert counts(both, "type") == {"challenge": (2, False), "member": (1, False)}
    assert counts(both, "status") == {"open": (2, False)}
    assert counts(both, "org_type") == {"city": (1, False)}


@pytest.mark.parametrize("listed", [True, False], ids=["matches-listed", "too-many-to-list"])
def test_facets_count_only_what_the_text_matches(backend, sections, monkeypatch, listed):
    if not listed:
        # The database path then searches the text again for each count.
        monkeypatch.setattr(database, "MAX_LISTED_MATCHES", 1)
    for slug, country in (("h1", "FI"), ("h2", "FI"), ("h3", "SE")):
        challenge(sections, slug=slug, title="Harbour logistics", country=country)
    challenge(sections, slug="other", title="Street lighting", country="FI")

    results = run(backend, q="harbour", country="FI")
    assert sorted(slugs(results)) == ["h1", "h2"]
    assert results.count == 2
    assert counts(results, "country") == {"FI": (2, True), "SE": (1, False)}
    assert counts(results, "type") == {"challenge": (2, False)}
    assert counts(results, "status") == {"open": (2, False)}


@pytest.mark.parametrize("backend", ["database"], indirect=True)
@pytest.mark.parametrize(
    "selection",
    [
        {},
        {"country": "FI"},
        {"theme": "mobility", "status": "open"},
        {"type": ["challenge", "member"], "country": "ES"},
    ],
    ids=["nothing", "country", "theme-and-status", "types-and-country"],
)
def test_a_text_search_counts_its_facets_as_the_database_does(backend, sections, settings, selection):
    # Counted from the facet index (what every value selects, kept per day and content)
    # and, without the shared memo, by SQL: the same counts.
    mobility, energy = ThemeFactory(name="Mobility"), ThemeFactory(name="Energy")
    today = call_today()
    past = {"opens_on": today - datetime.timedelta(days=90), "closes_on": today - datetime.timedelta(days=30)}
    challenge(sections, slug="h1", title="Harbour cranes", country="FI", themes=[mobility])
    challenge(sections, slug="h2", title="Harbour lights", country="ES", themes=[mobility, energy], **past)
    challenge(sections, slug="h3", title="Harbour ice", country="FI", themes=[energy], stage="completed", **past)
    challenge(sections, slug="s1", title="Street lighting", country="FI", themes=[mobility])
    with indexed():
        MemberProfilePageFactory(parent=sections["member"], slug="m1", title="Harbour Systems", themes=[mobility])
        MemberProfilePageFactory(
            parent=sections["member"],
            slug="m2",
            title="Harbour Works",
            organisation_type="city",
            offices=[("Vigo", "ES")],
        )
        NewsPageFactory(parent=sections["news"], slug="n1", title="Harbour news", themes=[energy])
    slug_of = {"mobility": mobility.slug, "energy": energy.slug}
    asked = {name: slug_of.get(value, value) if name == "theme" else value for name, value in selection.items()}

    def all_counts():
        results = run(backend, q="harbour", **asked)
        return slugs(results), {facet.name: counts(results, facet.name) for facet in results.facets}

    from_index = all_counts()
    settings.SEARCH_SHARED_MEMO = settings.SEARCH_SHARED_MEMO_MANY = ""
    assert all_counts() == from_index
    assert from_index[1]["type"]


def test_selected_values_stay_visible_at_zero(backend, faceted):
    results = run(backend, theme=faceted["water"], country="FI")
    assert results.count == 0
    assert counts(results, "theme")[faceted["water"]] == (0, True)
    assert counts(results, "country")["FI"] == (0, True)
    assert counts(results, "country")["NO"] == (1, False)


def test_status_and_type_facets(backend, faceted):
    assert sorted(slugs(run(backend, status="closed"))) == ["c4"]
    assert counts(run(backend, status="closed"), "status") == {"open": (3, False), "closed": (1, True)}
    assert sorted(slugs(run(backend, type=["member", "news"]))) == ["m1", "n1"]


def test_every_facet_value_is_counted_not_just_the_top_ten(backend, sections):
    countries = ["FI", "SE", "NO", "DK", "IS", "EE", "LV", "LT", "DE", "NL", "ES", "PT"]
    for index, country in enumerate(countries):
        challenge(sections, slug=f"c{index}", country=country)
    assert sorted(counts(run(backend), "country")) == sorted(countries)


def test_facet_labels_follow_the_language(backend, faceted):
    with translation.override("fi"):
        labels = {value.value: value.label for facet in run(backend).facets for value in facet.values}
    assert labels["FI"] == "Suomi"
    assert labels["open"] == "Avoinna"


# --- Sorting and pagination -------------------------------------------------------------


def test_sort_orders(backend, sections):
    today = call_today()
    soon = challenge(sections, slug="soon", closes_on=today + datetime.timedelta(days=3))
    later = challenge(sections, slug="later", closes_on=today + datetime.timedelta(days=30))
    closed = challenge(
        sections,
        slug="closed",
        opens_on=today - datetime.timedelta(days=60),
        closes_on=today - datetime.timedelta(days=1),
    )
    with indexed():
        news = NewsPageFactory(parent=sections["news"], slug="news")
        for age, page in enumerate([news, later, soon, closed]):
            type(page).objects.filter(pk=page.pk).update(
                first_published_at=datetime.datetime(2026, 1, 10 - age, tzinfo=datetime.UTC)
            )
            page.refresh_from_db()
            page.save()

    assert slugs(run(backend, sort="closing")) == ["soon", "later", "closed", "news"]
    assert slugs(run(backend, sort="newest")) == ["news", "later", "soon", "closed"]


@pytest.mark.parametrize("sort", ["newest", "closing", "title", "relevance"])
def test_pages_never_repeat_or_skip_a_hit(backend, sections, sort):
    for index in range(7):
        challenge(sections, slug=f"c{index}", title="Same title", summary="Same words.")
    seen = []
    for page in range(1, 5):
        seen += slugs(run(backend, q="same", sort=sort, page=str(page), per_page=2))
    assert sorted(seen) == [f"c{index}" for index in range(7)]


# --- Snippets ---------------------------------------------------------------------------


def shown(pieces):
    return "".join(f"[{text}]" if matched else text for text, matched in pieces)


def test_snippets_mark_the_matched_forms(backend, sections):
    translate(
        challenge(sections, slug="water"), "fi", title="Vesihuolto kaupungeissa", summary="Suomen suurin kaupunki."
    )

    [hit] = run(backend, "fi", q="kaupunki").items
    assert shown(hit.title_pieces) == "Vesihuolto [kaupungeissa]"
    assert shown(hit.snippet) == "Suomen suurin [kaupunki]."


def test_a_match_deep_in_the_body_is_shown_in_context(backend, sections):
    page = challenge(sections, slug="port", title="Port works", summary="Quays and cranes.")
    filler = "<p>" + "The harbour has many needs this winter. " * 60 + "</p>"
    page.body = [("paragraph", filler + "<p>Icebreakers keep the lanes open.</p>" + filler)]
    with indexed():
        page.save_revision().publish()

    [hit] = run(backend, q="icebreaker").items
    text = shown(hit.snippet)
    assert "[Icebreakers] keep the lanes open." in text
    assert text.startswith("… ") and len(text) < 300


def test_snippets_show_markup_in_the_text_as_text(backend, sections):
    challenge(sections, slug="tags", title="Sensor data", summary="Readings arrive as <em>raw</em> sensor XML.")

    [hit] = run(backend, q="sensor").items
    assert shown(hit.snippet) == "Readings arrive as <em>raw</em> [sensor] XML."


@ENGINE_ONLY
def test_on_an_engine_the_engine_highlights(search_engine, sections):
    translate(challenge(sections, slug="water"), "fi", title="Vesihuolto", summary="Suomen suurin kaupunki.")

    with mock.patch("search.snippets.highlight", side_effect=AssertionError("highlighted in Python")):
        [hit] = run("default", "fi", q="kaupungeissa").items
    assert shown(hit.snippet) == "Suomen suurin [kaupunki]."


@ENGINE_ONLY
def test_an_index_built_by_an_older_version_falls_back_to_the_database(search_engine, sections, caplog):
    challenge(sections, slug="ferries", title="Ferry timetables")
    # As if the index predated the stored text language: the engine has no such field.
    with mock.patch("search.backends.dsl.STORED", (TYPE_FIELD, "scic_not_in_the_index")):
        results = run("default", q="ferry")
    assert results.backend == "database"
    assert slugs(results) == ["ferries"]
    assert results.notices  # the visitor is told the results come from a simpler search
    assert "update_index" in caplog.text


# --- Autocomplete -----------------------------------------------------------------------


def test_autocomplete_ignores_accents_both_ways(backend, sections):
    tromso = challenge(sections, slug="tromso", title="Tromsø harbour pilot")
    challenge(sections, slug="other", title="Helsinki harbour")
    english = Locale.objects.get(language_code="en")
    for typed in ("Tromso", "tromsø", "TROMS", "trom"):
        assert [page.pk for page in autocomplete(typed, english, backend_name=backend)] == [tromso.pk], typed
    assert autocomplete("Tromso", Locale.objects.get(language_code="fi"), backend_name=backend) == []
    assert autocomplete("  ", english, backend_name=backend) == []
