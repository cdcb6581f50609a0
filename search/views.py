"""The site-wide search page: parse the parameters, ask the service, render."""

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation

from wagtail import hooks
from wagtail.models import Locale

from search.facets import registered_sorts
from search.memo import shared_memo
from search.query import changed_query_string, parse_query
from search.service import search

# Apps offer ways to follow a search (an e-mail alert, say): a hook taking the `SearchQuery` and
# returning an object with `label` and `url`, or None where it does not apply.
FOLLOW_HOOK = "register_search_follow_link"


def search_page(request):
    # Every sort order but the name, which suits a listing of one page type better.
    sorts = ("relevance", "newest", *registered_sorts())
    locale = shared_memo(f"locale:{translation.get_language()}", Locale.get_active)
    query = parse_query(request.GET, locale=locale, sorts=sorts)
    results = search(query)
    follow = [link for link in (register(query) for register in hooks.get_hooks(FOLLOW_HOOK)) if link]
    context = {
        "results": results,
        "query": query,
        "other_languages": language_links(request, results),
        "follow_links": follow,
    }
    if results.suggestion is not None:
        context["suggestion_url"] = f"{request.path}?{changed_query_string(request.GET, q=results.suggestion.text)}"
    return TemplateResponse(request, "search/search_page.html", context)


def language_links(request, results):
    """[{language, name, count, url}] of the same search in the other languages (when this one found nothing)."""
    links = []
    for other in results.languages:
        with translation.override(other.language):
            path = reverse("search:search")
        links.append({**vars(other), "url": f"{path}?{changed_query_string(request.GET)}"})
    return links
