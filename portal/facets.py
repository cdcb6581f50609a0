"""The search facets the portal owns, theme and country, and the theme facet's cached values.

Registered in `portal/wagtail_hooks.py`; every page type that has themes or a country
says how in its `facet_lookups` (see search.pages).
"""

from django.core.cache import cache
from django.utils.translation import get_language

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from django_countries import countries

from portal.models import Theme

THEME_CHOICES_CACHE_KEY = "search:theme-choices"


def theme_choices():
    """{slug: name} of every theme, names in the active language, A to Z.

    Asked for on every search; themes change rarely, and the cache is cleared when they do.
    """
    try:
        language_code = get_supported_content_language_variant(get_language())
    except LookupError:
        language_code = None  # Locale.get_active() falls back to the default locale
    key = f"{THEME_CHOICES_CACHE_KEY}:{language_code}"
    choices = cache.get(key)
    if choices is None:
        choices = _theme_choices(_active_locale())
        cache.set(key, choices, 300)
    return choices


def _active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def _theme_choices(locale):
    # Pages point at default-language themes, so slugs are the values; names come from
    # the visitor's language where a theme has been translated.
    default = Locale.get_default()
    names = dict(Theme.objects.filter(locale=default).values_list("slug", "name"))
    if locale != default:
        names.update(Theme.objects.filter(locale=locale).values_list("slug", "name"))
    return dict(sorted(names.items(), key=lambda item: item[1].casefold()))


def forget_theme_choices(**kwargs):
    """Connected to Theme's save and delete signals in portal/apps.py."""
    for language_code in [None, *Locale.objects.values_list("language_code", flat=True)]:
        cache.delete(f"{THEME_CHOICES_CACHE_KEY}:{language_code}")


def country_choices():
    """{ISO 3166-1 alpha-2 code: name}, names in the active language."""
    return dict(countries)
