"""Settings for a public deployment behind a TLS-terminating proxy.

Nothing secret has a default here: without a real `SECRET_KEY`, an explicit
`ALLOWED_HOSTS` and its public `BASE_URL` the portal refuses to start.
"""

import os

from portal.settings.base import *  # noqa: F403
from portal.settings.base import SECRET_KEY
from portal.settings.config import ConfigError

if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure"):
    raise ConfigError(
        "SECRET_KEY",
        "must be set to a random value of at least 50 characters in production "
        '(python -c "import secrets; print(secrets.token_urlsafe(64))")',
    )
if "ALLOWED_HOSTS" not in os.environ:
    raise ConfigError("ALLOWED_HOSTS", "must list the portal's host names in production")
# Links in e-mail, feeds and calendars are absolute: a wrong default would send people astray.
if "BASE_URL" not in os.environ:
    raise ConfigError("BASE_URL", "must be the portal's public address in production, e.g. https://portal.example.org")

DEBUG = False

# Static files are served by the application itself, compressed and cache-busted.
MIDDLEWARE = [*MIDDLEWARE]  # noqa: F405
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

# The proxy in front terminates TLS and tells us so.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# An admin session ends after a working day rather than Django's two weeks.
SESSION_COOKIE_AGE = 60 * 60 * 12
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# A page cache in each worker's own memory could not be made fresh by a change made in
# another worker: without a shared cache (CACHE_URL, e.g. Redis) there is no page cache,
# nor any piece of a page kept between requests, and `check --deploy` says so
# (portal/checks.py).
if CACHES["default"]["BACKEND"].endswith((".LocMemCache", ".DummyCache")):  # noqa: F405
    PAGE_CACHE_SECONDS = 0
    SHARED_FRAGMENTS = False
    SEARCH_SHARED_MEMO = SEARCH_SHARED_MEMO_MANY = ""

# Index updates wait in the database until a worker (`manage.py db_worker`) runs them; the
# same update queued by each save of one publication is written once (portal/tasks.py).
TASKS = {"default": {"BACKEND": "portal.tasks.DatabaseBackend"}}

LOGGING["root"]["level"] = "INFO"  # noqa: F405
