"""A published call reaches the 'as soon as published' alerts through a digest run of its own."""

from django.dispatch import receiver

from wagtail.signals import page_published

from challenges.alerts.models import Frequency
from challenges.alerts.tasks import send_alert_digests
from challenges.models import ChallengePage


@receiver(page_published, sender=ChallengePage, dispatch_uid="alerts-call-published")
def call_published(sender, instance, **kwargs):
    # Enqueued, so the run happens after the commit (and in the worker, in production).
    send_alert_digests.enqueue(Frequency.IMMEDIATELY)
