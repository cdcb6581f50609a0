"""The search box's suggestions, and no text in `q` makes any search fail.

Runs on the database backend and on a real engine (the `backend` fixture), on whichever
database the suite runs on: SQLite, or PostgreSQL with DATABASE_URL.
"""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from challenges.factories import ChallengePageFactory
from tests.support.search import indexed, translate

PLAIN = {"summary": "Plain text.", "city": "Oulu", "owner_name": "Oulu"}
# Query syntax of SQLite's FTS5, PostgreSQL's tsquery and the engines' query strings.
OPERATORS = ['a"b', '"', '""', "a*", "*", "a OR", "NOT", "(", ")", "'", "\\", "a-b", "NEAR(a b)", "^a", "a:b", "&|!<->"]


@pytest.fixture
def content(backend, sections):
    with indexed():
        tram = ChallengePageFactory(parent=sections["challenge"], slug="tram", title="Tram stops in winter", **PLAIN)
        ChallengePageFactory(parent=sections["challenge"], slug="madrid", title="Madrid Nuevo Norte", **PLAIN)
    translate(tram, "fi", title="Turvallinen talvikulku raitiovaunupysäkeille", summary="Talvi.")
    return sections


def titles(client, text, lang="en"):
    response = client.get("/api/autocomplete", {"q": text, "lang": lang})
    assert response.status_code == 200
    return [result["title"] for result in response.json()["results"]]


def test_suggestions_come_from_titles(client, content):
    assert titles(client, "madrid nue") == ["Madrid Nuevo Norte"]
    assert titles(client, "Madrid Nuevo Norte") == ["Madrid Nuevo Norte"]


def test_the_parts_of_compound_words_complete(client, content):
    # "pysä" begins the last part of "raitiovaunupysäkeille", "vaunu" its middle.
    assert titles(client, "pysä", "fi") == ["Turvallinen talvikulku raitiovaunupysäkeille"]
    assert titles(client, "vaunu", "fi") == ["Turvallinen talvikulku raitiovaunupysäkeille"]


def test_query_syntax_never_breaks_suggestions(client, content, subtests):
    for text in OPERATORS:
        with subtests.test(text=text):
            titles(client, text)
            assert titles(client, f"madrid {text}") in ([], ["Madrid Nuevo Norte"])


query_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)
# The pages that search with `q`: each example asks one of them, and the API in every language.
SEARCHING_PAGES = ("/en/search/", "/fi/challenges/", "/sv/members/")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=query_text, url=st.sampled_from(SEARCHING_PAGES))
@example(text='a"b', url="/en/search/")
@example(text="\x00\x1f\x7f\u202e\ufeff", url="/fi/challenges/")
@example(text="title:(a OR b) AND NOT c*", url="/sv/members/")
def test_no_query_text_makes_a_search_fail(client, content, text, url):
    assert client.get(url, {"q": text}).status_code == 200, url
    for lang in ("en", "fi", "sv"):
        response = client.get("/api/search", {"q": text, "lang": lang})
        assert response.status_code == 200
        body = response.json()
        assert body["count"] >= len(body["results"])
        titles(client, text, lang)
