"""Structured data of the home page and of news articles; the news' fields in the JSON API."""

from wagtail import hooks

from home.api import NEWS_RESULTS
from home.models import HomePage, NewsPage
from home.structured_data import home_data, news_data
from portal.head import STRUCTURED_DATA_HOOK
from search.api_types import API_TYPE_HOOK


@hooks.register(STRUCTURED_DATA_HOOK)
def home_structured_data():
    return HomePage, home_data


@hooks.register(STRUCTURED_DATA_HOOK)
def news_structured_data():
    return NewsPage, news_data


@hooks.register(API_TYPE_HOOK)
def news_api_results():
    return NEWS_RESULTS
