"""What rarely changes, kept in the shared cache until the content does.

The header's home link and menu, the footer's contact links, the theme names, the
locales, the private sections of the page tree and the restricted collections are the
same on every page in one language, and change only when pages, snippets, settings or
view restrictions do: each
is built once per content generation (portal/page_cache/generation.py; every change a
page may show replaces it), read from the cache (CACHE_URL) afterwards, whether the page
cache is on or not, and kept for the rest of the request (portal/request_scope.py).
"""

import pickle

from django.conf import settings
from django.core.cache import cache

from wagtail.models import CollectionViewRestriction

from portal.page_cache import generation
from portal.request_scope import in_preview, remembered

TIMEOUT = 60 * 60 * 24
# This process's copies of what it read of the current generation, pickled: a fragment
# never changes under its key (which names the generation), so the shared cache is asked
# once per process and key, and each request still gets a copy of its own. Replaced, not
# changed, when the generation moves on, and emptied if a crawler's many filter
# combinations make it large.
_copies = (None, {})
MAX_COPIES = 5000


def read_many(keys):
    """{key: value} for those of `keys` (of the current generation) the shared cache holds."""
    copies = _current_copies()
    # Read once each (another thread may empty them meanwhile); only what this process
    # pickled itself is unpickled here.
    pickled = {key: copies.get(key) for key in keys}
    found = {key: pickle.loads(data) for key, data in pickled.items() if data is not None}  # noqa: S301
    missing = [key for key in keys if key not in found]
    if missing:
        stored = cache.get_many(missing)
        _copy(copies, stored)
        found.update(stored)
    return found


def keep_many(values):
    """Store {key: value} in the shared cache (and this process's copies)."""
    cache.set_many(values, TIMEOUT)
    _copy(_current_copies(), values)


def _current_copies():
    global _copies
    generation = current_generation()
    if _copies[0] != generation:
        _copies = (generation, {})
    return _copies[1]


def _copy(copies, values):
    if len(copies) > MAX_COPIES:
        copies.clear()
    copies.update((key, pickle.dumps(value, pickle.HIGHEST_PROTOCOL)) for key, value in values.items())


def shared(name, build, keep_none=True):
    """`build()`'s value for `name` (which names everything it depends on) in this content generation.

    A preview renders a draft: it builds everything afresh and keeps nothing. Without
    `keep_none`, a None is not kept (what a visitor's address names may not exist, and
    probes for such addresses should fill no cache).
    """

    def fetch():
        if not keeping():
            return build()
        key = f"fragment:{current_generation()}:{name}"
        stored = read_many([key]).get(key)  # a one-item tuple, so that a stored None is told from a miss
        if stored is None:
            stored = (build(),)
            if stored[0] is None and not keep_none:
                return None
            keep_many({key: stored})
        return stored[0]

    return remembered(("fragment", name), fetch)


def shared_many(names, build):
    """{name: value} for each of `names` in this content generation, like `shared()`, in one
    round trip to the cache: `build(missing names)` gives {name: value} for those it lacks,
    kept in one more."""
    if not keeping():
        return build(list(names))
    prefix = f"fragment:{current_generation()}:"
    stored = read_many([f"{prefix}{name}" for name in names])
    found = {key.removeprefix(prefix): value[0] for key, value in stored.items()}
    missing = [name for name in names if name not in found]
    if missing:
        made = build(missing)
        keep_many({f"{prefix}{name}": (made[name],) for name in missing})
        found.update(made)
    return found


def keeping():
    """Whether this request may read and keep shared pieces: not in a preview, which renders a
    draft, nor where each worker would keep its own (SHARED_FRAGMENTS)."""
    return settings.SHARED_FRAGMENTS and not in_preview()


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
