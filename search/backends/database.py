"""Wagtail's database search backend (SQLite, PostgreSQL, ...), keeping the vocabulary in step.

`SEARCH_BACKEND=database` selects it, and with an engine it is the second index that
answers while the engine is down. modelsearch picks the class for the database vendor;
this adds the portal's index class to it (search.backends.vocabulary).
"""

import functools

from modelsearch.backends import database

from search.backends.vocabulary import with_vocabulary


@functools.cache
def portal_database_backend(base):
    return type(base.__name__, (base,), {"index_class": with_vocabulary(base.index_class)})


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks a backend module's class up by
    """The database backend for the default database's vendor, keeping the vocabulary in step."""
    vendor_class = type(database.SearchBackend(dict(params)))
    return portal_database_backend(vendor_class)(params)
