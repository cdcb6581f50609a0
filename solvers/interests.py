"""What representatives do with interests and partner requests, and who is told about it.

Interests and messages belong to the default-language call and member pages; a
visitor's page is translated to those once, here, and back to the visitor's language
for display.
"""

import datetime
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

from challenges.models import ChallengeStatus
from directory.languages import member_in
from directory.models import MemberProfilePage
from portal import locales
from portal.page_cache import content_changed
from portal.roles import EDITORS
from solvers.models import Interest, PartnerMessage

logger = logging.getLogger(__name__)

# Messages one person may send through the partner board in `RATE_WINDOW`.
RATE_LIMIT = 5
RATE_WINDOW_HOURS = 1


def source_call(page):
    """The default-language version of a call page in any language."""
    default = locales.default()
    if page.locale_id == default.pk:
        return page
    return page.get_translation_or_none(default) or page


def accepts_interest(call):
    """Interest may be expressed, changed or withdrawn while the call is open."""
    return call.live and call.status == ChallengeStatus.OPEN


def in_locale(pages, locale_id):
    """{default-language page pk: its page in `locale_id`, or itself}: names as the visitor's language writes them."""
    pages = list(pages)
    keys = {page.translation_key: page.pk for page in pages}
    here = Page.objects.filter(translation_key__in=keys, locale_id=locale_id, alias_of__isnull=True)
    found = {keys[page.translation_key]: page for page in here.only("title", "url_path", "translation_key")}
    return {page.pk: found.get(page.pk, page) for page in pages}


def public_interest(call, locale_id):
    """(how many members are interested, [(member page, role label)] of those who agreed to be shown)."""
    interests = list(Interest.objects.filter(call=call).select_related("member"))
    shown = [interest for interest in interests if interest.show_publicly]
    names = in_locale([interest.member for interest in shown], locale_id)
    return len(interests), [(names[interest.member_id], interest.get_role_display()) for interest in shown]


def person_language(user):
    preferred = UserProfile.get_for_user(user).preferred_language
    return preferred or settings.LANGUAGE_CODE


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


def call_in(call, language):
    locale = Locale.objects.filter(language_code=language).first()
    page = call.get_translation_or_none(locale) if locale else None
    return page or call


def notify_interest(interest, created):
    """Tell the call's contact and the editors, each in their language, with a link to follow."""
    call = interest.call
    context = {"interest": interest, "created": created, "site_name": settings.WAGTAIL_SITE_NAME}
    admin_link = settings.WAGTAILADMIN_BASE_URL + reverse("solvers_admin:interest", args=[call.pk])
    editors = get_user_model().objects.filter(groups__name=EDITORS, is_active=True).exclude(email="")
    for editor in editors:
        language = person_language(editor)
        context.update(call=call_in(call, language), member=member_in(interest.member, language), link=admin_link)
        send_mail_in(language, "interest", [editor.email], context)
    if call.contact_email:
        language = call.locale.language_code
        context.update(call=call, member=member_in(interest.member, language), link=call.full_url)
        send_mail_in(language, "interest", [call.contact_email], context)


def save_interest(form, call, user):
    """Store the representative's interest (new or changed) and tell who needs to know; returns it."""
    data = form.cleaned_data
    interest, created = Interest.objects.update_or_create(
        call=call,
        member=data["member"],
        defaults={"role": data["role"], "message": data["message"], "show_publicly": data["show_publicly"]},
        create_defaults={
            "role": data["role"],
            "message": data["message"],
            "show_publicly": data["show_publicly"],
            "created_by": user,
        },
    )
    interest.capabilities.set(data["capabilities"])
    interest.seeks.set(data["seeks"] if interest.is_looking_for_partners else [])
    # The call page and the partner board show interests: the page cache must not keep the old ones.
    content_changed()
    notify_interest(interest, created)
    return interest


def withdraw_interest(call, member):
    Interest.objects.filter(call=call, member=member).delete()
    content_changed()


def represented(user):
    return MemberProfilePage.objects.represented_by(user)


def send_partner_message(interest, sender, user, body):
    """Send `body` to the representatives of the member looking for partners, keep it, and return it."""
    message = PartnerMessage.objects.create(interest=interest, sender=sender, sent_by=user, body=body)
    recipients = (
        get_user_model().objects.filter(groups__member_access__page=interest.member, is_active=True).exclude(email="")
    )
    delivered = False
    for person in recipients:
        language = person_language(person)
        context = {
            "message": message,
            "sender": member_in(sender, language),
            "member": member_in(interest.member, language),
            "call": call_in(interest.call, language),
            "user": user,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        delivered = (
            send_mail_in(language, "partner_message", [person.email], context, reply_to=[user.email]) or delivered
        )
    if delivered:
        PartnerMessage.objects.filter(pk=message.pk).update(delivered=True)
    return message


def over_rate_limit(user, now):
    """True when `user` has sent `RATE_LIMIT` messages within the last `RATE_WINDOW_HOURS`."""
    since = now - datetime.timedelta(hours=RATE_WINDOW_HOURS)
    return PartnerMessage.objects.filter(sent_by=user, sent_at__gte=since).count() >= RATE_LIMIT
