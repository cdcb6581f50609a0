"""What a results page and the API tell a visitor: facts to scan, corrections, other languages."""

import datetime
import re

import pytest

from challenges.factories import ChallengePageFactory, ReferencePageFactory
from challenges.models import ChallengePage, call_today
from directory.factories import MemberProfilePageFactory
from home.factories import NewsPageFactory
from tests.support.search import indexed, translate

PLAIN = {"summary": "Plain text.", "city": "Oulu", "owner_name": "Oulu"}


@pytest.fixture
def pages(backend, sections):
    today = call_today()
    with indexed():
        ChallengePageFactory(
            parent=sections["challenge"],
            slug="open-call",
            title="Harbour cranes",
            closes_on=today + datetime.timedelta(days=12),
            **PLAIN,
        )
        ChallengePageFactory(
            parent=sections["challenge"],
            slug="closed-call",
            title="Harbour dredging",
            opens_on=today - datetime.timedelta(days=90),
            closes_on=today - datetime.timedelta(days=30),
            stage="consortium",
            **PLAIN,
        )
        NewsPageFactory(
            parent=sections["news"], slug="news", title="Harbour news", date=datetime.date(2026, 3, 4), lead="Plain."
        )
        MemberProfilePageFactory(
            parent=sections["member"],
            slug="member",
            title="Harbour Works Oy",
            organisation_type="company",
            summary="Plain.",
            offices=[("Espoo", "FI"), ("Tallinn", "EE")],
        )
        ReferencePageFactory(
            parent=sections["reference"],
            slug="reference",
            title="Harbour of Kirkenes",
            summary="Plain.",
            city="Kirkenes",
            country="NO",
            start_year=2023,
            end_year=None,
        )
    return sections


def results_by_slug(body):
    return {result["url"].rstrip("/").rsplit("/", 1)[-1]: result for result in body["results"]}


def facts(result):
    return {fact["label"]: (fact["text"], fact["note"]) for fact in result["facts"]}


def test_results_say_status_deadline_date_country_type_and_place(client, pages):
    found = results_by_slug(client.get("/api/search", {"q": "harbour", "lang": "en"}).json())
    deadline = call_today() + datetime.timedelta(days=12)
    assert facts(found["open-call"])["Status"] == ("Open", "")
    assert facts(found["open-call"])["Deadline"][1] == "12 days left"
    assert found["open-call"]["facts"][1]["date"] == deadline.isoformat()
    assert facts(found["closed-call"])["Status"] == ("Closed", "")
    assert facts(found["closed-call"])["Stage"] == ("Consortium formed", "")
    assert facts(found["news"]) == {"Published": ("4 March 2026", "")}
    assert facts(found["member"]) == {"Country": ("Finland, Estonia", ""), "Organisation type": ("Company", "")}
    assert facts(found["reference"]) == {"Place": ("Kirkenes, Norway", ""), "Period": ("since 2023", "")}


def test_the_results_page_shows_type_and_facts_in_the_visitors_language(client, pages):
    html = client.get("/en/search/", {"q": "harbour"}).content.decode()
    assert '<p class="result__type">Challenge calls</p>' in html
    assert '<p class="result__type">Member profiles</p>' in html
    open_call = ChallengePage.objects.get(slug="open-call")
    translate(open_call, "fi", title="Satamanosturit")
    html = client.get("/fi/search/", {"q": "satamanosturit"}).content.decode()
    assert re.search(r"<dt>Tila</dt>\s*<dd>Avoinna</dd>", html)
    assert re.search(
        r"<dt>Määräaika</dt>\s*<dd><time datetime=\"[-0-9]+\">[^<]+</time> \(12 päivää jäljellä\)</dd>", html
    )


def test_long_titles_are_never_cut_at_the_start(client, backend, sections):
    title = "NEOM: a long title about a planned digital twin for low-energy district cooling in the desert"
    with indexed():
        ChallengePageFactory(parent=sections["challenge"], slug="long", title=title, **PLAIN)
    html = client.get("/en/search/", {"q": "cooling"}).content.decode()
    [shown] = re.findall(r'<h3 class="result__title"><a href="[^"]+">(.*?)</a>', html)
    assert re.sub(r"</?mark>", "", shown) == title
    assert "<mark>cooling</mark>" in shown


def test_the_query_stays_in_a_search_box_above_the_results(client, pages):
    html = client.get("/en/search/", {"q": "harbour", "type": "news"}).content.decode()
    box = html.index('<form class="search-again"')
    assert box < html.index('class="faceted__filters"') < html.index('class="results"')
    assert 'id="search-q" type="search" name="q" value="harbour"' in html
    # Searching again keeps the filters chosen.
    assert '<input type="hidden" name="type" value="news">' in html[box : html.index("</form>", box)]
    assert "<h1>Results for “harbour”</h1>" in html


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "Did you mean"), ("fi", "Tarkoititko"), ("sv", "Menade du")],
)
def test_did_you_mean_links_to_the_corrected_search_with_its_filters(client, backend, sections, language, words):
    with indexed():
        call = ChallengePageFactory(parent=sections["challenge"], slug="kirkenes", title="Kirkenes port", **PLAIN)
    if language != "en":
        translate(call, language, title="Kirkenes port")
    html = client.get(f"/{language}/search/", {"q": "Kirkennes", "type": "challenge"}).content.decode()
    link = f'<a href="/{language}/search/?q=Kirkenes&amp;type=challenge">Kirkenes</a>'
    assert f"{words} {link}?" in html


def test_the_api_suggests_a_corrected_query(client, backend, sections):
    with indexed():
        ChallengePageFactory(parent=sections["challenge"], slug="kirkenes", title="Kirkenes port", **PLAIN)
    body = client.get("/api/search", {"q": "kirkennes", "lang": "en"}).json()
    assert body["count"] == 1
    assert body["suggestion"]["q"] == "kirkenes"
    assert body["suggestion"]["count"] == 1
    assert body["suggestion"]["url"].endswith("/api/search?q=kirkenes&lang=en")
    assert client.get("/api/search", {"q": "kirkenes", "lang": "en"}).json()["suggestion"] is None


def test_nothing_found_links_to_the_other_languages_with_the_same_filters(client, backend, sections):
    with indexed():
        call = ChallengePageFactory(parent=sections["challenge"], slug="city", title="City services", **PLAIN)
    translate(call, "fi", title="Kaupungin palvelut", summary="Kaupunki.")
    html = client.get("/en/search/", {"q": "kaupunki", "type": "challenge"}).content.decode()
    assert '<a href="/fi/search/?q=kaupunki&amp;type=challenge" hreflang="fi" lang="fi">Suomi</a>:' in html
    assert re.search(r'<span lang="sv">Svenska</span>:\s*0 results', html)

    body = client.get("/api/search", {"q": "kaupunki", "lang": "en", "type": "challenge"}).json()
    assert [(other["lang"], other["count"]) for other in body["languages"]] == [("fi", 1), ("sv", 0)]
    assert body["languages"][0]["url"].endswith("/api/search?q=kaupunki&lang=fi&type=challenge")
    assert client.get("/api/search", {"q": "kaupunki", "lang": "fi"}).json()["languages"] == []
