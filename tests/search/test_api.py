"""The JSON API: its contract, its schema, and nothing a client sends gives a 500."""

import datetime

from wagtail.models import Locale

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from challenges.factories import ChallengePageFactory, ReferencePageFactory
from challenges.models import ChallengePage, ConsortiumMember, call_today
from directory.factories import MemberProfilePageFactory
from directory.models import MemberProfilePage
from home.factories import NewsPageFactory
from portal.factories import CapabilityFactory, ThemeFactory

FACET_NAMES = ["type", "theme", "country", "status", "stage", "org_type", "capability"]


@pytest.fixture
def content(backend, sections, django_capture_on_commit_callbacks):
    energy = ThemeFactory(name="Energy")
    with django_capture_on_commit_callbacks(execute=True):
        ChallengePageFactory(parent=sections["challenge"], title="District heating", country="FI", themes=[energy])
        ChallengePageFactory(
            parent=sections["challenge"],
            title="Old heating call",
            country="SE",
            opens_on=call_today() - datetime.timedelta(days=90),
            closes_on=call_today() - datetime.timedelta(days=30),
        )
        MemberProfilePageFactory(
            parent=sections["member"], title="Heat Oy", organisation_type="company", themes=[energy]
        )
    return energy


def test_search_answers_the_documented_shape(client, content):
    response = client.get("/api/search", {"q": "heating", "lang": "en", "country": "FI"})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    [result] = body["results"]
    call = ChallengePage.objects.get(title="District heating")
    assert result == {
        "id": call.pk,
        "type": "challenge",
        "title": "District heating",
        "url": result["url"],
        "locale": "en",
        "summary": result["summary"],
        "status": "open",
        "opens": call.opens_on.isoformat(),
        "closes": result["closes"],
        "owner": call.owner_display_name,
        "city": call.city,
        "country": {"code": "FI", "name": "Finland"},
        "themes": [{"slug": content.slug, "name": "Energy"}],
        "stage": None,
        "facts": result["facts"],
    }
    assert result["url"].endswith("/en/challenges/district-heating/")
    assert datetime.datetime.fromisoformat(result["closes"]) == call.closes_at
    assert [(fact["label"], fact["text"]) for fact in result["facts"]][:1] == [("Status", "Open")]
    assert set(body["facets"]) == set(FACET_NAMES)
    assert {"value": "FI", "label": "Finland", "count": 1, "selected": True} in body["facets"]["country"]
    assert {"value": "SE", "label": "Sweden", "count": 1, "selected": False} in body["facets"]["country"]
    assert body["notices"] == []
    assert body["suggestion"] is None
    assert body["languages"] == []


