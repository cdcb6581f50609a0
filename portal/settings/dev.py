"""Settings for a developer's laptop: `make run`."""

from portal.settings.base import *  # noqa: F403
from portal.settings.base import SECRET_KEY as _SECRET_KEY

DEBUG = True
# A fixed key is fine on a laptop; production refuses to start without its own.
SECRET_KEY = _SECRET_KEY or "dev-only-key-never-used-in-production-7c5b0a2f"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The demo site and bulk content (`load_demo_content`, `generate_bulk_content`); never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "home.demo"]  # noqa: F405

# Template and code edits show at once: no page cache on a laptop.
PAGE_CACHE_SECONDS = 0

# AVIF takes about three quarters of the time to make an image's renditions: a fresh
# `make run` prepares the demo's in WebP and JPEG only. Production serves all three.
PICTURE_SKIPPED_FORMATS = ["avif"]
