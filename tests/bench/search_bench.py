"""Search benchmark: index build time, API latency and engine round trips at scale.

    make bench            # or: .venv/bin/python -m tests.bench.search_bench --engine-url URL ...

Builds (once) a database of 10 000 members, 5 000 challenges, 1 000 references and 2 000
news items in English, Finnish and Swedish with `generate_bulk_content`, indexes it on
each engine (`--engine-url`, repeatable; `make bench` starts Elasticsearch on
127.0.0.1:9200 and OpenSearch on 127.0.0.1:9201 and names both) and in the database
backend, then sends a fixed mix of queries with 0 to 3 facets selected to
`GET /api/search` in-process and reports p50/p95 latency and engine round trips per query
on each backend, side by side, and the same for the suggested solvers of open calls
(tests/bench/suggestion_bench.py). `--scale 0.1` generates a tenth of that, for a quick run.
Not part of `make test`: nothing here asserts a time.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from tests.bench.suggestion_bench import measure_suggestions, print_suggestions

PROJECT = Path(__file__).resolve().parents[2]
BENCH_TIMEOUT_SECONDS = 60
SCALE = {"members": 10_000, "challenges": 5_000, "references": 1_000, "news": 2_000}

# (query, facet selections): 0 to 3 facets, with and without words, in three languages.
QUERY_MIX = [
    ("en", "", {}),
    ("en", "city", {}),
    ("en", "energy data", {"type": ["challenge"]}),
    ("en", "", {"theme": ["mobility"], "country": ["FI"]}),
    ("en", "water", {"type": ["member"], "country": ["FI", "SE"], "org_type": ["company"]}),
    ("en", "smart", {"status": ["open"], "theme": ["energy", "water"], "country": ["NO"]}),
    ("en", "solutions", {"sort": ["newest"]}),
    ("fi", "kaupunki", {}),
    ("fi", "", {"type": ["challenge"], "status": ["open", "upcoming"]}),
    ("fi", "ratkaisuja", {"theme": ["mobility"], "country": ["FI"], "type": ["member"]}),
    ("sv", "stad", {}),
    ("sv", "", {"org_type": ["city"], "country": ["SE"]}),
    ("sv", "energi", {"type": ["challenge"], "sort": ["closing"]}),
]


def index_prefix(database_url):
    """The bench's own engine indexes, one set per database: the development site's stay as they are."""
    return f"scic_bench_{database_url.split(':', 1)[0]}_"


def search_backends(engine_urls, prefix):
    """The database backend and one backend per engine, named after the engine (`elasticsearch9`, ...)."""
    from portal.settings.config import parse_search_backend
    from tests.support.engine import backend_name

    backends = {}
    for url in engine_urls:
        engine = parse_search_backend(backend_name(url), url)
        # Building 54 000 documents' index on a node shared with other work can take longer
        # than a visitor's search may wait (SEARCH_TIMEOUT_SECONDS).
        backends[backend_name(url)] = {**engine["default"], "INDEX_PREFIX": prefix, "TIMEOUT": BENCH_TIMEOUT_SECONDS}
        backends["database"] = engine["database"]
    return backends


def setup_django(database_url, engine_urls, prefix):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ["DATABASE_URL"] = database_url
    os.environ["SEARCH_BACKEND"] = "database"
    sys.path.insert(0, str(PROJECT))
    import django
    from django.conf import settings

    django.setup()
    settings.WAGTAILSEARCH_BACKENDS = search_backends(engine_urls, prefix)


def step(message):
    print(f"== {message}", flush=True)


def ensure_content(reuse, scale):
    from django.core.management import call_command

    from directory.models import MemberProfilePage

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    counts = {kind: max(1, round(count * scale)) for kind, count in SCALE.items()}
    if reuse and MemberProfilePage.objects.count() >= counts["members"] * 3:
        step("reusing the generated content")
        return
    step("generating content: " + ", ".join(f"{count} {kind}" for kind, count in counts.items()))
    started = time.perf_counter()
    call_command("generate_bulk_content", **counts)
    print(f"   generated in {time.perf_counter() - started:.0f} s", flush=True)


def analyse_tables():
    """Planner statistics, as PostgreSQL's autovacuum would gather them after a bulk load."""
    from django.db import connection

    if connection.vendor == "postgresql":
        step("analysing the tables")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def build_index(backend_name):
    from io import StringIO

    from django.core.management import call_command

    started = time.perf_counter()
    call_command("update_index", backend_name=backend_name, stdout=StringIO())
    return time.perf_counter() - started


