"""A world of two members with representatives, the editor roles, and one open and one closed call."""

import datetime
from dataclasses import dataclass

from django.db import transaction

import pytest

from challenges.factories import ChallengeIndexPageFactory, ChallengePageFactory
from challenges.models import call_today
from portal.factories import CapabilityFactory, ThemeFactory
from tests.support.world import World, build_world


@dataclass
class CallWorld:
    members: World
    open_call: object
    closed_call: object
    capability: object


def build_call_world():
    members = build_world()
    theme = ThemeFactory(name="Arctic conditions", slug="arctic-conditions")
    ThemeFactory(name="Water", slug="water")
    capability = CapabilityFactory(name="Snow and ice management", slug="snow-ice-management", theme=theme)
    index = ChallengeIndexPageFactory(parent=members.home)
    today = call_today()
    open_call = ChallengePageFactory(
        parent=index, title="Winter streets", slug="winter-streets", country="NO", contact_email="calls@scic.example"
    )
    closed_call = ChallengePageFactory(
        parent=index,
        title="Old harbour",
        slug="old-harbour",
        opens_on=today - datetime.timedelta(days=90),
        closes_on=today - datetime.timedelta(days=1),
    )
    for call in (open_call, closed_call):
        call.themes = [theme]
        call.save_revision().publish()
    return CallWorld(members, open_call, closed_call, capability)


@pytest.fixture(scope="module")
def calls(django_db_setup, django_db_blocker):
    """Built once per module; every test runs in a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_call_world()
        transaction.set_rollback(True)
