"""Settings shared by every environment.

Every environment variable the portal reads is declared in the block below, once,
with its type and default. The other settings modules (`dev`, `test`, `production`)
only change what differs between environments; none of them reads the environment
on its own, except `production` for the values it refuses to default.
"""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from portal.settings.config import (
    ConfigError,
    parse_cache_url,
    parse_database_url,
    parse_email_url,
    parse_frontend_cache_url,
    parse_media_storage,
    parse_search_backend,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

# --- Environment ----------------------------------------------------------------
# The complete list, documented in README.md. Keep the two in step.
DATABASE_URL = env.str("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
SEARCH_BACKEND = env.str("SEARCH_BACKEND", default="database")
# The engine's address, or its cluster nodes' addresses separated by commas.
SEARCH_URL = env.str("SEARCH_URL", default="")
# Replicas of each engine index: a number, or a range the cluster's size decides within.
SEARCH_REPLICAS = env.str("SEARCH_REPLICAS", default="0-1")
# Names of the engine's indexes start with this: sites sharing one cluster each take their own.
SEARCH_INDEX_PREFIX = env.str("SEARCH_INDEX_PREFIX", default="scic_")
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
MEDIA_ROOT = env.str("MEDIA_ROOT", default=str(VAR_DIR / "media"))
# Where uploads are kept: `local` (MEDIA_ROOT) or `s3` (an S3-compatible bucket).
MEDIA_STORAGE = env.str("MEDIA_STORAGE", default="local")
MEDIA_S3_BUCKET = env.str("MEDIA_S3_BUCKET", default="")
MEDIA_S3_ENDPOINT_URL = env.str("MEDIA_S3_ENDPOINT_URL", default="")
MEDIA_S3_REGION = env.str("MEDIA_S3_REGION", default="")
MEDIA_S3_CUSTOM_DOMAIN = env.str("MEDIA_S3_CUSTOM_DOMAIN", default="")
# The in-process cache holds image renditions too: room for a few thousand.
CACHE_URL = env.str("CACHE_URL", default="locmemcache://portal?max_entries=10000")
EMAIL_URL = env.str("EMAIL_URL", default="consolemail://")
# The development server's port (`PORT=8080 make run`); the default public address follows it.
PORT = env.str("PORT", default="8000")
BASE_URL = env.str("BASE_URL", default=f"http://127.0.0.1:{PORT}")
FROM_EMAIL = env.str("FROM_EMAIL", default="SCIC portal <portal@scic.example>")
# How long an anonymous page stays in the shared page cache at most (0 turns it off);
# changes make pages fresh at once regardless (portal/page_cache).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=3600)
FRONTEND_CACHE_URL = env.str("FRONTEND_CACHE_URL", default="")
# Where vulnerabilities are reported (/.well-known/security.txt): a mailto: or https: address.
SECURITY_CONTACT = env.str("SECURITY_CONTACT", default="mailto:security@scic.example")
# ---------------------------------------------------------------------------------

DATABASES = {"default": parse_database_url(DATABASE_URL)}
# A request's writes commit together, and the tasks they enqueue (index updates) run
# after the commit, when a published page's relations are saved too (portal/tasks.py).
DATABASES["default"]["ATOMIC_REQUESTS"] = True
CACHES = {"default": parse_cache_url(CACHE_URL)}
_email = parse_email_url(EMAIL_URL)
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email["EMAIL_HOST"] or "localhost"
EMAIL_PORT = _email["EMAIL_PORT"] or 25
EMAIL_HOST_USER = _email["EMAIL_HOST_USER"] or ""
EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"] or ""
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = SERVER_EMAIL = FROM_EMAIL
WAGTAILSEARCH_BACKENDS = parse_search_backend(SEARCH_BACKEND, SEARCH_URL, SEARCH_REPLICAS, SEARCH_INDEX_PREFIX)
# What the search core may keep between requests (a listing's facet counts, what results
# say of their pages) is kept with the shared fragments, which every content change makes stale.
SEARCH_SHARED_MEMO = "portal.fragments.shared"
SEARCH_SHARED_MEMO_MANY = "portal.fragments.shared_many"
# Whether rendered pieces (portal/fragments.py, portal/cards.py) are kept between requests.
SHARED_FRAGMENTS = True
WAGTAILFRONTENDCACHE = parse_frontend_cache_url(FRONTEND_CACHE_URL)

if not PORT.isdigit():
    raise ConfigError("PORT", f"is {PORT!r}; use a port number such as 8080")
if not BASE_URL.startswith(("http://", "https://")):
    raise ConfigError("BASE_URL", "must start with http:// or https://")
WAGTAILADMIN_BASE_URL = BASE_URL.rstrip("/")

DEBUG = False

INSTALLED_APPS = [
    "home",
    "challenges",
    "challenges.alerts",
    "directory",
    "solvers",
    "search",
    "portal",
    "django_countries",
    "csp",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # Outermost, so that everything a request runs reads locales and view restrictions once.
    "portal.request_scope.RequestScopeMiddleware",
    # Outside everything that adds headers or sets cookies: a stored page keeps the headers it
    # was sent with, and a page from the cache runs none of the middleware below.
    "portal.page_cache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",
    # Inside the page cache, so that a stored page keeps the policy it was sent with.
    "portal.security.ContentSecurityPolicyMiddleware",
    "portal.security.PermissionsPolicyMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After the host is checked; inside the page cache, whose hits need no site.
    "portal.sites.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it answers a locked-out login with the lockout page.
    "axes.middleware.AxesMiddleware",
]

# --- Sign-in protection -------------------------------------------------------------
# django-axes counts failed sign-ins per user name and address and locks that pair out
# for an hour after five failures; a successful sign-in resets the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "portal/lockout.html"
AXES_VERBOSE = False

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Every account can publish or change pages: at least 12 characters, not common, not like the e-mail.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ----------------------------------------------------------------------
# English is the default and the language of the international public; Finnish and
# Swedish are full languages. Adding one is an entry here plus a catalogue in locale/.
LANGUAGE_CODE = "en"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en", _("English")),
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Europe/Helsinki"
USE_TZ = True

# --- Static files and uploads -------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
# The lemmatiser's dictionaries, prepared once per installation (`manage.py prepare_search_dictionaries`).
SEARCH_DICTIONARY_DIR = VAR_DIR / "dictionaries"
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
MEDIA_URL = "/media/"
_media_storage, MEDIA_ORIGIN = parse_media_storage(
    MEDIA_STORAGE, MEDIA_S3_BUCKET, MEDIA_S3_ENDPOINT_URL, MEDIA_S3_REGION, MEDIA_S3_CUSTOM_DOMAIN
)
STORAGES = {
    "default": _media_storage,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads larger than this are refused before they reach an image library.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 128_000_000
# SVG can carry scripts; it stays off until it is served with a restrictive content policy.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Formats that `{% picture %}` (portal/templatetags/portal_images.py) leaves out; none in production.
PICTURE_SKIPPED_FORMATS = []

# --- Wagtail --------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Smart City Innovation Cluster"
# Submissions are mailed to the approving group only: with superusers included as well,
# a superuser who moderates receives two e-mails for each submission.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Avatars come from the portal, not from a third party that would learn who edits.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin's new-version notice would ask wagtail.org from every editor's browser.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# Index updates go through a task queue so that a search-engine outage never blocks
# publishing. Development and tests run tasks in the process once the transaction commits;
# production uses a worker.
TASKS = {"default": {"BACKEND": "portal.tasks.OnCommitImmediateBackend"}}

# --- Security headers -----------------------------------------------------------------
# Scripts come from the portal itself or carry the request's nonce; nothing inline without
# one. Styles may be inline: the admin's editor sets them. The API's interactive docs load
# Swagger UI as the library ships it and keep no policy of their own.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/api/docs"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *([MEDIA_ORIGIN] if MEDIA_ORIGIN else [])],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"one_line": {"()": "portal.security.OneLineDisallowedHost"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.security.DisallowedHost": {"handlers": ["console"], "filters": ["one_line"], "propagate": False},
    },
}
