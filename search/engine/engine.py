"""Run a development/CI search engine node on 127.0.0.1, assembled from Maven Central artifacts.

    python search/engine/engine.py start    lay it out (first start only), start it, wait until healthy
    python search/engine/engine.py stop     stop it and wait until its port is free
    python search/engine/engine.py status   exit 0 when it is up, 3 when it is stopped, 1 otherwise

$SEARCH_ENGINE chooses the engine: `elasticsearch` (the default: Elasticsearch 9 with
transport-netty4 and the project's own scic-portal plugin, on Java 21 or newer) or
`opensearch` (OpenSearch 2.19 with transport-netty4, analysis-common and lang-painless, on
Java 17 or newer); search/engine/<engine>/pom.xml pins the version. Neither has security
plugins. The node serves HTTP on 127.0.0.1 only, port 9200 or $SEARCH_ENGINE_PORT, with a
heap of 512 MiB to 1 GiB. Each engine keeps its own node, so both can run side by side on
different ports.

Maven resolves the jars into its default local repository (~/.m2, shared by every Maven build
on the machine, so CI reuses it) and copies them into var/search-engine/<engine>/home; later
starts reuse that unless the engine's pom.xml, modules/ or src/ changed. Everything the node
needs or writes stays under var/search-engine/<engine>/: home/ (lib, modules, config), build/
(the compiled launcher), data/, logs/engine.log, tmp/ and engine.pid. Java is found by
search/engine/jdk.py; Maven is `mvn` on PATH.

With SEARCH_ENGINE_THROWAWAY=1 (as CI and the suite start their nodes) the node keeps its data in
memory (/dev/shm) instead of data/ and compiles with the JVM's quick tier only. Its data outlives
a stop, as a disk node's does (the outage test restarts it), until `stop --forget`.
"""

import argparse
import fcntl
import os
import sys
import time

from distributions import EngineError, selected
from jdk import JavaNotFound, find_jdk
from nodes import Node, cluster_health, port_in_use, url_for, version

DEFAULT_PORT = 9200

EXIT_STOPPED = 3


def configured_port():
    value = os.environ.get("SEARCH_ENGINE_PORT", str(DEFAULT_PORT))
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise EngineError(f"SEARCH_ENGINE_PORT must be a port number, not {value!r}")
    return int(value)


def healthy(health):
    return health.get("status") in ("green", "yellow")


def start(node):
    started = time.monotonic()
    distribution = node.distribution
    running = node.running()
    if running is not None:
        pid, port = running
        if cluster_health(port) is None:
            print(f"{distribution.title} (pid {pid}) is starting; waiting for it ...", flush=True)
            node.wait_until(pid, port, healthy)
        print(f"{distribution.title} is already running at {url_for(port)} (pid {pid}).")
        return 0

    port = configured_port()
    jdk = find_jdk(distribution.java_home_variable, distribution.minimum_java)
    distribution.ensure_layout(jdk)
    distribution.install_config()
    pid = node.launch(jdk, port)
    print(f"Started {distribution.title} (pid {pid}, Java {jdk}); log: {node.log_file}", flush=True)

    health = node.wait_until(pid, port, healthy)["status"]
    elapsed = time.monotonic() - started
    print(f"{distribution.title} {version(port)} is up at {url_for(port)} (cluster {health}, {elapsed:.1f} s).")
    return 0


def stop(node, forget=False):
    title = node.distribution.title
    running = node.running()
    if running is None:
        print(f"{title} is not running.")
    else:
        print(f"Stopping {title} (pid {running[0]}) ...", flush=True)
        elapsed = node.stop()
        print(f"Stopped ({elapsed:.1f} s); port {running[1]} is free.")
    if forget:
        node.forget_memory_data()
    return 0


def status(node):
    title = node.distribution.title
    running = node.running()
    if running is None:
        port = configured_port()
        if port_in_use(port):
            print(f"{title} is not started from this checkout, but port {port} is taken by another program.")
        else:
            print(f"{title} is stopped.")
        return EXIT_STOPPED
    pid, port = running
    health = cluster_health(port)
    if health is None:
        print(f"{title} (pid {pid}) is running but {url_for(port)} does not answer (starting?).")
        return 1
    print(f"{title} {version(port)} is running at {url_for(port)} (pid {pid}, cluster {health}).")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop", "status"])
    parser.add_argument("--forget", action="store_true", help="stop: also delete a throwaway node's data")
    args = parser.parse_args(argv)
    try:
        distribution = selected()
        node = Node(distribution, distribution.state)
        distribution.state.mkdir(parents=True, exist_ok=True)
        if args.command == "status":
            return status(node)
        # One start or stop at a time per engine and checkout: two starts would race for the port and pid file.
        with open(distribution.state / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            return start(node) if args.command == "start" else stop(node, forget=args.forget)
    except (EngineError, JavaNotFound) as error:
        print(f"search engine: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
