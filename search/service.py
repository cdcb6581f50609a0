"""The one search service behind the search page, the faceted listings and the JSON API.

`search()` answers a `SearchQuery` (search.query) on the configured backend: on an
engine, one request (search.backends.dsl); on the database backend, Wagtail and ORM
queries (search.database). If the engine does not answer, the database index answers
instead, with a notice, and the engine catches up once it is back (search.tasks).
`autocomplete()` completes the search boxes. See docs/search.md.
"""

import dataclasses
import logging

from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search import spelling
from search.analysis import base_language, fold, query_words, words
from search.backends.dsl import StaleIndexError
from search.backends.engine import FacetedSearchMixin, engine_errors
from search.database import DatabaseSearch, facet_filter
from search.facets import facets
from search.pages import searchable_models
from search.query import MAX_QUERY_LENGTH, clean_text
from search.results import EngineSearch, LanguageCount, collect
from search.tasks import catch_up_after_outage

logger = logging.getLogger(__name__)


def search(query, backend_name="default"):
    """`SearchResults` for `query`; on an engine outage, from the database index."""
    backend = get_search_backend(backend_name)
    notices = ()
    if isinstance(backend, FacetedSearchMixin):
        try:
            path = EngineSearch(backend, spelling.with_typos(query, corrected=False))
            results = explained(collect(path.query, path), path)
        except (*engine_errors(), StaleIndexError) as error:
            logger.warning("Search engine unavailable, answering from the database: %s", error)
            notices = (
                _("The search engine is not answering at the moment; these results come from a simpler search."),
            )
            backend = get_search_backend("database")
        else:
            catch_up_after_outage()
            return results
    path = DatabaseSearch(backend, spelling.with_typos(query))
    return explained(collect(path.query, path, notices), path)


def explained(results, path):
    """`results` with "Did you mean" when they are few, and the other languages' counts when there are none."""
    query = results.query

    def count(text):
        return path.count({"suggestion": reparsed(query, text, query.locale)})["suggestion"]

    suggestion = spelling.suggest(query, results.count, count)
    languages = ()
    if results.count == 0 and query.words:
        locales = Locale.objects.exclude(pk=query.locale.pk).filter(language_code__in=content_languages())
        others = {locale.language_code: reparsed(query, query.text, locale) for locale in locales}
        counts = path.count(others) if others else {}
        languages = tuple(
            LanguageCount(code, get_language_info(code)["name_local"], counts[code])
            for code in content_languages()
            if code in counts
        )
    return dataclasses.replace(results, suggestion=suggestion, languages=languages)


def content_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def reparsed(query, text, locale):
    """`query` with another text or in another locale: the same facets, the first page, exact words only."""
    words = tuple(query_words(text, base_language(locale.language_code)))
    return dataclasses.replace(query, text=text, locale=locale, words=words, page=1, notices=())


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
    # Only words reach the backend: quotes and operators would break its query syntax.
    text = " ".join(words(fold(clean_text(text))[:MAX_QUERY_LENGTH]))
    if not text:
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
