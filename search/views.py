"""The site-wide search page: parse the parameters, ask the service, render."""

from django.template.response import TemplateResponse

from wagtail.models import Locale

from search.facets import registered_sorts
from search.query import parse_query
from search.service import search


def search_page(request):
    # Every sort order but the name, which suits a listing of one page type better.
    sorts = ("relevance", "newest", *registered_sorts())
    query = parse_query(request.GET, locale=Locale.get_active(), sorts=sorts)
    results = search(query)
    return TemplateResponse(request, "search/search_page.html", {"results": results, "query": query})
