"""Run a three-node development/CI search engine cluster on 127.0.0.1, from the same Maven artifacts.

    python search/engine/cluster.py start               lay out the engine (first start only), start
                                                        the nodes, wait until all three have joined, green
    python search/engine/cluster.py stop                stop every node
    python search/engine/cluster.py status              exit 0 when all three are up and green, 3 when
                                                        none runs, 1 otherwise
    python search/engine/cluster.py stop-node N [--kill]  stop node N (1-3); --kill ends it at once (SIGKILL),
                                                        as a crashed machine
    python search/engine/cluster.py start-node N        start node N again; wait until it has rejoined
                                                        and every shard has its copies again (green)

$SEARCH_ENGINE chooses the engine, as for engine.py. Node N serves HTTP on $SEARCH_CLUSTER_PORT + N - 1
(9210, 9211 and 9212 by default) and talks to the others on that port + 200 (9410-9412), with a fixed
heap of $SEARCH_CLUSTER_HEAP (512m). The portal reaches it with all three addresses in SEARCH_URL,
comma-separated; its indexes then get one replica per shard (SEARCH_REPLICAS), so any one node can go.

The engine's files (home/, build/) are engine.py's, under var/search-engine/<engine>/; each node keeps
its data, logs and pid file under var/search-cluster/<engine>/node-N/ (its data in memory with
SEARCH_ENGINE_THROWAWAY=1, as for engine.py, until `stop --forget`).
"""

import argparse
import fcntl
import os
import sys
import time

from distributions import STATE_ROOT, EngineError, selected
from jdk import JavaNotFound, find_jdk
from nodes import Node, get_json, url_for, version

SIZE = 3
DEFAULT_PORT = 9210
TRANSPORT_OFFSET = 200
DEFAULT_HEAP = "512m"
CLUSTER_NAME = "portal-cluster"

EXIT_STOPPED = 3


def first_port():
    value = os.environ.get("SEARCH_CLUSTER_PORT", str(DEFAULT_PORT))
    if not value.isdigit() or not 0 < int(value) < 65536 - TRANSPORT_OFFSET - SIZE:
        raise EngineError(f"SEARCH_CLUSTER_PORT must be a port number, not {value!r}")
    return int(value)


class Cluster:
    """The three nodes of one distribution: their ports, names and state folders."""

    def __init__(self, distribution, port):
        self.distribution = distribution
        self.state = STATE_ROOT.parent / "search-cluster" / distribution.name
        self.ports = [port + index for index in range(SIZE)]
        self.nodes = [Node(distribution, self.state / f"node-{index + 1}") for index in range(SIZE)]

    def urls(self):
        return ",".join(url_for(port) for port in self.ports)

    def node(self, number):
        if not 1 <= number <= SIZE:
            raise EngineError(f"there are nodes 1 to {SIZE}, not {number}")
        return self.nodes[number - 1], self.ports[number - 1]

    def settings(self, index, bootstrap):
        """Node index's command-line settings; a new cluster's nodes also name its first masters."""
        names = [f"portal-node-{number}" for number in range(1, SIZE + 1)]
        transports = [f"127.0.0.1:{port + TRANSPORT_OFFSET}" for port in self.ports]
        settings = [
            f"cluster.name={CLUSTER_NAME}",
            f"node.name={names[index]}",
            f"discovery.type={self.distribution.cluster_discovery}",
            f"transport.port={self.ports[index] + TRANSPORT_OFFSET}",
            f"discovery.seed_hosts={','.join(transports)}",
        ]
        if bootstrap:
            settings.append(f"{self.distribution.initial_masters_setting}={','.join(names)}")
        return settings

    def health(self):
        """The cluster's health as the first node that answers tells it, or None."""
        for port in self.ports:
            body = get_json(f"{url_for(port)}/_cluster/health")
            if isinstance(body, dict):
                return body
        return None


def whole_and_green(health):
    return health.get("number_of_nodes", 0) >= SIZE and health.get("status") == "green"


def answering(health):
    return "status" in health


def _prepare(cluster):
    distribution = cluster.distribution
    jdk = find_jdk(distribution.java_home_variable, distribution.minimum_java)
    distribution.ensure_layout(jdk)
    distribution.install_config()
    return jdk


