"""The news feed (portal.feeds): the newest articles, dated by their own date."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from portal.feeds import ListingFeed
from portal.follow import FollowedListingMixin
from search.listing import SearchListingMixin


class NewsFeed(ListingFeed):
    """News articles, newest first, with their lead as the summary."""

    summary_field = "lead"

    def item_pubdate(self, page):
        midnight = datetime.datetime.combine(page.date, datetime.time())
        return timezone.make_aware(midnight, ZoneInfo(settings.TIME_ZONE))


class NewsListingFollowMixin(SearchListingMixin, FollowedListingMixin):
    """The news index's feed, which the theme filter of the search narrows (`?theme=energy`)."""

    search_types = ("news",)
    search_facets = ("theme",)
    feed_class = NewsFeed
