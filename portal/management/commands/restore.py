import tarfile
import time

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from portal import backup


class Command(BaseCommand):
    """Bring the portal back from a backup file, then rebuild the search index from it."""

    help = "Restore the database and the uploaded files from a backup made by `manage.py backup`."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the scic-backup-<date>.tar file")
        parser.add_argument("--force", action="store_true", help="replace a database and uploads that are not empty")

    def handle(self, *args, archive, force, **options):
        started = time.monotonic()
        database = settings.DATABASES["default"]
        local_media = settings.MEDIA_STORAGE == "local"
        try:
            with tarfile.open(archive) as opened:
                manifest = backup.read_manifest(opened, backup.vendor(database))
                self.stdout.write(f"Backup of {manifest['created']}: {manifest['media_files']} uploaded files.")
                self.refuse_to_overwrite(force, local_media)
                self.stdout.write("Restoring the database…")
                backup.drop_tables()
                # pg_restore and SQLite's backup API write through connections of their own.
                connection.close()
                backup.load_database(opened, database)
                self.stdout.write(f"  done in {time.monotonic() - started:.1f} s")
                if local_media:
                    restored = backup.load_media(opened, settings.MEDIA_ROOT)
                    self.stdout.write(f"Restored {restored} uploaded files to {settings.MEDIA_ROOT}.")
        except (backup.BackupError, tarfile.TarError, OSError) as error:
            raise CommandError(str(error)) from None
        # Content types this process has cached may carry other ids than the restored ones.
        ContentType.objects.clear_cache()
        call_command("migrate", "--noinput", verbosity=0)
        # Cached pages, site root paths and renditions describe what was there before.
        cache.clear()
        self.stdout.write("Rebuilding the search index from the restored database…")
        call_command("update_index", stdout=self.stdout)
        self.stdout.write(f"Restored {archive} in {time.monotonic() - started:.1f} s")

    def refuse_to_overwrite(self, force, local_media):
        if force:
            return
        tables = backup.existing_tables()
        if tables:
            name = settings.DATABASES["default"]["NAME"]
            raise CommandError(
                f"The database {name} is not empty ({len(tables)} tables); a restore replaces everything in it. "
                "Restore into an empty database, or run again with --force to overwrite this one."
            )
        if local_media and backup.existing_media(settings.MEDIA_ROOT):
            raise CommandError(
                f"MEDIA_ROOT ({settings.MEDIA_ROOT}) holds files; a restore replaces them. "
                "Empty it, or run again with --force to overwrite them."
            )
