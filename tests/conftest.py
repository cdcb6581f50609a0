"""Fixtures and rules shared by the whole suite."""

import os

import pytest

from django.db import connection


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
    from home.models import HomePage

    return HomePage.objects.get(depth=2)
