"""A call page with suggested solvers costs the same however many members there are."""

from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

import pytest

from challenges.models import ChallengePage
from tests.support import engine
from tests.support.demo import IndexedDemoTestCase
from tests.support.engine import engine_requests

# More engine requests than the one for the candidates would mean a request per member.
MAX_ENGINE_REQUESTS = 2
# The whole call page, menus, images, sharing and structured data included (36 on SQLite
# before the page head and sharing came; 41 on PostgreSQL with them).
MAX_PAGE_QUERIES = 44


@pytest.mark.engine
class CallPageCostTests(IndexedDemoTestCase):
    """The demo, then a few hundred bulk members more: the call page's queries do not grow."""

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
        with (
            uncached(),
            CaptureQueriesContext(connection) as queries,
            engine_requests() as requests,
        ):
            response = self.client.get(url)
        assert response.status_code == 200
        assert "Suggested solvers" in response.content.decode()
        return len(queries), len(requests)

    def test_a_call_pages_queries_do_not_grow_with_the_members(self):
        url = ChallengePage.objects.get(slug="kirkenes-snow-ice-low-energy", locale__language_code="en").url
        before = {backend: self.page_cost(url, backend) for backend in ("database", "engine")}
        call_command(
            "generate_bulk_content", members=300, challenges=60, references=30, news=0, seed=5, stdout=StringIO()
        )
        engine.index_everything()
        after = {backend: self.page_cost(url, backend) for backend in ("database", "engine")}
        assert after == before, (before, after)
        assert before["database"][0] <= MAX_PAGE_QUERIES, before
        assert before["database"][1] == 0
        assert 1 <= before["engine"][1] <= MAX_ENGINE_REQUESTS
