"""The partner board: open requests across calls, filters, and contact through the portal."""

from django.core import mail

import pytest

from solvers.interests import RATE_LIMIT
from solvers.models import Interest, PartnerMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_a(calls):
    interest = Interest.objects.create(
        call=calls.open_call, member=calls.members.member_a, role="looking", message="Private note"
    )
    interest.capabilities.set([calls.capability])
    interest.seeks.set([calls.capability])
    return interest


def test_the_board_lists_open_requests_with_what_they_offer_and_seek(calls, request_a, client):
    Interest.objects.create(call=calls.closed_call, member=calls.members.member_b, role="looking")
    Interest.objects.create(call=calls.open_call, member=calls.members.member_b, role="partner")
    html = client.get("/en/partners/").content.decode()
    assert html.count('class="interest-card"') == 1
    assert "Alpha Oy" in html and "Beta Ab" not in html
    assert "Offers:</strong> Snow and ice management" in html
    assert "Seeks:</strong> Snow and ice management" in html
    assert "Winter streets" in html
    assert "Private note" not in html and "@" not in html


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("?theme=arctic-conditions", True),
        ("?theme=water", False),
        ("?country=NO", True),
        ("?country=FI", False),
        ("?theme=arctic-conditions&country=NO", True),
    ],
)
def test_the_board_filters_by_theme_and_country(calls, request_a, client, query, listed):
    html = client.get(f"/en/partners/{query}").content.decode()
    assert ("Alpha Oy" in html) is listed


def test_an_unknown_filter_value_is_ignored_with_a_notice(calls, request_a, client):
    html = client.get("/en/partners/?theme=nonsense&country=XX").content.decode()
    assert "Alpha Oy" in html
    assert "is not a known theme" in html and "is not a known country" in html


def test_a_call_page_lists_its_partner_requests(calls, request_a, client):
    html = client.get(calls.open_call.url).content.decode()
    assert "Looking for partners" in html and "Alpha Oy" in html
    assert f"/en/partners/contact/{request_a.pk}/" in html


def test_another_representative_writes_through_the_portal_and_the_message_is_kept(calls, request_a, client):
    world = calls.members
    client.force_login(world.rep_b)
    form = client.get(f"/en/partners/contact/{request_a.pk}/").content.decode()
    assert world.rep_a.email not in form
    response = client.post(f"/en/partners/contact/{request_a.pk}/", {"sender": world.member_b.pk, "body": "Shall we?"})
    assert response.status_code == 302
    kept = PartnerMessage.objects.get()
    assert (kept.interest, kept.sender, kept.sent_by, kept.body, kept.delivered) == (
        request_a,
        world.member_b,
        world.rep_b,
        "Shall we?",
        True,
    )
    (sent,) = mail.outbox
    assert sent.to == [world.rep_a.email]
    assert sent.reply_to == [world.rep_b.email]
    assert sent.subject == "Beta Ab would like to partner with you on “Winter streets”"
    assert "Shall we?" in sent.body


def test_contacting_is_rate_limited_per_person(calls, request_a, client):
    world = calls.members
    client.force_login(world.rep_b)
    url = f"/en/partners/contact/{request_a.pk}/"
    for number in range(RATE_LIMIT):
        assert client.post(url, {"sender": world.member_b.pk, "body": f"Message {number}"}).status_code == 302
    refused = client.post(url, {"sender": world.member_b.pk, "body": "One too many"})
    assert refused.status_code == 400
    assert "Please try again in an hour" in refused.content.decode()
    assert PartnerMessage.objects.count() == RATE_LIMIT
    assert len(mail.outbox) == RATE_LIMIT


def test_a_request_on_a_closed_call_cannot_be_contacted(calls, client):
    closed = Interest.objects.create(call=calls.closed_call, member=calls.members.member_a, role="looking")
    client.force_login(calls.members.rep_b)
    assert client.get(f"/en/partners/contact/{closed.pk}/").status_code == 404
