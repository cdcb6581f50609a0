"""Search tests run the same scenario on the database backend and on a real engine."""

import pytest

from portal.settings.config import parse_search_backend
from tests.support import engine


@pytest.fixture(params=["database", pytest.param("engine", marks=pytest.mark.engine)])
def backend(request, db, settings):
    """The search backend a test searches with, as the configured default; set before any content is created.

    On the database, the pages and the API search it too, as they do with `SEARCH_BACKEND=database`
    (`make run`), whatever engine the suite was given.
    """
    if request.param == "engine":
        request.getfixturevalue("search_engine")
    elif engine.default_is_engine():
        settings.WAGTAILSEARCH_BACKENDS = parse_search_backend("database", "")
    return "default"


@pytest.fixture
def sections(backend, home_page, django_capture_on_commit_callbacks):
    """The challenge, member, reference and news sections of the English site, indexed as pages are."""
    from challenges.factories import ChallengeIndexPageFactory, ReferenceIndexPageFactory
    from directory.factories import MemberDirectoryPageFactory
    from home.factories import NewsIndexPageFactory

    with django_capture_on_commit_callbacks(execute=True):
        return {
            "challenge": ChallengeIndexPageFactory(parent=home_page),
            "member": MemberDirectoryPageFactory(parent=home_page),
            "reference": ReferenceIndexPageFactory(parent=home_page),
            "news": NewsIndexPageFactory(parent=home_page),
        }
