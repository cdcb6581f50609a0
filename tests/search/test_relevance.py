"""On the demo site: judged queries, parity between the backends, and the cost of a search page."""

from django.http import QueryDict

from wagtail.models import Locale, Page

import pytest

from search.query import parse_query
from search.service import search
from tests.support import engine
from tests.support.demo import IndexedDemoTestCase
from tests.support.judgements import JUDGED_QUERIES

PARITY_SCENARIOS = [
    ("en", {}),
    ("en", {"q": ["energy"]}),
    ("en", {"q": ["arctic"], "type": ["challenge", "news"]}),
    ("en", {"theme": ["mobility", "energy"], "country": ["FI"]}),
    ("en", {"status": ["open", "upcoming"], "theme": ["water"]}),
    ("en", {"org_type": ["company", "city"], "country": ["FI", "NO"]}),
    ("en", {"q": ["water"], "sort": ["newest"]}),
    ("fi", {"q": ["kaupungeissa"]}),
    ("fi", {"q": ["ratkaisuja"], "status": ["open"]}),
    ("fi", {"q": ["vesi"], "theme": ["water"]}),
    ("sv", {"q": ["utmaningarna"]}),
    ("sv", {"type": ["member"], "country": ["FI"]}),
    ("sv", {"q": ["stad"], "sort": ["closing"]}),
]


def run(backend, language, params, per_page=20):
    query = QueryDict(mutable=True)
    for name, values in params.items():
        query.setlist(name, values)
    parsed = parse_query(
        query,
        locale=Locale.objects.get(language_code=language),
        sorts=("relevance", "newest", "closing", "title"),
        per_page=per_page,
    )
    return search(parsed, backend)


@pytest.mark.engine
class DemoSearchTests(IndexedDemoTestCase):
    """The demo content indexed on the engine and in the database, searched on both."""

    def assert_judged_queries_pass(self, backend):
        # The judgements name pages by their English slug; the Finnish and Swedish pages have their own.
        english_slugs = dict(Page.objects.filter(locale__language_code="en").values_list("translation_key", "slug"))
        failures = []
        for judgement in JUDGED_QUERIES:
            params = {"q": [judgement.query], **judgement.facets}
            results = run(backend, judgement.language, params, per_page=500)
            found = [english_slugs[hit.page.translation_key] for hit in results.items]
            if not set(judgement.top) <= set(found[:3]):
                failures.append(f"{judgement}: expected {judgement.top} in the top 3, got {found[:3]}")
            if set(judgement.absent) & set(found):
                failures.append(f"{judgement}: found {set(judgement.absent) & set(found)}")
            if judgement.nothing and results.count:
                failures.append(f"{judgement}: expected nothing, got {found[:3]}")
        assert not failures, "\n".join(failures)

    def test_judged_queries_on_the_engine(self):
        self.assert_judged_queries_pass("default")

    def test_judged_queries_on_the_database(self):
        self.assert_judged_queries_pass("database")

    def test_both_backends_give_the_same_hits_and_counts(self):
        for language, params in PARITY_SCENARIOS:
            with self.subTest(language=language, **params):
                on_engine = run("default", language, params, per_page=500)
                on_database = run("database", language, params, per_page=500)
                assert on_engine.backend == "engine"
                assert on_database.backend == "database"
                assert on_engine.count == on_database.count
                assert {hit.page.pk for hit in on_engine.items} == {hit.page.pk for hit in on_database.items}
                facets = {facet.name: [vars(value) for value in facet.values] for facet in on_engine.facets}
                assert facets == {facet.name: [vars(value) for value in facet.values] for facet in on_database.facets}
        assert run("default", "en", {}).count > 20

    def test_a_search_page_costs_one_engine_request_whatever_the_facets(self):
        pages = [
            "/en/search/?q=energy",
            "/en/search/?q=energy&theme=energy&theme=water&country=FI&country=NO&type=challenge&status=open",
            "/fi/haasteet/?theme=mobility&status=open&status=upcoming&country=FI",
            "/sv/medlemmar/?org_type=company&country=FI&theme=energy",
            "/api/search?lang=en&q=arctic&type=news&type=challenge&theme=arctic-conditions",
        ]
        for url in pages:
            with engine.engine_requests() as calls:
                response = self.client.get(url)
            assert response.status_code == 200, url
            assert len(calls) == 1, (url, calls)

    def test_snippets_highlight_the_matched_forms(self):
        response = self.client.get("/fi/search/?q=kaupungeissa")
        html = response.content.decode()
        assert "<mark>kaupunki</mark>" in html
        for backend in ("default", "database"):
            hits = run(backend, "fi", {"q": ["kaupungeissa"]}).items
            marked = {text.lower() for hit in hits for text, matched in hit.snippet if matched}
            assert "kaupunki" in marked, backend


@pytest.mark.parametrize("lang", ["en", "fi", "sv"])
def test_judgements_cover_every_language_and_category(lang):
    judgements = [judgement for judgement in JUDGED_QUERIES if judgement.language == lang]
    assert len(judgements) >= 30
    categories = {judgement.category for judgement in judgements}
    assert {"typos", "accents", "facets", "nothing"} <= categories
    assert categories & {"compounds", "parts", "inflections"}
    if lang in ("fi", "sv"):
        # Compounds that share a part with the query but must not match it.
        assert any(
            judgement.absent or judgement.nothing for judgement in judgements if judgement.category == "unrelated"
        )
