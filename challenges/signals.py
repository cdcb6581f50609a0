"""Challenge submissions follow what happens to their draft calls."""

from django.dispatch import receiver

from wagtail.signals import page_published

from challenges.intake.decisions import record_publication
from challenges.models import ChallengePage


@receiver(page_published, sender=ChallengePage, dispatch_uid="challenges_submission_published")
def tell_submitter_of_publication(sender, instance, revision=None, **kwargs):
    record_publication(instance, user=revision.user if revision else None)
