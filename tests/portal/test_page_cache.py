"""The shared page cache: which requests it answers, what it keeps, and the headers it sends."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.http import http_date

from wagtail.models import Site

import pytest

from challenges.factories import ChallengePageFactory
from portal.models import ContactSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _contact_settings(home_page):
    # The first page view would create the footer's settings row, itself a change that
    # makes every page fresh; these tests start after it.
    ContactSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def call(challenge_index, themes, django_capture_on_commit_callbacks):
    # Indexed once the transaction would commit, as in a real publish.
    with django_capture_on_commit_callbacks(execute=True):
        return ChallengePageFactory(parent=challenge_index, title="Harbour heat recovery", themes=themes[:1])


def visit(url, client=None, **headers):
    """(response, whether the page was rendered): a page from the cache runs no query."""
    with CaptureQueriesContext(connection) as queries:
        response = (client or Client()).get(url, headers=headers)
    return response, len(queries) > 0


def test_an_anonymous_page_is_rendered_once_then_served_from_the_shared_cache(call):
    first, rendered = visit(call.url)
    assert first.status_code == 200 and rendered
    second, rendered = visit(call.url)
    assert not rendered
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_a_page_from_the_cache_is_sent_with_the_headers_it_was_rendered_with(call):
    # The security headers, the content policy with its nonce, the language and the length among them.
    first, _ = visit(call.url)
    second, rendered = visit(call.url)
    assert not rendered
    assert dict(second.items()) == dict(first.items())
    assert {"Content-Security-Policy", "Content-Language", "Content-Length", "Vary"} <= set(second.headers)


def test_an_address_without_a_language_is_kept_per_language_the_visitor_asks_for(call):
    finnish, _ = visit("/api/search?q=heat&lang=en", **{"Accept-Language": "fi"})
    english, _ = visit("/api/search?q=heat&lang=en", **{"Accept-Language": "en"})
    again, rendered = visit("/api/search?q=heat&lang=en", **{"Accept-Language": "fi"})
    assert (finnish["Content-Language"], english["Content-Language"]) == ("fi", "en")
    assert again["Content-Language"] == "fi" and not rendered


@pytest.mark.parametrize("url", ["/en/", "/en/challenges/", "/en/challenges/?theme=mobility", "/en/search/?q=heat"])
def test_every_public_page_and_listing_is_shared(call, url):
    visit(url)
    response, rendered = visit(url)
    assert response.status_code == 200
    assert not rendered


def test_the_search_api_is_shared(call):
    visit("/api/search?q=heat&lang=en")
    response, rendered = visit("/api/search?q=heat&lang=en")
    assert response.status_code == 200 and not rendered
    assert response.json()["count"] == 1


def test_shared_pages_are_revalidated_by_browsers(call):
    response, _ = visit(call.url)
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=0", "must-revalidate"}
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"]


def test_a_conditional_get_answers_304_without_a_body(call):
    first, _ = visit(call.url)
    again, rendered = visit(call.url, **{"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and not again.content and not rendered
    assert again["ETag"] == first["ETag"]
    since, _ = visit(call.url, **{"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 304


def test_a_stale_validator_gets_the_whole_page(call):
    visit(call.url)
    response, _ = visit(call.url, **{"If-None-Match": '"something-else"', "If-Modified-Since": http_date(0)})
    assert response.status_code == 200 and b"Harbour heat recovery" in response.content


def test_pages_are_kept_per_language(call):
    english, _ = visit("/en/challenges/")
    finnish, _ = visit("/fi/challenges/")
    assert english["Content-Language"] == "en"
    assert finnish["Content-Language"] == "fi"
    assert english.content != finnish.content


def test_a_signed_in_user_is_never_served_nor_cached_for_others(call, admin_client):
    visit(call.url)
    response, rendered = visit(call.url, client=admin_client)
    assert rendered
    assert "private" in response["Cache-Control"]
    assert not response.has_header("ETag")


def test_a_visitor_with_a_pending_message_gets_a_fresh_page(call):
    visit(call.url)
    client = Client()
    client.cookies["messages"] = "anything"
    _response, rendered = visit(call.url, client=client)
    assert rendered


def test_a_page_with_a_csrf_token_is_never_stored(db):
    first, _ = visit("/admin/login/")
    assert b"csrfmiddlewaretoken" in first.content
    assert "private" in first["Cache-Control"]
    second, _ = visit("/admin/login/")
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_a_post_is_never_answered_from_the_cache(call):
    visit(call.url)
    with CaptureQueriesContext(connection) as queries:
        Client().post(call.url, {})
    assert len(queries) > 0


def test_errors_and_redirects_are_not_kept(call):
    missing, _ = visit("/en/challenges/no-such-call/")
    assert missing.status_code == 404
    again, rendered = visit("/en/challenges/no-such-call/")
    assert again.status_code == 404 and rendered
    redirect, _ = visit("/", **{"Accept-Language": "fi"})
    assert redirect.status_code == 302 and redirect["Location"] == "/fi/"
    again, _ = visit("/", **{"Accept-Language": "sv"})
    assert again["Location"] == "/sv/"


def test_head_is_answered_from_what_a_get_stored(call):
    visit(call.url)
    with CaptureQueriesContext(connection) as queries:
        response = Client().head(call.url)
    assert response.status_code == 200 and len(queries) == 0


def test_feeds_and_calendars_are_shared_with_their_type_and_file_name(call):
    for url in ("/en/challenges/feed/?theme=mobility", f"{call.url}calendar.ics", "/en/challenges/calendar.ics"):
        first, _ = visit(url)
        second, rendered = visit(url)
        assert first.status_code == 200 and not rendered, url
        assert second.content == first.content
        for header in ("Content-Type", "Content-Disposition"):
            assert second.get(header) == first.get(header), (url, header)
    assert second["Content-Disposition"] == 'inline; filename="challenges.ics"'


def test_an_export_is_streamed_each_time_and_kept_by_no_cache(call):
    for _ in range(2):
        response, rendered = visit("/en/challenges/export.csv")
        assert rendered
        assert response.streaming and "private" in response["Cache-Control"]
        assert call.title in b"".join(response.streaming_content).decode()
