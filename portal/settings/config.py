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
        _postgres_connections(config)
    else:
        # A worker opens its SQLite file once a minute, not on every request.
        config.setdefault("CONN_MAX_AGE", 60)
    return config


# Pool settings in DATABASE_URL's query (`?pool=true&pool_max_size=8`): the psycopg pool
# option each becomes, and its type.
POOL_OPTIONS = {
    "pool_min_size": ("min_size", int),
    "pool_max_size": ("max_size", int),
    "pool_timeout": ("timeout", float),
}
PSYCOPG_POOL_MIN_SIZE = 4


def _postgres_connections(config):
    """How PostgreSQL connections are kept: persistent per worker, or drawn from a pool.

    By default each worker keeps its connection for a minute (`?conn_max_age=` in DATABASE_URL
    changes that; 0 closes it after each request, as behind PgBouncer, with
    `?disable_server_side_cursors=true` for its transaction pooling). `?pool=true` makes
    each worker process hold a psycopg pool instead (`pool_min_size`, `pool_max_size`,
    `pool_timeout`), which Django allows only without persistent connections.
    """
    options = config.setdefault("OPTIONS", {})
    given = [key for key in POOL_OPTIONS if key in options]
    try:
        pool = {POOL_OPTIONS[key][0]: POOL_OPTIONS[key][1](options.pop(key)) for key in given}
    except ValueError:
        raise ConfigError("DATABASE_URL", f"needs numbers for {', '.join(given)}") from None
    wanted = str(options.pop("pool", "false")).lower()
    if wanted not in ("true", "false"):
        raise ConfigError("DATABASE_URL", f"has pool={wanted!r}; use pool=true or leave it out")
    if "max_size" in pool:
        # psycopg opens four connections at least unless told otherwise, more than a small maximum.
        pool.setdefault("min_size", min(PSYCOPG_POOL_MIN_SIZE, pool["max_size"]))
        if pool["min_size"] > pool["max_size"]:
            raise ConfigError("DATABASE_URL", "has pool_min_size above pool_max_size")
    if wanted == "true":
        if config.get("CONN_MAX_AGE"):
            raise ConfigError("DATABASE_URL", "cannot combine pool=true with conn_max_age (the pool keeps connections)")
        options["pool"] = pool or True
        config["CONN_MAX_AGE"] = 0
    elif given:
        raise ConfigError("DATABASE_URL", f"sets {', '.join(given)} without pool=true")
    config.setdefault("CONN_MAX_AGE", 60)
    config.setdefault("CONN_HEALTH_CHECKS", True)
    # PgBouncer's transaction pooling cannot keep a cursor open across transactions.
    cursors = str(config.get("DISABLE_SERVER_SIDE_CURSORS", False)).lower()
    config["DISABLE_SERVER_SIDE_CURSORS"] = cursors in ("true", "1")


def parse_cache_url(url):
    try:
        config = environ.Env.cache_url_config(url)
    except Exception as error:
        raise ConfigError("CACHE_URL", f"cannot be parsed ({error})") from None
    if config["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
        # Django's, sharing its Redis clients (portal/cache.py).
        config["BACKEND"] = "portal.cache.RedisCache"
    return config


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


def parse_search_backend(name, url, replicas="0-1", index_prefix="scic_"):
    """Wagtail's search backends from `SEARCH_BACKEND`, `SEARCH_URL`, `SEARCH_REPLICAS` and
    `SEARCH_INDEX_PREFIX` (the start of the index names, so sites can share a cluster).

    `SEARCH_URL` may list a cluster's nodes, comma-separated: the client spreads requests
    over them and sends a request again to another node when one does not answer.
    `SEARCH_REPLICAS` is each index's number of replicas, or a range such as `0-1` (the
    default): as many as the cluster has other nodes for, within it, so a single node stays
    green and a cluster keeps every shard on two nodes.

    With an engine, the database backend is kept as a second index: search falls back
    to it while the engine is unreachable. Text is analysed in Python (search/analysis.py),
    so PostgreSQL's full-text search uses its language-neutral "simple" configuration.
    """
    if name not in SEARCH_BACKENDS:
        raise ConfigError("SEARCH_BACKEND", f"is {name!r}; choose one of {', '.join(SEARCH_BACKENDS)}")
    database = {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "simple"}
    if name == "database":
        return {"default": database}
    urls = [part.strip() for part in url.split(",") if part.strip()]
    if not urls or not all(part.startswith(("http://", "https://")) for part in urls):
        raise ConfigError(
            "SEARCH_URL",
            f"must be the engine's http(s) address, or its nodes' addresses separated by commas, "
            f"when SEARCH_BACKEND is {name}",
        )
    engine = {
        "BACKEND": f"search.backends.{name}",
        "URLS": urls,
        "INDEX_PREFIX": index_prefix,
        "INDEX_SETTINGS": {"settings": {"index": _replica_settings(replicas)}},
        "TIMEOUT": SEARCH_TIMEOUT_SECONDS,
        # A request that fails on one node is sent once to each other node at most.
        "OPTIONS": {"max_retries": max(1, len(urls) - 1), "retry_on_timeout": True},
    }
    return {"default": engine, "database": database}


def _replica_settings(replicas):
    if replicas.isdigit():
        return {"number_of_replicas": int(replicas), "auto_expand_replicas": "false"}
    low, _, high = replicas.partition("-")
    if low.isdigit() and (high.isdigit() and int(high) >= int(low) or high == "all"):
        return {"auto_expand_replicas": replicas}
    raise ConfigError("SEARCH_REPLICAS", f"is {replicas!r}; use a number (1) or a range (0-1, 0-all)")


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
