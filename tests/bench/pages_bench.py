"""Page benchmark: what each page type costs under production settings, beside bakerydemo.

    make bench-pages                                # the portal and a minimal Django view
    BAKERYDEMO=/tmp/bakerydemo make bench-pages     # and bakerydemo, in the same run

Serves, each with gunicorn (2 workers): a minimal Django view (tests/bench/minimal_app.py);
bakerydemo, when `BAKERYDEMO` names a checkout (its own Python comes from
`BAKERYDEMO_PYTHON`, default `<checkout>/.venv/bin/python`; a checkout without a database
is migrated and loaded first); and the portal with production settings on the demo
content (SQLite under var/bench-pages/, or `--database-url`), its page cache off
("uncached") and on ("cached") with a throwaway local redis-server as `CACHE_URL` in both.
wrk (`apt-get install wrk`) sends a fixed number of requests to each page type in English,
Finnish and Swedish over 8 connections; the table gives requests per second, p50 and p99
latency and the gunicorn workers' CPU milliseconds per request, read from /proc before
and after. Goals, reported and not asserted: an uncached page costs at most half of
bakerydemo's CPU for the comparable page, and a cached page reaches at least half of the
minimal view's throughput.

All servers run for the whole benchmark, and one at a time is sent requests. A machine's
speed can change by half within minutes (other work on the host), so each ratio compares
measurements taken next to each other: for each page type, bakerydemo's comparable page is
measured just before and just after the portal's uncached rows, the minimal view just
before and just after its cached rows, and the rows are compared with the mean of the two.
"""

import argparse
import contextlib
import dataclasses
import functools
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

from tests.bench.load import Measurement, Server, fetch, final_path, measure
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


def measure_page(server, address, requests, warmup, label="-"):
    """What `requests` requests to `address` cost, after `warmup` others."""
    status = fetch(server.url(address))
    if status != 200:
        raise RuntimeError(f"{server.name}: {address} answered {status}")
    # A page's Finnish and Swedish addresses are translated: measure the page, not a redirect to it.
    path = final_path(server.url(address))
    for _ in range(warmup):
        fetch(server.url(path))
    figures = measure(server, path, requests)
    print(
        f"   {server.name:16} {label:18} {figures.requests_per_second:8.1f} req/s {figures.cpu_ms:7.2f} CPU ms/req",
        flush=True,
    )
    return figures


def portal_server(database_url, cache_url, page_cache_seconds):
    extra = {"PAGE_CACHE_SECONDS": str(page_cache_seconds)}
    if cache_url:
        extra["CACHE_URL"] = cache_url
    name = "portal cached" if page_cache_seconds else "portal uncached"
    env = portal_env(database_url, **extra)
    return Server(name, PROJECT / ".venv" / "bin" / "python", "portal.wsgi", cwd=PROJECT, env=env)


@dataclasses.dataclass
class Results:
    """Each page type's rows, with the reference measured beside them."""

    beside_bakerydemo: dict = dataclasses.field(default_factory=dict)  # page type: bakerydemo's comparable page
    beside_minimal: dict = dataclasses.field(default_factory=dict)  # page type: the minimal view
    uncached: dict = dataclasses.field(default_factory=dict)  # (page type, language): figures
    cached: dict = dataclasses.field(default_factory=dict)


def mean(measurements):
    """One measurement of the same page standing for several."""
    count = len(measurements)
    return Measurement(
        requests=sum(figures.requests for figures in measurements),
        errors=sum(figures.errors for figures in measurements),
        **{
            name: sum(getattr(figures, name) for figures in measurements) / count
            for name in ("requests_per_second", "p50_ms", "p99_ms", "cpu_ms")
        },
    )


def bracketed(reference, rows):
    """`rows()`, and `reference()` measured just before and just after them (their mean)."""
    before = reference()
    measured = rows()
    return mean([before, reference()]), measured


def measure_rows(server, name, addresses, requests, warmup):
    return {(name, language): measure_page(server, path, requests, warmup, language) for language, path in addresses}


def measure_all(servers, args):
    minimal, bakerydemo, uncached, cached = servers
    results = Results()
    for name, address, compared in PORTAL_PAGES:
        step(name)
        addresses = [(language, address.format(lang=language, word=SEARCH_WORDS[language])) for language in LANGUAGES]
        uncached_rows = functools.partial(measure_rows, uncached, name, addresses, args.requests, args.warmup)
        if bakerydemo:
            page = BAKERYDEMO_PAGES[compared]
            reference = functools.partial(measure_page, bakerydemo, page, args.requests, args.warmup, compared)
            results.beside_bakerydemo[name], measured = bracketed(reference, uncached_rows)
        else:
            measured = uncached_rows()
        results.uncached.update(measured)
        if cached:
            reference = functools.partial(measure_page, minimal, "/", args.cached_requests, args.warmup)
            cached_rows = functools.partial(measure_rows, cached, name, addresses, args.cached_requests, args.warmup)
            results.beside_minimal[name], measured = bracketed(reference, cached_rows)
            results.cached.update(measured)
    return results


def print_table(results):
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

    compared = {name: bakery_name for name, _path, bakery_name in PORTAL_PAGES}
    for name, figures in results.beside_bakerydemo.items():
        row("bakerydemo", compared[name], "-", figures, f"(before and after the {name} rows, mean)")
    for (name, language), figures in results.uncached.items():
        ratio = ""
        if name in results.beside_bakerydemo:
            share = figures.cpu_ms / results.beside_bakerydemo[name].cpu_ms
            ratio = f"CPU {share:4.0%} of bakerydemo's {compared[name]} (goal <= 50 %)"
        row("portal uncached", name, language, figures, ratio)
    for name, figures in results.beside_minimal.items():
        row("minimal view", "hello", "-", figures, f"(before and after the {name} rows, mean)")
    for (name, language), figures in results.cached.items():
        share = figures.requests_per_second / results.beside_minimal[name].requests_per_second
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
    if args.bakerydemo:
        checkout = args.bakerydemo.resolve()
        bakery_python = bakerydemo_python(checkout)
        prepare_bakerydemo(checkout, bakery_python)
    redis = start_redis()
    if redis is None:
        print("redis-server is not installed: the cached measurements are left out", flush=True)
    cache_url = redis[1] if redis else None
    try:
        with contextlib.ExitStack() as stack:
            step("starting the servers")
            python = PROJECT / ".venv" / "bin" / "python"
            minimal = stack.enter_context(
                Server("minimal view", python, "tests.bench.minimal_app:application", cwd=PROJECT, env=dict(os.environ))
            )
            minimal.wait("/")
            bakerydemo = None
            if args.bakerydemo:
                bakerydemo = stack.enter_context(
                    Server("bakerydemo", bakery_python, "bakerydemo.wsgi", cwd=checkout, env=bakerydemo_env())
                )
                bakerydemo.wait("/")
            uncached = stack.enter_context(portal_server(database_url, cache_url, 0))
            uncached.wait("/en/")
            cached = None
            if cache_url:
                cached = stack.enter_context(portal_server(database_url, cache_url, 3600))
                cached.wait("/en/")
            results = measure_all((minimal, bakerydemo, uncached, cached), args)
    finally:
        if redis:
            redis[0].terminate()
            redis[0].wait()
    print_table(results)


if __name__ == "__main__":
    main()