def test_each_type_carries_its_own_fields(client, content, sections, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ReferencePageFactory(parent=sections["reference"], title="Heating reference", start_year=2021, end_year=None)
        NewsPageFactory(parent=sections["news"], title="Heating news", date=datetime.date(2026, 3, 1))
    results = {}
    for kind in ("challenge", "member", "news", "reference"):
        results[kind] = client.get("/api/search", {"lang": "en", "type": kind}).json()["results"][0]
    assert results["member"]["organisation_type"] == {"value": "company", "label": "Company"}
    assert results["member"]["themes"] == [{"slug": content.slug, "name": "Energy"}]
    assert isinstance(results["member"]["countries"], list)
    assert results["news"]["date"] == "2026-03-01"
    assert results["reference"]["period"] == {"start": 2021, "end": None}
    assert set(results["reference"]["place"]) == {"city", "country"}
    assert results["challenge"]["status"] in {"open", "closed"}


def test_the_full_record_of_a_call_and_a_member(client, content):
    call = ChallengePage.objects.get(title="District heating")
    body = client.get(f"/api/challenges/{call.pk}").json()
    assert (body["id"], body["title"], body["status"], body["locale"]) == (call.pk, call.title, "open", "en")
    assert body["owner"]["name"] == call.owner_display_name
    assert body["translations"] == {"en": call.pk}
    assert datetime.datetime.fromisoformat(body["closes"]) == call.closes_at
    member = MemberProfilePage.objects.get(title="Heat Oy")
    member.capabilities.set([CapabilityFactory(name="District heating networks", theme=content)])
    member.offering = [("offer", {"name": "Heat pumps", "description": ""})]
    member.save_revision().publish()
    body = client.get(f"/api/members/{member.pk}").json()
    assert (body["title"], body["organisation_type"]["value"]) == ("Heat Oy", "company")
    assert body["themes"] == [{"slug": content.slug, "name": "Energy"}]
    assert body["capabilities"] == [{"slug": "district-heating-networks", "name": "District heating networks"}]
    assert body["offering"] == [{"name": "Heat pumps", "description": ""}]
    # A member's id is not a call's, and the other way round; a language with no version is a 404 too.
    assert client.get(f"/api/challenges/{member.pk}").status_code == 404
    assert client.get(f"/api/members/{call.pk}").status_code == 404
    assert client.get(f"/api/members/{member.pk}", {"lang": "fi"}).status_code == 404
    assert client.get(f"/api/members/{member.pk}", {"lang": "xx"}).status_code == 400
    assert client.get("/api/members/0").json() == {
        "detail": "No published member profile has this id in this language."
    }


def test_a_closed_call_says_its_stage_and_consortium(client, sections, django_capture_on_commit_callbacks):
    lead, partner = (
        MemberProfilePageFactory(parent=sections["member"], title=title) for title in ("Polar Urban Systems", "VTT")
    )
    unpublished = MemberProfilePageFactory(parent=sections["member"], title="Draft Oy", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        call = ChallengePageFactory(
            parent=sections["challenge"],
            title="Snow-free bus stops",
            opens_on=call_today() - datetime.timedelta(days=90),
            closes_on=call_today() - datetime.timedelta(days=30),
            stage="consortium",
            stage_note="Three members answer together.",
        )
        call.consortium = [
            ConsortiumMember(member=partner, role="partner"),
            ConsortiumMember(member=unpublished, role="partner"),
            ConsortiumMember(member=lead, role="lead"),
        ]
        call.save_revision().publish()
    body = client.get(f"/api/challenges/{call.pk}").json()
    assert (body["status"], body["stage"], body["stage_note"]) == (
        "closed",
        "consortium",
        "Three members answer together.",
    )
    assert [(row["role"], row["member"]["title"]) for row in body["consortium"]] == [
        ({"value": "lead", "label": "Lead"}, "Polar Urban Systems"),
        ({"value": "partner", "label": "Partner"}, "VTT"),
    ]
    assert body["consortium"][0]["member"]["url"].endswith(lead.url)
    [result] = client.get("/api/search", {"lang": "en", "stage": "consortium"}).json()["results"]
    assert (result["id"], result["stage"]) == (call.pk, "consortium")
    schema = client.get("/api/openapi.json").json()["components"]["schemas"]
    assert schema["ChallengeStage"]["enum"] == ["evaluation", "consortium", "implementation", "completed", "cancelled"]
    assert "consortium" in schema["ChallengeDetail"]["properties"]


def test_head_works_wherever_get_does(client, content):
    call = ChallengePage.objects.get(title="District heating")
    for url in ("/api/search?lang=en", "/api/autocomplete?q=he", f"/api/challenges/{call.pk}", "/api/openapi.json"):
        response = client.head(url)
        assert response.status_code == 200, url
        assert response.content == b""


def test_facet_labels_follow_lang(client, content):
    body = client.get("/api/search", {"lang": "sv", "status": "open"}).json()
    assert body["count"] == 0  # nothing is translated into Swedish
    assert {"value": "open", "label": "Öppen", "count": 0, "selected": True} in body["facets"]["status"]


def test_theme_labels_follow_lang_and_a_translation_shows_at_once(client, content):
    def theme_label(lang):
        facet = client.get("/api/search", {"lang": lang, "theme": content.slug}).json()["facets"]["theme"]
        return next(value["label"] for value in facet if value["value"] == content.slug)

    assert theme_label("fi") == "Energy"  # untranslated: the default language's name
    finnish = content.copy_for_translation(Locale.objects.get(language_code="fi"))
    finnish.name = "Energia"
    finnish.save()
    assert theme_label("fi") == "Energia"
    assert theme_label("en") == "Energy"
    content.name = "Energy systems"
    content.save()
    assert theme_label("en") == "Energy systems"
    assert theme_label("sv") == "Energy systems"


def test_a_result_says_the_language_of_its_text(client, content, sections, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        heating = ChallengePageFactory(parent=sections["challenge"], title="Heating grids", slug="grids")
        # An untranslated page in Finnish is an alias of the English one, in English.
        heating.copy_for_translation(Locale.objects.get(language_code="fi"), copy_parents=True, alias=True)
    body = client.get("/api/search", {"q": "grids", "lang": "fi"}).json()
    assert [(result["locale"], result["url"].split("/")[3]) for result in body["results"]] == [("en", "fi")]
    body = client.get("/api/search", {"q": "grids", "lang": "en"}).json()
    assert [(result["locale"], result["url"].split("/")[3]) for result in body["results"]] == [("en", "en")]


def test_repeated_parameters_or_within_a_facet(client, content):
    body = client.get("/api/search?lang=en&country=FI&country=SE&type=challenge").json()
    assert body["count"] == 2


def test_openapi_schema_documents_search(client, db):
    schema = client.get("/api/openapi.json").json()
    operation = schema["paths"]["/api/search"]["get"]
    parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}
    assert {"q", "lang", "page", "sort", *FACET_NAMES} <= set(parameters)
    assert "/api/autocomplete" in schema["paths"]
    result = schema["components"]["schemas"]["ChallengeResult"]["properties"]
    assert {"status", "opens", "closes", "owner", "country", "themes", "stage"} <= set(result)


def test_openapi_schema_documents_every_answer_and_the_languages(client, db):
    schema = client.get("/api/openapi.json").json()
    expected = {
        "/api/search": {"200", "400"},
        "/api/autocomplete": {"200", "400"},
        "/api/challenges/{page_id}": {"200", "400", "404"},
        "/api/members/{page_id}": {"200", "400", "404"},
    }
    for path, answers in expected.items():
        for method in ("get", "head"):
            operation = schema["paths"][path][method]
            assert set(operation["responses"]) == answers, (path, method)
            [lang] = [parameter for parameter in operation["parameters"] if parameter["name"] == "lang"]
            assert lang["schema"]["enum"] == ["en", "fi", "sv"]


def test_unknown_language_is_a_clear_400(client, db):
    response = client.get("/api/search", {"lang": "xx"})
    assert response.status_code == 400
    assert "Unknown language" in response.json()["detail"]


HOSTILE = [
    {"q": ""},
    {"q": "x" * 10_000},
    {"q": "title:(a OR"},
    {"q": "\x00\x01\x1f\x7f control"},
    {"q": '"unbalanced'},
    {"q": "*:* OR 1=1; DROP TABLE"},
    {"q": "é" * 300},
    {"theme": "does-not-exist"},
    {"country": "ZZ"},
    {"country": "<script>"},
    {"status": "open\x00"},
    {"page": "-1"},
    {"page": "0"},
    {"page": "99999"},
    {"page": "abc"},
    {"page": "1e9"},
    {"page": "9" * 50},
    {"sort": "bogus"},
    {"sort": "closing", "q": "heating"},
]


def test_hostile_input_never_breaks_the_api_or_the_pages(client, content, subtests):
    # One world for every input: each is a request that changes nothing.
    for params in HOSTILE:
        with subtests.test(params=repr(params)[:40]):
            response = client.get("/api/search", {"lang": "en", **params})
            assert response.status_code == 200
            assert isinstance(response.json()["count"], int)
            for url in ("/en/search/", "/en/challenges/", "/en/members/"):
                assert client.get(url, params).status_code == 200, url


def test_invalid_utf8_in_the_address_is_answered(client, content):
    for url in ("/api/search?lang=en&q=%ED%A0%80%FF&theme=%C3", "/en/search/?q=%ED%A0%80%FF&theme=%C3"):
        assert client.get(url).status_code == 200


def test_readable_notices_for_what_was_corrected(client, content):
    body = client.get("/api/search", {"lang": "en", "country": "ZZ", "page": "99999", "q": "heat " * 60}).json()
    assert body["notices"] == [
        "Your search was shortened to its first 200 characters.",
        "“ZZ” is not a known country and was ignored.",
        "There is no page 99999; showing page 1.",
    ]


text = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
parameters = st.dictionaries(
    st.sampled_from(["q", "lang", "page", "sort", *FACET_NAMES, "unknown"]),
    st.lists(text | st.sampled_from(["en", "fi", "sv", "open", "FI", "-1", "99999", "title:(a OR"]), max_size=3),
    max_size=6,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=parameters)
def test_any_query_string_gets_an_answer_not_an_error(client, content, params):
    response = client.get("/api/search", params)
    assert response.status_code in (200, 400, 422)
    if response.status_code == 200:
        body = response.json()
        assert body["count"] >= len(body["results"])
        assert set(body["facets"]) == set(FACET_NAMES)


def test_autocomplete(client, content):
    body = client.get("/api/autocomplete", {"q": "heat", "lang": "en"}).json()
    assert {result["title"] for result in body["results"]} == {"Heat Oy", "District heating", "Old heating call"}
    assert client.get("/api/autocomplete", {"q": "\x00", "lang": "en"}).json() == {"results": []}


def test_an_answer_costs_the_same_queries_for_few_results_and_many(
    client, sections, django_capture_on_commit_callbacks, settings
):
    """Each result's address, owner, themes and offices come with its page, not one query per result."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 0  # every answer is worked out, not served from the page cache
    energy = ThemeFactory(name="Energy")

    def add(numbers):
        with django_capture_on_commit_callbacks(execute=True):
            for number in numbers:
                owner = MemberProfilePageFactory(
                    parent=sections["member"], title=f"Heat member {number}", themes=[energy], offices=[("Espoo", "FI")]
                )
                ChallengePageFactory(
                    parent=sections["challenge"], title=f"Heat call {number}", themes=[energy], owner_member=owner
                )
                ReferencePageFactory(parent=sections["reference"], title=f"Heat reference {number}", themes=[energy])
                NewsPageFactory(parent=sections["news"], title=f"Heat news {number}")

    def queries():
        client.get("/api/search", {"lang": "en", "q": "heat"})
        with CaptureQueriesContext(connection) as captured:
            body = client.get("/api/search", {"lang": "en", "q": "heat"}).json()
        return len(captured.captured_queries), len(body["results"])

    add(range(1))
    few, shown = queries()
    assert shown == 4
    add(range(1, 5))
    many, shown = queries()
    assert shown == 20
    assert many == few
