"""Invitations: one-time, expiring links that make a person a representative of one member."""

import datetime
import re
from io import StringIO

from django.contrib.auth.models import User
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from directory.invitations import invite_representative, remove_representative
from directory.models import MemberAccess, MemberOffice, MemberProfilePage, RepresentativeInvitation, hash_token
from tests.support.members import is_refused, member_form_data

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "river-lantern-orbit-97"


def link_in(message):
    return re.search(r"http://\S+/invitation/\S+/", message.body).group(0)


def path_of(link):
    return link.split("127.0.0.1:8000", 1)[1]


def test_editor_invites_from_the_member_page(world, client):
    client.force_login(world.editor)
    edit = client.get(f"/admin/pages/{world.member_a.pk}/edit/").content.decode()
    url = reverse("directory_admin:representatives", args=[world.member_a.pk])
    assert url in edit
    response = client.post(url, {"email": "anna@alpha.example", "language": "en"})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["anna@alpha.example"]
    assert "Alpha Oy" in message.subject
    assert "72 hours" in message.body
    token = link_in(message).rstrip("/").rsplit("/", 1)[1]
    invitation = RepresentativeInvitation.objects.get()
    assert invitation.token_hash == hash_token(token)
    assert token not in invitation.token_hash
    assert "anna@alpha.example" in client.get(url).content.decode()


