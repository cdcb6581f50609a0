"""Every change a page shows makes it fresh at once, made the way editors and members make it.

Each test runs with the page cache on and off: without it, pages are still put together
from what the shared cache keeps (portal/fragments.py, the cards of portal/cards.py),
which must be just as fresh.
"""

import datetime
import re
from unittest import mock
from zoneinfo import ZoneInfo

from django.test import Client, TestCase
from django.urls import reverse

from wagtail.models import Locale, Page, Site

import pytest

from challenges.factories import ChallengePageFactory
from challenges.models import ChallengePage
from home.factories import StandardPageFactory
from portal.models import ContactSettings

pytestmark = pytest.mark.django_db

HELSINKI = ZoneInfo("Europe/Helsinki")


@pytest.fixture(autouse=True, params=[3600, 0], ids=["page-cache", "no-page-cache"])
def _page_cache(request, settings):
    settings.PAGE_CACHE_SECONDS = request.param


@pytest.fixture(autouse=True)
def _contact_settings(home_page):
    ContactSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def call(challenge_index, themes):
    # Indexed as a publish would index it (after the commit), so that listings on an engine find it.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return ChallengePageFactory(parent=challenge_index, title="Harbour heat recovery", themes=themes[:1])


def shown(url):
    """What an anonymous visitor reads at `url` (the page is cached by the first visit)."""
    response = Client().get(url)
    return response.status_code, response.content.decode()


def warm(*urls):
    for url in urls:
        status, _html = shown(url)
        assert shown(url)[0] == status


def publish_draft(admin_client, page, **changes):
    """Change `page` in a draft and publish it with the admin's publish action."""
    draft = page.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(draft, name, value)
    draft.save_revision()
    # What follows the commit (the search index update, on an engine) happens as it would.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}", {})
    assert response.status_code == 302, response.content[:500]


def test_publishing_a_change_refreshes_the_page_its_listing_and_the_home_page(admin_client, call, home_page):
    warm(call.url, "/en/challenges/", "/en/", "/en/challenges/?theme=mobility")
    publish_draft(admin_client, call, title="Harbour heat, second round")
    for url in (call.url, "/en/challenges/", "/en/", "/en/challenges/?theme=mobility"):
        assert "Harbour heat, second round" in shown(url)[1], url


def test_publishing_a_change_refreshes_what_search_results_say(admin_client, call):
    """A result's title, snippet and facts are kept between searches (search.results.Described)."""
    search, api = "/en/search/?q=harbour", "/api/search?q=harbour&lang=en"
    warm(search, api)
    assert "Drilling under the quay" not in shown(search)[1]
    publish_draft(admin_client, call, summary="Drilling under the quay for harbour heat.", stage="cancelled")
    page = shown(search)[1]
    assert "Drilling under the quay for <mark>harbour</mark> heat." in page
    assert "Cancelled" in page
    answer = Client().get(api).json()["results"][0]
    assert answer["summary"] == "Drilling under the quay for harbour heat."
    assert {"label": "Stage", "text": "Cancelled"}.items() <= answer["facts"][-1].items()
    assert answer["stage"] == "cancelled"  # the type's own fields too


def test_publishing_a_new_page_lists_it_at_once(admin_client, challenge_index, call):
    warm("/en/challenges/")
    new = ChallengePageFactory(parent=challenge_index, title="Snow melt by district heat", live=False)
    publish_draft(admin_client, new)
    assert "Snow melt by district heat" in shown("/en/challenges/")[1]


def filter_count(url, label):
    """The count a listing's filter shows beside `label` (None: the value is not offered)."""
    found = re.search(rf">{re.escape(label)} <span class=\"facet__count\">\((\d+)\)</span>", shown(url)[1])
    return int(found[1]) if found else None


def test_publishing_a_new_page_counts_it_in_the_listings_filters(admin_client, challenge_index, call, themes):
    warm("/en/challenges/", "/en/challenges/?page=2")
    assert filter_count("/en/challenges/", "Mobility") == 1
    new = ChallengePageFactory(parent=challenge_index, title="Snow melt", themes=themes[:1], live=False)
    publish_draft(admin_client, new)
    assert filter_count("/en/challenges/", "Mobility") == 2


def test_unpublishing_removes_the_page_everywhere(admin_client, call):
    warm(call.url, "/en/challenges/")
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post(f"/admin/pages/{call.pk}/unpublish/", {})
    assert response.status_code == 302
    assert shown(call.url)[0] == 404
    assert "Harbour heat recovery" not in shown("/en/challenges/")[1]


def test_deleting_removes_the_page_everywhere(admin_client, call):
    warm(call.url, "/en/challenges/")
    response = admin_client.post(f"/admin/pages/{call.pk}/delete/", {})
    assert response.status_code == 302
    assert shown(call.url)[0] == 404
    assert "Harbour heat recovery" not in shown("/en/challenges/")[1]


