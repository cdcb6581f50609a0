"""Fixtures and rules shared by the whole suite."""

import os
import shutil
import unittest

from django.db import connection

import pytest

from tests.support.services import missing_service

# Tests are selected by what they need (`-m engine`, `-m "not browser"`), whatever their names:
# a test that uses one of these fixtures carries the marker.
MARKER_FIXTURES = {
    "search_engine": "engine",
    "postgres_db": "postgres",
    "browser": "browser",
    "production_stack": "deploy",
    "backend": "backends",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        for fixture, marker in MARKER_FIXTURES.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(marker)
    # The cluster test needs `make search-cluster` and minutes: it runs when asked for, by
    # `-m cluster` or by naming the cluster in SEARCH_CLUSTER_URLS.
    if "cluster" not in (config.option.markexpr or "") and not os.environ.get("SEARCH_CLUSTER_URLS"):
        cluster_tests = [item for item in items if item.get_closest_marker("cluster")]
        if cluster_tests:
            config.hook.pytest_deselected(items=cluster_tests)
            items[:] = [item for item in items if not item.get_closest_marker("cluster")]


class BrowserTestsFirst:
    """The browser tests first, after pytest-django has put them last (they use the live server).

    They wait on Chromium and on pages at rest for much of their time. First, they share the
    machine with the other test process's busy tests (`-n 2` gives each process one half of
    the list); last, both processes ran them side by side at the end, a core idle for half a
    minute. The database comes back after them as after any transactional test (below).
    """

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items):
        items.sort(key=lambda item: item.get_closest_marker("browser") is None)


def pytest_configure(config):
    config.pluginmanager.register(BrowserTestsFirst(), "scic-browser-tests-first")


# The database blocker and the rows the migrations leave (locales, the root page, the groups).
_migrated = []


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test that leaves the database empty, the migrations' rows come back.

    pytest-django empties the database after a transactional test and runs those after the
    others, which expect those rows; but the browser tests (transactional) run first (above),
    and with work stealing (CI's `--dist worksteal`) a test process may take other tests after
    a transactional one.
    """
    result = yield
    if nextitem is not None and _migrated and empties_the_database(item):
        from django.db import transaction

        from tests.support.demo import restore

        blocker, rows = _migrated
        with blocker.unblock(), transaction.atomic():
            restore(rows)
    return result


def empties_the_database(item):
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    transactional = marker is not None and marker.kwargs.get("transaction")
    return bool(transactional) or "transactional_db" in fixtures or "live_server" in fixtures


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """pytest-django's test database, copied from the run's migrated template when there is one.

    The first process of a run migrates its database and keeps it as the template
    (tests/support/run_cache.py); the others copy it instead of migrating again.
    """
    from django.test.utils import teardown_databases

    from tests.support import run_cache
    from tests.support.demo import take_snapshot

    serialized = {
        "default"
        for item in request.session.items
        for marker in item.iter_markers("django_db")
        if marker.kwargs.get("serialized_rollback")
    }
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        databases = run_cache.test_databases(verbosity, serialized)
        _migrated[:] = [django_db_blocker, take_snapshot()]
    yield
    with django_db_blocker.unblock():
        try:
            run_cache.close_other_sessions()
            teardown_databases(databases, verbosity=verbosity)
        except Exception as error:  # noqa: BLE001 - as pytest-django: a database left behind fails no test
            request.node.warn(pytest.PytestWarning(f"Could not drop the test database: {error!r}"))


@pytest.fixture
def postgres_db(db):
    """The test database, when it is PostgreSQL."""
    if connection.vendor != "postgresql":
        missing_service("the suite is not running on PostgreSQL (set DATABASE_URL or install postgresql)")
    return connection


@pytest.fixture
def home_page(db):
    from wagtail.models import Locale

    from home.models import HomePage

    return HomePage.objects.get(depth=2, locale=Locale.get_default())


@pytest.fixture
def themes(db):
    from portal.factories import ThemeFactory

    return [ThemeFactory(name=name) for name in ("Mobility", "Energy", "Water")]


@pytest.fixture
def challenge_index(home_page):
    from challenges.factories import ChallengeIndexPageFactory

    return ChallengeIndexPageFactory(parent=home_page)


@pytest.fixture
def reference_index(home_page):
    from challenges.factories import ReferenceIndexPageFactory

    return ReferenceIndexPageFactory(parent=home_page)


@pytest.fixture
def member_directory(home_page):
    from directory.factories import MemberDirectoryPageFactory

    return MemberDirectoryPageFactory(parent=home_page)


@pytest.fixture
def news_index(home_page):
    from home.factories import NewsIndexPageFactory

    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@scic.example", "correct-horse-battery")
    client.force_login(user)
    return client


@pytest.fixture(scope="session", autouse=True)
def _remove_test_media():
    yield
    from django.conf import settings

    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def search_engine_url():
    from tests.support import engine

    url = engine.engine_url()
    if url is None:
        missing_service("no search engine answers (run `make search-engine`, or set SEARCH_URL)")
    return url


@pytest.fixture
def search_engine(settings, search_engine_url):
    """A real engine as the default search backend (the database index stays as fallback), emptied."""
    from tests.support import engine

    if not engine.default_is_engine():
        settings.WAGTAILSEARCH_BACKENDS = engine.engine_settings(search_engine_url)
    return engine.clean_indexes()


_indexed_class = []


@pytest.fixture(autouse=True)
def _empty_cache():
    """Caches outlive a test's rolled-back rows: Wagtail's site root paths, the theme choices."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _engine_index_follows_the_test_database(request):
    """On an engine run, each test starts from an index that matches its database.

    Rolled-back test data would otherwise stay in the engine. A unittest class's
    `setUpTestData` rows exist before its first test, so they are indexed then.
    """
    from tests.support import engine

    if not engine.default_is_engine() or "demo_site" in request.fixturenames:
        # The browser tests' shared demo site (tests/browser) is indexed once when loaded; a
        # class whose tests resume after it is indexed again.
        _indexed_class.clear()
        yield
        return
    if isinstance(request.instance, unittest.TestCase):
        if _indexed_class[-1:] != [type(request.instance)]:
            engine.clean_indexes()
            engine.index_everything()
            _indexed_class.append(type(request.instance))
    else:
        engine.clean_indexes()
        # A class whose tests resume after this one (a test process may run them in two
        # batches) is set up again, and indexed again.
        _indexed_class.clear()
    yield