def test_invited_person_chooses_a_password_and_lands_in_the_admin(world, client):
    link = invite_representative(world.member_a, "anna@alpha.example", invited_by=world.editor)
    response = client.get(path_of(link))
    assert response.status_code == 200
    assert "Alpha Oy" in response.content.decode()
    response = client.post(path_of(link), {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    user = User.objects.get(email="anna@alpha.example")
    assert user.groups.get() == MemberAccess.objects.for_page(world.member_a).group
    home = client.get("/admin/").content.decode()
    assert "Alpha Oy" in home and "Beta Ab" not in home
    assert client.get(f"/admin/pages/{world.member_a.pk}/edit/").status_code == 200
    assert is_refused(client.get(f"/admin/pages/{world.member_b.pk}/edit/"))


def test_weak_password_is_refused_and_the_link_stays_usable(world, client):
    link = invite_representative(world.member_a, "anna@alpha.example", language="en")
    response = client.post(path_of(link), {"password1": "12345678", "password2": "12345678"})
    assert response.status_code == 200
    assert "too common" in response.content.decode()
    assert client.get(path_of(link)).status_code == 200


@pytest.mark.parametrize("state", ["used", "expired", "withdrawn", "unknown"])
def test_unusable_link_explains_itself_without_an_error(world, client, state):
    link = invite_representative(world.member_a, "anna@alpha.example", language="en")
    invitation = RepresentativeInvitation.objects.get()
    if state == "used":
        client.post(path_of(link), {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
        client.logout()
    elif state == "expired":
        invitation.expires_at = timezone.now() - datetime.timedelta(minutes=1)
        invitation.save()
    elif state == "withdrawn":
        invitation.revoked_at = timezone.now()
        invitation.save()
    else:
        link = link.replace(link.rstrip("/").rsplit("/", 1)[1], "not-a-real-token")
    expected = {"used": "already been used", "expired": "expired", "withdrawn": "withdrawn", "unknown": "not valid"}
    for response in (client.get(path_of(link)), client.post(path_of(link), {"password1": "x", "password2": "x"})):
        assert response.status_code == (400 if state == "unknown" else 410)
        assert expected[state] in response.content.decode()
    if state != "used":
        assert not User.objects.filter(email="anna@alpha.example").exists()


def test_invitation_expires_after_72_hours(world):
    invite_representative(world.member_a, "anna@alpha.example")
    invitation = RepresentativeInvitation.objects.get()
    valid_for = invitation.expires_at - invitation.created_at
    assert abs(valid_for - datetime.timedelta(hours=72)) < datetime.timedelta(seconds=5)


def test_member_has_several_representatives_and_an_editor_removes_one(world, client):
    for email in ("anna@alpha.example", "bo@alpha.example"):
        link = invite_representative(world.member_a, email)
        client.post(path_of(link), {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
        client.logout()
    group = MemberAccess.objects.for_page(world.member_a).group
    assert set(group.user_set.values_list("email", flat=True)) >= {"anna@alpha.example", "bo@alpha.example"}
    bo = User.objects.get(email="bo@alpha.example")
    client.force_login(bo)
    client.post(f"/admin/pages/{world.member_a.pk}/edit/", member_form_data(world.member_a, summary="Bo was here"))
    revision = MemberProfilePage.objects.get(pk=world.member_a.pk).get_latest_revision()
    assert revision.user == bo
    client.force_login(world.editor)
    response = client.post(reverse("directory_admin:remove_representative", args=[world.member_a.pk, bo.pk]))
    assert response.status_code == 302
    bo.refresh_from_db()
    assert not bo.groups.exists()
    assert not bo.is_active
    revision.refresh_from_db()
    assert revision.user == bo
    assert User.objects.filter(email="anna@alpha.example", groups=group).exists()


def test_removed_representative_loses_access(world, client):
    remove_representative(world.member_a, world.rep_a)
    client.force_login(world.rep_a)
    assert not world.member_a.permissions_for_user(User.objects.get(pk=world.rep_a.pk)).can_edit()


def test_command_sends_the_invitation_and_prints_the_link(world):
    output = StringIO()
    call_command("invite_member_representative", member="alpha", email="anna@alpha.example", stdout=output)
    (message,) = mail.outbox
    printed = output.getvalue().strip().splitlines()[-1]
    assert printed == link_in(message)


@pytest.mark.parametrize(("member", "email"), [("no-such-member", "anna@alpha.example"), ("alpha", "not-an-address")])
def test_command_refuses_unknown_member_or_bad_address(world, member, email):
    with pytest.raises(CommandError):
        call_command("invite_member_representative", member=member, email=email, stdout=StringIO())
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("office", "language", "subject"),
    [
        (("Helsinki", "FI"), "fi", "Pidä organisaation"),
        (("Göteborg", "SE"), "sv", "Håll profilen för"),
        (("Madrid", "ES"), "en", "Keep the profile of"),
    ],
)
def test_invitation_is_in_the_members_country_language_by_default(world, office, language, subject):
    member = MemberProfilePage.objects.get(pk=world.member_a.pk)
    member.offices = [MemberOffice(city=office[0], country=office[1])]
    member.save_revision().publish()
    invite_representative(member, "anna@alpha.example")
    (message,) = mail.outbox
    assert message.subject.startswith(subject)
    assert RepresentativeInvitation.objects.get().language == language


def test_editor_chooses_the_invitation_language(world, client):
    client.force_login(world.editor)
    url = reverse("directory_admin:representatives", args=[world.member_a.pk])
    form = client.get(url).content.decode()
    assert '<option value="fi" selected>' in form
    client.post(url, {"email": "sven@alpha.example", "language": "sv"})
    (message,) = mail.outbox
    assert message.subject.startswith("Håll profilen för")
    assert "72 timmar" in message.body


def test_password_page_follows_the_invitation_and_asks_for_a_long_password(world, client):
    link = invite_representative(world.member_a, "anna@alpha.example", language="fi")
    page = client.get(path_of(link), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="fi"' in page
    assert "valitse pitkä salasana, jota et käytä missään muualla" in page
    assert "vähintään 12 merkkiä" in page or "ainakin 12 merkkiä" in page
    for weak in ("tampere1", "lyhyt-sana1", "anna@alpha.example1"):
        response = client.post(path_of(link), {"password1": weak, "password2": weak}, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200, weak
        assert not User.objects.filter(email="anna@alpha.example").exists()
    assert (
        "Tämä salasana on liian yleinen."
        in client.post(path_of(link), {"password1": "password1234", "password2": "password1234"}).content.decode()
    )
    response = client.post(path_of(link), {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    # The new account reads the admin in the invitation's language.
    assert '<html lang="fi"' in client.get("/admin/").content.decode()


def test_reminders_are_in_each_representatives_language(world, client):
    for email, language in (("fi@alpha.example", "fi"), ("sv@alpha.example", "sv")):
        link = invite_representative(world.member_a, email, language=language)
        client.post(path_of(link), {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
        client.logout()
    mail.outbox.clear()
    MemberProfilePage.objects.filter(translation_key=world.member_a.translation_key).update(last_reviewed_at=None)
    call_command("remind_stale_profiles", stdout=StringIO())
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects["sv@alpha.example"].startswith("Stämmer profilen för")
    assert subjects["fi@alpha.example"] != subjects["sv@alpha.example"]
    assert "Alpha Oy" in subjects["fi@alpha.example"]
