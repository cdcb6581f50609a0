"""Index pages whose items are a search: the faceted listings, and what follows them (feeds, exports)."""

import dataclasses

from search.query import parse_query, sort_label
from search.service import search


class SearchListingMixin:
    """A page that lists pages of some types, filtered by some facets, through the search service.

    The page names the page types it lists (`search_types`), the facets that filter them
    (`search_facets`) and its sort orders. `search_query(request)` reads the visitor's
    choices from the address once, for the listing and for everything that follows it
    (its feed, calendar, export and e-mail alerts).
    """

    search_types = ()
    search_facets = ()
    search_sorts = ("relevance", "newest")
    default_sort = None
    search_by_letter = False

    def search_query(self, request, **changes):
        """The visitor's search on this listing; `changes` replace parts of it (say, the sort order)."""
        query = parse_query(
            request.GET,
            locale=self.locale,
            types=self.search_types,
            facets=self.search_facets,
            sorts=self.search_sorts,
            default_sort=self.default_sort,
            per_page=self.per_page,
            cards=True,
            letter=self.search_by_letter,
        )
        return dataclasses.replace(query, **changes) if changes else query


class FacetedListingMixin(SearchListingMixin):
    """Mix into a `ListingPageMixin` page: its `items` come from the search service.

    Visitors can also type words to search within the listing, and, with
    `search_by_letter`, choose the first letter of the title (`?letter=`).
    """

    def listing_context(self, request):
        # The template shows the hits through `{% cards %}`, which loads what a card shows itself.
        results = search(self.search_query(request, cards_kept=True))
        return {
            "results": results,
            "items": results.items,
            "sorts": [(sort, sort_label(sort)) for sort in self.search_sorts],
        }
