"""What follows a listing: sub-addresses of its page for its feed, and those the apps add.

A listing page mixes in `FollowedListingMixin` (a Wagtail routable page) and names its
`feed_class`; apps add routes of their own (a calendar, a CSV export) the same way. Every
route reads the visitor's filters with the listing's own `search_query()` (search.listing),
so a feed, a calendar or an export always holds what the listing shows.
"""

import dataclasses
from urllib.parse import urlencode

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

# Routes served as files (calendar.ics, export.csv) have no trailing slash: see portal/urls.py.
FILE_SUFFIXES = (".ics", ".csv")


def route_url(page, route, params=(), full=False):
    """The address of one of a routable page's routes, keeping `params` (name, value pairs)."""
    base = page.get_full_url() if full else page.get_url()
    sub = page.reverse_subpage(route).lstrip("/")
    if sub.endswith("/") and sub[:-1].endswith(FILE_SUFFIXES):
        sub = sub[:-1]
    query = urlencode(list(params))
    return f"{base}{sub}{'?' + query if query else ''}"


def absolute(path):
    """An address on the portal as e-mails, feeds and calendars write it: under BASE_URL."""
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}"


@dataclasses.dataclass(frozen=True)
class FollowLink:
    """One way to follow or reuse a listing, as its page offers it: `kind` is feed, calendar, export or alert."""

    kind: str
    label: str
    url: str


class FollowedListingMixin(RoutablePageMixin):
    """A listing with an Atom feed at `feed/` that keeps the listing's filters.

    The page is a `search.listing.SearchListingMixin` too; `feed_class` is a
    `portal.feeds.ListingFeed` subclass. `follow_links()` lists the ways
    to follow the listing as filtered, for its page; apps add theirs by extending it.
    """

    feed_class = None

    @path("feed/", name="feed")
    def feed(self, request):
        return self.feed_class()(request, listing=self)

    def follow_params(self, request):
        """The listing's filters as the visitor chose them, as (name, value) pairs for the follow links."""
        return self.search_query(request).filter_params()

    def follow_links(self, request):
        url = route_url(self, "feed", self.follow_params(request))
        return [FollowLink("feed", _("Subscribe (Atom feed)"), url)]
