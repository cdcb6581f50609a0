"""A search backend whose engine is down: every index write fails (WAGTAILSEARCH_BACKENDS' BACKEND)."""

from modelsearch.backends.database import SearchBackend as database_backend


def refuse(*args, **kwargs):
    raise ConnectionError("the search engine is down")


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks for in a backend module
    backend = database_backend(params)
    backend.add = backend.add_bulk = backend.delete = refuse
    return backend
