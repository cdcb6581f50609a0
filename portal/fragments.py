"""What rarely changes, kept in the shared cache until the content does.

The header's home link and menu, the footer's contact links, the theme names, the
locales, the private sections of the page tree and the restricted collections are the
same on every page in one language, and change only when pages, snippets, settings or
view restrictions do: each
is built once per content generation (portal/page_cache/generation.py; every change a
page may show replaces it), read from the cache (CACHE_URL) afterwards, whether the page
cache is on or not, and kept for the rest of the request (portal/request_scope.py).
"""

from django.core.cache import cache

from wagtail.models import CollectionViewRestriction

from portal.page_cache import generation
from portal.request_scope import in_preview, remembered

TIMEOUT = 60 * 60 * 24


def shared(name, build):
    """`build()`'s value for `name` (which names everything it depends on) in this content generation.

    A preview renders a draft: it builds everything afresh and keeps nothing.
    """

    def fetch():
        if in_preview():
            return build()
        key = f"fragment:{current_generation()}:{name}"
        stored = cache.get(key)  # a one-item tuple, so that a stored None is told from a miss
        if stored is None:
            stored = (build(),)
            cache.set(key, stored, TIMEOUT)
        return stored[0]

    return remembered(("fragment", name), fetch)


def current_generation():
    """The content generation this request renders in, read from the shared cache once."""
    return remembered("generation", generation.current)


def public(pages):
    """`pages.public()` (a PageQuerySet), the view restrictions read once per content generation.

    Wagtail's `public()` reads every view restriction each time it is called, and a
    detail page lists its related pages through it several times.
    """
    return pages.exclude(shared("private-pages", pages.private_q))


def restricted_collection_paths():
    """The paths of the collections with a view restriction, whose documents are not public."""
    return shared(
        "restricted-collections",
        lambda: tuple(CollectionViewRestriction.objects.values_list("collection__path", flat=True)),
    )
