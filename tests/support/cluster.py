"""A three-node engine cluster (`make search-cluster`) for the node-loss test: where it is, losing
and restoring one of its nodes, what each shard copy holds, and a steady load of searches and
publishes from a few threads.

`SEARCH_CLUSTER_URLS` names the nodes, comma-separated, in the order `search/engine/cluster.py`
numbers them; the test stops and restarts them with that script.
"""

import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from django.db import connection

from tests.support import engine

CLUSTER_SCRIPT = Path(__file__).resolve().parent.parent.parent / "search" / "engine" / "cluster.py"


def cluster_urls():
    """The cluster's node addresses from SEARCH_CLUSTER_URLS, or []."""
    return [url.strip() for url in os.environ.get("SEARCH_CLUSTER_URLS", "").split(",") if url.strip()]


def _run_script(urls, *args):
    environment = {
        **os.environ,
        "SEARCH_CLUSTER_PORT": str(urlsplit(urls[0]).port),
        "SEARCH_ENGINE": engine.describe(urls[0]).split()[0].lower(),
    }
    subprocess.run([sys.executable, str(CLUSTER_SCRIPT), *args], check=True, timeout=300, env=environment)  # noqa: S603


def kill_node(urls, number):
    """End node `number` (1-3) at once, as a machine that crashed."""
    _run_script(urls, "stop-node", str(number), "--kill")


def restart_node(urls, number):
    """Start node `number` again and wait until it has rejoined and every shard has all its copies."""
    _run_script(urls, "start-node", str(number))


def node_number(node_name):
    """The number `cluster.py` gives a node, from its name (portal-node-2 is 2)."""
    return int(node_name.rsplit("-", 1)[1])


def shard_copies(client, index):
    """[(shard, "p" or "r", node name, documents)] of index, once no shard moves, after a refresh."""
    client.cluster.health(index=index, wait_for_status="green", wait_for_no_relocating_shards=True, timeout="60s")
    client.indices.refresh(index=index)
    rows = client.cat.shards(index=index, format="json", h="shard,prirep,node,docs,state")
    return [(row["shard"], row["prirep"], row["node"], int(row["docs"] or 0)) for row in rows]


class Load:
    """Searches and publishes from several threads until stopped, sorted by the phase they ran in.

    `search` is called with no argument and returns what a visitor got; `publish(worker, step)`
    makes one change and returns it. The phase (e.g. "before", "node lost", "rejoined") is set
    by the test; each outcome is counted under the phase in which it started and ended, and an
    exception is kept, never raised in the thread.
    """

    def __init__(self, search, publish, searchers, publishers):
        self.phase = "before"
        self.searches = []  # (phase, result)
        self.changes = []  # (phase, change)
        self.errors = []  # (phase, what, exception)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._loop, args=("search", search)) for _ in range(searchers)]
        self._threads += [
            threading.Thread(target=self._loop, args=("publish", publish, worker)) for worker in range(publishers)
        ]

    def _loop(self, kind, action, *args):
        step = 0
        try:
            while not self._stop.is_set():
                phase = self.phase
                try:
                    outcome = action(*args, step) if args else action()
                except Exception as error:  # every failure is the test's finding, to be reported
                    with self._lock:
                        self.errors.append((phase, kind, error))
                    continue
                finally:
                    step += 1
                if phase == self.phase:
                    with self._lock:
                        (self.searches if kind == "search" else self.changes).append((phase, outcome))
        finally:
            connection.close()

    def start(self):
        for thread in self._threads:
            thread.start()

    def counts(self):
        with self._lock:
            return Counter(phase for phase, _ in self.searches), Counter(phase for phase, _ in self.changes)

    def wait_for(self, searches, changes, timeout=180):
        """Wait until the current phase has this many searches and changes (or the timeout passes)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done_searches, done_changes = self.counts()
            if done_searches[self.phase] >= searches and done_changes[self.phase] >= changes:
                return
            time.sleep(0.1)

    def stop(self):
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=120)
