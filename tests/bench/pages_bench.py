"""Page benchmark: what each page type costs under production settings, beside bakerydemo.

    make bench-pages                                # the portal and a minimal Django view
    BAKERYDEMO=/tmp/bakerydemo make bench-pages     # and bakerydemo, in the same run

Serves, one after the other, each with gunicorn (2 workers): a minimal Django view
(tests/bench/minimal_app.py); bakerydemo, when `BAKERYDEMO` names a checkout (its own
Python comes from `BAKERYDEMO_PYTHON`, default `<checkout>/.venv/bin/python`; a checkout
without a database is migrated and loaded first); and the portal with production
settings on the demo content (SQLite under var/bench-pages/, or `--database-url`), its
page cache off ("uncached") and on ("cached") with a throwaway local redis-server as
`CACHE_URL` in both. wrk (`apt-get install wrk`) sends a fixed number of requests to each
page type in English, Finnish and Swedish over 8 connections; the table gives
requests per second, p50 and p99 latency and the gunicorn workers' CPU milliseconds per
request, read from /proc before and after. Goals, reported and not asserted: an
uncached page costs at most half of bakerydemo's CPU for the comparable page, and a
cached page reaches at least half of the minimal view's throughput.
"""

import argparse
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

from tests.bench.load import Server, fetch, final_path, measure
from tests.support.cache_server import start_redis

PROJECT = Path(__file__).resolve().parents[2]
BENCH_DIR = PROJECT / "var" / "bench-pages"
LANGUAGES = ("en", "fi", "sv")
SEARCH_WORDS = {"en": "water", "fi": "vesi", "sv": "vatten"}

# (page type, address, the bakerydemo page it is compared with)
PORTAL_PAGES = [
    ("home page", "/{lang}/", "home page"),
    ("call", "/{lang}/challenges/kirkenes-arctic-port-logistics/", "blog page"),
    ("member", "/{lang}/members/city-of-espoo/", "blog page"),
    ("news", "/{lang}/news/scic-founded/", "blog page"),
    ("reference", "/{lang}/references/madrid-nuevo-norte/", "blog page"),
    ("call listing", "/{lang}/challenges/", "blog index"),
    ("member listing", "/{lang}/members/", "blog index"),
    ("news listing", "/{lang}/news/", "blog index"),
    ("reference listing", "/{lang}/references/", "blog index"),
    ("faceted listing", "/{lang}/challenges/?theme=energy&status=open", "search"),
    ("search", "/{lang}/search/?q={word}", "search"),
    ("API search", "/api/search?q={word}&lang={lang}", "search"),
]
BAKERYDEMO_PAGES = {
    "home page": "/",
    "blog page": "/blog/wild-yeast/",
    "blog index": "/blog/",
    "search": "/search/?q=bread",
}


def step(message):
    print(f"== {message}", flush=True)


def manage(python, *arguments, cwd, env):
    subprocess.run([str(python), "manage.py", *arguments], cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)


def portal_env(database_url, **extra):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SEARCH_", "PAGE_CACHE"))}
    return {
        **env,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(BENCH_DIR / "media"),
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "BASE_URL": "https://127.0.0.1",
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        **extra,
    }


def prepare_portal(database_url, reuse):
    """The demo site in the bench's database (loaded by the development settings, which install the demo)."""
    if reuse:
        step("reusing the portal's bench database")
        return
    step("loading the demo content into the portal's bench database")
    python = PROJECT / ".venv" / "bin" / "python"
    env = portal_env(database_url, DJANGO_SETTINGS_MODULE="portal.settings.dev")
    manage(python, "migrate", "--noinput", cwd=PROJECT, env=env)
    manage(python, "load_demo_content", cwd=PROJECT, env=env)
    manage(python, "collectstatic", "--noinput", cwd=PROJECT, env=portal_env(database_url))


def bakerydemo_python(checkout):
    python = os.environ.get("BAKERYDEMO_PYTHON") or checkout / ".venv" / "bin" / "python"
    if not Path(python).exists():
        sys.exit(f"No Python for bakerydemo at {python}: set BAKERYDEMO_PYTHON to its virtualenv's python")
    return python


def bakerydemo_env():
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "CACHE_URL")}
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_LOG_LEVEL": "WARNING",
    }


def prepare_bakerydemo(checkout, python):
    """bakerydemo's own demo data and static files, once per checkout."""
    env = bakerydemo_env()
    if not (checkout / "bakerydemodb").exists():
        step("loading bakerydemo's demo data")
        manage(python, "migrate", "--noinput", cwd=checkout, env=env)
        manage(python, "load_initial_data", cwd=checkout, env=env)
    if not (checkout / "bakerydemo" / "collect_static" / "staticfiles.json").exists():
        manage(python, "collectstatic", "--noinput", cwd=checkout, env=env)


