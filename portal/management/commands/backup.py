import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal import backup


def size(path):
    return f"{Path(path).stat().st_size / 1_000_000:.1f} MB"


class Command(BaseCommand):
    """Write the database and the uploads to one dated tar file (see portal/backup.py)."""

    help = "Back up the database and the uploaded files to scic-backup-<date>.tar."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=str(Path(settings.BASE_DIR) / "var" / "backups"),
            help="where the backup file goes (default var/backups)",
        )

    def handle(self, *args, output_dir, **options):
        folder = Path(output_dir)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / backup.archive_name()
        started = time.monotonic()
        database = settings.DATABASES["default"]
        try:
            vendor = backup.vendor(database)
            with tempfile.TemporaryDirectory(prefix="scic-backup-") as work:
                dump = Path(work) / "database"
                self.stdout.write(f"Dumping the {vendor} database {database['NAME']}…")
                backup.dump_database(dump, database)
                self.stdout.write(f"  {size(dump)} in {time.monotonic() - started:.1f} s")
                if settings.MEDIA_STORAGE == "local":
                    files = backup.media_files(settings.MEDIA_ROOT)
                    self.stdout.write(f"Adding {len(files)} uploaded files from {settings.MEDIA_ROOT}…")
                else:
                    files = []
                    self.stdout.write("Uploads stay in their bucket (MEDIA_STORAGE=s3): back it up with its own tools.")
                backup.write_archive(target, dump, vendor, settings.MEDIA_ROOT, files)
        except backup.BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Wrote {target} ({size(target)}) in {time.monotonic() - started:.1f} s")
