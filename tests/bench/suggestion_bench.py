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

    from opensearchpy.transport import Transport

    from challenges.models import ChallengePage
    from solvers.fit import suggested_solvers

    settings = django_settings.WAGTAILSEARCH_BACKENDS
    if backend_name == "database":
        settings = {"default": settings["database"]}
    calls = []
    for language in ("en", "fi", "sv"):
        found = ChallengePage.objects.live().open().filter(locale__language_code=language).order_by("pk")
        calls += [(language, call) for call in found[:CALLS]]
    requests = []
    real = Transport.perform_request

    def counting(transport, method, url, *args, **kwargs):
        requests.append(url)
        return real(transport, method, url, *args, **kwargs)

    Transport.perform_request = counting
    timings, trips, queries = [], [], []
    try:
        with override_settings(WAGTAILSEARCH_BACKENDS=settings):
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
    finally:
        Transport.perform_request = real
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
    print(f"{'suggestions':12} {'p50 ms':>8} {'p95 ms':>8} {'engine requests':>16} {'db queries':>11} {'calls':>6}")
    for label, figures in results.items():
        print(
            f"{label:12} {figures['p50']:8.1f} {figures['p95']:8.1f} {figures['trips']:>16} "
            f"{figures['db']:>11} {figures['calls']:>6}"
        )
