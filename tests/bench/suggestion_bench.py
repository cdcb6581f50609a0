"""The suggested solvers' part of `make bench`: how long one call's suggestion takes, and what it asks.

For open calls in each language (the first `CALLS` by id, so runs compare), times
`suggested_solvers()` and counts its engine requests and database queries. Called by
tests/bench/search_bench.py once Django is set up and the content indexed.
"""

import statistics
import time

CALLS = 20


def measure_suggestions(backend_name, repeat):
    """{"p50", "p95" (ms), "trips" (most engine requests), "db" (most database queries), "calls"}."""
    from django.conf import settings as django_settings
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from challenges.models import ChallengePage
    from solvers.fit import suggested_solvers
    from tests.support.engine import engine_requests

    backends = django_settings.WAGTAILSEARCH_BACKENDS  # the bench's, set in setup_django
    settings = {"default": backends[backend_name], "database": backends["database"]}
    calls = []
    for language in ("en", "fi", "sv"):
        found = ChallengePage.objects.live().open().filter(locale__language_code=language).order_by("pk")
        calls += [(language, call) for call in found[:CALLS]]
    timings, trips, queries = [], [], []
    with override_settings(WAGTAILSEARCH_BACKENDS=settings), engine_requests() as requests:
        for language, call in calls:  # warm-up
            with translation.override(language):
                suggested_solvers(call)
        for _ in range(repeat):
            for language, call in calls:
                requests.clear()
                with translation.override(language), CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    suggested_solvers(call)
                    timings.append((time.perf_counter() - started) * 1000)
                trips.append(len(requests))
                queries.append(len(captured))
    quantiles = statistics.quantiles(timings, n=20)
    return {
        "p50": statistics.median(timings),
        "p95": quantiles[18],
        "trips": max(trips),
        "db": max(queries),
        "calls": len(calls),
    }


def print_suggestions(results):
    print()
    print(f"{'suggestions':15} {'p50 ms':>8} {'p95 ms':>8} {'engine requests':>16} {'db queries':>11} {'calls':>6}")
    for label, figures in results.items():
        print(
            f"{label:15} {figures['p50']:8.1f} {figures['p95']:8.1f} {figures['trips']:>16} "
            f"{figures['db']:>11} {figures['calls']:>6}"
        )
