"""Settings for the test suite: fast hashing, plain static files, mail kept in memory."""

import hashlib
import os
import tempfile

from portal.settings.base import *  # noqa: F403

SECRET_KEY = "test-only-key-with-enough-entropy-to-keep-django-quiet-0123456789"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# As in development, tasks run after the commit: a test that needs the index updated
# wraps its writes in `captureOnCommitCallbacks(execute=True)`.
TASKS = {"default": {"BACKEND": "portal.tasks.OnCommitImmediateBackend"}}

# The demo site, with its drawn images at an eighth of their size, and pages without AVIF
# images: small renditions in the other formats are quick to make.
INSTALLED_APPS = [*INSTALLED_APPS, "home.demo"]  # noqa: F405
DEMO_IMAGE_SCALE = 0.125
PICTURE_SKIPPED_FORMATS = ["avif"]

# Uploads made by tests go to a throwaway folder, removed when the suite ends (tests/conftest.py).
MEDIA_ROOT = tempfile.mkdtemp(prefix="scic-test-media-")

# On an engine, the suite keeps its own indexes (each checkout and each pytest-xdist worker
# its own, so that two checkouts can share one engine), sees every write at once, and
# rebuilds in place (tests/engine.py empties the indexes between tests).
_checkout = hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:6]  # noqa: F405
SEARCH_TEST_INDEX_PREFIX = f"scic_test_{_checkout}_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_"
if "URLS" in WAGTAILSEARCH_BACKENDS["default"]:  # noqa: F405
    WAGTAILSEARCH_BACKENDS["default"].update(  # noqa: F405
        {"INDEX_PREFIX": SEARCH_TEST_INDEX_PREFIX, "REFRESH_ON_WRITE": True, "ATOMIC_REBUILD": False}
    )

# Database connections close after each request: the browser tests' live-server threads,
# held open by the browser's kept-alive connections, keep no session on the test database.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
