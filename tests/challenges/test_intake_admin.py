"""Editors' overview of challenge submissions: listing, filters, the overdue flag, CSV, and who may see it."""

import datetime

from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone

import pytest

from challenges.models import ChallengeSubmission
from portal.roles import EDITORS, MODERATORS
from tests.support.members import is_refused

pytestmark = pytest.mark.django_db

INDEX = "/admin/challenge_submissions/"


def make_submission(title, days_old=0, state="new", country="NO", organisation="City of Kirkenes"):
    submission = ChallengeSubmission.objects.create(
        form_token=f"token-{title}",
        language="en",
        created_at=timezone.now() - datetime.timedelta(days=days_old),
        privacy_consent_at=timezone.now(),
        organisation=organisation,
        organisation_type="city",
        contact_name="Kari Nordmann",
        email="kari@kirkenes.example",
        country=country,
        city="Kirkenes",
        title=title,
        problem="Ice.",
        desired_outcome="No ice.",
        timeline="Winter",
        state=state,
    )
    return submission


@pytest.fixture
def submissions(db):
    return {
        "fresh": make_submission("Fresh call", days_old=2),
        "waiting": make_submission("Waiting call", days_old=20, state="in_review", country="ES", organisation="Madrid"),
        "old-but-decided": make_submission("Decided call", days_old=40, state="published"),
    }


def user_in(group_name):
    user = User.objects.create_user(group_name.lower(), f"{group_name.lower()}@scic.example", "x-long-pass-phrase-9")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor_client(client):
    client.force_login(user_in(EDITORS))
    return client


def listed(client, **params):
    html = client.get(INDEX, params).content.decode()
    return {title for title in ("Fresh call", "Waiting call", "Decided call") if title in html}


def test_editors_see_every_submission_with_its_state_owner_country_and_age(editor_client, submissions):
    response = editor_client.get(INDEX)
    html = response.content.decode()
    assert response.status_code == 200
    assert listed(editor_client) == {"Fresh call", "Waiting call", "Decided call"}
    for expected in ("In review", "Published", "Madrid", "Spain", "20 days", submissions["waiting"].reference):
        assert expected in html


def test_a_submission_waiting_more_than_two_weeks_for_a_decision_is_flagged(editor_client, submissions):
    html = editor_client.get(INDEX).content.decode()
    assert html.count("Overdue") == 1
    assert listed(editor_client, overdue="true") == {"Waiting call"}
    assert listed(editor_client, overdue="false") == {"Fresh call", "Decided call"}


def test_editors_filter_by_state_and_country(editor_client, submissions):
    assert listed(editor_client, state="new") == {"Fresh call"}
    assert listed(editor_client, state="published") == {"Decided call"}
    assert listed(editor_client, country="ES") == {"Waiting call"}


def test_the_overview_exports_as_csv(editor_client, submissions):
    response = editor_client.get(INDEX, {"export": "csv"})
    content = b"".join(response.streaming_content).decode()
    header, *rows = content.strip().splitlines()
    assert response["Content-Disposition"].startswith('attachment; filename="challenge-submissions')
    assert header.startswith("Reference number,State,Received,Age in days,No decision for 14 days,Organisation")
    assert len(rows) == 3
    waiting = next(row for row in rows if "Waiting call" in row)
    assert ",In review," in waiting
    assert ",20,True," in waiting
    assert ",Spain," in waiting


def test_submissions_are_kept_as_sent(admin_client, submissions):
    pk = submissions["fresh"].pk
    assert is_refused(admin_client.get(f"{INDEX}new/"))
    assert is_refused(admin_client.get(f"{INDEX}edit/{pk}/"))
    inspect = admin_client.get(reverse("challenge_submissions:inspect", args=[pk]))
    assert inspect.status_code == 200
    assert "Fresh call" in inspect.content.decode()
    # A superuser may still erase one, when its sender asks.
    assert admin_client.post(reverse("challenge_submissions:delete", args=[pk])).status_code == 302
    assert not ChallengeSubmission.objects.filter(pk=pk).exists()


def test_the_overview_exports_as_a_spreadsheet_too(editor_client, submissions):
    response = editor_client.get(INDEX, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.mark.parametrize("group_name", [MODERATORS, "Translators"])
def test_other_staff_cannot_see_submissions(client, submissions, group_name):
    client.force_login(user_in(group_name))
    assert is_refused(client.get(INDEX))
    assert "Fresh call" not in client.get(INDEX, follow=True).content.decode()
    assert is_refused(client.get(reverse("challenge_submissions:inspect", args=[submissions["fresh"].pk])))


def test_only_reviewers_may_reject(client, submissions):
    client.force_login(user_in(MODERATORS))
    url = reverse("challenge_submissions:reject", args=[submissions["fresh"].pk])
    assert is_refused(client.post(url, {"text": "No."}))
    submissions["fresh"].refresh_from_db()
    assert submissions["fresh"].state == "new"


def test_anonymous_visitors_are_sent_to_sign_in(client, submissions):
    response = client.get(INDEX)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_editors_find_a_submission_by_its_reference_number_or_its_words(editor_client, submissions):
    waiting = submissions["waiting"]
    assert listed(editor_client, q=waiting.reference) == {"Waiting call"}
    assert listed(editor_client, q=waiting.reference.lower()) == {"Waiting call"}
    assert listed(editor_client, q="Madrid") == {"Waiting call"}
