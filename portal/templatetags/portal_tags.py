"""Template tags every app's templates use."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Site, get_page_models

from portal.models import Theme
from search.listing import FacetedListingMixin, SearchListingMixin

register = template.Library()


def request_cache(context, key, build):
    """Compute `build()` once per request; templates call these tags many times."""
    request = context.get("request")
    cache = getattr(request, "_portal_tag_cache", None) if request else None
    if cache is None:
        cache = {}
        if request is not None:
            request._portal_tag_cache = cache
    if key not in cache:
        cache[key] = build()
    return cache[key]


def _active_locale():
    return Locale.get_active()


@register.simple_tag(takes_context=True)
def localized_themes(context, themes):
    """The given (default-language) themes as the visitor's language names them."""
    language = translation.get_language()

    def translations():
        return {theme.translation_key: theme for theme in Theme.objects.filter(locale=_active_locale())}

    by_key = request_cache(context, ("themes", language), translations)
    return sorted((by_key.get(theme.translation_key, theme) for theme in themes), key=lambda theme: theme.name)


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page in the visitor's language, or the default one."""

    def find():
        request = context.get("request")
        site = Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()
        return site.root_page.localized if site else None

    return request_cache(context, ("home", translation.get_language()), find)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The sections shown in the header: the home page's children marked 'show in menus'."""
    home = site_home(context)
    if home is None:
        return []
    return request_cache(
        context, ("menu", home.pk), lambda: list(home.get_children().live().in_menu().order_by("path"))
    )


def _listing_page(context, search_type, facet):
    """The live listing in the visitor's language that lists `search_type` pages (and filters them by `facet`)."""

    def find():
        locale = _active_locale()
        for model in get_page_models():
            lists_type = issubclass(model, SearchListingMixin) and search_type in model.search_types
            filters = not facet or (issubclass(model, FacetedListingMixin) and facet in model.search_facets)
            if not (lists_type and filters):
                continue
            page = model.objects.live().public().filter(locale=locale).order_by("path").first()
            if page is not None:
                return page
        return None

    return request_cache(context, ("listing", translation.get_language(), search_type, facet), find)


@register.simple_tag(takes_context=True)
def listing_url(context, search_type, facet=None):
    """The address of the listing of `search_type` pages (one that filters by `facet`, if given).

    Without such a listing, the search page limited to that type, which filters by every facet.
    """
    page = _listing_page(context, search_type, facet)
    if page is not None:
        return page.get_url(context.get("request"))
    return f"{reverse('search:search')}?{urlencode({'type': search_type})}"
