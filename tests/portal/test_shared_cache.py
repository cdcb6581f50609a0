"""The page cache on Redis, as production runs it, and purges that reach a CDN or proxy."""

import threading

from django.core.cache import caches
from django.test import Client

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Site

import pytest

from challenges.factories import ChallengePageFactory
from challenges.models import ChallengePage
from portal.models import ContactSettings
from portal.page_cache import generation
from portal.settings.config import parse_cache_url
from tests.support.cache_server import start_redis
from tests.support.services import missing_service

pytestmark = pytest.mark.django_db

PURGED = []


class RecordingBackend(BaseBackend):
    """A frontend cache that writes down what it is told to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture(autouse=True)
def _contact_settings(home_page):
    ContactSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def call(challenge_index, themes):
    return ChallengePageFactory(parent=challenge_index, title="Harbour heat recovery", slug="harbour-heat")


@pytest.fixture(scope="module")
def redis_url():
    started = start_redis()
    if started is None:
        missing_service("redis-server is not installed (apt-get install redis-server)")
    process, url = started
    yield url
    process.terminate()
    process.wait()


@pytest.fixture
def on_redis(settings, redis_url):
    settings.CACHES = {"default": parse_cache_url(redis_url)}
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def frontend_cache(settings):
    settings.WAGTAILFRONTENDCACHE = {"default": {"BACKEND": "tests.portal.test_shared_cache.RecordingBackend"}}
    PURGED.clear()
    return PURGED


def test_pages_are_shared_through_redis_and_made_fresh_by_a_change(on_redis, call):
    first = Client().get(call.url)
    assert caches["default"].get(generation.GENERATION_KEY) is not None
    assert Client().get(call.url)["ETag"] == first["ETag"]
    call.title = "Harbour heat, changed"
    call.save_revision().publish()
    assert b"Harbour heat, changed" in Client().get(call.url).content


def test_the_redis_cache_shares_its_clients_between_calls_and_threads(on_redis):
    cache = caches["default"]
    assert cache.get_many(["a", "b"]) == {}
    cache.set("a", 1)
    clients = set()
    threads = [threading.Thread(target=lambda: clients.add(id(cache._cache.get_client()))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(clients) == 1
    assert cache.get_many(["a", "b"]) == {"a": 1}


def test_a_frontend_cache_keeps_addresses_it_can_be_told_about(frontend_cache, call):
    plain = Client().get("/en/challenges/")
    assert "s-maxage=" in plain["Cache-Control"]
    filtered = Client().get("/en/challenges/?theme=mobility")
    assert "s-maxage" not in filtered["Cache-Control"]


def test_never_past_midnight_in_helsinki(frontend_cache, settings, call):
    settings.PAGE_CACHE_SECONDS = 10 * 24 * 3600
    response = Client().get(call.url)
    s_maxage = next(part for part in response["Cache-Control"].split(", ") if part.startswith("s-maxage="))
    assert 0 < int(s_maxage.split("=")[1]) <= 24 * 3600


def test_publishing_purges_the_page_and_its_ancestors_in_every_language(
    frontend_cache, call, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call.save_revision().publish()
    root = call.get_site().root_url
    for language in ("en", "fi", "sv"):
        for path in ("", "challenges/", "challenges/harbour-heat/"):
            assert f"{root}/{language}/{path}" in frontend_cache, (language, path)


def test_renaming_a_theme_purges_the_pages_filed_under_it(
    frontend_cache, call, themes, django_capture_on_commit_callbacks
):
    theme = themes[0]
    with django_capture_on_commit_callbacks(execute=True):
        call.themes.set([theme])
        call.save_revision().publish()
    frontend_cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        theme.name = "Smart mobility"
        theme.save()
    root = call.get_site().root_url
    assert f"{root}/en/challenges/harbour-heat/" in frontend_cache
    assert f"{root}/sv/challenges/" in frontend_cache


def test_deploy_checks_warn_when_the_cache_is_not_shared(settings):
    from django.core.checks import run_checks

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert "portal.W001" in {message.id for message in run_checks(include_deployment_checks=True)}
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://x"}}
    assert "portal.W001" not in {message.id for message in run_checks(include_deployment_checks=True)}


@pytest.mark.parametrize("shared", [True, False], ids=["kept", "not-kept"])
def test_pieces_of_pages_are_kept_only_where_the_workers_can_share_them(settings, call, shared):
    """Production without a shared cache keeps no rendered piece: each worker's copy could not be made fresh."""
    settings.PAGE_CACHE_SECONDS, settings.SHARED_FRAGMENTS = 0, shared
    # The front page lists the open calls' cards from the database, whatever the search backend.
    assert "Harbour heat recovery" in Client().get("/en/").content.decode()
    ChallengePage.objects.filter(pk=call.pk).update(title="Renamed behind the cache")
    # Kept, the card shows what it showed until the next change; not kept, it is rendered again.
    assert ("Renamed behind the cache" in Client().get("/en/").content.decode()) is not shared
