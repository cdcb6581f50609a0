"""`make loadtest`: many visitors and a few editors at once on the production topology.

Starts the stack of tests/support/production_stack.py (nginx, gunicorn, PostgreSQL, Redis,
the worker, the engine at SEARCH_URL) with the demo site, then runs `--clients` visitors
for `--seconds`, each sending its next request as soon as the last one is answered: filtered
listings, detail pages, site search and the JSON API in three languages, and every
`--publish-every`th request an editor publishing a news article through the admin. Prints
requests per second, p50/p95/p99 per kind and the errors, then checks that the database
and the index are intact (the page count, and every published article live in each language
and found by the search), and finally backs the site up and restores it into another
database, with their times and sizes. Exits 1 on any error or problem.
"""

import argparse
import itertools
import random
import re
import secrets
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import requests

from tests.support import production_stack
from tests.support.engine import engine_url
from tests.support.pages import news_form

WORDS = ["energy", "mobility", "water", "Espoo", "Tampere", "Kirkenes", "Madrid", "harbour", "data", "heat"]
LANGUAGES = ["en", "fi", "sv"]
DETAIL_TYPES = {"ChallengePage", "MemberProfilePage", "NewsPage", "ReferencePage", "StandardPage"}
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def request_mix(pages):
    """[(kind, weight, path chooser)]: what a visitor asks for, and how often."""
    details = [page["url"] for page in pages if page["type"] in DETAIL_TYPES]
    indexes = {(page["type"], page["language"]): page["url"] for page in pages}
    listings = []
    for language in LANGUAGES:
        challenges = indexes.get(("ChallengeIndexPage", language))
        members = indexes.get(("MemberDirectoryPage", language))
        listings += [f"{challenges}?status=open", f"{challenges}?theme=energy&status=closed", f"{challenges}"]
        listings += [f"{members}?org_type=company", f"{members}?country=FI&org_type=city", f"{members}"]
    return [
        ("detail page", 35, lambda: random.choice(details)),  # noqa: S311 - a load mix, not secrets
        ("filtered listing", 30, lambda: random.choice(listings)),  # noqa: S311
        ("search page", 15, lambda: f"/{random.choice(LANGUAGES)}/search/?q={random.choice(WORDS)}"),  # noqa: S311
        ("api search", 15, lambda: f"/api/search?q={random.choice(WORDS)}&lang={random.choice(LANGUAGES)}"),  # noqa: S311
        ("home page", 5, lambda: f"/{random.choice(LANGUAGES)}/"),  # noqa: S311
    ]


