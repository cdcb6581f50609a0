"""How pages in several languages relate to each other.

Relations between pages and taxonomy (a challenge's owner, a reference's partners,
themes) are synchronised by wagtail-localize from the default-language page, so in
every language they point at default-language objects. These helpers follow that
rule in both directions.
"""

from django.db.models import Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import get_language

from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from portal import locales
from portal.fragments import shared

# The fields every page type shares, all translated: a page's address is in its own
# language too (/fi/haasteet/...); until a translator gives one, it is the English slug.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    TranslatableField("slug"),
]


def default_locale_id(instance):
    """The primary key of the default-language version of a translatable object, to filter by.

    For an object in another language it is a subquery (the object itself when there is
    no such version), so that filtering by it costs no query of its own.
    """
    default = locales.default()
    if instance.locale_id == default.pk:
        return instance.pk
    source = type(instance).objects.filter(translation_key=instance.translation_key, locale_id=default.pk)
    return Coalesce(Subquery(source.values("pk")[:1]), Value(instance.pk))


def localized_pages(pages):
    """Each page's live version in the active language (the page itself where there is none), in one query.

    What `page.localized` gives one page at a time, two queries each, for a list of the
    default-language pages that relations point at.
    """
    pages = list(pages)
    locale = locales.active()
    keys = [page.translation_key for page in pages if page.locale_id != locale.pk]
    found = {}
    if keys:
        versions = Page.objects.live().filter(locale=locale, translation_key__in=keys)
        found = {page.translation_key: page for page in versions}
    return [found.get(page.translation_key, page) for page in pages]


def related_pages(page, relation):
    """The pages `page` points at through `relation` (default-language ones), in the visitor's
    language; kept for the content generation."""
    key = f"related:{page.pk}:{relation}:{get_language()}"
    return shared(key, lambda: localized_pages(getattr(page, relation).all()))


def related_page(page, field):
    """The page `page` points at through the foreign key `field` (a default-language page), in
    the visitor's language; kept for the content generation."""
    key = f"related:{page.pk}:{field}:{get_language()}"
    return shared(key, lambda: localized_pages([getattr(page, field)])[0])


def language_versions(page):
    """(the page's lineage from the root, {translation key: {language code: live page}}) for
    the page and each of its ancestors: routing, the language switcher, the alternates and
    the breadcrumbs all ask. Read in one query, and kept in the shared cache for the content
    generation (they depend on the page's place in the tree only, so they are keyed by it)."""

    def build():
        # The ancestors' paths are prefixes of the page's: one query finds them and their versions.
        paths = [page.path[:end] for end in range(2 * page.steplen, len(page.path) + 1, page.steplen)]
        keys = Page.objects.filter(path__in=paths).values("translation_key")
        found = Page.objects.filter(Q(path__in=paths) | Q(live=True, translation_key__in=keys))
        lineage, by_key = [], {}
        for candidate in found.order_by("path"):
            if candidate.path in paths:
                lineage.append(candidate)
            if candidate.live:
                language = locales.by_id(candidate.locale_id).language_code
                by_key.setdefault(candidate.translation_key, {})[language] = candidate
        return lineage, by_key

    return shared(f"language-versions:{page.path}", build)
