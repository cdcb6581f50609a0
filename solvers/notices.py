"""Who is told about interests and partner messages, and in which language.

People with an account (editors, member representatives) read their e-mail in the
language they chose for the admin (Wagtail's preferred language), or the site's default
language when they chose none. The call's contact is only an address: they read the
language the call was written in, with the address of the call in that language.
"""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from directory.languages import member_in
from portal.roles import EDITORS

logger = logging.getLogger(__name__)


def person_language(user):
    """The portal language `user` reads: their preferred admin language when the portal has it, else the default."""
    preferred = UserProfile.get_for_user(user).preferred_language
    try:
        return translation.get_supported_language_variant(preferred) if preferred else settings.LANGUAGE_CODE
    except LookupError:
        # Wagtail offers more admin languages than the portal has.
        return settings.LANGUAGE_CODE


def call_language(call):
    """The language `call` was written in: that of its first version, which every translation comes from."""
    original = (
        Page.objects.filter(translation_key=call.translation_key, alias_of__isnull=True)
        .order_by("pk")
        .values_list("locale__language_code", flat=True)
        .first()
    )
    return original or call.locale.language_code


def call_in(call, language):
    locale = Locale.objects.filter(language_code=language).first()
    page = call.get_translation_or_none(locale) if locale else None
    return page or call


def send_mail_in(language, template, recipients, context, reply_to=None):
    """Render `solvers/emails/<template>` in `language` and send it; a mail server failure is logged, never raised."""
    with translation.override(language):
        subject = render_to_string(f"solvers/emails/{template}_subject.txt", context).strip()
        body = render_to_string(f"solvers/emails/{template}.txt", context)
    try:
        EmailMessage(subject, body, to=recipients, reply_to=reply_to).send()
    except (smtplib.SMTPException, OSError):
        logger.exception("The %s e-mail to %s was not sent", template, recipients)
        return False
    return True


def editors():
    return get_user_model().objects.filter(groups__name=EDITORS, is_active=True).exclude(email="").distinct()


def tell_about_interest(interest, template, **context):
    """Send `template` about `interest` to every editor and to the call's contact, each in their language."""
    call = interest.call
    context.update(interest=interest, site_name=settings.WAGTAIL_SITE_NAME)
    admin_link = settings.WAGTAILADMIN_BASE_URL + reverse("solvers_admin:interest", args=[call.pk])
    for editor in editors():
        language = person_language(editor)
        context.update(call=call_in(call, language), member=member_in(interest.member, language), link=admin_link)
        send_mail_in(language, template, [editor.email], context)
    if call.contact_email:
        language = call_language(call)
        page = call_in(call, language)
        context.update(call=page, member=member_in(interest.member, language), link=page.full_url)
        send_mail_in(language, template, [call.contact_email], context)


def tell_representatives(message, user):
    """E-mail a partner message to the representatives of the member looking for partners; True if one was sent."""
    interest = message.interest
    recipients = (
        get_user_model().objects.filter(groups__member_access__page=interest.member, is_active=True).exclude(email="")
    )
    delivered = False
    for person in recipients:
        language = person_language(person)
        context = {
            "message": message,
            "sender": member_in(message.sender, language),
            "member": member_in(interest.member, language),
            "call": call_in(interest.call, language),
            "user": user,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        sent = send_mail_in(language, "partner_message", [person.email], context, reply_to=[user.email])
        delivered = sent or delivered
    return delivered
