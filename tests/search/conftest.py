"""Search tests run the same scenario on the database backend and on a real engine."""

from django.conf import settings

import pytest


@pytest.fixture(params=["database", pytest.param("engine", marks=pytest.mark.engine)])
def backend(request, db):
    """The search backend alias a test searches with; set up before any content is created."""
    if request.param == "engine":
        request.getfixturevalue("search_engine")
        return "default"
    return "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"


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
