"""The project's shared memo, if it names one (SEARCH_SHARED_MEMO): what search builds once
per content generation and reads afterwards (facet counts, the facet index, what results
say about their pages)."""

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
