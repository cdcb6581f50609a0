from django.core.management.base import BaseCommand

from challenges.alerts.models import Frequency
from challenges.alerts.tasks import send_alert_digests


class Command(BaseCommand):
    """Queue one digest run of the e-mail alerts of a frequency; run it from a timer (see docs/alerts.md).

    The worker (`manage.py db_worker`) sends the e-mails; with `--now` this process does.
    """

    help = "Queue (or, with --now, run) the digest of the e-mail alerts of one frequency."

    def add_arguments(self, parser):
        parser.add_argument("--frequency", choices=Frequency.values, required=True)
        parser.add_argument("--now", action="store_true", help="Run the digest here instead of queueing it.")

    def handle(self, *args, frequency, now, **options):
        if now:
            result = send_alert_digests.call(frequency)
            self.stdout.write(
                f"{result['alerts']} alerts, {result['emails']} e-mails, {result['calls']} calls, "
                f"{result['searches']} searches"
            )
        else:
            result = send_alert_digests.enqueue(frequency)
            self.stdout.write(f"Queued the {frequency} digest ({result.id}).")