def _heap():
    return os.environ.get("SEARCH_CLUSTER_HEAP") or DEFAULT_HEAP


def start(cluster):
    started = time.monotonic()
    title = cluster.distribution.title
    jdk = _prepare(cluster)
    # Only a cluster that never formed names its first masters: naming them again later
    # could let a node bootstrap a second cluster of its own.
    bootstrap = not any(node.data.is_dir() and any(node.data.iterdir()) for node in cluster.nodes)
    launched = []
    for index, (node, port) in enumerate(zip(cluster.nodes, cluster.ports, strict=True)):
        if node.running() is None:
            pid = node.launch(jdk, port, cluster.settings(index, bootstrap), heap=_heap())
            print(f"Started {title} node {index + 1} (pid {pid}) on {url_for(port)}; log: {node.log_file}", flush=True)
            launched.append((node, pid, port))
    for node, pid, port in launched:
        node.wait_until(pid, port, answering)
    if launched:
        node, pid, port = launched[-1]
        node.wait_until(pid, port, whole_and_green)
    else:
        print(f"The {title} cluster was already running.")
    elapsed = time.monotonic() - started
    print(f"{title} {version(cluster.ports[0])} cluster of {SIZE} nodes is green ({elapsed:.1f} s).")
    print(f"SEARCH_URL={cluster.urls()}")
    return 0


def stop(cluster, forget=False):
    for number, node in enumerate(cluster.nodes, start=1):
        elapsed = node.stop()
        if elapsed is not None:
            print(f"Stopped node {number} ({elapsed:.1f} s).", flush=True)
        if forget:
            node.forget_memory_data()
    print(f"No {cluster.distribution.title} cluster node runs.")
    return 0


def stop_node(cluster, number, kill):
    node, port = cluster.node(number)
    elapsed = node.stop(kill=kill)
    if elapsed is None:
        print(f"Node {number} is not running.")
    else:
        print(f"{'Killed' if kill else 'Stopped'} node {number} ({elapsed:.1f} s); port {port} is free.")
    return 0


def start_node(cluster, number):
    node, port = cluster.node(number)
    started = time.monotonic()
    running = node.running()
    if running is None:
        pid = node.launch(_prepare(cluster), port, cluster.settings(number - 1, bootstrap=False), heap=_heap())
    else:
        pid, _ = running
        print(f"Node {number} runs already (pid {pid}); waiting for the cluster.", flush=True)
    node.wait_until(pid, port, whole_and_green)
    print(f"Node {number} is back on {url_for(port)}; the cluster is green ({time.monotonic() - started:.1f} s).")
    return 0


def status(cluster):
    title = cluster.distribution.title
    running = [node.running() for node in cluster.nodes]
    for number, (state, port) in enumerate(zip(running, cluster.ports, strict=True), start=1):
        print(f"node {number} at {url_for(port)}: {f'pid {state[0]}' if state else 'stopped'}")
    if not any(running):
        print(f"The {title} cluster is stopped.")
        return EXIT_STOPPED
    health = cluster.health()
    if health is None:
        print("No node answers (starting?).")
        return 1
    print(f"{title} cluster: {health.get('number_of_nodes')} nodes, {health.get('status')}.")
    return 0 if whole_and_green(health) else 1


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop", "status", "stop-node", "start-node"])
    parser.add_argument("node", nargs="?", type=int, help="the node's number (1-3), for stop-node and start-node")
    parser.add_argument("--kill", action="store_true", help="stop-node: end the node at once (SIGKILL)")
    parser.add_argument("--forget", action="store_true", help="stop: also delete throwaway nodes' data")
    args = parser.parse_args(argv)
    if args.command.endswith("-node") and args.node is None:
        parser.error(f"{args.command} needs the node's number")
    try:
        cluster = Cluster(selected(), first_port())
        cluster.state.mkdir(parents=True, exist_ok=True)
        if args.command == "status":
            return status(cluster)
        # One command at a time per engine and checkout: two would race for the ports and pid files.
        with open(cluster.state / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if args.command == "start":
                return start(cluster)
            if args.command == "stop":
                return stop(cluster, forget=args.forget)
            if args.command == "stop-node":
                return stop_node(cluster, args.node, args.kill)
            return start_node(cluster, args.node)
    except (EngineError, JavaNotFound) as error:
        print(f"search cluster: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