def test_moving_a_page_changes_its_address_and_the_menu_on_every_page(admin_client, home_page, call):
    about = StandardPageFactory(parent=home_page, title="About", slug="about", show_in_menus=True)
    joining = StandardPageFactory(parent=home_page, title="How to join", slug="join", show_in_menus=True)
    warm("/en/join/", call.url)
    assert ">How to join</a>" in shown(call.url)[1]
    response = admin_client.post(f"/admin/pages/{joining.pk}/move/{about.pk}/confirm/", {})
    assert response.status_code == 302
    response = Client().get("/en/join/")
    assert response.status_code == 301 and response["Location"].endswith("/en/about/join/")
    assert shown("/en/about/join/")[0] == 200
    assert ">How to join</a>" not in shown(call.url)[1]


def test_renaming_a_theme_shows_on_the_pages_filed_under_it(admin_client, call, themes):
    theme = themes[0]
    warm(call.url, "/en/challenges/")
    assert "Mobility" in shown(call.url)[1]
    url = reverse("wagtailsnippets_portal_theme:edit", args=[theme.pk])
    response = admin_client.post(url, {"name": "Smart mobility", "slug": theme.slug, "description": ""})
    assert response.status_code == 302, response.content[:500]
    for url in (call.url, "/en/challenges/"):
        assert "Smart mobility" in shown(url)[1], url


def test_the_footer_follows_the_contact_settings(admin_client, call):
    warm(call.url)
    site = Site.objects.get(is_default_site=True)
    response = admin_client.post(
        f"/admin/settings/portal/contactsettings/{site.pk}/",
        {"email": "hello@scic.example", "address": "", "linkedin_url": "", "youtube_url": ""},
    )
    assert response.status_code == 302, response.content[:500]
    assert "hello@scic.example" in shown(call.url)[1]


def test_publishing_the_original_refreshes_its_untranslated_copies(admin_client, call):
    finnish = Locale.objects.get(language_code="fi")
    call.copy_for_translation(finnish, copy_parents=True, alias=True)
    warm("/fi/challenges/harbour-heat-recovery/")
    publish_draft(admin_client, call, title="Harbour heat, now in every language")
    assert "Harbour heat, now in every language" in shown("/fi/challenges/harbour-heat-recovery/")[1]


def test_a_call_opens_on_its_opening_day_at_midnight_helsinki_time(challenge_index):
    opening = datetime.date(2031, 5, 4)
    with TestCase.captureOnCommitCallbacks(execute=True):
        call = ChallengePageFactory(
            parent=challenge_index,
            title="Opens at midnight",
            opens_on=opening,
            closes_on=opening + datetime.timedelta(30),
        )
    evening = datetime.datetime.combine(opening - datetime.timedelta(days=1), datetime.time(23, 59), HELSINKI)
    search, api = "/en/search/?q=midnight", "/api/search?q=midnight&lang=en"
    with mock.patch("django.utils.timezone.now", return_value=evening):
        warm(call.url, "/en/challenges/", search, api)
        for url in (call.url, "/en/challenges/"):
            assert "status--upcoming" in shown(url)[1], url
        assert "result__fact--status-upcoming" in shown(search)[1]
        assert Client().get(api).json()["results"][0]["status"] == "upcoming"
        assert filter_count("/en/challenges/", "Open") is None
        home = shown("/en/")[1]
        assert open_calls_figure(home) == 0 and "Opens at midnight" not in home
    midnight = datetime.datetime.combine(opening, datetime.time(0, 0), HELSINKI)
    with mock.patch("django.utils.timezone.now", return_value=midnight):
        for url in (call.url, "/en/challenges/"):
            assert "status--open" in shown(url)[1], url
        assert "result__fact--status-open" in shown(search)[1]
        assert Client().get(api).json()["results"][0]["status"] == "open"
        assert filter_count("/en/challenges/", "Open") == 1
        # The home page's key figures and the open calls it features.
        home = shown("/en/")[1]
        assert open_calls_figure(home) == 1 and "Opens at midnight" in home


def open_calls_figure(html):
    return int(re.search(r"Open challenges</a></dt><dd>(\d+)</dd>", html).group(1))


def test_a_finished_background_task_makes_listings_fresh(call, django_capture_on_commit_callbacks):
    """Search-index updates run as tasks after the commit; listings show what they indexed."""
    with django_capture_on_commit_callbacks(execute=True):
        ChallengePage.objects.filter(pk=call.pk).update(title="Renamed without a signal")
        warm("/en/challenges/?q=renamed")
        assert "Renamed without a signal" not in shown("/en/challenges/?q=renamed")[1]
        from modelsearch.tasks import insert_or_update_object_task

        insert_or_update_object_task.enqueue("challenges", "challengepage", str(call.pk))
    assert "Renamed without a signal" in shown("/en/challenges/?q=renamed")[1]


def test_a_page_made_private_is_no_longer_served_from_the_cache(admin_client, call):
    warm(call.url)
    response = admin_client.post(f"/admin/pages/{call.pk}/privacy/", {"restriction_type": "login"})
    assert response.status_code == 200, response.content[:300]
    assert shown(call.url)[0] == 302
    assert Page.objects.get(pk=call.pk).get_view_restrictions().exists()


def test_a_release_makes_what_the_cache_keeps_stale(call):
    """A release runs `migrate` (README, production): pages and fragments kept by the code
    before it are not served by the code after it."""
    from django.core.management import call_command

    from portal.page_cache import generation

    warm(call.url)
    before = generation.current()
    call_command("migrate", verbosity=0, interactive=False)
    assert generation.current() != before
    assert shown(call.url)[0] == 200
