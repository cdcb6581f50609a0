"""The site-wide search page: parse the parameters, ask the service, render."""

from django.template.response import TemplateResponse

from wagtail.models import Locale

from search.facets import FACETS
from search.service import parse_query, search

SEARCH_PAGE_SORTS = ("relevance", "newest", "closing")


def search_page(request):
    query = parse_query(request.GET, locale=Locale.get_active(), facets=tuple(FACETS), sorts=SEARCH_PAGE_SORTS)
    results = search(query)
    return TemplateResponse(request, "search/search_page.html", {"results": results, "query": query})
