"""A small world of two members, their representatives and the editor roles (tests/directory and tests/solvers)."""

from dataclasses import dataclass

from django.contrib.auth.models import Group, User

from wagtail.models import Locale

from directory.factories import MemberDirectoryPageFactory, MemberProfilePageFactory
from directory.models import MemberAccess
from home.models import HomePage
from portal.roles import EDITORS, MODERATORS, TRANSLATORS

PASSWORD = "a-long-unusual-passphrase-42"


@dataclass
class World:
    home: HomePage
    directory: object
    member_a: object
    member_b: object
    rep_a: User
    rep_b: User
    editor: User
    moderator: User
    translator: User
    superuser: User


def make_user(username, *groups, **extra):
    user = User.objects.create_user(username, f"{username}@scic.example", PASSWORD, **extra)
    user.groups.add(*groups)
    return user


def build_world():
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    directory = MemberDirectoryPageFactory(parent=home)
    member_a = MemberProfilePageFactory(parent=directory, title="Alpha Oy", slug="alpha", is_demo=False)
    member_b = MemberProfilePageFactory(parent=directory, title="Beta Ab", slug="beta", is_demo=False)
    for member in (member_a, member_b):
        member.save_revision().publish()
    draft = member_b.get_latest_revision_as_object()
    draft.summary = "Secret draft of Beta"
    draft.save_revision()
    return World(
        home=home,
        directory=directory,
        member_a=member_a,
        member_b=member_b,
        rep_a=make_user("rep-a", MemberAccess.objects.for_page(member_a).group),
        rep_b=make_user("rep-b", MemberAccess.objects.for_page(member_b).group),
        editor=make_user("editor", Group.objects.get(name=EDITORS)),
        moderator=make_user("moderator", Group.objects.get(name=MODERATORS)),
        translator=make_user("translator", Group.objects.get(name=TRANSLATORS)),
        superuser=User.objects.create_superuser("root", "root@scic.example", PASSWORD),
    )
