"""Template tags every app's templates use."""

from django import template
from django.utils import translation

from wagtail.models import Page, Site

from portal import fragments, locales
from portal.models import ContactSettings, Theme
from portal.translation import localized_pages

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


@register.simple_tag
def localized_themes(themes):
    """The given (default-language) themes as the visitor's language names them."""
    language = translation.get_language()

    def translations():
        return {theme.translation_key: theme for theme in Theme.objects.filter(locale=locales.active())}

    by_key = fragments.shared(f"themes:{language}", translations)
    return sorted((by_key.get(theme.translation_key, theme) for theme in themes), key=lambda theme: theme.name)


def _site(request):
    return Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()


def _for_site(request, name, build):
    """`build(site)` for the request's site, shared while the content lasts (None without a site)."""
    site = _site(request)
    return fragments.shared(f"{name}:{site.pk if site else None}", lambda: build(site) if site else None)


@register.simple_tag
def localized(pages):
    """The pages (default-language ones, as relations point at) in the visitor's language."""
    return localized_pages(pages)


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

    def find(site):
        contact = ContactSettings.for_site(site)
        return {"email": contact.email, "linkedin_url": contact.linkedin_url, "youtube_url": contact.youtube_url}

    return _for_site(context.get("request"), "contact", find) or {}
