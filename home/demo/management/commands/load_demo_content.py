"""Build the demo site. Safe to run again: it updates what differs and adds what is missing."""

import gc

from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from home.demo.content import ContentError
from home.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Create or refresh the portal's demo content (idempotent)."
    # `make run` checks the project with `migrate` just before, and `runserver` again after:
    # a third time would add a tenth to a reload.
    requires_system_checks = []

    def handle(self, *args, **options):
        # What Django's setup built (some 200,000 objects, none of them garbage) is set
        # aside from Python's cycle collector, which would otherwise go through all of it
        # at each full collection during the load and once more at exit: most of a second.
        gc.freeze()
        self.stdout.write("Loading the demo content…")
        try:
            # With DEBUG on, as in development, Django records every query, and on SQLite
            # runs a second query for each to do so: a tenth of the load's time, for nothing.
            # A new Finnish or Swedish page starts with the English slug and gets its own
            # at once: Wagtail would keep a redirect from each English-slugged address that
            # never was published (over a hundred in the admin's list), and take time making them.
            with override_settings(DEBUG=False, WAGTAILREDIRECTS_AUTO_CREATE=False):
                counts = DemoLoader(self.stdout.write).run()
        except ContentError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                "Demo content is in place: {created} created, {updated} updated, {unchanged} unchanged.".format(
                    **counts
                )
            )
        )
