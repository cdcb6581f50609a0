"""Bringing representatives in and taking them out again.

An editor (or an operator with `invite_member_representative`) invites a person by
e-mail; the link in the e-mail works once, for 72 hours, and lets them choose a
password. Accepting adds them to the member's group. Removing a representative only
takes them out of the group: their account, and so the authorship of their revisions,
stays.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.users.models import UserProfile

from directory.access import grant_member_access
from directory.languages import member_in
from directory.models import MemberAccess, MemberSettings, RepresentativeInvitation

# The language spoken in a member's country, when the portal has it; Finland's bilingual
# members get Finnish, and can be invited in Swedish by choice.
COUNTRY_LANGUAGES = {"FI": "fi", "AX": "sv", "SE": "sv"}


def member_language(member):
    """The language to address a member's people in: its country's, if the portal has it, else the default."""
    available = {code for code, _name in settings.LANGUAGES}
    for office in member.offices.all():
        language = COUNTRY_LANGUAGES.get(office.country.code)
        if language in available:
            return language
    return settings.LANGUAGE_CODE


def person_language(user, member):
    """The language a representative chose for the admin, else the member's."""
    preferred = UserProfile.get_for_user(user).preferred_language
    return preferred or member_language(member)


def render_email(template, language, context):
    """(subject, body) of `directory/emails/<template>.txt` and its `_subject.txt`, in `language`."""
    with translation.override(language):
        subject = render_to_string(f"directory/emails/{template}_subject.txt", context).strip()
        body = render_to_string(f"directory/emails/{template}.txt", context)
    return subject, body


def invitation_link(token):
    return f"{settings.WAGTAILADMIN_BASE_URL}{reverse('directory:accept_invitation', args=[token])}"


def invite_representative(member, email, invited_by=None, language=None):
    """Create an invitation for `member` (a default-language member page), e-mail it; return the link.

    The e-mail, the password page and the representative's admin are in `language`;
    by default the member's country's language (see `member_language`).
    """
    grant_member_access([member.pk], publish=not MemberSettings.load().changes_need_review)
    language = language or member_language(member)
    invitation, token = RepresentativeInvitation.create(member, email, invited_by, language=language)
    link = invitation_link(token)
    context = {
        "member": member_in(member, language),
        "link": link,
        "invitation": invitation,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    subject, body = render_email("invitation", language, context)
    send_mail(subject, body, None, [email])
    return link


@transaction.atomic
def accept_invitation(invitation, password):
    """Set the invitee's password, put them in the member's group and use up the invitation.

    A new account reads the admin in the invitation's language.
    """
    User = get_user_model()
    user = User.objects.filter(email__iexact=invitation.email).order_by("pk").first()
    is_new = user is None
    if is_new:
        user = User(username=invitation.email[:150], email=invitation.email)
    user.is_active = True
    user.set_password(password)
    user.save()
    if is_new:
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": invitation.language})
    user.groups.add(MemberAccess.objects.for_page(invitation.member).group)
    RepresentativeInvitation.objects.filter(pk=invitation.pk).update(accepted_at=timezone.now(), user=user)
    return user


def representatives(member):
    access = MemberAccess.objects.for_page(member)
    if access is None:
        return get_user_model().objects.none()
    return access.group.user_set.order_by("email")


@transaction.atomic
def remove_representative(member, user):
    """Take `user` out of the member's group; deactivate the account if it has no other role."""
    access = MemberAccess.objects.for_page(member)
    if access is None:
        return
    user.groups.remove(access.group)
    RepresentativeInvitation.objects.filter(member=member, email__iexact=user.email, accepted_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if not user.is_superuser and not user.groups.exists():
        user.is_active = False
        user.save(update_fields=["is_active"])
