"""Who is told about interests, withdrawals and partner messages, each in their own language."""

import csv
import io

from django.core import mail

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest

from challenges.factories import ChallengePageFactory
from solvers.models import Interest
from tests.support.members import interest_data, interest_url

pytestmark = pytest.mark.django_db


def prefers(user, language):
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})


def sent_to(address):
    return [message for message in mail.outbox if address in message.to]


def express_interest(calls, client, call=None):
    """Alpha Oy's representative says Alpha is interested in `call` (the open English one)."""
    client.force_login(calls.members.rep_a)
    client.post(interest_url(call or calls.open_call), interest_data(calls.members.member_a, calls.capability))


def test_an_editor_who_reads_swedish_is_told_in_swedish_about_an_interest_in_an_english_call(calls, client):
    prefers(calls.members.editor, "sv")
    express_interest(calls, client)
    (to_editor,) = sent_to(calls.members.editor.email)
    assert to_editor.subject == "Alpha Oy är intresserad av utlysningen ”Winter streets”"
    assert "Roll: Vi söker partner." in to_editor.body
    (to_contact,) = sent_to("calls@scic.example")
    assert to_contact.subject == "Alpha Oy is interested in the call “Winter streets”"


def test_an_editor_whose_admin_language_the_portal_lacks_is_told_in_english(calls, client):
    prefers(calls.members.editor, "de")
    express_interest(calls, client)
    (to_editor,) = sent_to(calls.members.editor.email)
    assert to_editor.subject == "Alpha Oy is interested in the call “Winter streets”"


def test_the_contact_of_a_call_written_in_finnish_is_told_in_finnish_with_the_finnish_address(calls, client):
    finnish = Locale.objects.get(language_code="fi")
    finnish_index = calls.open_call.get_parent().copy_for_translation(finnish, copy_parents=True)
    original = ChallengePageFactory(
        parent=finnish_index, title="Talviset kadut", slug="talviset-kadut", contact_email="kaupunki@scic.example"
    )
    original.save_revision().publish()
    english = original.copy_for_translation(Locale.get_default())
    english.title = "Winter streets in Oulu"
    english.save_revision().publish()
    express_interest(calls, client, english)
    (to_contact,) = sent_to("kaupunki@scic.example")
    assert to_contact.subject == "Alpha Oy on kiinnostunut hausta ”Talviset kadut”"
    assert original.full_url in to_contact.body
    assert english.full_url not in to_contact.body


def test_a_representative_who_reads_finnish_gets_a_partner_message_in_finnish(calls, client):
    world = calls.members
    request = Interest.objects.create(call=calls.open_call, member=world.member_a, role="looking")
    prefers(world.rep_a, "fi")
    client.force_login(world.rep_b)
    client.post(f"/en/partners/contact/{request.pk}/", {"sender": world.member_b.pk, "body": "Shall we?"})
    (sent,) = mail.outbox
    assert sent.to == [world.rep_a.email]
    assert sent.subject == "Beta Ab haluaisi olla kumppaninne haussa ”Winter streets”"
    assert "Shall we?" in sent.body


def test_a_withdrawal_is_kept_for_the_editors_and_told_but_not_shown_publicly(calls, client):
    world, call = calls.members, calls.open_call
    prefers(world.editor, "fi")
    client.force_login(world.rep_a)
    client.post(interest_url(call), interest_data(world.member_a, calls.capability))
    mail.outbox.clear()
    client.post(interest_url(call), {"member": world.member_a.pk, "withdraw": ""})

    interest = Interest.objects.get(call=call, member=world.member_a)
    assert interest.withdrawn_at is not None
    (to_editor,) = sent_to(world.editor.email)
    assert to_editor.subject == "Alpha Oy perui kiinnostuksensa hakuun ”Winter streets”"
    (to_contact,) = sent_to("calls@scic.example")
    assert to_contact.subject == "Alpha Oy withdrew its interest in the call “Winter streets”"
    assert "Its role was: Looking for partners." in to_contact.body

    client.logout()
    public = client.get(call.url).content.decode()
    assert "0 member organisations are interested" in public
    assert "Alpha Oy</a> –" not in public
    assert "Alpha Oy" not in client.get("/en/partners/").content.decode()

    client.force_login(world.editor)
    prefers(world.editor, "en")
    view = client.get(f"/admin/solvers/calls/{call.pk}/interest/").content.decode()
    assert "Alpha Oy" in view and "Withdrawn on " in view
    rows = list(csv.reader(io.StringIO(client.get(f"/admin/solvers/calls/{call.pk}/interest.csv").content.decode())))
    assert rows[0][-2:] == ["State", "Withdrawn"]
    assert rows[1][-2:] == ["Withdrawn", interest.withdrawn_at.isoformat(timespec="minutes")]


def test_interest_renewed_after_a_withdrawal_stands_again_and_is_told_as_new(calls, client):
    world, call = calls.members, calls.open_call
    client.force_login(world.rep_a)
    client.post(interest_url(call), interest_data(world.member_a, calls.capability))
    client.post(interest_url(call), {"member": world.member_a.pk, "withdraw": ""})
    page = client.get(call.url).content.decode()
    assert "Is Alpha Oy interested?" in page
    mail.outbox.clear()
    client.post(interest_url(call), interest_data(world.member_a, calls.capability, role="partner"))
    assert Interest.objects.get(call=call, member=world.member_a).withdrawn_at is None
    (to_contact,) = sent_to("calls@scic.example")
    assert to_contact.subject == "Alpha Oy is interested in the call “Winter streets”"
    assert "1 member organisation is interested" in client.get(call.url).content.decode()


def test_a_withdrawn_member_cannot_be_recorded_in_the_consortium(calls, client):
    world = calls.members
    Interest.objects.create(call=calls.closed_call, member=world.member_a, role="lead")
    withdrawn = Interest.objects.create(call=calls.closed_call, member=world.member_b, role="partner")
    Interest.objects.filter(pk=withdrawn.pk).update(withdrawn_at=withdrawn.created_at)
    client.force_login(world.editor)
    response = client.post(
        f"/admin/solvers/calls/{calls.closed_call.pk}/consortium/",
        {"lead": world.member_a.pk, "partners": [world.member_b.pk]},
    )
    assert response.status_code == 302
    assert not calls.closed_call.get_latest_revision_as_object().consortium.all()
