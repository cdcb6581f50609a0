"""A call page with suggested solvers costs the same however many members there are."""

from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

import pytest

from challenges.models import ChallengePage
from portal.page_cache import generation
from tests.support import engine
from tests.support.demo import IndexedDemoTestCase
from tests.support.engine import engine_requests

# More engine requests than the one for the candidates would mean a request per member.
MAX_ENGINE_REQUESTS = 2
# The whole call page, menus, images, sharing and structured data included (36 on SQLite
# before the page head and sharing came; 41 on PostgreSQL with them).
MAX_PAGE_QUERIES = 44
# Bulk members (with their capabilities, offices and references) beside the demo's, in each language.
SMALL, LARGE = 50, 500


@pytest.mark.engine
class CallPageCostTests(IndexedDemoTestCase):
    """The demo with 50 bulk members, then with 500: the call page's queries and engine requests do not grow."""

    def page_cost(self, url, backend):
        backends = settings.WAGTAILSEARCH_BACKENDS
        chosen = (
            backends if backend == "engine" else {"default": backends["database"], "database": backends["database"]}
        )

        # Rendered every time: the page cache would answer without asking anything.
        def uncached():
            return override_settings(WAGTAILSEARCH_BACKENDS=chosen, PAGE_CACHE_SECONDS=0)

        with uncached():
            # Images' renditions are made and cached by the first view; they are no suggestion's cost.
            self.client.get(url)
        # The suggestions are kept for the content generation (solvers/sections.py): measure
        # the first view after a change, which finds them again.
        generation.replace()
        with (
            uncached(),
            CaptureQueriesContext(connection) as queries,
            engine_requests() as requests,
        ):
            response = self.client.get(url)
        assert response.status_code == 200
        assert "Suggested solvers" in response.content.decode()
        return len(queries), len(requests)

    def add_members(self, count, seed):
        call_command(
            "generate_bulk_content",
            members=count,
            challenges=count // 5,
            references=count // 10,
            news=0,
            seed=seed,
            stdout=StringIO(),
        )
        engine.index_everything()

    def test_a_call_pages_queries_do_not_grow_with_the_members(self):
        url = ChallengePage.objects.get(slug="kirkenes-snow-ice-low-energy", locale__language_code="en").url
        self.add_members(SMALL, seed=5)
        small = {backend: self.page_cost(url, backend) for backend in ("database", "engine")}
        self.add_members(LARGE - SMALL, seed=6)
        large = {backend: self.page_cost(url, backend) for backend in ("database", "engine")}
        assert large == small, (small, large)
        assert small["database"][0] <= MAX_PAGE_QUERIES, small
        assert small["database"][1] == 0
        assert 1 <= small["engine"][1] <= MAX_ENGINE_REQUESTS
