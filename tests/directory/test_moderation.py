"""Moderation: when the member settings ask for review, representatives' changes go to the Moderators."""

from django.contrib.auth.models import User
from django.core import mail

from wagtail.models import WorkflowState

import pytest

from directory.access import REVIEW_WORKFLOW
from directory.models import MemberProfilePage, MemberSettings
from tests.support.members import member_form_data

pytestmark = pytest.mark.django_db


def set_review(changes_need_review):
    settings = MemberSettings.load()
    settings.changes_need_review = changes_need_review
    settings.save()


def submit(client, page, **changes):
    data = member_form_data(page, **changes)
    data["action-submit"] = "Submit to Moderators"
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_representative_submits_and_a_moderator_approves(world, client):
    set_review(True)
    page = MemberProfilePage.objects.get(pk=world.member_a.pk)
    assert page.get_workflow().name == REVIEW_WORKFLOW
    client.force_login(world.rep_a)
    # Without the publish right, Wagtail keeps a "publish" as a draft.
    client.post(f"/admin/pages/{page.pk}/edit/", {**member_form_data(page, summary="Sneaked"), "action-publish": "1"})
    assert MemberProfilePage.objects.get(pk=page.pk).summary != "Sneaked"
    assert submit(client, page, summary="Reviewed change").status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert "moderator@scic.example" in {address for message in mail.outbox for address in message.to}
    assert "Changes waiting for approval" in client.get("/admin/").content.decode()

    client.force_login(world.moderator)
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
        {"comment": "Looks right"},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.summary == "Reviewed change"
    assert page.live


def test_moderator_rejects_with_a_comment_and_nothing_is_published(world, client):
    set_review(True)
    page = MemberProfilePage.objects.get(pk=world.member_a.pk)
    client.force_login(world.rep_a)
    submit(client, page, summary="Wrong change")
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(world.moderator)
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{state.current_task_state.pk}/",
        {"comment": "Please check the figures"},
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Please check the figures"
    page.refresh_from_db()
    assert page.summary != "Wrong change"


def test_representatives_publish_directly_when_review_is_off(world, client):
    set_review(False)
    page = MemberProfilePage.objects.get(pk=world.member_a.pk)
    assert page.get_workflow() is None or page.get_workflow().name != REVIEW_WORKFLOW
    client.force_login(world.rep_a)
    data = {**member_form_data(page, summary="Published directly"), "action-publish": "action-publish"}
    assert client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    page.refresh_from_db()
    assert page.summary == "Published directly"
    # and the other member's page stays out of reach
    other = MemberProfilePage.objects.get(pk=world.member_b.pk)
    assert not other.permissions_for_user(world.rep_a).can_publish()
    set_review(True)
    assert not page.permissions_for_user(User.objects.get(pk=world.rep_a.pk)).can_publish()
