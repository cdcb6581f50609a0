"""A real search engine for the suite: where to find it, and a clean index for each test.

`SEARCH_URL` names the engine; without it the suite looks at 127.0.0.1:9200 (or the port in
`SEARCH_ENGINE_PORT`) and, when the machine has Java and Maven, starts one there with
`search/engine/engine.py` (as `make search-engine` does: Elasticsearch, or OpenSearch with
`SEARCH_ENGINE=opensearch`) and stops it afterwards. Whichever engine answers, the tests use
the backend made for it.
"""

import atexit
import contextlib
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

# Where `search/engine/engine.py` runs its node (and the outage test may stop it).
LOCAL_URL = f"http://127.0.0.1:{os.environ.get('SEARCH_ENGINE_PORT') or 9200}"
ENGINE_SCRIPT = Path(__file__).resolve().parents[2] / "search" / "engine" / "engine.py"


def first_node(url):
    """The first address of `url`, which may list a cluster's nodes separated by commas."""
    return url.split(",")[0].strip().rstrip("/")


def _get_json(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310
            return json.load(response)
    except (OSError, ValueError):
        return None


def answers(url):
    health = _get_json(f"{first_node(url)}/_cluster/health")
    return isinstance(health, dict) and health.get("status") in ("green", "yellow")


def _version(url):
    return (_get_json(first_node(url)) or {}).get("version", {})


def backend_name(url):
    """The `SEARCH_BACKEND` for the engine at url, from what it says it is (`GET /`)."""
    version = _version(url)
    major = version.get("number", "").split(".")[0]
    if version.get("distribution") == "opensearch":
        return "opensearch2" if major == "2" else "opensearch3"
    return "elasticsearch8" if major == "8" else "elasticsearch9"


def describe(url):
    """The engine at url in words, e.g. "Elasticsearch 9.5.3"."""
    version = _version(url)
    name = "OpenSearch" if version.get("distribution") == "opensearch" else "Elasticsearch"
    return f"{name} {version.get('number', '(not answering)')}"


def can_start_locally():
    return shutil.which("java") is not None and shutil.which("mvn") is not None


def start_local():
    # A node for this run only: its data in memory, gone when the run stops it (engine.py).
    environment = {**os.environ, "SEARCH_ENGINE_THROWAWAY": "1"}
    subprocess.run([sys.executable, str(ENGINE_SCRIPT), "start"], check=True, timeout=900, env=environment)  # noqa: S603


def stop_local(forget=False):
    """Stop the local engine; `forget` deletes a throwaway node's data (kept for a restart otherwise)."""
    command = [sys.executable, str(ENGINE_SCRIPT), "stop", *(["--forget"] if forget else [])]
    subprocess.run(command, check=False, timeout=120)  # noqa: S603


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
    atexit.register(stop_local, forget=True)
    return url if answers(url) else None


def engine_settings(url):
    """Wagtail search settings with the engine as the default backend, as the suite uses it."""
    from portal.settings.config import parse_search_backend

    backends = parse_search_backend(backend_name(url), url)
    backends["default"].update(
        {"INDEX_PREFIX": settings.SEARCH_TEST_INDEX_PREFIX, "REFRESH_ON_WRITE": True, "ATOMIC_REBUILD": False}
    )
    return backends


def default_is_engine():
    return "URLS" in settings.WAGTAILSEARCH_BACKENDS["default"]


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


@contextlib.contextmanager
def engine_requests():
    """The addresses of the requests that either engine client sends while the block runs."""
    from elastic_transport import Transport as ElasticsearchTransport
    from opensearchpy.transport import Transport as OpenSearchTransport

    calls = []

    def counting(real):
        def perform_request(transport, method, url, *args, **kwargs):
            calls.append(url)
            return real(transport, method, url, *args, **kwargs)

        return perform_request

    with contextlib.ExitStack() as stack:
        for transport in (ElasticsearchTransport, OpenSearchTransport):
            stack.enter_context(mock.patch.object(transport, "perform_request", counting(transport.perform_request)))
        yield calls
