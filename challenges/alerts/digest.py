"""One digest run: every confirmed alert of a frequency gets the new calls it has not had yet.

The alerts are read in batches. A call is new to an alert when it was first published
after the alert was confirmed and after (less an hour's overlap) the alert's last run.
An alert in whose language no call is that new needs no search; alerts with the same
filters and language share one search (most subscribers follow a few popular listings).
So a run costs at most one search per distinct set of filters, and none when nothing was
published since the last run. The delivery log keeps any address from getting the same
call twice, from this alert or another. The e-mails of a batch go out over one
connection, and what was sent is logged batch by batch.
"""

import dataclasses
import datetime

from django.core.mail import get_connection
from django.db.models import Max, Min
from django.utils import timezone

from challenges.alerts.filters import alert_query
from challenges.alerts.mail import digest_message
from challenges.alerts.models import Alert, Delivery
from challenges.models import ChallengePage
from search.service import search

BATCH = 500
# How far before its last run an alert looks again, for calls the index had not caught up with.
OVERLAP = datetime.timedelta(hours=1)


@dataclasses.dataclass
class DigestRun:
    """What one run did: alerts read, e-mails sent, calls sent in all, searches made."""

    frequency: str
    alerts: int = 0
    emails: int = 0
    calls: int = 0
    searches: int = 0


def latest_publication_by_language():
    """{language: when a live call was last first published}."""
    rows = (
        ChallengePage.objects.live()
        .public()
        .order_by()
        .values("locale__language_code")
        .annotate(latest=Max("first_published_at"))
    )
    return {row["locale__language_code"]: row["latest"] for row in rows}


class Digest:
    """Matches alerts to new calls, sharing searches between alerts with the same filters."""

    def __init__(self, frequency):
        self.run = DigestRun(frequency)
        self.latest = latest_publication_by_language()
        self.found = {}

    def new_calls(self, alert):
        """The calls new to `alert` (see `Alert.new_since`) that match its filters, newest first."""
        since = alert.new_since(OVERLAP)
        latest = self.latest.get(alert.language)
        if latest is None or latest <= since:
            return []
        key = (alert.language, alert.filters)
        if key not in self.found:
            self.run.searches += 1
            # The facets' counts are not needed: only the calls.
            query = dataclasses.replace(alert_query(alert.filters, alert.language), facets=())
            self.found[key] = [hit.page for hit in search(query).items]
        return [page for page in self.found[key] if page.first_published_at and page.first_published_at > since]

    def send(self, alerts, now):
        """Send one batch of alerts their new calls over one connection, and log what went out."""
        emails = {alert.email for alert in alerts}
        sent = {}
        for email, call_key in Delivery.objects.filter(alert__email__in=emails).values_list("alert__email", "call_key"):
            sent.setdefault(email, set()).add(call_key)
        messages, deliveries, alerts_sent = [], [], []
        for alert in alerts:
            already = sent.setdefault(alert.email, set())
            calls = [page for page in self.new_calls(alert) if page.translation_key not in already]
            if not calls:
                continue
            already.update(page.translation_key for page in calls)
            messages.append(digest_message(alert, [{"page": page, "url": page.get_full_url()} for page in calls]))
            deliveries += [Delivery(alert=alert, call_key=page.translation_key, sent_at=now) for page in calls]
            alerts_sent.append(alert.pk)
        if messages:
            get_connection().send_messages(messages)
            Delivery.objects.bulk_create(deliveries, ignore_conflicts=True)
            Alert.objects.filter(pk__in=alerts_sent).update(last_sent_at=now)
        Alert.objects.filter(pk__in=[alert.pk for alert in alerts]).update(checked_at=now)
        self.run.emails += len(messages)
        self.run.calls += len(deliveries)


def send_digests(frequency, now=None):
    """Run the digest of every confirmed alert of `frequency`; return what was done."""
    now = now or timezone.now()
    # Unconfirmed alerts past their confirmation's expiry are forgotten, addresses and all.
    Alert.objects.unconfirmed_expired(now).delete()
    digest = Digest(frequency)
    alerts = Alert.objects.confirmed().filter(frequency=frequency)
    latest = max((when for when in digest.latest.values() if when), default=None)
    first = alerts.aggregate(first=Min("confirmed_at"))["first"]
    if latest is None or first is None or latest <= first:
        return digest.run  # no alerts, or nothing published since the oldest confirmation
    last_pk = 0
    while batch := list(alerts.filter(pk__gt=last_pk).order_by("pk")[:BATCH]):
        digest.run.alerts += len(batch)
        digest.send(batch, now)
        last_pk = batch[-1].pk
    return digest.run
