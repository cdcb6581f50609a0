"""A real search engine for the suite: where to find it, and a clean index for each test.

`SEARCH_URL` names the engine; without it the suite looks at 127.0.0.1:9200 and, when
the machine has Java and Maven, starts one there with `search/engine/engine.py` (as
`make search-engine` does) and stops it afterwards.
"""

import atexit
import io
import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core.management import call_command

LOCAL_URL = "http://127.0.0.1:9200"
ENGINE_SCRIPT = Path(__file__).resolve().parent.parent / "search" / "engine" / "engine.py"


def answers(url):
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/_cluster/health", timeout=2) as response:  # noqa: S310
            return json.load(response).get("status") in ("green", "yellow")
    except (OSError, ValueError):
        return False


def can_start_locally():
    return shutil.which("java") is not None and shutil.which("mvn") is not None


def start_local():
    subprocess.run([sys.executable, str(ENGINE_SCRIPT), "start"], check=True, timeout=900)  # noqa: S603


def stop_local():
    subprocess.run([sys.executable, str(ENGINE_SCRIPT), "stop"], check=False, timeout=120)  # noqa: S603


_started_here = []


def engine_url():
    """The engine's address, starting a local one if none answers and the machine can; else None."""
    url = os.environ.get("SEARCH_URL") or LOCAL_URL
    if answers(url):
        return url
    if os.environ.get("SEARCH_URL") or not can_start_locally() or _started_here:
        return None
    start_local()
    _started_here.append(url)
    atexit.register(stop_local)
    return url if answers(url) else None


def engine_settings(url):
    """Wagtail search settings with the engine as the default backend, as the suite uses it."""
    from portal.settings.config import parse_search_backend

    backends = parse_search_backend("opensearch2", url)
    backends["default"].update(
        {"INDEX_PREFIX": settings.SEARCH_TEST_INDEX_PREFIX, "REFRESH_ON_WRITE": True, "ATOMIC_REBUILD": False}
    )
    return backends


def default_is_engine():
    return settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].startswith("search.backends.")


_prepared = set()


def clean_indexes():
    """Give the default engine backend empty indexes with the portal's mappings."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend("default")
    key = (settings.WAGTAILSEARCH_BACKENDS["default"]["URLS"][0], backend.index_prefix)
    if key not in _prepared:
        # Once per run: fresh indexes with the current mappings.
        call_command("update_index", backend_name="default", schema_only=True, stdout=io.StringIO())
        _prepared.add(key)
    # delete_by_query lives in the reindex module, which the development engine does not
    # ship; a test's handful of documents are removed by id instead.
    pattern = f"{backend.index_prefix}*"
    hits = backend.es.search(index=pattern, body={"query": {"match_all": {}}, "size": 10_000, "_source": False})
    actions = [{"delete": {"_index": hit["_index"], "_id": hit["_id"]}} for hit in hits["hits"]["hits"]]
    if actions:
        backend.es.bulk(body=actions, refresh=True)
    return backend


def index_everything():
    """Index what is in the database now (for data created before the test started)."""
    call_command("update_index", backend_name="default", stdout=io.StringIO())


class CountingTransport:
    """Counts the requests the engine client sends (`urls`), inside a `with` block."""

    def __init__(self):
        from opensearchpy.transport import Transport

        self.transport = Transport
        self.urls = []
        self.real = Transport.perform_request

    def __enter__(self):
        def counting(transport, method, url, *args, **kwargs):
            self.urls.append(url)
            return self.real(transport, method, url, *args, **kwargs)

        self.patch = mock.patch.object(self.transport, "perform_request", counting)
        self.patch.start()
        return self

    def __exit__(self, *exc):
        self.patch.stop()
