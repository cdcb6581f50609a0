"""What representatives do with interests and partner requests, and who is told about it.

Interests and messages belong to the default-language call and member pages; a
visitor's page is translated to those once, here, and back to the visitor's language
for display.
"""

import datetime

from django.utils import timezone

from wagtail.models import Page

from challenges.models import ChallengeStatus
from directory.models import MemberProfilePage
from portal import locales
from portal.page_cache import content_changed
from solvers.models import Interest, PartnerMessage
from solvers.notices import tell_about_interest, tell_representatives

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
    interests = list(Interest.objects.active().filter(call=call).select_related("member"))
    shown = [interest for interest in interests if interest.show_publicly]
    names = in_locale([interest.member for interest in shown], locale_id)
    return len(interests), [(names[interest.member_id], interest.get_role_display()) for interest in shown]


def save_interest(form, call, user):
    """Store the representative's interest (new, changed or renewed after a withdrawal) and tell who needs to know."""
    data = form.cleaned_data
    fields = {"role": data["role"], "message": data["message"], "show_publicly": data["show_publicly"]}
    previous = Interest.objects.filter(call=call, member=data["member"]).first()
    interest, _created = Interest.objects.update_or_create(
        call=call,
        member=data["member"],
        defaults={**fields, "withdrawn_at": None},
        create_defaults={**fields, "created_by": user},
    )
    interest.capabilities.set(data["capabilities"])
    interest.seeks.set(data["seeks"] if interest.is_looking_for_partners else [])
    # The call page and the partner board show interests: the page cache must not keep the old ones.
    content_changed()
    tell_about_interest(interest, "interest", created=previous is None or previous.is_withdrawn)
    return interest


def withdraw_interest(call, member):
    """Withdraw `member`'s standing interest in `call`: kept, with its date, for the editors; told like a new one."""
    interest = Interest.objects.active().filter(call=call, member=member).first()
    if interest is None:
        return None
    interest.withdrawn_at = timezone.now()
    interest.save(update_fields=["withdrawn_at", "updated_at"])
    content_changed()
    tell_about_interest(interest, "interest_withdrawn")
    return interest


def represented(user):
    return MemberProfilePage.objects.represented_by(user)


def send_partner_message(interest, sender, user, body):
    """Send `body` to the representatives of the member looking for partners, keep it, and return it."""
    message = PartnerMessage.objects.create(interest=interest, sender=sender, sent_by=user, body=body)
    if tell_representatives(message, user):
        PartnerMessage.objects.filter(pk=message.pk).update(delivered=True)
    return message


def over_rate_limit(user, now):
    """True when `user` has sent `RATE_LIMIT` messages within the last `RATE_WINDOW_HOURS`."""
    since = now - datetime.timedelta(hours=RATE_WINDOW_HOURS)
    return PartnerMessage.objects.filter(sent_by=user, sent_at__gte=since).count() >= RATE_LIMIT
