"""Paginated listings shared by the index pages."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from portal.translation import PAGE_TRANSLATABLE_FIELDS


class ListingPageMixin:
    """An index page that lists its children, `per_page` at a time.

    Subclasses define `listing_queryset(request)`, or override `listing_context(request)`
    entirely; the template gets `items`, a Django paginator page. A malformed or
    out-of-range `?page=` shows the nearest page.
    """

    per_page = 12

    def listing_queryset(self, request):
        raise NotImplementedError

    def listing_context(self, request):
        paginator = Paginator(self.listing_queryset(request), self.per_page)
        return {"items": paginator.get_page(request.GET.get("page"))}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        return context


class SectionIndexPage(ListingPageMixin, Page):
    """A top-level section of the site (challenges, members, ...) listing its pages."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
