"""The engine goes away in the middle of a run: visitors still get answers, editors still publish,
and the index catches up when the engine is back."""

import pytest

from challenges.factories import ChallengePageFactory
from search.models import PendingIndexChange
from tests.support import engine
from tests.support.search import indexed, run, slugs
from tests.support.services import missing_service

FALLBACK_NOTICE = "The search engine is not answering at the moment"
# Nothing listens here: connections are refused at once, as when the engine is down.
NOWHERE = "http://127.0.0.1:9"


@pytest.fixture
def backend(search_engine):
    return "default"


@pytest.fixture(params=["unreachable", "stopped"])
def outage(request, backend, search_engine_url, settings):
    """The engine goes away: its address leads nowhere, or the local engine stops. Calling the result ends it."""
    if request.param == "unreachable":
        reachable = settings.WAGTAILSEARCH_BACKENDS
        settings.WAGTAILSEARCH_BACKENDS = {**reachable, "default": {**reachable["default"], "URLS": [NOWHERE]}}
        yield lambda: setattr(settings, "WAGTAILSEARCH_BACKENDS", reachable)
        return
    if search_engine_url != engine.LOCAL_URL or not engine.can_start_locally():
        missing_service("stopping the engine needs the local one that search/engine/engine.py runs")
    engine.stop_local()
    assert not engine.answers(engine.LOCAL_URL)
    yield engine.start_local
    if not engine.answers(engine.LOCAL_URL):
        engine.start_local()


def test_search_publishing_and_catching_up_across_an_outage(client, sections, outage):
    with indexed():
        ChallengePageFactory(parent=sections["challenge"], title="Ferry timetables", slug="ferries")

    # While the engine is down every search answers from the database index, with a notice.
    page = client.get("/en/search/", {"q": "ferry"})
    assert page.status_code == 200
    assert FALLBACK_NOTICE in page.content.decode()
    assert "/en/challenges/ferries/" in page.content.decode()
    api = client.get("/api/search", {"q": "ferry", "lang": "en"})
    assert api.status_code == 200
    assert api.json()["count"] == 1
    assert FALLBACK_NOTICE in api.json()["notices"][0]
    assert client.get("/en/challenges/", {"theme": "x"}).status_code == 200
    assert (
        client.get("/api/autocomplete", {"q": "ferr", "lang": "en"}).json()["results"][0]["title"] == "Ferry timetables"
    )

    # Publishing still works, and the change is remembered for the engine.
    with indexed():
        late = ChallengePageFactory(parent=sections["challenge"], title="Ferry ticketing", slug="tickets")
        late.title = "Ferry ticketing pilot"
        late.save_revision().publish()
    assert PendingIndexChange.objects.filter(object_id=str(late.pk)).exists()

    outage()
    with indexed():
        first = run("default", q="ferry")  # the engine answers again and replays what it missed
    assert first.backend == "engine"
    assert not PendingIndexChange.objects.exists()
    assert sorted(slugs(run("default", q="ferry"))) == ["ferries", "tickets"]
    assert slugs(run("default", q="pilot")) == ["tickets"]
