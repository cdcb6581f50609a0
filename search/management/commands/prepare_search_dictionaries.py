"""Prepare simplemma's English, Finnish and Swedish dictionaries as tries (search/languages/simple.py).

Run once per installation (`make install` does); processes then open the tries instead of
decoding the dictionaries, seconds each. `--check` only says whether they are in place.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from search.languages import simple


class Command(BaseCommand):
    help = "Prepare the lemmatiser's dictionaries once, so that each process opens them at once."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="prepare them again even if they are in place")
        parser.add_argument("--check", action="store_true", help="only say whether they are in place")

    def handle(self, *args, force=False, check=False, **options):
        folder = simple.dictionary_dir()
        if folder is None:
            raise CommandError("SEARCH_DICTIONARY_DIR is not set: the dictionaries are decoded in each process.")
        if check:
            if not simple.prepared(folder):
                raise CommandError(f"The dictionaries are not prepared in {folder}.")
            self.stdout.write(f"The dictionaries are prepared in {folder}.")
            return
        if simple.prepared(folder) and not force:
            self.stdout.write(f"The dictionaries are already prepared in {folder}.")
            return
        self.stdout.write(f"Preparing the {', '.join(simple.LANGUAGES)} dictionaries in {folder} (once, about 15 s) …")
        started = time.monotonic()
        try:
            simple.prepare_dictionaries(folder)
        except OSError as error:
            raise CommandError(f"Could not write the dictionaries to {folder}: {error}") from None
        self.stdout.write(self.style.SUCCESS(f"Prepared in {time.monotonic() - started:.1f} s."))
