"""Turn environment values into Django settings, or stop with one clear line.

A mistyped variable should tell the operator which variable is wrong and why, not
print a traceback from deep inside a database driver. `ConfigError` is a
`SystemExit`, so Python prints its message and exits with status 1.
"""

import warnings
from urllib.parse import unquote, urlsplit

import environ

SEARCH_BACKENDS = ("database", "elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3")

# A visitor must never wait for the engine's default ten seconds.
SEARCH_TIMEOUT_SECONDS = 3


class ConfigError(SystemExit):
    def __init__(self, variable, problem):
        super().__init__(f"Configuration error: {variable} {problem}.")


def parse_database_url(url):
    try:
        # The parser warns about unknown schemes; the error below says it better.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            config = environ.Env.db_url_config(url)
    except Exception as error:  # the parser raises several unrelated types
        raise ConfigError("DATABASE_URL", f"cannot be parsed ({error})") from None
    engine = config.get("ENGINE", "")
    if not engine:
        raise ConfigError(
            "DATABASE_URL",
            f"has an unknown scheme in {url!r}; use postgres://USER:PASSWORD@HOST:PORT/NAME "
            "or sqlite:////absolute/path.sqlite3",
        )
    if not config.get("NAME"):
        raise ConfigError("DATABASE_URL", f"names no database in {url!r}")
    if engine == "django.db.backends.postgresql":
        config["CONN_MAX_AGE"] = 60
        config["CONN_HEALTH_CHECKS"] = True
    return config


def parse_cache_url(url):
    try:
        return environ.Env.cache_url_config(url)
    except Exception as error:
        raise ConfigError("CACHE_URL", f"cannot be parsed ({error})") from None


def parse_frontend_cache_url(url):
    """Wagtail's frontend-cache backends from `FRONTEND_CACHE_URL` (none when it is empty).

    - `http://host:port` or `https://...`: a reverse proxy (Varnish, nginx with a purge
      module) that takes a PURGE request for each address;
    - `cloudflare://API_TOKEN@ZONE_ID`: Cloudflare;
    - `cloudfront://DISTRIBUTION_ID`: Amazon CloudFront (credentials from the usual AWS variables).
    """
    if not url:
        return {}
    parts = urlsplit(url)
    backends = "wagtail.contrib.frontend_cache.backends"
    if parts.scheme in ("http", "https") and parts.hostname:
        return {"default": {"BACKEND": f"{backends}.HTTPBackend", "LOCATION": url}}
    if parts.scheme == "cloudflare" and parts.username and parts.hostname:
        return {
            "default": {
                "BACKEND": f"{backends}.CloudflareBackend",
                "BEARER_TOKEN": unquote(parts.username),
                "ZONEID": parts.hostname,
            }
        }
    if parts.scheme == "cloudfront" and parts.hostname:
        return {"default": {"BACKEND": f"{backends}.CloudfrontBackend", "DISTRIBUTION_ID": parts.netloc}}
    raise ConfigError(
        "FRONTEND_CACHE_URL",
        f"is not understood ({parts.scheme or 'no'} scheme); use http(s)://PROXY, "
        "cloudflare://API_TOKEN@ZONE_ID or cloudfront://DISTRIBUTION_ID",
    )


def parse_email_url(url):
    try:
        return environ.Env.email_url_config(url)
    except Exception as error:
        raise ConfigError(
            "EMAIL_URL", f"cannot be parsed ({error}); use smtp://USER:PASSWORD@HOST:PORT or consolemail://"
        ) from None


def parse_search_backend(name, url, index_prefix="scic_"):
    """Wagtail's search backends from `SEARCH_BACKEND` and `SEARCH_URL`.

    With an engine, the database backend is kept as a second index: search falls back
    to it while the engine is unreachable. Text is analysed in Python (search/analysis.py),
    so PostgreSQL's full-text search uses its language-neutral "simple" configuration.
    """
    if name not in SEARCH_BACKENDS:
        raise ConfigError("SEARCH_BACKEND", f"is {name!r}; choose one of {', '.join(SEARCH_BACKENDS)}")
    database = {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
    if name == "database":
        return {"default": database}
    if not url.startswith(("http://", "https://")):
        raise ConfigError("SEARCH_URL", f"must be the engine's http(s) address when SEARCH_BACKEND is {name}")
    engine = {
        "BACKEND": f"search.backends.{name}",
        "URLS": [url],
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": SEARCH_TIMEOUT_SECONDS,
        "OPTIONS": {"max_retries": 1, "retry_on_timeout": True},
    }
    return {"default": engine, "database": database}


def parse_media_storage(kind, bucket, endpoint_url, region, custom_domain):
    """(the `default` entry of STORAGES, the origin images come from) for `MEDIA_STORAGE`.

    `local` keeps uploads under MEDIA_ROOT, served from the portal's own origin; `s3` keeps
    them in an S3-compatible bucket through django-storages (credentials from the usual
    AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), from which browsers fetch them.
    """
    if kind == "local":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}, None
    if kind != "s3":
        raise ConfigError("MEDIA_STORAGE", f"is {kind!r}; choose local or s3")
    if not bucket:
        raise ConfigError("MEDIA_S3_BUCKET", "must name the bucket when MEDIA_STORAGE is s3")
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint_url or None,
        "region_name": region or None,
        "custom_domain": custom_domain or None,
        # Uploads are public content: plain addresses, and a new name for every new file.
        "querystring_auth": False,
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "public, max-age=86400"},
    }
    if custom_domain:
        origin = f"https://{custom_domain}"
    elif endpoint_url:
        parts = urlsplit(endpoint_url)
        origin = f"{parts.scheme}://{parts.netloc}"
    else:
        origin = f"https://{bucket}.s3.{region or 'us-east-1'}.amazonaws.com"
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}, origin
