"""A page view finds its site and home page without asking the database, and sees a change to
either at once."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site

import pytest

from challenges.factories import ChallengePageFactory
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def tables_read(client, url, **headers):
    """(response, the SQL of the queries the page view ran), the shared pieces already made."""
    # The first view makes the image renditions, which begins a new content generation;
    # the second makes the shared pieces again.
    client.get(url, headers=headers)
    client.get(url, headers=headers)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, " ".join(query["sql"] for query in queries.captured_queries)


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_a_page_view_reads_neither_the_site_nor_the_locales(client, challenge_index, language, settings):
    settings.PAGE_CACHE_SECONDS = 0  # each view renders the page
    call = ChallengePageFactory(parent=challenge_index, title="Harbour logistics")
    response, sql = tables_read(client, f"/{language}/{call.url.split('/', 2)[2]}")
    assert response.status_code == 200
    assert "Harbour logistics" in response.content.decode()
    assert "wagtailcore_site" not in sql
    assert "wagtailcore_locale" not in sql
    # Wagtail's own lookup finds the page the view served, as it did before.
    assert Page.find_for_request(response.wsgi_request, call.url).specific == call


def test_a_site_added_for_another_host_serves_its_own_pages_at_once(client, home_page, settings):
    settings.ALLOWED_HOSTS = ["testserver", "partners.example"]
    partners = StandardPageFactory(parent=home_page, title="Partner programme", slug="partners")
    before = client.get("/en/", headers={"host": "partners.example"})
    assert "<title>Partner programme" not in before.content.decode()
    Site.objects.create(hostname="partners.example", port=80, root_page=partners)
    after = client.get("/en/", headers={"host": "partners.example"})
    assert after.status_code == 200
    assert "<title>Partner programme" in after.content.decode()
    # The default site still serves every other host.
    assert "<title>Partner programme" not in client.get("/en/").content.decode()


def test_a_foreign_host_is_refused_before_any_site_is_looked_up(client):
    response = client.get("/en/", headers={"host": "attacker.example"})
    assert response.status_code == 400
