"""The demo site for tests: loaded once per test run, then restored from a snapshot.

The first call in a process runs `load_demo_content` and keeps the rows of every table
in memory; each later call empties the tables and writes those rows back, which takes
a fraction of a second. The first process of a run also leaves the rows and the drawn
images in the run's folder (tests/support/run_cache.py), and the others start from them.
Either way the demo is written in the caller's transaction: a test class's
(`setUpTestData`), which rolls it back after the class, or autocommit for the browser
tests' live server. The drawn images stay in this process's MEDIA_ROOT, where every
restored copy of the demo finds them.
"""

import hashlib
import os
import shutil
from io import StringIO

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.test import override_settings

from wagtail.test.utils import WagtailPageTestCase

from tests.support import engine, run_cache
from tests.support.services import missing_service

_snapshot = []


def load_demo_content():
    """The demo site in the test database, as `load_demo_content` leaves it."""
    with transaction.atomic():
        if _snapshot:
            restore(_snapshot)
        else:
            # One process of the run loads it; the others wait for its snapshot.
            with run_cache.one_at_a_time(run_snapshot_name()):
                _snapshot.extend(run_snapshot() or [])
                if _snapshot:
                    restore(_snapshot)
                else:
                    call_command("load_demo_content", stdout=StringIO())
                    _snapshot.extend(take_snapshot())
                    keep_run_snapshot(_snapshot)
    if connection.vendor == "postgresql":
        # Rows written inside the test's transaction have no planner statistics yet; without
        # them PostgreSQL plans the search subqueries as if the tables were empty.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def run_snapshot_name():
    """The demo's snapshot in the run's folder, for this database and these migrations.

    Processes on either engine and on the database backend alone share one: the rows are the
    same (the database index is kept in both), and an engine's index is rebuilt from them.
    """
    key = "-".join([connection.vendor, run_cache.migrations_key()])
    return f"demo-{hashlib.sha256(key.encode()).hexdigest()[:16]}"


def run_snapshot():
    """The snapshot another process of this run took, with its drawn images copied into this
    process's MEDIA_ROOT; None if there is none yet."""
    name = run_snapshot_name()
    snapshot = run_cache.read(f"{name}.rows")
    if snapshot is not None:
        shutil.copytree(run_cache.run_dir() / f"{name}.media", settings.MEDIA_ROOT, dirs_exist_ok=True)
    return snapshot


def keep_run_snapshot(snapshot):
    """Keep the snapshot and the drawn images for the run's other processes: the images
    first, so that whoever finds the rows finds the images too."""
    folder = run_cache.run_dir()
    if folder is None:
        return
    name = run_snapshot_name()
    partial = folder / f"{name}.media.{os.getpid()}"
    shutil.copytree(settings.MEDIA_ROOT, partial)
    try:
        partial.rename(folder / f"{name}.media")
    except OSError:  # another process kept its copy first
        shutil.rmtree(partial)
        return
    run_cache.write(f"{name}.rows", [(table, columns, plain_rows(rows)) for table, columns, rows in snapshot])


def plain_rows(rows):
    """Rows that pickle: PostgreSQL's binary columns come as memoryviews."""
    return [tuple(bytes(value) if isinstance(value, memoryview) else value for value in row) for row in rows]


def take_snapshot():
    """[(table, columns, rows)] for every table of the installed apps."""
    snapshot = []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.django_table_names(only_existing=True, include_views=False)):
            cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 - table names from Django's own models
            columns = [column[0] for column in cursor.description]
            snapshot.append((table, columns, cursor.fetchall()))
    return snapshot


def restore(snapshot):
    """Replace the content of every table with the snapshot's.

    Foreign keys are checked when the transaction ends (Django creates them deferred), so
    the order of the tables does not matter; search-index triggers follow the rows.
    """
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table, _columns, _rows in snapshot:
            cursor.execute(f"DELETE FROM {quote(table)}")  # noqa: S608
        for table, columns, rows in snapshot:
            if rows:
                names = ", ".join(quote(column) for column in columns)
                placeholders = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({placeholders})", rows)  # noqa: S608
        models = apps.get_models(include_auto_created=True)
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)


LANGUAGES = ("en", "fi", "sv")
# One demo page of each type, by its English address.
PAGE_TYPES = {
    "home": "/{lang}/",
    "challenge index": "/{lang}/challenges/",
    "challenge": "/{lang}/challenges/nusantara-smart-water-management/",
    "member directory": "/{lang}/members/",
    "member": "/{lang}/members/city-of-espoo/",
    "reference index": "/{lang}/references/",
    "reference": "/{lang}/references/madrid-nuevo-norte/",
    "news index": "/{lang}/news/",
    "news": "/{lang}/news/scic-founded/",
    "standard": "/{lang}/about/",
}


def demo_page(english_slug, language, model=None):
    """A demo page in `language`, found by its English slug (Finnish and Swedish pages have their own)."""
    from wagtail.models import Locale, Page

    english = (model or Page).objects.get(slug=english_slug, locale__language_code="en")
    return english.get_translation(Locale.objects.get(language_code=language)).specific


def demo_url(english_slug, language):
    """The address of a demo page in `language`, e.g. demo_url("challenges", "fi") == "/fi/haasteet/"."""
    return demo_page(english_slug, language).url


def in_language(pattern, language):
    """A page of PAGE_TYPES in `language`: Finnish and Swedish pages have their own slugs."""
    english = pattern.format(lang="en")
    if language == "en" or english == "/en/":
        return pattern.format(lang=language)
    return demo_url(english.rstrip("/").rsplit("/", 1)[-1], language)


class DemoTestCase(WagtailPageTestCase):
    """Tests that read the demo site: loaded (restored from the snapshot) for the class, rolled back after it."""

    @classmethod
    def setUpTestData(cls):
        load_demo_content()


class IndexedDemoTestCase(DemoTestCase):
    """The demo content in the database and indexed on a real engine, for tests that ask both backends.

    The engine is the default backend for the class (unless the whole run already has one);
    the database backend stays available as "database". The engine indexes the class's rows
    before its first test (tests/conftest.py).
    """

    @classmethod
    def setUpClass(cls):
        url = engine.engine_url()
        if url is None:
            missing_service("no search engine answers (run `make search-engine`, or set SEARCH_URL)")
        cls._engine = override_settings(WAGTAILSEARCH_BACKENDS=engine.engine_settings(url))
        if not engine.default_is_engine():
            cls._engine.enable()
            cls.addClassCleanup(cls._engine.disable)
        super().setUpClass()
