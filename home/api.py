"""The JSON API's news articles: their date in search results."""

import datetime
from typing import Literal

from home.models import NewsPage
from search.api_types import ApiResultType, SearchResultSchema


class NewsResult(SearchResultSchema):
    type: Literal["news"]
    date: datetime.date


def load_news(pks, request):
    return {pk: {"date": date} for pk, date in NewsPage.objects.filter(pk__in=pks).values_list("pk", "date")}


NEWS_RESULTS = ApiResultType("news", NewsResult, load_news)
