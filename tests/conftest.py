"""Fixtures and rules shared by the whole suite."""

import os
import shutil

from django.db import connection

import pytest


def services_required():
    return os.environ.get("REQUIRE_SERVICES") == "1"


def missing_service(reason):
    """Skip for a missing real service, or fail when the run requires every service."""
    if services_required():
        pytest.fail(f"REQUIRE_SERVICES=1 but {reason}", pytrace=False)
    pytest.skip(reason)


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
