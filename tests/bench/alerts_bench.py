"""E-mail alerts benchmark: how long one digest run takes for 10 000 subscribers.

    .venv/bin/python -m tests.bench.alerts_bench [--subscribers 10000] [--database-url postgres://...]

Loads the demo site into its own database (SQLite under var/bench/ unless
`--database-url`), adds confirmed daily alerts with a realistic spread of filters
(themes, countries, statuses and words, in three languages), publishes a few new calls
and times one digest run (`send_digests("daily")`), then a second run that finds nothing
new (it needs no search). E-mails go to Django's in-memory backend, so the figures are the portal's own work:
searching, rendering, logging what was sent. Not part of `make test`: nothing here
asserts a time.
"""

import argparse
import datetime
import os
import random
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

PROJECT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "fi", "sv")
THEMES = ("energy", "mobility", "water", "arctic-conditions", "built-environment", "digital-twins-data")
COUNTRIES = ("FI", "NO", "SE", "ES", "ID", "SA")
WORDS = ("", "", "", "water", "energy", "heating")


def setup_django(database_url):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ["DATABASE_URL"] = database_url
    os.environ["SEARCH_BACKEND"] = "database"
    os.environ.pop("SEARCH_URL", None)
    sys.path.insert(0, str(PROJECT))
    import django
    from django.conf import settings

    django.setup()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def step(message):
    print(f"== {message}", flush=True)


def random_filters(rng):
    params = []
    if word := rng.choice(WORDS):
        params.append(("q", word))
    params += [("theme", theme) for theme in rng.sample(THEMES, rng.choice((0, 1, 1, 2)))]
    params += [("country", country) for country in rng.sample(COUNTRIES, rng.choice((0, 1, 1, 2)))]
    if rng.random() < 0.3:
        params.append(("status", "open"))
    return urlencode(params)


def add_subscribers(count, seed):
    from django.utils import timezone

    from challenges.alerts.filters import normalised_filters
    from challenges.alerts.models import Alert

    Alert.objects.all().delete()
    rng = random.Random(seed)  # noqa: S311 - repeatable test data, not secrets
    confirmed = timezone.now() - datetime.timedelta(days=1)
    alerts = []
    for number in range(count):
        language = rng.choice(LANGUAGES)
        alert = Alert(email=f"subscriber{number}@bench.example", language=language, frequency="daily")
        alert.filters = normalised_filters(random_filters(rng), language)
        alert.renew_confirmation()
        alert.confirmed_at = confirmed
        alerts.append(alert)
    Alert.objects.bulk_create(alerts, batch_size=1000)
    return len({(alert.language, alert.filters) for alert in alerts})


def publish_calls(count):
    from django.utils import timezone

    from wagtail.models import Locale

    from challenges.factories import ChallengePageFactory
    from challenges.models import ChallengeIndexPage, ChallengePage
    from portal.models import Theme

    index = ChallengeIndexPage.objects.get(locale=Locale.get_default())
    themes = list(Theme.objects.in_default_locale().filter(slug__in=THEMES))
    rng = random.Random(count)  # noqa: S311 - repeatable test data, not secrets
    for page in ChallengePage.objects.filter(title__startswith="Bench call", locale=index.locale):
        page.delete()  # an earlier run's, with their aliases
    for number in range(count):
        call = ChallengePageFactory(
            parent=index,
            title=f"Bench call {number}: {rng.choice(('water', 'energy', 'heating', 'mobility'))}",
            country=rng.choice(COUNTRIES),
            themes=rng.sample(themes, 2),
            live=False,
        )
        call.save_revision().publish()
        call.refresh_from_db()
        for language in LANGUAGES[1:]:
            call.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True, alias=True)
    # The demo's calls were there a week ago, before anyone subscribed; the new ones were
    # published during the day, a few hours before the digest runs.
    calls = ChallengePage.objects.all()
    calls.exclude(title__startswith="Bench call").update(first_published_at=timezone.now() - datetime.timedelta(days=7))
    calls.filter(title__startswith="Bench call").update(first_published_at=timezone.now() - datetime.timedelta(hours=3))


def timed_run():
    from django.core import mail

    from challenges.alerts.digest import send_digests

    mail.outbox = []
    started = time.perf_counter()
    run = send_digests("daily")
    return run, time.perf_counter() - started


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--calls", type=int, default=5, help="new calls published before the run (default 5)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    database_url = args.database_url or f"sqlite:///{PROJECT / 'var' / 'bench' / 'alerts.sqlite3'}"
    if database_url.startswith("sqlite:///"):
        Path(database_url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    setup_django(database_url)

    from django.core.management import call_command

    step("migrating and loading the demo site")
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    step(f"adding {args.subscribers} confirmed daily alerts")
    distinct = add_subscribers(args.subscribers, args.seed)
    print(f"   {distinct} distinct sets of filters and languages", flush=True)
    step(f"publishing {args.calls} new calls in three languages")
    publish_calls(args.calls)
    step("one digest run")
    run, seconds = timed_run()
    step("a second run (nothing published since the first)")
    again, seconds_again = timed_run()
    print()
    print(f"{'run':8} {'seconds':>8} {'alerts':>8} {'e-mails':>8} {'calls sent':>11} {'searches':>9}")
    for label, figures, took in (("first", run, seconds), ("second", again, seconds_again)):
        print(f"{label:8} {took:8.1f} {figures.alerts:8} {figures.emails:8} {figures.calls:11} {figures.searches:9}")


if __name__ == "__main__":
    main()
