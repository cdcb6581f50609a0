"""The editors' Interest view of a call: the list, its CSV, and recording the consortium from it."""

import csv
import io

import pytest

from challenges.models import ChallengePage
from solvers.models import Interest
from tests.support.members import is_refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def interests(calls):
    world = calls.members
    return [
        Interest.objects.create(call=calls.closed_call, member=world.member_a, role="lead", message="We lead; line 2"),
        Interest.objects.create(call=calls.closed_call, member=world.member_b, role="looking", show_publicly=True),
    ]


def test_an_editor_sees_members_roles_messages_and_dates(calls, interests, client):
    client.force_login(calls.members.editor)
    html = client.get(f"/admin/solvers/calls/{calls.closed_call.pk}/interest/").content.decode()
    assert "Alpha Oy" in html and "Would lead" in html and "We lead; line 2" in html
    assert "Beta Ab" in html and "Looking for partners" in html


def test_an_editor_exports_the_interest_as_csv(calls, interests, client):
    client.force_login(calls.members.editor)
    response = client.get(f"/admin/solvers/calls/{calls.closed_call.pk}/interest.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="interest-old-harbour.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:2] == ["Member", "Role"]
    assert [row[:2] for row in rows[1:]] == [["Alpha Oy", "Would lead"], ["Beta Ab", "Looking for partners"]]
    assert rows[1][4] == "We lead; line 2"


def test_an_editor_records_the_consortium_from_the_interest(calls, interests, client):
    world = calls.members
    client.force_login(world.editor)
    url = f"/admin/solvers/calls/{calls.closed_call.pk}/consortium/"
    response = client.post(url, {"lead": world.member_a.pk, "partners": [world.member_b.pk]})
    assert response.status_code == 302
    call = ChallengePage.objects.get(pk=calls.closed_call.pk)
    assert call.stage == "consortium"
    assert [(row.member_id, row.role) for row in call.consortium.order_by("sort_order")] == [
        (world.member_a.pk, "lead"),
        (world.member_b.pk, "partner"),
    ]
    assert "Alpha Oy" in client.get(call.url).content.decode()


def test_the_consortium_waits_until_the_call_closes(calls, client):
    world = calls.members
    Interest.objects.create(call=calls.open_call, member=world.member_a, role="lead")
    client.force_login(world.editor)
    response = client.post(f"/admin/solvers/calls/{calls.open_call.pk}/consortium/", {"lead": world.member_a.pk})
    assert is_refused(response)
    assert not ChallengePage.objects.get(pk=calls.open_call.pk).consortium.exists()


@pytest.mark.parametrize("who", ["rep_a", "moderator", "translator"])
@pytest.mark.parametrize("path", ["interest/", "interest.csv"])
def test_only_editors_see_the_interest_of_a_call(calls, interests, client, who, path):
    client.force_login(getattr(calls.members, who))
    response = client.get(f"/admin/solvers/calls/{calls.closed_call.pk}/{path}")
    assert is_refused(response), response.status_code
    assert b"We lead" not in response.content


def test_a_representative_cannot_record_a_consortium(calls, interests, client):
    client.force_login(calls.members.rep_a)
    url = f"/admin/solvers/calls/{calls.closed_call.pk}/consortium/"
    response = client.post(url, {"lead": calls.members.member_a.pk})
    assert is_refused(response)
    assert not ChallengePage.objects.get(pk=calls.closed_call.pk).consortium.exists()
