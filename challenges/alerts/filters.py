"""What an alert asks for: the challenge listing's filters, read by the search's own parser.

An alert stores its filters as a query string, exactly as the listing's address has them,
and reads them back through `search.query.parse_query` with the challenge listing's
facets, so an alert matches the calls that the listing shows for the same address.
"""

from urllib.parse import urlencode

from django.http import QueryDict

from wagtail.models import Locale

from challenges.models import ChallengeIndexPage
from search.query import parse_query

# The newest matching calls a digest looks at, for each distinct set of filters.
DIGEST_SIZE = 50


def alert_query(filters, language, per_page=DIGEST_SIZE):
    """The search for new calls that an alert's filters (a query string) ask for, newest first."""
    return parse_query(
        QueryDict(filters),
        locale=Locale.objects.get(language_code=language),
        types=ChallengeIndexPage.search_types,
        facets=ChallengeIndexPage.search_facets,
        sorts=("newest",),
        default_sort="newest",
        per_page=per_page,
        cards=True,
    )


def normalised_filters(filters, language):
    """The filters in a query string that the challenge listing understands, as a query string."""
    return urlencode(alert_query(filters, language).filter_params())


def describe(filters, language):
    """The filters' labels in the active language (empty: every new call)."""
    return alert_query(filters, language).chosen_labels()
