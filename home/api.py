"""The JSON API's news articles: their date in search results."""

import datetime
from typing import Literal

from search.api_types import ApiResultType, SearchResultSchema


class NewsResult(SearchResultSchema):
    type: Literal["news"]
    date: datetime.date


def load_news(pages, request):
    return {page.pk: {"date": page.date} for page in pages}


NEWS_RESULTS = ApiResultType("news", NewsResult, load_news)
