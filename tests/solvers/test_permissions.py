"""The trust boundary of interests and partner requests, as the HTTP responses a browser gets.

Only a representative acts for their own organisation, and only while the call is open;
every other request is refused and changes nothing, and every form checks CSRF.
"""

from django.test import Client

import pytest

from solvers.models import Interest, PartnerMessage
from tests.support.members import is_sent_to_login

pytestmark = pytest.mark.django_db

# (name, who, URL template, data). `who`: anonymous, rep_b (another member's representative),
# rep_a (the member's own), editor or moderator (staff, but no member's representative).
# Placeholders: {open} the open call, {closed} the closed one, {interest} member A's request.
REFUSED = [
    ("anonymous expresses interest", "anonymous", "/en/partners/interest/{open}/", "express_a"),
    ("anonymous withdraws another's interest", "anonymous", "/en/partners/interest/{open}/", "withdraw_a"),
    (
        "another member's representative expresses interest for it",
        "rep_b",
        "/en/partners/interest/{open}/",
        "express_a",
    ),
    ("another member's representative changes its interest", "rep_b", "/en/partners/interest/{open}/", "change_a"),
    ("another member's representative withdraws its interest", "rep_b", "/en/partners/interest/{open}/", "withdraw_a"),
    ("an editor expresses interest for a member", "editor", "/en/partners/interest/{open}/", "express_a"),
    ("a moderator withdraws a member's interest", "moderator", "/en/partners/interest/{open}/", "withdraw_a"),
    ("the member's own representative after the call closed", "rep_a", "/en/partners/interest/{closed}/", "change_a"),
    (
        "the member's own representative withdraws after the call closed",
        "rep_a",
        "/en/partners/interest/{closed}/",
        "withdraw_a",
    ),
    ("anonymous contacts a member looking for partners", "anonymous", "/en/partners/contact/{interest}/", "message"),
    ("an editor contacts a member looking for partners", "editor", "/en/partners/contact/{interest}/", "message"),
    ("a member contacts itself", "rep_a", "/en/partners/contact/{interest}/", "message_as_a"),
    ("another member writes as the member itself", "rep_b", "/en/partners/contact/{interest}/", "message_as_a"),
]


def payload(kind, calls):
    a, capability = calls.members.member_a, calls.capability
    return {
        "express_a": {"member": a.pk, "role": "lead", "capabilities": [capability.pk], "message": "Taken over"},
        "change_a": {"member": a.pk, "role": "partner", "message": "Taken over"},
        "withdraw_a": {"member": a.pk, "withdraw": ""},
        "message": {"body": "Hello"},
        "message_as_a": {"sender": a.pk, "body": "Hello"},
    }[kind]


def snapshot():
    return (
        sorted(Interest.objects.values_list("call_id", "member_id", "role", "message", "withdrawn_at")),
        PartnerMessage.objects.count(),
    )


@pytest.fixture
def existing(calls):
    """Member A looks for partners on both calls."""
    world = calls.members
    return {
        call: Interest.objects.create(call=call, member=world.member_a, role="looking", message="Our secret plan")
        for call in (calls.open_call, calls.closed_call)
    }


def client_for(who, calls):
    client = Client()
    if who != "anonymous":
        client.force_login(getattr(calls.members, who))
    return client


def is_refused(response):
    return response.status_code in (403, 404, 405)


@pytest.mark.parametrize(("action", "who", "template", "kind"), REFUSED, ids=[row[0] for row in REFUSED])
def test_only_a_representative_acts_for_their_own_organisation(calls, existing, action, who, template, kind):
    url = template.format(open=calls.open_call.pk, closed=calls.closed_call.pk, interest=existing[calls.open_call].pk)
    before = snapshot()
    response = client_for(who, calls).post(url, payload(kind, calls))
    if who == "anonymous":
        assert is_sent_to_login(response), response.status_code
    else:
        assert is_refused(response) or response.status_code == 400, response.status_code
    assert snapshot() == before


@pytest.mark.parametrize("url", ["/en/partners/interest/{open}/", "/en/partners/contact/{interest}/"])
def test_every_form_checks_csrf(calls, existing, url):
    client = Client(enforce_csrf_checks=True)
    client.force_login(calls.members.rep_b)
    before = snapshot()
    url = url.format(open=calls.open_call.pk, interest=existing[calls.open_call].pk)
    response = client.post(
        url, {"member": calls.members.member_b.pk, "role": "lead", "sender": calls.members.member_b.pk, "body": "Hi"}
    )
    assert response.status_code == 403
    assert snapshot() == before


def test_interest_is_only_changed_by_post(calls, client):
    client.force_login(calls.members.rep_a)
    assert client.get(f"/en/partners/interest/{calls.open_call.pk}/").status_code == 405


@pytest.mark.parametrize("who", ["anonymous", "rep_b", "editor"])
def test_others_never_see_a_members_private_message_or_its_form(calls, existing, who):
    html = client_for(who, calls).get(calls.open_call.url).content.decode()
    assert "Our secret plan" not in html
    assert "Is Alpha Oy interested?" not in html and "Alpha Oy is interested" not in html
    board = client_for(who, calls).get("/en/partners/").content.decode()
    assert "Our secret plan" not in board
    assert "Alpha Oy" in board


def test_a_member_withdrawing_leaves_others_interest_alone(calls, existing, client):
    other = Interest.objects.create(call=calls.open_call, member=calls.members.member_b, role="partner")
    client.force_login(calls.members.rep_b)
    client.post(f"/en/partners/interest/{calls.open_call.pk}/", {"member": calls.members.member_b.pk, "withdraw": ""})
    assert Interest.objects.get(pk=other.pk).is_withdrawn
    assert not Interest.objects.get(pk=existing[calls.open_call].pk).is_withdrawn


def test_the_partner_board_only_reads(calls, client):
    client.force_login(calls.members.rep_a)
    assert client.post("/en/partners/", {"theme": "water"}).status_code == 405
