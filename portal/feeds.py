"""Atom feeds of the listings: the newest pages a listing shows, with the listing's filters.

A listing's `feed/` route (portal.follow) answers with its `feed_class`, a `ListingFeed`:
Django's syndication framework writes the Atom document; the entries come from the search
service through the listing's own `search_query()`, newest first, in the listing's language.
"""

from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portal.facets import theme_choices
from portal.follow import route_url
from search.service import search


class ListingFeed(Feed):
    """The newest pages of a listing as an Atom feed; subclasses say what an entry's summary is."""

    feed_type = Atom1Feed
    size = 50
    # The page field that summarises an entry.
    summary_field = "summary"

    def get_object(self, request, listing):
        self.request, self.listing = request, listing
        self.query = listing.search_query(request, sort="newest", page=1, per_page=self.size, facets=())
        self.params = self.query.filter_params()
        return listing

    def title(self, listing):
        chosen = self.query.chosen_labels()
        title = f"{listing.title}: {', '.join(chosen)}" if chosen else listing.title
        return f"{title} | {_('Smart City Innovation Cluster')}"

    def subtitle(self, listing):
        return getattr(listing, "intro", "")

    def link(self, listing):
        query = urlencode(self.params)
        return listing.get_full_url(self.request) + (f"?{query}" if query else "")

    def feed_url(self, listing):
        return route_url(listing, "feed", self.params, full=True)

    def author_name(self, listing):
        return _("Smart City Innovation Cluster")

    def items(self, listing):
        return [hit.page for hit in search(self.query).items]

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return getattr(page, self.summary_field)

    def item_link(self, page):
        return page.get_full_url(self.request)

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at or page.first_published_at

    def item_categories(self, page):
        names = theme_choices()
        return sorted(names.get(theme.slug, theme.name) for theme in page.themes.all())
