"""The search facets' values the portal keeps: themes and capabilities (cached), countries.

The theme and country facets are registered in `portal/wagtail_hooks.py`, the capability
facet by `directory`, which owns it; every page type that has them says how in its
`facet_lookups` (see search.pages).
"""

from django.utils.translation import get_language

from wagtail.coreutils import get_supported_content_language_variant

from django_countries import countries

from portal import fragments, locales
from portal.models import Capability, Theme
from search.collation import sort_key


def taxonomy_choices(model):
    """{slug: name} of every term of a taxonomy, names in the active language, in its alphabetical order.

    Asked for on every search and by every page's structured data; kept while the content
    generation lasts (saving or deleting a term starts a new one).
    """
    try:
        language_code = get_supported_content_language_variant(get_language())
    except LookupError:
        language_code = None  # locales.active() falls back to the default locale
    return fragments.shared(
        f"choices:{model._meta.label_lower}:{language_code}", lambda: _taxonomy_choices(model, locales.active())
    )


def theme_choices():
    return taxonomy_choices(Theme)


def capability_choices():
    return taxonomy_choices(Capability)


def _taxonomy_choices(model, locale):
    # Pages point at default-language terms, so slugs are the values; names come from
    # the visitor's language where a term has been translated.
    default = locales.default()
    names = dict(model.objects.filter(locale=default).values_list("slug", "name"))
    if locale != default:
        names.update(model.objects.filter(locale=locale).values_list("slug", "name"))
    return dict(sorted(names.items(), key=lambda item: sort_key(item[1], locale.language_code)))


def country_choices():
    """{ISO 3166-1 alpha-2 code: name}, names in the active language."""
    return dict(countries)
