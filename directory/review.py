"""Profiles stay current: when an organisation last reviewed its profile, and which are stale."""

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Locale

from directory.models import MemberProfilePage
from portal.page_cache import content_changed


def mark_reviewed(page):
    """Record that the organisation has just reviewed `page`, in every language."""
    # The date is shown on every language's page, live and draft alike: it is not content.
    MemberProfilePage.objects.filter(translation_key=page.translation_key).update(last_reviewed_at=timezone.now())
    # An update() sends no signal: the public pages that show the date are made fresh here.
    content_changed()


def months_ago(months, now=None):
    """The same day `months` calendar months back, or the month's last day when it is shorter."""
    now = now or timezone.now()
    month_index = now.year * 12 + now.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for day in range(now.day, 0, -1):
        try:
            return now.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise ValueError(months)


def stale_profiles(months):
    """Live default-language member profiles not reviewed by their organisation for `months` months."""
    cutoff = months_ago(months)
    return (
        MemberProfilePage.objects.live()
        .filter(locale=Locale.get_default())
        .filter(Q(last_reviewed_at__isnull=True) | Q(last_reviewed_at__lt=cutoff))
        .order_by("last_reviewed_at", "title")
    )
