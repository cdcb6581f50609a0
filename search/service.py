"""The one search service behind the search page, the faceted listings and the JSON API.

`search()` answers a `SearchQuery` (search.query) on the configured backend: on an
engine, one request (search.backends.dsl); on the database backend, Wagtail and ORM
queries (search.database). If the engine does not answer, the database index answers
instead, with a notice, and the engine catches up once it is back (search.tasks).
`autocomplete()` completes the search boxes. See docs/search.md.
"""

import dataclasses
import logging

from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.analysis import fold
from search.backends.dsl import StaleIndexError
from search.backends.engine import FacetedSearchMixin, engine_errors
from search.database import DatabaseSearch, facet_filter
from search.facets import facets
from search.pages import searchable_models
from search.query import MAX_QUERY_LENGTH, clean_text
from search.results import EngineSearch, collect
from search.tasks import catch_up_after_outage

logger = logging.getLogger(__name__)


def search(query, backend_name="default"):
    """`SearchResults` for `query`; on an engine outage, from the database index."""
    backend = get_search_backend(backend_name)
    notices = ()
    if isinstance(backend, FacetedSearchMixin):
        try:
            results = collect(query, EngineSearch(backend, query))
        except (*engine_errors(), StaleIndexError) as error:
            logger.warning("Search engine unavailable, answering from the database: %s", error)
            notices = (
                _("The search engine is not answering at the moment; these results come from a simpler search."),
            )
            backend = get_search_backend("database")
        else:
            catch_up_after_outage()
            return results
    return collect(query, DatabaseSearch(backend, query), notices)


def every_hit(query, limit=10_000):
    """The hits of `query` on every page, in order, one page of `query.per_page` at a time.

    For feeds, calendars and exports: at most `limit` hits (what an engine pages through),
    without facet counts, and never more than one page of pages in memory.
    """
    query = dataclasses.replace(query, facets=(), page=1)
    yielded = 0
    while yielded < limit:
        results = search(query)
        if results.items.number != query.page:
            return  # past the last page that can be shown
        for hit in results.items:
            if yielded == limit:
                return
            yielded += 1
            yield hit
        if not results.items.has_next():
            return
        query = dataclasses.replace(query, page=query.page + 1)


def autocomplete(text, locale, limit=8, backend_name="default"):
    """Live pages in `locale` whose title has words starting with what the visitor typed.

    Accents are folded on both sides: the index holds the folded title, and the query is
    folded here, so "Tromso" and "Tromsø" complete alike.
    """
    text = fold(clean_text(text))[:MAX_QUERY_LENGTH]
    if not any(char.isalnum() for char in text):
        return []
    pages = Page.objects.live().filter(locale=locale)
    pages = pages.filter(facet_filter(facets()["type"], tuple(searchable_models())))
    backend = get_search_backend(backend_name)
    try:
        found = list(backend.autocomplete(text, pages, operator="and")[:limit])
    except engine_errors() as error:
        logger.warning("Search engine unavailable for autocomplete: %s", error)
        found = list(get_search_backend("database").autocomplete(text, pages, operator="and")[:limit])
    # Only titles and addresses are shown: the page types' own fields stay in the database.
    pages_by_pk = {
        page.pk: page for page in Page.objects.filter(pk__in=[page.pk for page in found]).specific(defer=True)
    }
    return [pages_by_pk[page.pk] for page in found if page.pk in pages_by_pk]
