"""The project's shared memo, if it names one (SEARCH_SHARED_MEMO, and SEARCH_SHARED_MEMO_MANY
for many keys at once): what search builds once per content generation and reads afterwards
(facet counts, the facet index, what results say about their pages)."""

from django.conf import settings
from django.utils.module_loading import import_string


def keeps_shared_memo():
    """Whether the project names a shared memo (without one, nothing built is kept)."""
    return bool(getattr(settings, "SEARCH_SHARED_MEMO", ""))


def shared_memo(key, build):
    """`build()`, or what the project's memo (the function SEARCH_SHARED_MEMO names) kept under `key`.

    The project's memo must forget everything whenever content changes; the key names
    everything else the value depends on.
    """
    path = getattr(settings, "SEARCH_SHARED_MEMO", "")
    return import_string(path)(key, build) if path else build()


def shared_memo_many(keys, build):
    """{key: value} for each of `keys`: what the project's memo for many keys (the function
    SEARCH_SHARED_MEMO_MANY names) kept, and `build(missing keys)` ({key: value}) for the rest,
    kept at once. Without one, everything is built."""
    path = getattr(settings, "SEARCH_SHARED_MEMO_MANY", "")
    return import_string(path)(keys, build) if path else build(list(keys))
