"""Build the demo site. Safe to run again: it updates what differs and adds what is missing."""

from django.core.management.base import BaseCommand

from home.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Create or refresh the portal's demo content (idempotent)."

    def handle(self, *args, **options):
        self.stdout.write("Loading the demo content…")
        # No transaction around the whole run: Wagtail updates alias pages when a publish
        # commits, and deferring that to the end would overwrite the translated trees that
        # replace those aliases. Every step is idempotent, so an interrupted run is safely repeated.
        counts = DemoLoader(self.stdout.write).run()
        self.stdout.write(
            self.style.SUCCESS(
                "Demo content is in place: {created} created, {updated} updated, {unchanged} unchanged.".format(
                    **counts
                )
            )
        )