class Run:
    """What the clients did: latencies per kind, errors, and the articles published."""

    def __init__(self, stack, mix, news_index, publish_every):
        self.stack, self.mix, self.news_index, self.publish_every = stack, mix, news_index, publish_every
        self.latencies = defaultdict(list)
        self.errors = []
        self.published = []
        self.counter = itertools.count(1)
        self.lock = threading.Lock()

    def client(self, until):
        visitor = self.stack.session()
        editor = None
        kinds, weights = zip(*[(entry, entry[1]) for entry in self.mix], strict=True)
        while time.monotonic() < until:
            if next(self.counter) % self.publish_every == 0:
                editor = editor or self.sign_in()
                self.timed("editor publish", lambda editor=editor: self.publish(editor))
                continue
            kind, _weight, choose = random.choices(kinds, weights)[0]  # noqa: S311
            path = choose()
            self.timed(kind, lambda path=path: visitor.get(self.stack.url + path, timeout=120), path)

    def timed(self, kind, send, path=""):
        began = time.monotonic()
        try:
            response = send()
            failed = None if response.status_code in (200, 302) else f"{response.status_code} {path}"
        except requests.RequestException as error:
            failed = f"{type(error).__name__} {path}"
        elapsed = time.monotonic() - began
        with self.lock:
            self.latencies[kind].append(elapsed)
            if failed:
                self.errors.append(f"{kind}: {failed}")

    def sign_in(self):
        session = self.stack.session()
        login = self.stack.url + "/admin/login/"
        token = CSRF.search(session.get(login, timeout=120).text).group(1)
        data = {"username": "admin", "password": production_stack.ADMIN_PASSWORD, "csrfmiddlewaretoken": token}
        session.post(login, data=data, headers={"Referer": login}, timeout=120)
        return session

    def publish(self, editor):
        add = f"{self.stack.url}/admin/pages/add/home/newspage/{self.news_index['id']}/"
        token = CSRF.search(editor.get(add, timeout=120).text).group(1)
        word = f"loadrun{secrets.token_hex(4)}"
        data = news_form(title=f"{word} news under load", slug=word, csrfmiddlewaretoken=token)
        response = editor.post(add, data=data, headers={"Referer": add}, allow_redirects=False, timeout=120)
        if response.status_code == 302:
            with self.lock:
                self.published.append(word)
        return response


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def report(run, seconds):
    total = sum(len(values) for values in run.latencies.values())
    print(f"\n{total} requests in {seconds:.0f} s: {total / seconds:.1f} req/s, {len(run.errors)} errors")
    print(f"{'kind':<18}{'count':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    everything = list(itertools.chain.from_iterable(run.latencies.values()))
    for kind, values in sorted(run.latencies.items()) + [("all", everything)]:
        p50, p95, p99 = (percentile(values, fraction) * 1000 for fraction in (0.5, 0.95, 0.99))
        print(f"{kind:<18}{len(values):>7}{p50:>9.0f}{p95:>9.0f}{p99:>9.0f}")
    for error in run.errors[:20]:
        print(f"  error: {error}")


def check_integrity(stack, run, pages_before):
    """Problems found in the database and the index after the run (none when intact)."""
    stack.wait_for_worker()
    problems = []
    pages_after = stack.sql("SELECT count(*) FROM wagtailcore_page")[0][0]
    # An article published in English is copied into the Finnish and Swedish trees at once.
    expected = pages_before + len(LANGUAGES) * len(run.published)
    if pages_after != expected:
        problems.append(f"{pages_after} pages, expected {expected} ({len(run.published)} published in each language)")
    visitor = stack.session()
    for word in run.published:
        live = stack.sql(f"SELECT count(*) FROM wagtailcore_page WHERE slug = '{word}' AND live")[0][0]  # noqa: S608 - our own word
        found = visitor.get(f"{stack.url}/api/search?q={word}&lang=en", timeout=60).json()["count"]
        if live != len(LANGUAGES) or found != 1:
            problems.append(f"{word}: live {live}, found by search {found}")
    print(f"Integrity: {pages_after} pages, {len(run.published)} published during the run, all found: {not problems}")
    return problems


def backup_and_restore(stack):
    """What the site looks like to `backup` and `restore` after the run: their times and sizes."""
    with tempfile.TemporaryDirectory(prefix="scic-loadtest-") as folder:
        print(stack.manage("backup", "--output-dir", folder).stdout.strip())
        archive = next(Path(folder).glob("scic-backup-*.tar"))
        restored = stack.manage("restore", str(archive), env=stack.empty_install(Path(folder) / "other"))
        summary = [line for line in restored.stdout.splitlines() if line.startswith(("Backup", "Restor", "  done"))]
        print("\n".join(summary))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--publish-every", type=int, default=50)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3)")
    args = parser.parse_args(argv)
    search_url = engine_url()
    if search_url is None:
        parser.error("no search engine answers: set SEARCH_URL or run `make search-engine`")
    print(f"Starting the production stack (engine at {search_url})…", flush=True)
    stack = production_stack.start(search_url, workers=args.workers)
    try:
        print(f"Stack ready at {stack.url} ({stack.timings}).", flush=True)
        pages = stack.page_urls()
        news_index = next(page for page in pages if page["type"] == "NewsIndexPage" and page["language"] == "en")
        run = Run(stack, request_mix(pages), news_index, args.publish_every)
        pages_before = stack.sql("SELECT count(*) FROM wagtailcore_page")[0][0]
        print(f"{args.clients} clients for {args.seconds:.0f} s…", flush=True)
        until = time.monotonic() + args.seconds
        threads = [threading.Thread(target=run.client, args=(until,)) for _ in range(args.clients)]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        report(run, time.monotonic() - began)
        problems = check_integrity(stack, run, pages_before)
        for problem in problems:
            print(f"  {problem}")
        backup_and_restore(stack)
        return 1 if run.errors or problems else 0
    finally:
        stack.stop()


if __name__ == "__main__":
    sys.exit(main())
