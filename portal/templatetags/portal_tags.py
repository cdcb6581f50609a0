"""Template tags every app's templates use."""

from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Locale, Site

from search.collation import sort_key

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
def localized_terms(context, terms):
    """The given (default-language) taxonomy terms, themes or capabilities, as the visitor's language names them."""
    terms = list(terms)
    if not terms:
        return []
    model = type(terms[0])
    language = translation.get_language()

    def translations():
        return {term.translation_key: term for term in model.objects.filter(locale=_active_locale())}

    by_key = request_cache(context, (model._meta.label, language), translations)
    localized = [by_key.get(term.translation_key, term) for term in terms]
    return sorted(localized, key=lambda term: sort_key(term.name, language))


@register.simple_tag(takes_context=True)
def localized_themes(context, themes):
    """The given (default-language) themes as the visitor's language names them."""
    return localized_terms(context, themes)


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