def measure(backend_name, repeat):
    from django.conf import settings as django_settings
    from django.test import Client, override_settings

    from tests.support.engine import engine_requests

    backends = django_settings.WAGTAILSEARCH_BACKENDS  # the bench's, set in setup_django
    # The search service searches the default backend and falls back to the database.
    settings = {"default": backends[backend_name], "database": backends["database"]}
    client = Client(SERVER_NAME="localhost")
    timings, trips = [], []
    with override_settings(WAGTAILSEARCH_BACKENDS=settings), engine_requests() as calls:
        for language, text, facets in QUERY_MIX:  # warm-up
            client.get("/api/search", {"lang": language, "q": text, **facets})
        for _ in range(repeat):
            for language, text, facets in QUERY_MIX:
                calls.clear()
                started = time.perf_counter()
                response = client.get("/api/search", {"lang": language, "q": text, **facets})
                timings.append((time.perf_counter() - started) * 1000)
                trips.append(len(calls))
                assert response.status_code == 200, response.content[:200]
                assert not response.json()["notices"], response.json()["notices"]
    quantiles = statistics.quantiles(timings, n=20)
    return {"p50": statistics.median(timings), "p95": quantiles[18], "trips": max(trips), "queries": len(timings)}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument(
        "--engine-url",
        action="append",
        help="an engine to measure; repeat for several (default: $SEARCH_URL or http://127.0.0.1:9200)",
    )
    parser.add_argument("--repeat", type=int, default=10, help="rounds of the query mix (default 10)")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="fraction of the content to generate (default 1: the full scale)"
    )
    parser.add_argument("--index-prefix", help="engine index prefix (default: scic_bench_<database>_)")
    parser.add_argument("--reuse", action="store_true", help="keep content generated by an earlier run")
    parser.add_argument("--skip-index", action="store_true", help="keep the indexes of an earlier run")
    parser.add_argument(
        "--backend", choices=("engine", "database"), action="append", help="only this backend (default: both)"
    )
    args = parser.parse_args(argv)
    engine_urls = args.engine_url or [os.environ.get("SEARCH_URL", "http://127.0.0.1:9200")]
    database_url = args.database_url or f"sqlite:///{PROJECT / 'var' / 'bench' / 'db.sqlite3'}"
    if database_url.startswith("sqlite:///"):
        Path(database_url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    setup_django(database_url, engine_urls, args.index_prefix or index_prefix(database_url))

    from wagtail.models import Page

    from tests.support import engine

    ensure_content(args.reuse, args.scale)
    analyse_tables()
    step(f"{Page.objects.count()} pages in {database_url.split('://')[0]}")
    for url in engine_urls:
        step(f"{engine.describe(url)} at {url}")
    chosen = args.backend or ["engine", "database"]
    engines = [engine.backend_name(url) for url in engine_urls] if "engine" in chosen else []
    results, suggestions = {}, {}
    for backend_name in engines + (["database"] if "database" in chosen else []):
        build = None
        if not args.skip_index:
            step(f"indexing on {backend_name}")
            build = build_index(backend_name)
            print(f"   {build:.0f} s", flush=True)
            analyse_tables()
        step(f"{args.repeat} rounds of {len(QUERY_MIX)} queries on {backend_name}")
        results[backend_name] = {"build": build, **measure(backend_name, args.repeat)}
        step(f"{args.repeat} rounds of suggested solvers on open calls on {backend_name}")
        suggestions[backend_name] = measure_suggestions(backend_name, args.repeat)

    print()
    print(
        f"{'backend':15} {'index build':>12} {'p50 ms':>8} {'p95 ms':>8} {'engine requests/query':>22} {'queries':>8}"
    )
    for label, figures in results.items():
        build = "-" if figures["build"] is None else f"{figures['build']:.0f} s"
        print(
            f"{label:15} {build:>12} {figures['p50']:8.1f} {figures['p95']:8.1f} "
            f"{figures['trips']:>22} {figures['queries']:>8}"
        )
    print_suggestions(suggestions)


if __name__ == "__main__":
    main()
