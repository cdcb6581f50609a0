"""`make lighthouse`: Lighthouse (mobile) from outside against the production topology.

Starts the stack of tests/support/production_stack.py (nginx with TLS, gunicorn with
production settings, PostgreSQL, Redis, the worker and the engine at SEARCH_URL) with the
demo site, then runs Lighthouse 12 (from npm, pinned below; needs Node 18 or newer and
Chromium) on one page of each type in English, Finnish and Swedish, plus the site search,
and prints the four category scores, the cumulative layout shift and every audit that did
not pass, per page. Reports are kept under var/lighthouse/. Not part of `make test`:
nothing here asserts a score.

    .venv/bin/python -m tests.bench.lighthouse [--only ChallengePage,HomePage] [--language fi]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support import production_stack
from tests.support.engine import engine_url

PROJECT = Path(__file__).resolve().parents[2]
REPORTS = PROJECT / "var" / "lighthouse"
LIGHTHOUSE = "lighthouse@12.2.3"  # 13 wants Node 22
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox --ignore-certificate-errors"


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("Lighthouse needs Chromium: apt-get install chromium")


def targets(stack, only, language):
    """(label, path): one live page of each type per language, and the search page."""
    chosen = []
    for page in sorted(stack.page_urls(), key=lambda page: (page["type"], page["language"])):
        if (only and page["type"] not in only) or (language and page["language"] != language):
            continue
        chosen.append((f"{page['type']} {page['language']}", page["url"]))
    if not only or "search" in only:
        words = {"en": "energy", "fi": "energia", "sv": "energi"}
        chosen += [
            (f"search {lang}", f"/{lang}/search/?q={word}")
            for lang, word in words.items()
            if not language or lang == language
        ]
    return chosen


def audit(url, report_path, browser):
    """Lighthouse's JSON report for one address (mobile, simulated throttling: its defaults)."""
    command = [
        "npx", "--yes", LIGHTHOUSE, url,
        "--quiet", "--output=json", f"--output-path={report_path}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]  # fmt: skip
    env = {**os.environ, "CHROME_PATH": browser}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)  # noqa: S603
    if result.returncode or not report_path.exists():
        raise RuntimeError(f"Lighthouse failed on {url}: {result.stderr[-2000:]}")
    return json.loads(report_path.read_text())


def summary(report):
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    shift = report["audits"]["cumulative-layout-shift"]["numericValue"]
    failed = sorted(
        audit_id
        for category in CATEGORIES
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] and (audit_id := ref["id"]) and (report["audits"][audit_id]["score"] or 0) < 0.9
    )
    return scores, shift, failed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="page types to audit, comma-separated (and 'search')")
    parser.add_argument("--language", choices=("en", "fi", "sv"))
    args = parser.parse_args(argv)
    if not shutil.which("npx"):
        sys.exit("Lighthouse runs from npm: install Node.js 18 or newer (apt-get install nodejs npm)")
    browser = chromium()
    search_url = engine_url()
    if search_url is None:
        parser.error("no search engine answers: set SEARCH_URL or run `make search-engine`")
    REPORTS.mkdir(parents=True, exist_ok=True)
    # The stack's demo draws its images at their real size: small ones would fail the audit
    # of responsive image sizes.
    os.environ["DEMO_IMAGE_SCALE"] = "1"
    print(f"Starting the production stack (engine at {search_url})…", flush=True)
    stack = production_stack.start(search_url)
    worst = dict.fromkeys(CATEGORIES, 100)
    try:
        chosen = targets(stack, set(args.only.split(",")) if args.only else None, args.language)
        print(f"Stack ready at {stack.url}; auditing {len(chosen)} pages.\n", flush=True)
        print(f"{'page':28} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'CLS':>6}  not passed")
        for label, path in chosen:
            report_path = REPORTS / f"{label.replace(' ', '-')}.json"
            scores, shift, failed = summary(audit(stack.url + path, report_path, browser))
            worst = {name: min(worst[name], scores[name]) for name in CATEGORIES}
            figures = " ".join(f"{scores[name]:>5}" for name in CATEGORIES)
            print(f"{label:28} {figures} {shift:>6.3f}  {', '.join(failed) or '-'}", flush=True)
    finally:
        stack.stop()
    print("\nLowest scores: " + ", ".join(f"{name} {score}" for name, score in worst.items()))
    print(f"Reports: {REPORTS}")


if __name__ == "__main__":
    main()
