"""The member tests' world (tests/support/world.py), built once per module."""

from django.db import transaction

import pytest

from tests.support.world import build_world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once; every test runs in a savepoint inside this transaction, which is rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)
