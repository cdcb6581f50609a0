"""Template tags every app's templates use."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, Site, get_page_models

from portal import fragments, locales
from portal.cards import render_cards
from portal.sites import contact_details
from portal.translation import related_pages as shared_related_pages
from search.collation import sort_key
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


@register.simple_tag(takes_context=True)
def localized_terms(context, terms):
    """The given (default-language) taxonomy terms, themes or capabilities, as the visitor's language names them."""
    terms = list(terms)
    if not terms:
        return []
    model = type(terms[0])
    language = translation.get_language()

    def translations():
        return {term.translation_key: term for term in model.objects.filter(locale=locales.active())}

    by_key = fragments.shared(f"terms:{model._meta.label}:{language}", translations)
    localized = [by_key.get(term.translation_key, term) for term in terms]
    return sorted(localized, key=lambda term: sort_key(term.name, language))


@register.simple_tag(takes_context=True)
def localized_themes(context, themes):
    """The given (default-language) themes as the visitor's language names them."""
    return localized_terms(context, themes)


def _site(request):
    return Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()


def _for_site(request, name, build):
    """`build(site)` for the request's site, shared while the content lasts (None without a site)."""
    site = _site(request)
    return fragments.shared(f"{name}:{site.pk if site else None}", lambda: build(site) if site else None)


@register.simple_tag
def related_pages(page, relation):
    """The pages `page` points at through `relation`, in the visitor's language (portal/translation.py)."""
    return shared_related_pages(page, relation)


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page in the visitor's language, or the default one: its `url`, `title`, `path` and `pk`."""
    request = context.get("request")

    def find(site):
        home = site.root_page.localized
        return {"pk": home.pk, "path": home.path, "title": home.title, "url": home.get_url(request)}

    return _for_site(request, f"home:{translation.get_language()}", find)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The sections shown in the header: the home page's children marked 'show in menus'.

    Each has the `url`, `title`, `path` and `pk` the header needs.
    """
    request = context.get("request")
    home = site_home(context)
    if home is None:
        return []
    sections = Page.objects.filter(path__startswith=home["path"], depth=len(home["path"]) // Page.steplen + 1)

    def find(_site):
        return [
            {"pk": page.pk, "path": page.path, "title": page.title, "url": page.get_url(request)}
            for page in sections.live().in_menu().order_by("path")
        ]

    return _for_site(request, f"menu:{translation.get_language()}", find)


@register.simple_tag(takes_context=True)
def contact_links(context):
    """The cluster's contact addresses from the site's contact settings, for the footer."""
    site = _site(context.get("request"))
    return contact_details(site) if site else {}


@register.filter
def on_this_site(address):
    """An address on the portal's own `BASE_URL` as a path, so it works on whatever host serves it.

    Link buttons store full addresses (a URL block needs a scheme and host); the demo's are
    written with the `BASE_URL` of the machine that loaded it, which need not be the one
    serving the page (another port, a proxy's name).
    """
    base = f"{settings.WAGTAILADMIN_BASE_URL}/"
    if isinstance(address, str) and address.startswith(base):
        return address[len(base) - 1 :]
    return address


def _listing_url(request, search_type, facet):
    """The address of the live listing, in the visitor's language, of `search_type` pages (filtered by `facet`)."""

    def find(_site):
        locale = locales.active()
        for model in get_page_models():
            lists_type = issubclass(model, SearchListingMixin) and search_type in model.search_types
            filters = not facet or (issubclass(model, FacetedListingMixin) and facet in model.search_facets)
            if not (lists_type and filters):
                continue
            page = fragments.public(model.objects.live()).filter(locale=locale).order_by("path").first()
            if page is not None:
                return page.get_url(request)
        return None

    return _for_site(request, f"listing:{translation.get_language()}:{search_type}:{facet}", find)


@register.simple_tag(takes_context=True)
def listing_url(context, search_type, facet=None):
    """The address of the listing of `search_type` pages (one that filters by `facet`, if given).

    Without such a listing, the search page limited to that type, which filters by every facet.
    """
    url = _listing_url(context.get("request"), search_type, facet)
    if url is not None:
        return url
    return f"{reverse('search:search')}?{urlencode({'type': search_type})}"


@register.simple_tag(takes_context=True)
def cards(context, entries, heading_level=2):
    """The cards of `entries` (pages, or search hits), from the shared cache where it holds them."""
    return render_cards(context, entries, heading_level)
