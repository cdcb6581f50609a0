"""Index pages whose listing is a faceted search (the challenge calls, the member directory)."""

from search.query import parse_query, sort_label
from search.service import search


class FacetedListingMixin:
    """Mix into a `ListingPageMixin` page: its `items` come from the search service.

    The page names the page types it lists, the facets it offers and its sort orders;
    visitors can also type words to search within the listing, and, with
    `search_by_letter`, choose the first letter of the title (`?letter=`).
    """

    search_types = ()
    search_facets = ()
    search_sorts = ("relevance", "newest")
    default_sort = None
    search_by_letter = False

    def search_query(self, request):
        return parse_query(
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

    def listing_context(self, request):
        results = search(self.search_query(request))
        return {
            "results": results,
            "items": results.items,
            "sorts": [(sort, sort_label(sort)) for sort in self.search_sorts],
        }
