from django.core.management.base import BaseCommand

from portal.icons import ICON_DIR, icon_files


class Command(BaseCommand):
    """Draw the favicon, the app icons and the share card into portal/static/icons/ (commit the result)."""

    help = "Draw the portal's icons into portal/static/icons/."

    def handle(self, *args, **options):
        ICON_DIR.mkdir(parents=True, exist_ok=True)
        for name, content in icon_files().items():
            (ICON_DIR / name).write_bytes(content)
            self.stdout.write(f"wrote {ICON_DIR / name}")
