"""Headless Chromium from Debian, driven by Playwright; no browser is downloaded.

Debian's headless shell (`apt-get install chromium-headless-shell`) when installed, else the
whole browser in its headless mode: the same engine, without the browser's own interface,
which cost about twice the CPU for the same tests (the shell is what Playwright runs headless).
"""

import os
import shutil

import pytest

from tests.support.services import missing_service

CHROMIUM = os.environ.get("CHROMIUM_PATH") or next(
    (path for path in ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium") if os.path.exists(path)),
    "/usr/bin/chromium",
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    # Django refuses database access from a thread with a running event loop, and
    # Playwright's sync API runs one in the test's thread.
    if not shutil.which(CHROMIUM):
        missing_service(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium-headless-shell)")
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as patch:
        # For the rest of the run (the browser lasts the session, and the browser tests run
        # first): the programs later tests start leave it out, as production has none of it.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            yield browser
            browser.close()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site behind a live server, loaded once for a module's browser tests that only read it.

    pytest-django's `live_server` empties the database after every test, so these tests
    share one copy of the demo, committed, and one server. They carry no database mark.
    The browser tests run first (tests/conftest.py); when the module's tests are done (or a
    test process takes other tests in between: pytest-xdist's work stealing), the database
    goes back to what it held before, so that the tests that follow find the rows they expect.
    """
    from django.db import transaction
    from django.test.utils import modify_settings

    from pytest_django.live_server_helper import LiveServer

    from tests.support import engine
    from tests.support.demo import load_demo_content, restore, take_snapshot

    with django_db_blocker.unblock():
        before = take_snapshot()
        load_demo_content()
        if engine.default_is_engine():
            engine.clean_indexes()
            engine.index_everything()
        server = LiveServer("localhost")
        allowed_hosts = modify_settings(ALLOWED_HOSTS={"append": "localhost"})
        allowed_hosts.enable()
        try:
            yield server
        finally:
            allowed_hosts.disable()
            server.stop()
            with transaction.atomic():
                restore(before)


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    yield page
    context.close()
