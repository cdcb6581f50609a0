"""Build the demo site. Safe to run again: it updates what exists and adds what is missing."""

from django.core.management.base import BaseCommand
from django.db import transaction

from home.models import HomePage

HOME_INTRO = (
    "The Smart City Innovation Cluster brings together companies, cities, research "
    "institutes and universities to solve smart-city challenges from around the world."
)


class Command(BaseCommand):
    help = "Create or refresh the demo content of the portal (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        home = HomePage.objects.get(depth=2, locale__language_code="en")
        if home.intro != HOME_INTRO:
            home.intro = HOME_INTRO
            home.save_revision().publish()
            self.stdout.write("Home page: updated")
        else:
            self.stdout.write("Home page: already up to date")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
