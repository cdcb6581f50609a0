"""Security headers on every page type, security.txt, and one log line for a foreign host."""

import io
import logging

from django.test import Client

import pytest

pytestmark = pytest.mark.django_db

PAGES = {
    "home": "/en/",
    "challenge listing": "/fi/haasteet/",
    "challenge call": "/en/challenges/kirkenes-arctic-port-logistics/",
    "member directory": "/sv/medlemmar/",
    "member profile": "/en/members/city-of-espoo/",
    "references": "/en/references/",
    "reference": "/fi/referenssit/madrid-nuevo-norte/",
    "news": "/en/news/",
    "news article": "/sv/nyheter/scic-grundat/",
    "standard page": "/en/about/",
    "search": "/en/search/?q=water",
    "search api": "/api/search?q=water&lang=fi",
    "admin sign-in": "/admin/login/",
}


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


@pytest.fixture(scope="module")
def module_demo(django_db_setup, django_db_blocker):
    """The demo site for the tests of this module, rolled back after them."""
    from django.db import transaction

    from tests.support.demo import load_demo_content

    with django_db_blocker.unblock(), transaction.atomic():
        load_demo_content()
        yield
        transaction.set_rollback(True)


@pytest.mark.parametrize("name", [name for name in PAGES if name != "admin sign-in"])
def test_every_page_type_carries_the_policy(module_demo, name):
    response = Client().get(PAGES[name])
    assert response.status_code == 200, name
    policy = directives(response)
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]
    # A cached copy is sent with the same policy.
    again = Client().get(PAGES[name])
    assert directives(again) == policy


def test_the_admin_allows_its_inline_scripts_and_nothing_else_more(db):
    policy = directives(Client().get("/admin/login/"))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["connect-src"] == ["'self'"]


@pytest.mark.parametrize("name", [name for name in PAGES if name not in ("search api", "admin sign-in")])
def test_public_pages_have_no_inline_script(module_demo, name):
    html = Client().get(PAGES[name]).content.decode()
    for tag in html.split("<script")[1:]:
        opening = tag.split(">", 1)[0]
        assert " src=" in opening or 'type="application/ld+json"' in opening, opening


def test_security_txt_names_a_contact_and_expires_within_a_year(db):
    response = Client().get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"].startswith(("mailto:", "https:"))
    from django.utils import timezone
    from django.utils.dateparse import parse_datetime

    expires = parse_datetime(fields["Expires"])
    assert timezone.now() < expires < timezone.now() + timezone.timedelta(days=365)


def test_a_foreign_host_is_refused_with_one_log_line(db):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    loggers = [logging.getLogger("django.security.DisallowedHost"), logging.getLogger("django.request")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        response = Client(HTTP_HOST="portal.evil.example").get("/en/")
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
    assert response.status_code == 400
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1, lines
    assert "portal.evil.example" in lines[0]
