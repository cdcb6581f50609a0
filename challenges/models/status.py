"""A call's status (upcoming, open, closed), derived from its dates and the cluster's day, never stored.

One definition for the pages, the listing's query set and the search's status facet
(challenges/wagtail_hooks.py).
"""

from zoneinfo import ZoneInfo

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, PageManager, PageQuerySet

# A call closes at the end of its closing day in the cluster's home time zone,
# wherever the visitor is.
CALL_TIME_ZONE = ZoneInfo("Europe/Helsinki")


def call_today(now=None):
    """Today's date where the cluster is."""
    return timezone.localtime(now or timezone.now(), CALL_TIME_ZONE).date()


class ChallengeStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


def status_conditions(today):
    """Each status as a condition on a call's dates, in the order visitors see them.

    The one definition of the statuses that `ChallengeQuerySet.with_status()` and the
    search's status facet (challenges/wagtail_hooks.py) both use.
    """
    return {
        ChallengeStatus.OPEN: {"opens_on__lte": today, "closes_on__gte": today},
        ChallengeStatus.UPCOMING: {"opens_on__gt": today},
        ChallengeStatus.CLOSED: {"closes_on__lt": today},
    }


def challenge_status(opens_on, closes_on, today):
    if today < opens_on:
        return ChallengeStatus.UPCOMING
    if today > closes_on:
        return ChallengeStatus.CLOSED
    return ChallengeStatus.OPEN


class ChallengeQuerySet(PageQuerySet):
    def with_status(self, status, now=None):
        conditions = status_conditions(call_today(now))
        if status not in conditions:
            raise ValueError(f"Unknown challenge status {status!r}")
        return self.filter(**conditions[status])

    def open(self, now=None):
        return self.with_status(ChallengeStatus.OPEN, now)

    def closing_soonest(self):
        return self.order_by("closes_on", "title")

    def with_owner_names(self):
        """Annotated with the owner member's name in each call's language (see `owner_display_name`)."""
        key, locale = models.OuterRef("owner_member__translation_key"), models.OuterRef("locale")
        here = Page.objects.filter(translation_key=key, locale=locale).values("title")[:1]
        return self.annotate(owner_title_here=models.Subquery(here))


ChallengeManager = PageManager.from_queryset(ChallengeQuerySet)
