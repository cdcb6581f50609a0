"""Generate realistic synthetic content at scale, for benchmarks and load tests."""

import time

from django.core.management.base import BaseCommand, CommandError

from home.demo.bulk import BulkGenerator, SectionMissing


class Command(BaseCommand):
    help = (
        "Add synthetic members, challenges, references and news in every language of the site. "
        "Deterministic for a given --seed on the same database. "
        "Run update_index and rebuild_references_index afterwards."
    )

    def add_arguments(self, parser):
        for kind in ("members", "challenges", "references", "news"):
            parser.add_argument(f"--{kind}", type=int, default=0, metavar="N", help=f"how many {kind} to add")
        parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")

    def handle(self, *args, **options):
        counts = {kind: options[kind] for kind in ("members", "challenges", "references", "news")}
        if any(count < 0 for count in counts.values()):
            raise CommandError("Counts must be zero or more.")
        if not any(counts.values()):
            raise CommandError("Nothing to do: give at least one of --members, --challenges, --references, --news.")
        started = time.monotonic()
        try:
            created = BulkGenerator(options["seed"], self.show_progress).run(**counts)
        except SectionMissing as error:
            raise CommandError(str(error)) from None
        elapsed = time.monotonic() - started
        summary = ", ".join(f"{number} {kind}" for kind, number in created.items() if number)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {summary} in {elapsed:.0f} s. "
                "Now run: manage.py update_index && manage.py rebuild_references_index"
            )
        )

    def show_progress(self, kind, done, total):
        width = 30
        filled = width * done // total
        bar = "#" * filled + "-" * (width - filled)
        self.stdout.write(f"\r{kind:>10} [{bar}] {done}/{total}", ending="\n" if done == total else "")
        self.stdout.flush()
