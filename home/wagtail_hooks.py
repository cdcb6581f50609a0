"""Serving pages (old addresses in a language's tree lead to the page's own address there),
structured data of the home page and news articles, and the news' fields in the JSON API.
"""

from django.http import HttpResponsePermanentRedirect

from wagtail import hooks

from home.api import NEWS_RESULTS
from home.models import HomePage, NewsPage
from home.structured_data import home_data, news_data
from portal.head import STRUCTURED_DATA_HOOK
from search.api_types import API_TYPE_HOOK


@hooks.register("before_serve_page")
def redirect_to_the_translated_address(page, request, serve_args, serve_kwargs):
    """HomePage.route found the page under its default-language address: send the visitor to its own."""
    address = getattr(request, "translated_address", None)
    if address:
        query = request.META.get("QUERY_STRING")
        return HttpResponsePermanentRedirect(f"{address}?{query}" if query else address)
    return None


@hooks.register(STRUCTURED_DATA_HOOK)
def home_structured_data():
    return HomePage, home_data


@hooks.register(STRUCTURED_DATA_HOOK)
def news_structured_data():
    return NewsPage, news_data


@hooks.register(API_TYPE_HOOK)
def news_api_results():
    return NEWS_RESULTS