def run_pages(server, pages, requests, warmup):
    """{(page type, language): Measurement} for each (page type, language, address)."""
    results = {}
    for name, language, address in pages:
        status = fetch(server.url(address))
        if status != 200:
            raise RuntimeError(f"{server.name}: {address} answered {status}")
        # A page's Finnish and Swedish addresses are translated: measure the page, not a redirect to it.
        path = final_path(server.url(address))
        for _ in range(warmup):
            fetch(server.url(path))
        results[name, language] = measure(server, path, requests)
        figures = results[name, language]
        print(f"   {name:18} {language:3} {figures.requests_per_second:8.1f} req/s {figures.cpu_ms:7.2f} CPU ms/req")
    return results


def portal_pages():
    return [
        (name, language, path.format(lang=language, word=SEARCH_WORDS[language]))
        for name, path, _compared in PORTAL_PAGES
        for language in LANGUAGES
    ]


def measure_portal(database_url, cache_url, page_cache_seconds, requests, warmup):
    extra = {"PAGE_CACHE_SECONDS": str(page_cache_seconds)}
    if cache_url:
        extra["CACHE_URL"] = cache_url
    env = portal_env(database_url, **extra)
    with Server("portal", PROJECT / ".venv" / "bin" / "python", "portal.wsgi", cwd=PROJECT, env=env) as server:
        server.wait("/en/")
        return run_pages(server, portal_pages(), requests, warmup)


def print_table(minimal, bakerydemo, uncached, cached):
    header = f"{'target':16} {'page type':18} {'lang':4} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms':>8}"
    header += f" {'err':>4}  ratio"
    print()
    print(header)
    print("-" * len(header))

    def row(target, name, language, figures, ratio=""):
        print(
            f"{target:16} {name:18} {language:4} {figures.requests_per_second:8.1f} {figures.p50_ms:8.1f} "
            f"{figures.p99_ms:8.1f} {figures.cpu_ms:8.2f} {figures.errors:4}  {ratio}"
        )

    row("minimal view", "hello", "-", minimal)
    for name, figures in bakerydemo.items():
        row("bakerydemo", name, "-", figures)
    compared = {name: bakery_name for name, _path, bakery_name in PORTAL_PAGES}
    for (name, language), figures in uncached.items():
        ratio = ""
        if compared[name] in bakerydemo:
            share = figures.cpu_ms / bakerydemo[compared[name]].cpu_ms
            ratio = f"CPU {share:4.0%} of bakerydemo's {compared[name]} (goal <= 50 %)"
        row("portal uncached", name, language, figures, ratio)
    for (name, language), figures in cached.items():
        share = figures.requests_per_second / minimal.requests_per_second
        row("portal cached", name, language, figures, f"{share:4.0%} of the minimal view's req/s (goal >= 50 %)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--bakerydemo", type=Path, default=os.environ.get("BAKERYDEMO") or None)
    parser.add_argument("--requests", type=int, default=200, help="requests per uncached page (default 200)")
    parser.add_argument("--cached-requests", type=int, default=2000, help="per cached page and the minimal view")
    parser.add_argument("--warmup", type=int, default=10, help="requests before each measurement (default 10)")
    parser.add_argument("--reuse", action="store_true", help="keep the portal's bench database from an earlier run")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        sys.exit("The page benchmark needs wrk: apt-get install wrk")
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    database_url = args.database_url or f"sqlite:///{BENCH_DIR / 'db.sqlite3'}"
    prepare_portal(database_url, args.reuse)
    redis = start_redis()
    if redis is None:
        print("redis-server is not installed: the cached measurements are left out", flush=True)
    cache_url = redis[1] if redis else None
    try:
        step("minimal Django view")
        python = PROJECT / ".venv" / "bin" / "python"
        with Server(
            "minimal view", python, "tests.bench.minimal_app:application", cwd=PROJECT, env=dict(os.environ)
        ) as server:
            server.wait("/")
            minimal = run_pages(server, [("hello", "-", "/")], args.cached_requests, args.warmup)["hello", "-"]
        bakerydemo = {}
        if args.bakerydemo:
            checkout = args.bakerydemo.resolve()
            bakery_python = bakerydemo_python(checkout)
            prepare_bakerydemo(checkout, bakery_python)
            step("bakerydemo")
            with Server("bakerydemo", bakery_python, "bakerydemo.wsgi", cwd=checkout, env=bakerydemo_env()) as server:
                server.wait("/")
                pages = [(name, "-", path) for name, path in BAKERYDEMO_PAGES.items()]
                bakerydemo = {
                    name: figures for (name, _), figures in run_pages(server, pages, args.requests, args.warmup).items()
                }
        step("portal, page cache off")
        uncached = measure_portal(database_url, cache_url, 0, args.requests, args.warmup)
        cached = {}
        if cache_url:
            step("portal, page cache on")
            cached = measure_portal(database_url, cache_url, 3600, args.cached_requests, args.warmup)
    finally:
        if redis:
            redis[0].terminate()
            redis[0].wait()
    print_table(minimal, bakerydemo, uncached, cached)


if __name__ == "__main__":
    main()
