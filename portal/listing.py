"""Paginated listings shared by the index pages."""

from django.core.paginator import Paginator


class ListingPageMixin:
    """An index page that lists its children, `per_page` at a time.

    Subclasses define `listing_queryset(request)`; the template gets `items`, a Django
    paginator page. A malformed or out-of-range `?page=` shows the nearest page.
    """

    per_page = 12

    def listing_queryset(self, request):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.listing_queryset(request), self.per_page)
        context["items"] = paginator.get_page(request.GET.get("page"))
        return context
