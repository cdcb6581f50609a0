"""Index pages whose listing is a faceted search (the challenge calls, the member directory)."""

from search.service import parse_query, search, sort_label


class FacetedListingMixin:
    """Mix into a `ListingPageMixin` page: its `items` come from the search service.

    The page names the page types it lists, the facets it offers and its sort orders;
    visitors can also type words to search within the listing.
    """

    search_kinds = ()
    search_facets = ()
    search_sorts = ("relevance", "newest")
    default_sort = None

    def search_query(self, request):
        query = parse_query(
            request.GET,
            locale=self.locale,
            kinds=self.search_kinds,
            facets=self.search_facets,
            sorts=self.search_sorts,
            default_sort=self.default_sort,
        )
        query.per_page = self.per_page
        query.cards = True
        return query

    def listing_context(self, request):
        results = search(self.search_query(request))
        return {
            "results": results,
            "items": results.items,
            "sorts": [(sort, sort_label(sort)) for sort in self.search_sorts],
        }
