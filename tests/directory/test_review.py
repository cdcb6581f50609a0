"""Profiles stay current: review confirmation, the public date, reminders and the stale-profile report."""

import datetime
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

import pytest

from directory.models import MemberProfilePage, MemberSettings
from directory.review import months_ago
from tests.support.members import member_form_data

pytestmark = pytest.mark.django_db


def confirm(client, user, page):
    client.force_login(user)
    return client.post(reverse("directory_admin:confirm_reviewed", args=[page.pk]))


def test_representative_confirms_profile_without_editing_it(world, client):
    finnish = Locale.objects.get(language_code="fi")
    world.member_a.copy_for_translation(finnish, copy_parents=True, alias=True)
    revisions = world.member_a.revisions.count()
    response = confirm(client, world.rep_a, world.member_a)
    assert response.status_code == 302
    pages = MemberProfilePage.objects.filter(translation_key=world.member_a.translation_key)
    assert pages.count() == 2
    for page in pages:
        assert timezone.now() - page.last_reviewed_at < datetime.timedelta(minutes=1)
    assert world.member_a.revisions.count() == revisions
    history = client.get(f"/admin/pages/{world.member_a.pk}/history/").content.decode()
    assert "Confirmed that the profile is still accurate" in history


def test_public_profile_shows_the_review_date_in_the_visitors_language(world, client):
    reviewed = datetime.datetime(2026, 3, 14, 12, tzinfo=datetime.UTC)
    MemberProfilePage.objects.filter(pk=world.member_a.pk).update(last_reviewed_at=reviewed)
    html = client.get("/en/members/alpha/").content.decode()
    assert "Profile last reviewed by the organisation on 14 March 2026" in " ".join(html.split())


def test_confirming_shows_the_date_on_the_public_page_at_once(world, client):
    visitor = Client()
    for _visit in range(2):  # the first visit also creates the footer's settings, a change of its own
        assert "Profile last reviewed" not in visitor.get("/en/members/alpha/").content.decode()
    confirm(client, world.rep_a, world.member_a)
    assert "Profile last reviewed" in visitor.get("/en/members/alpha/").content.decode()


def test_publishing_an_older_draft_keeps_the_review_date(world, client):
    page = MemberProfilePage.objects.get(pk=world.member_a.pk)
    confirm(client, world.rep_a, page)
    reviewed = MemberProfilePage.objects.get(pk=page.pk).last_reviewed_at
    client.force_login(world.superuser)
    data = {**member_form_data(page, summary="Editor change"), "action-publish": "action-publish"}
    client.post(f"/admin/pages/{page.pk}/edit/", data)
    page = MemberProfilePage.objects.get(pk=page.pk)
    assert page.summary == "Editor change"
    assert page.last_reviewed_at == reviewed


@pytest.mark.parametrize(("role", "counts"), [("rep_a", True), ("superuser", False)])
def test_publishing_by_a_representative_counts_as_a_review(world, client, role, counts):
    settings = MemberSettings.load()
    settings.changes_need_review = False
    settings.save()
    client.force_login(getattr(world, role))
    data = {**member_form_data(world.member_a, summary="Fresh"), "action-publish": "action-publish"}
    client.post(f"/admin/pages/{world.member_a.pk}/edit/", data)
    page = MemberProfilePage.objects.get(pk=world.member_a.pk)
    assert page.summary == "Fresh"
    assert (page.last_reviewed_at is not None) == counts


def test_admin_home_shows_the_representatives_organisation_with_links_per_language(world, client):
    finnish = Locale.objects.get(language_code="fi")
    world.member_a.copy_for_translation(finnish, copy_parents=True, alias=True)
    client.force_login(world.rep_a)
    html = client.get("/admin/").content.decode()
    assert "Alpha Oy" in html and "Beta Ab" not in html
    assert f"/admin/pages/{world.member_a.pk}/edit/" in html
    assert reverse("directory_admin:translate", args=[world.member_a.pk, "fi"]) in html
    assert "Confirm the profile is still accurate" in html
    assert "Not translated yet" in html


def test_stale_profiles_report_lists_profiles_not_reviewed_for_a_year(world, client):
    MemberProfilePage.objects.filter(pk=world.member_b.pk).update(last_reviewed_at=months_ago(13))
    confirm(client, world.rep_a, world.member_a)
    client.force_login(world.editor)
    assert "/admin/members/reports/stale/" in client.get("/admin/").content.decode()
    html = client.get("/admin/members/reports/stale/").content.decode()
    assert "Beta Ab" in html and "Alpha Oy" not in html


def test_reminder_command_emails_representatives_of_stale_profiles(world):
    MemberProfilePage.objects.filter(pk=world.member_a.pk).update(last_reviewed_at=timezone.now())
    output = StringIO()
    call_command("remind_stale_profiles", months=12, dry_run=True, stdout=output)
    assert mail.outbox == []
    assert "[1/1] Beta Ab (last reviewed: never): would remind rep-b@scic.example" in output.getvalue()
    output = StringIO()
    call_command("remind_stale_profiles", months=12, stdout=output)
    (message,) = mail.outbox
    assert message.to == ["rep-b@scic.example"]
    assert "Beta Ab" in message.subject
    assert "Sent 1 reminder(s)." in output.getvalue()


@pytest.mark.parametrize(
    ("now", "months", "expected"),
    [
        (datetime.datetime(2026, 3, 31, tzinfo=datetime.UTC), 1, datetime.datetime(2026, 2, 28, tzinfo=datetime.UTC)),
        (datetime.datetime(2026, 1, 15, tzinfo=datetime.UTC), 12, datetime.datetime(2025, 1, 15, tzinfo=datetime.UTC)),
        (datetime.datetime(2024, 2, 29, tzinfo=datetime.UTC), 12, datetime.datetime(2023, 2, 28, tzinfo=datetime.UTC)),
    ],
)
def test_months_ago_counts_calendar_months(now, months, expected):
    assert months_ago(months, now) == expected


def test_failed_validation_keeps_what_was_typed(world, client):
    client.force_login(world.rep_a)
    typed = "A long summary the representative typed with care. " * 10
    response = client.post(f"/admin/pages/{world.member_a.pk}/edit/", member_form_data(world.member_a, summary=typed))
    assert response.status_code == 200
    html = response.content.decode()
    assert "The page could not be saved due to validation errors" in html
    assert typed.strip() in html


def test_editor_compares_and_rolls_back_a_representatives_change(world, client):
    client.force_login(world.rep_a)
    client.post(f"/admin/pages/{world.member_a.pk}/edit/", member_form_data(world.member_a, summary="Rep change"))
    page = MemberProfilePage.objects.get(pk=world.member_a.pk)
    first = page.revisions.order_by("created_at").first()
    client.force_login(world.editor)
    compare = client.get(f"/admin/pages/{page.pk}/revisions/compare/{first.pk}...latest/")
    assert compare.status_code == 200
    assert "Rep change" in compare.content.decode()
    revisions = page.revisions.count()
    revert = client.get(f"/admin/pages/{page.pk}/revisions/{first.pk}/revert/")
    assert revert.status_code == 200
    data = {**member_form_data(page, summary=first.as_object().summary), "action-publish": "action-publish"}
    client.post(f"/admin/pages/{page.pk}/edit/", data)
    page.refresh_from_db()
    assert page.summary == first.as_object().summary
    assert page.revisions.count() == revisions + 1
