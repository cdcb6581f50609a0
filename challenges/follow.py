"""Following challenge calls and references: feeds, deadline calendars, the CSV export.

The index pages and the call page mix these in (Wagtail routable pages); every route
reads the visitor's filters through the listing's `search_query()`, so the feed, the
calendar and the export hold what the listing shows.
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from challenges.calendars import calendar_response
from challenges.exports import calls_csv
from challenges.feeds import ChallengeFeed, ReferenceFeed
from portal.follow import FollowedListingMixin, FollowLink, route_url
from search.listing import SearchListingMixin
from search.service import every_hit

# Calls read from the search service at a time, for calendars and exports.
BATCH = 500


class ChallengeListingFollowMixin(FollowedListingMixin):
    """The challenge calls' feed, deadline calendar, CSV export and e-mail alerts, with the listing's filters."""

    feed_class = ChallengeFeed

    @path("calendar.ics/", name="calendar")
    def calendar(self, request):
        hits = every_hit(self.search_query(request, per_page=BATCH))
        return calendar_response((hit.page for hit in hits), self.title, f"{self.slug}.ics", request)

    @path("export.csv/", name="export")
    def export(self, request):
        return calls_csv(every_hit(self.search_query(request, per_page=BATCH)), f"{self.slug}.csv", request)

    def follow_links(self, request):
        params = self.follow_params(request)
        alerts = reverse("alerts:subscribe") + (f"?{urlencode(params)}" if params else "")
        return [
            *super().follow_links(request),
            FollowLink("calendar", _("Deadline calendar"), route_url(self, "calendar", params)),
            FollowLink("export", _("Download as CSV"), route_url(self, "export", params)),
            FollowLink("alert", _("E-mail me new calls like these"), alerts),
        ]


class CallCalendarMixin(RoutablePageMixin):
    """A call page's own calendar (`calendar.ics`): its opening and its deadline."""

    @path("calendar.ics/", name="calendar")
    def calendar(self, request):
        return calendar_response([self], self.title, f"{self.slug}.ics", request)

    def calendar_url(self):
        return route_url(self, "calendar")


class ReferenceListingFollowMixin(SearchListingMixin, FollowedListingMixin):
    """The references' feed, filtered by theme and country as the search filters them."""

    search_types = ("reference",)
    search_facets = ("theme", "country")
    feed_class = ReferenceFeed
