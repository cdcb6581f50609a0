"""A facet an app adds is one registration and one lookup: both paths filter and count it."""

from wagtail import hooks
from wagtail.search.backends import get_search_backend

import pytest

from challenges.models import ChallengePage
from portal.models import OrganisationType
from search.facets import FACET_HOOK, LookupFacet, facets
from tests.support import engine
from tests.support.search import challenge, counts, run, slugs


def owner_type_facet():
    return LookupFacet("owner_type", "Owner type", choices=OrganisationType)


@pytest.fixture
def owner_type_registered(backend, monkeypatch):
    """An `owner_type` facet on challenge calls, declared as an app would declare it."""
    monkeypatch.setattr(ChallengePage, "facet_lookups", {**ChallengePage.facet_lookups, "owner_type": "owner_type"})
    with hooks.register_temporarily(FACET_HOOK, owner_type_facet, order=50):
        facets.cache_clear()
        if engine.default_is_engine():
            # As `update_index` would: the engine's page index learns the new field before any
            # page carries it.
            get_search_backend().get_index_for_model(ChallengePage).add_model(ChallengePage)
        yield
    facets.cache_clear()


def test_a_registered_facet_filters_and_counts(backend, sections, owner_type_registered):
    challenge(sections, slug="by-a-city", owner_type="city", country="FI")
    challenge(sections, slug="by-a-company", owner_type="company", country="FI")
    challenge(sections, slug="by-a-university", owner_type="university", country="SE")

    results = run(backend, owner_type=["city", "company"], country="FI")
    assert sorted(slugs(results)) == ["by-a-city", "by-a-company"]
    assert counts(results, "owner_type") == {"city": (1, True), "company": (1, True)}
    assert counts(results, "country") == {"FI": (2, True)}
    assert counts(run(backend), "owner_type") == {"city": (1, False), "company": (1, False), "university": (1, False)}
