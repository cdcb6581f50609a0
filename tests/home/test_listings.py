"""Every listing renders in a number of queries that does not grow with its items."""

from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext

import pytest

from challenges.factories import ChallengePageFactory, ReferencePageFactory
from directory.factories import MemberProfilePageFactory
from home.factories import NewsPageFactory
from portal.factories import IllustrationFactory, LogoFactory


def add_challenges(index, count, themes):
    for _ in range(count):
        ChallengePageFactory(parent=index, image=IllustrationFactory(size=(64, 36)), themes=themes)


def add_references(index, count, themes):
    for _ in range(count):
        ReferencePageFactory(parent=index, image=IllustrationFactory(size=(64, 36)), themes=themes)


def add_members(index, count, themes):
    for _ in range(count):
        MemberProfilePageFactory(
            parent=index,
            logo=LogoFactory(),
            themes=themes,
            offices=[("Espoo", "FI"), ("Tallinn", "EE")],
        )


def add_news(index, count, themes):
    for _ in range(count):
        NewsPageFactory(parent=index, image=IllustrationFactory(size=(64, 36)))


LISTINGS = {
    "challenge_index": add_challenges,
    "reference_index": add_references,
    "member_directory": add_members,
    "news_index": add_news,
}


@pytest.fixture(autouse=True)
def _render_every_time(settings):
    """What is measured here is rendering, not the shared page cache."""
    settings.PAGE_CACHE_SECONDS = 0


def queries_to_render(client, url):
    client.get(url)  # the first visit creates image renditions
    # Creating the content logged thousands of queries; Django keeps only the last 9000.
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize("index_fixture", LISTINGS)
def test_listing_queries_do_not_grow_with_items(
    request, client, themes, index_fixture, monkeypatch, django_capture_on_commit_callbacks
):
    index = request.getfixturevalue(index_fixture)
    # One page of 60 shows every item, so each item's cost would show.
    monkeypatch.setattr(type(index), "per_page", 60)
    add = LISTINGS[index_fixture]

    # Listings on an engine show what it indexed, once the pages' transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        add(index, 5, themes)
    few, html = queries_to_render(client, index.url)
    assert html.count('<article class="card') == 5

    with django_capture_on_commit_callbacks(execute=True):
        add(index, 45, themes)
    many, html = queries_to_render(client, index.url)
    assert html.count('<article class="card') == 50
    assert many == few


def test_home_page_queries_do_not_grow_with_content(client, home_page, challenge_index, news_index, themes):
    add_challenges(challenge_index, 2, themes)
    add_news(news_index, 2, themes)
    few, _ = queries_to_render(client, home_page.url)
    add_challenges(challenge_index, 20, themes)
    add_news(news_index, 20, themes)
    many, html = queries_to_render(client, home_page.url)
    assert many == few
    assert html.count('<article class="card card--challenge">') == 3
