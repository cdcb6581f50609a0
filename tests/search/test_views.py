"""The search page and the faceted listings as a visitor without JavaScript meets them."""

import re

import pytest

from challenges.factories import ChallengePageFactory
from directory.factories import MemberProfilePageFactory
from portal.factories import ThemeFactory
from tests.support.search import translate


@pytest.fixture
def content(backend, sections, django_capture_on_commit_callbacks):
    energy = ThemeFactory(name="Energy")
    with django_capture_on_commit_callbacks(execute=True):
        heating = ChallengePageFactory(
            parent=sections["challenge"], title="District heating", slug="heating", themes=[energy]
        )
        MemberProfilePageFactory(
            parent=sections["member"], title="Heat Oy", slug="heat", organisation_type="company", themes=[energy]
        )
    translate(heating, "fi", title="Kaukolämpö", summary="Kaupungin kaukolämpö.")
    translate(heating, "sv", title="Fjärrvärme", summary="Stadens fjärrvärme.")
    return energy


def facet_links(html):
    return re.findall(r'<input type="checkbox" id="facet-(\w+)-\d+" name="\w+" value="([^"]+)"', html)


@pytest.mark.parametrize(
    ("language", "query", "title", "label"),
    [
        ("en", "heating", "District heating", "Search words"),
        ("fi", "kaukolämpöä", "Kaukolämpö", "Hakusanat"),
        ("sv", "fjärrvärmen", "Fjärrvärme", "Sökord"),
    ],
)
def test_search_page_in_every_language(client, content, language, query, title, label):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    assert f'<html lang="{language}"' in html
    titles = re.findall(rf'<h3 class="result__title"><a href="/{language}/challenges/heating/">(.*?)</a>', html)
    assert [re.sub(r"</?mark>", "", found) for found in titles] == [title]
    assert "<mark>" in titles[0]
    assert label in html


def test_facets_are_a_plain_form_with_counts_and_clear_all(client, content):
    html = client.get("/en/search/", {"q": "heating", "theme": content.slug}).content.decode()
    assert '<form class="facets" method="get"' in html
    assert ("type", "challenge") in facet_links(html)
    assert f'value="{content.slug}" checked' in html
    assert re.search(r"Energy <span class=\"facet__count\">\(1\)</span>", html)
    assert '<a href="?">Clear all</a>' in html
    assert "1 result" in html


def test_empty_and_no_match_states(client, content):
    assert "Nothing matches your search" in client.get("/en/search/", {"type": "news"}).content.decode()
    html = client.get("/en/search/", {"q": "zeppelin"}).content.decode()
    assert "Nothing matches your search" in html


def test_listings_offer_their_own_facets(client, content):
    challenges = client.get("/en/challenges/", {"status": "open"}).content.decode()
    assert {name for name, _ in facet_links(challenges)} == {"theme", "country", "status"}
    assert "District heating" in challenges
    members = client.get("/en/members/", {"org_type": "company", "letter": "H"}).content.decode()
    assert {name for name, _ in facet_links(members)} == {"theme", "country", "org_type"}
    assert "Heat Oy" in members
    assert 'name="letter" value="H"' in members
    none = client.get("/en/members/", {"letter": "Q"}).content.decode()
    assert "No member's name starts with Q." in none


def test_language_switcher_keeps_the_search(client, content):
    html = client.get("/en/search/", {"q": "heat"}).content.decode()
    assert 'href="/fi/search/?q=heat"' in html
    assert 'href="/sv/search/?q=heat"' in html


def test_search_box_in_every_page_header(client, content):
    html = client.get("/fi/challenges/").content.decode()
    assert 'action="/fi/search/"' in html
    assert "data-autocomplete" in html
