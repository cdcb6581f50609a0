"""The home page is served in every language and on every database the portal supports."""

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders

import pytest

from tests.support.services import free_port

PROJECT_DIR = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_root_redirects_to_the_browsers_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fi").headers["Location"] == "/fi/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="sv-FI,sv;q=0.9").headers["Location"] == "/sv/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").headers["Location"] == "/en/"


def test_home_page_renders(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert f'<h1 id="hero-heading">{home_page.title}</h1>' in html


@pytest.mark.postgres
def test_pages_name_their_icon_so_browsers_do_not_ask_for_a_missing_favicon(client, home_page):
    html = client.get("/en/").content.decode()
    icon = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html)
    assert icon is not None
    assert finders.find(icon.group(1).removeprefix(settings.STATIC_URL)) is not None


def test_home_page_renders_on_postgresql(postgres_db, client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    assert f'<h1 id="hero-heading">{home_page.title}</h1>' in response.content.decode()


def test_fresh_sqlite_install_serves_the_home_page(tmp_path):
    """What `make run` does on a new machine: migrate, load the demo, serve /en/."""
    # A new machine has no search settings either: the database backend, as `make run` uses it.
    environment = {name: value for name, value in os.environ.items() if not name.startswith("SEARCH_")}
    environment["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    environment["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
    environment.pop("BASE_URL", None)
    # What the browser tests set in this process; a new machine has none of it.
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    port = free_port()
    # As `PORT=... make run` does: the addresses the portal writes follow the port.
    environment["PORT"] = str(port)
    for command in (["migrate", "--noinput"], ["load_demo_content"]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=PROJECT_DIR,
            env=environment,
            check=True,
            capture_output=True,
        )
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=PROJECT_DIR,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        # A suite started in the background inherits an ignored SIGINT; Ctrl-C must work here.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )
    try:
        html = fetch_when_up(f"http://127.0.0.1:{port}/en/")
        assert '<h1 id="hero-heading">Smart City Innovation Cluster</h1>' in html
        assert f'<link rel="canonical" href="http://127.0.0.1:{port}/en/">' in html
        assert f'hreflang="fi" href="http://127.0.0.1:{port}/fi/"' in html
        assert f"<loc>http://127.0.0.1:{port}/en/</loc>" in fetch_when_up(f"http://127.0.0.1:{port}/sitemap.xml")
        api = fetch_when_up(f"http://127.0.0.1:{port}/api/search?lang=en&type=news")
        assert f'"url": "http://127.0.0.1:{port}/en/news/' in api.replace('":"', '": "')
    finally:
        server.send_signal(signal.SIGINT)  # what Ctrl-C sends
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            raise
    assert server.returncode == 0


def fetch_when_up(url, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
