"""Paginated listings shared by the index pages."""

import hashlib

from django.core.paginator import Paginator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from portal.fragments import shared
from portal.privacy import SharedViewRestrictionsMixin
from portal.renditions import image_fields
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


class SectionIndexPage(SharedViewRestrictionsMixin, ListingPageMixin, Page):
    """A top-level section of the site (challenges, members, ...) listing its pages."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    def route(self, request, path_components):
        """Find a child of the section's one page type in one query, rather than a page and then
        its type; kept in the shared fragments for the content generation (every change to a
        page replaces it), with the images it shows and the relations its page reads."""
        child_types = self.allowed_subpage_models()
        if path_components and len(child_types) == 1:
            slug = path_components[0]
            name = f"child:{self.pk}:{hashlib.sha256(slug.encode()).hexdigest()[:32]}"
            child = shared(name, lambda: self._child(child_types[0], slug), keep_none=False)
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def _child(self, model, slug):
        # Siblings' slugs are unique: no order or limit to add to the query.
        child = next(iter(model.objects.child_of(self).select_related(*image_fields(model)).filter(slug=slug)), None)
        if child is not None:
            prefetch_related_objects([child], *getattr(model, "detail_prefetch_related", ()))
        return child

    class Meta:
        abstract = True
