"""Expressing interest in a call, as a browser does it: the representative's flow, what others see, the e-mails."""

from django.core import mail
from django.test import Client

from wagtail.users.models import UserProfile

import pytest

from solvers.models import Interest
from tests.support.members import interest_data, interest_url, is_sent_to_login
from tests.support.world import make_user

pytestmark = pytest.mark.django_db


def test_a_representative_expresses_changes_and_withdraws_interest_in_an_open_call(calls, client):
    world, call = calls.members, calls.open_call
    client.force_login(world.rep_a)
    page = client.get(call.url).content.decode()
    assert "Our organisation is interested" in page
    assert "Is Alpha Oy interested?" in page

    response = client.post(interest_url(call), interest_data(world.member_a, calls.capability))
    assert response.status_code == 302
    assert response["Location"] == f"{call.url}#interest"
    interest = Interest.objects.get(call=call, member=world.member_a)
    assert interest.role == "looking"
    assert list(interest.seeks.all()) == [calls.capability]
    assert "interest was saved. The call" in client.get(call.url).content.decode()

    client.post(interest_url(call), interest_data(world.member_a, calls.capability, role="lead", show_publicly=None))
    interest.refresh_from_db()
    assert (interest.role, interest.show_publicly) == ("lead", False)

    client.post(interest_url(call), {"member": world.member_a.pk, "withdraw": ""})
    assert not Interest.objects.active().filter(call=call).exists()
    assert Interest.objects.get(call=call).is_withdrawn


def test_visitors_see_the_count_and_the_names_of_members_that_agreed_to_be_shown(calls, client):
    world, call = calls.members, calls.open_call
    Interest.objects.create(call=call, member=world.member_a, role="looking", show_publicly=True, message="Private")
    Interest.objects.create(call=call, member=world.member_b, role="partner", show_publicly=False, message="Hidden")
    html = client.get(call.url).content.decode()
    assert "2 member organisations are interested in this call." in html
    assert "Alpha Oy</a> – Looking for partners" in html
    assert "Beta Ab</a> –" not in html
    assert "Private" not in html and "Hidden" not in html
    assert "sign in to express your organisation" in html


def test_the_calls_contact_and_the_editors_are_told_in_their_language(calls, client):
    world, call = calls.members, calls.open_call
    UserProfile.objects.update_or_create(user=world.editor, defaults={"preferred_language": "fi"})
    client.force_login(world.rep_a)
    client.post(interest_url(call), interest_data(world.member_a, calls.capability))
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"calls@scic.example", world.editor.email}
    to_contact = by_recipient["calls@scic.example"]
    assert to_contact.subject == "Alpha Oy is interested in the call “Winter streets”"
    assert call.full_url in to_contact.body
    assert "secret pricing" in to_contact.body
    to_editor = by_recipient[world.editor.email]
    assert to_editor.subject == "Alpha Oy on kiinnostunut hausta ”Winter streets”"
    assert f"/admin/solvers/calls/{call.pk}/interest/" in to_editor.body


def test_a_message_is_at_most_1000_characters(calls, client):
    world, call = calls.members, calls.open_call
    client.force_login(world.rep_a)
    response = client.post(interest_url(call), interest_data(world.member_a, calls.capability, message="x" * 1001))
    assert response.status_code == 302
    assert not Interest.objects.exists()
    assert "Your interest was not saved" in client.get(call.url).content.decode()


def test_a_representative_of_two_members_answers_for_each_separately(calls, client):
    world, call = calls.members, calls.open_call
    both = make_user("rep-both", world.rep_a.groups.first(), world.rep_b.groups.first())
    client.force_login(both)
    page = client.get(call.url).content.decode()
    assert "Is Alpha Oy interested?" in page and "Is Beta Ab interested?" in page
    client.post(interest_url(call), interest_data(world.member_b, calls.capability, role="partner"))
    assert list(Interest.objects.values_list("member_id", "role")) == [(world.member_b.pk, "partner")]


def test_signing_in_to_express_interest_leads_back_to_the_call(calls):
    response = Client().post(interest_url(calls.open_call), interest_data(calls.members.member_a, calls.capability))
    assert is_sent_to_login(response)
    assert calls.open_call.url in response["Location"].replace("%2F", "/")


def test_anonymous_visitors_see_a_new_or_withdrawn_interest_at_once_despite_the_page_cache(calls):
    world, call = calls.members, calls.open_call
    visitor, representative = Client(), Client()
    representative.force_login(world.rep_a)
    assert "0 member organisations are interested" in visitor.get(call.url).content.decode()
    representative.post(interest_url(call), interest_data(world.member_a, calls.capability))
    html = visitor.get(call.url).content.decode()
    assert "1 member organisation is interested" in html
    assert "Alpha Oy</a> – Looking for partners" in html
    assert "Alpha Oy" in visitor.get("/en/partners/").content.decode()
    representative.post(interest_url(call), {"member": world.member_a.pk, "withdraw": ""})
    assert "0 member organisations are interested" in visitor.get(call.url).content.decode()
    assert "Alpha Oy" not in visitor.get("/en/partners/").content.decode()
