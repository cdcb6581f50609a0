"""The `stage` facet: what became of a call, filtered and counted on both backends, in the listing, search and API."""

import datetime

import pytest

from challenges.models import call_today
from tests.support.search import challenge, counts, run, slugs


@pytest.fixture
def staged(sections):
    today = call_today()
    closed = {"opens_on": today - datetime.timedelta(days=120), "closes_on": today - datetime.timedelta(days=30)}
    challenge(sections, slug="judging", title="Harbour cranes", country="NO", stage="evaluation", **closed)
    challenge(sections, slug="teamed-up", title="Harbour lights", country="NO", stage="consortium", **closed)
    challenge(sections, slug="building", title="Street heating", country="FI", stage="implementation", **closed)
    challenge(sections, slug="done", title="Harbour ice", country="FI", stage="completed", **closed)
    challenge(sections, slug="called-off", title="Tram stops", country="ES", stage="cancelled")
    challenge(sections, slug="still-open", title="Harbour buses", country="FI")
    return sections


def test_calls_are_filtered_by_stage_and_each_stage_is_counted(backend, staged):
    assert slugs(run(backend, stage="completed")) == ["done"]
    assert sorted(slugs(run(backend, stage=["evaluation", "consortium"]))) == ["judging", "teamed-up"]
    assert counts(run(backend), "stage") == {
        "evaluation": (1, False),
        "consortium": (1, False),
        "implementation": (1, False),
        "completed": (1, False),
        "cancelled": (1, False),
    }


def test_the_stage_combines_with_the_other_facets_and_the_text(backend, staged):
    results = run(backend, stage=["evaluation", "consortium", "completed"], country="NO", q="harbour")
    assert sorted(slugs(results)) == ["judging", "teamed-up"]
    # Each facet is counted with every selection but its own.
    assert counts(results, "stage") == {"evaluation": (1, True), "consortium": (1, True), "completed": (0, True)}
    assert counts(results, "country") == {"NO": (2, True), "FI": (1, False)}
    # The cancelled call is still open: it is not counted among the closed ones.
    assert "cancelled" not in counts(run(backend, status="closed"), "stage")


def test_the_challenge_listing_filters_by_stage_in_the_visitors_language(backend, staged, client):
    html = client.get("/en/challenges/", {"stage": "implementation"}).content.decode()
    assert "Street heating" in html
    assert "Harbour ice" not in html
    assert 'name="stage" value="implementation" checked' in html
    finnish = client.get("/fi/challenges/").content.decode()
    assert "Vaihe" in finnish
    assert "Toteutuksessa" in finnish


def test_site_search_and_the_api_filter_by_stage(backend, staged, client):
    page = client.get("/en/search/", {"q": "harbour", "stage": "completed"}).content.decode()
    assert 'href="/en/challenges/done/"' in page
    assert 'href="/en/challenges/judging/"' not in page
    body = client.get("/api/search", {"lang": "en", "stage": ["evaluation", "completed"]}).json()
    assert sorted(result["title"] for result in body["results"]) == ["Harbour cranes", "Harbour ice"]
    stage = {value["value"]: value for value in body["facets"]["stage"]}
    assert stage["completed"] == {"value": "completed", "label": "Completed", "count": 1, "selected": True}
    assert stage["implementation"]["count"] == 1
    swedish = client.get("/api/search", {"lang": "sv", "stage": "completed"}).json()["facets"]["stage"]
    assert {value["value"]: value["label"] for value in swedish}["completed"] == "Slutförd"


def test_an_unknown_stage_is_ignored_with_a_notice(backend, staged, client):
    body = client.get("/api/search", {"lang": "en", "stage": "forgotten", "type": "challenge"}).json()
    assert body["count"] == 6
    assert body["notices"] == ["“forgotten” is not a known stage and was ignored."]
