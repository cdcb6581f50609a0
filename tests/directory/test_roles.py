"""The editor roles and member groups have the rights docs/members.md promises, and no more."""

from django.contrib.auth.models import Group

from wagtail.models import GroupCollectionPermission, GroupPagePermission

import pytest

from directory.access import EDITORS, create_roles, grant_member_access
from directory.models import MemberAccess
from home.factories import NewsIndexPageFactory

pytestmark = pytest.mark.django_db


def test_editors_publish_news_and_members(world):
    news = NewsIndexPageFactory(parent=world.home)
    for page in (news, world.directory, world.member_b):
        permissions = page.permissions_for_user(world.editor)
        assert permissions.can_add_subpage() or page == world.member_b
        assert permissions.can_publish()
    assert world.editor.has_perm("directory.manage_representatives")
    assert not world.editor.has_perm("auth.change_user")
    assert not world.editor.has_perm("auth.change_group")


def test_moderators_publish_and_translators_translate(world):
    assert world.member_b.permissions_for_user(world.moderator).can_publish()
    translator = world.member_b.permissions_for_user(world.translator)
    assert translator.can_edit() and not translator.can_publish()
    assert world.translator.has_perm("wagtail_localize.submit_translation")
    assert not world.rep_a.has_perm("wagtail_localize.submit_translation")


def test_member_group_has_its_page_and_collection_only(world):
    access = MemberAccess.objects.for_page(world.member_a)
    pages = set(GroupPagePermission.objects.filter(group=access.group).values_list("page_id", flat=True))
    assert pages == {world.member_a.pk}
    collections = set(
        GroupCollectionPermission.objects.filter(group=access.group).values_list("collection_id", flat=True)
    )
    assert collections == {access.collection.pk}
    assert set(access.group.permissions.values_list("codename", flat=True)) == {"access_admin"}


def test_granting_again_changes_nothing(world):
    counts = (Group.objects.count(), GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
    create_roles()
    assert grant_member_access([world.member_a.pk, world.member_b.pk], publish=False) == 0
    after = (Group.objects.count(), GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
    assert after == counts
    assert Group.objects.filter(name=EDITORS).count() == 1
