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
"""

import argparse
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from distributions import MAIN_CLASS, EngineError, selected
from jdk import JavaNotFound, find_jdk

HOST = "127.0.0.1"
DEFAULT_PORT = 9200
START_TIMEOUT = 120
STOP_TIMEOUT = 60

EXIT_STOPPED = 3


def configured_port():
    value = os.environ.get("SEARCH_ENGINE_PORT", str(DEFAULT_PORT))
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise EngineError(f"SEARCH_ENGINE_PORT must be a port number, not {value!r}")
    return int(value)


def url_for(port):
    return f"http://{HOST}:{port}"


# --- the running node ------------------------------------------------------------------------


class Node:
    """The node of one distribution started from this checkout: its files and its process."""

    def __init__(self, distribution):
        self.distribution = distribution
        state = distribution.state
        self.data, self.logs, self.tmp = state / "data", state / "logs", state / "tmp"
        self.log_file = self.logs / "engine.log"
        self.pid_file = state / "engine.pid"

    def running(self):
        """(pid, port) of the node, or None; drops a stale pid file."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        cmdline = _cmdline(pid)
        ours = (
            cmdline is not None and MAIN_CLASS.encode() in cmdline and self.distribution.home_option.encode() in cmdline
        )
        if not ours or not _is_alive(pid):
            self.pid_file.unlink(missing_ok=True)
            return None
        port = next(
            (int(arg.split(b"=", 1)[1]) for arg in cmdline if arg.startswith(b"http.port=")),
            DEFAULT_PORT,
        )
        return pid, port

    def tail(self, lines=40):
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def _cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as file:
            return file.read().split(b"\0")
    except OSError:
        return None


def _is_alive(pid):
    """True while pid runs (a zombie child of this process does not count)."""
    try:
        reaped, _ = os.waitpid(pid, os.WNOHANG)
        if reaped == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _get_json(url, timeout=2.0):
    """The decoded JSON body of GET url, or None when nothing usable answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (fixed http URL)
            return json.load(response)
    except (OSError, ValueError):
        return None


def cluster_health(port):
    """'green', 'yellow' or 'red', or None while the node does not answer."""
    body = _get_json(f"{url_for(port)}/_cluster/health")
    return body.get("status") if isinstance(body, dict) else None


def port_in_use(port):
    with socket.socket() as sock:
        sock.settimeout(1.0)
        return sock.connect_ex((HOST, port)) == 0


def _version(port):
    body = _get_json(url_for(port))
    return body.get("version", {}).get("number", "?") if isinstance(body, dict) else "?"


# --- commands --------------------------------------------------------------------------------


def _wait_until_healthy(node, pid, port):
    started = time.monotonic()
    next_report = started + 5
    while True:
        health = cluster_health(port)
        if health in ("green", "yellow"):
            return health
        now = time.monotonic()
        if not _is_alive(pid):
            node.pid_file.unlink(missing_ok=True)
            raise EngineError(f"the search engine exited while starting. End of {node.log_file}:\n{node.tail()}")
        if now - started > START_TIMEOUT:
            _terminate(pid)
            raise EngineError(
                f"the search engine was not healthy after {START_TIMEOUT} s (health: {health}); "
                f"stopped it. End of {node.log_file}:\n{node.tail()}"
            )
        if now >= next_report:
            print(f"  waiting for {url_for(port)} ... {now - started:.0f} s", flush=True)
            next_report += 5
        time.sleep(0.5)


def start(node):
    started = time.monotonic()
    distribution = node.distribution
    running = node.running()
    if running is not None:
        pid, port = running
        if cluster_health(port) is None:
            print(f"{distribution.title} (pid {pid}) is starting; waiting for it ...", flush=True)
            _wait_until_healthy(node, pid, port)
        print(f"{distribution.title} is already running at {url_for(port)} (pid {pid}).")
        return 0

    port = configured_port()
    if port_in_use(port):
        other = _get_json(url_for(port))
        is_engine = isinstance(other, dict) and "version" in other
        what = "another search engine" if is_engine else "another program"
        raise EngineError(
            f"port {port} is taken by {what}, not started from this checkout; "
            "stop it or set SEARCH_ENGINE_PORT to a free port"
        )

    jdk = find_jdk(distribution.java_home_variable, distribution.minimum_java)
    distribution.ensure_layout(jdk)
    distribution.install_config()
    for folder in (node.data, node.logs, node.tmp, distribution.home / "plugins"):
        folder.mkdir(parents=True, exist_ok=True)
    if node.log_file.exists():
        node.log_file.replace(node.log_file.with_name(node.log_file.name + ".1"))

    command = distribution.command(str(jdk / "bin" / "java"), port, node.data, node.logs, node.tmp)
    with open(node.log_file, "wb") as log:
        process = subprocess.Popen(  # noqa: S603
            command,
            cwd=distribution.state,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # outlives this script and ignores its terminal's Ctrl-C
        )
    node.pid_file.write_text(f"{process.pid}\n")
    print(f"Started {distribution.title} (pid {process.pid}, Java {jdk}); log: {node.log_file}", flush=True)

    health = _wait_until_healthy(node, process.pid, port)
    elapsed = time.monotonic() - started
    print(f"{distribution.title} {_version(port)} is up at {url_for(port)} (cluster {health}, {elapsed:.1f} s).")
    return 0


def _terminate(pid):
    """SIGTERM (the node closes cleanly), SIGKILL if it has not exited after STOP_TIMEOUT."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + STOP_TIMEOUT
    while _is_alive(pid):
        if time.monotonic() > deadline:
            print(f"  pid {pid} ignored SIGTERM for {STOP_TIMEOUT} s; killing it", flush=True)
            os.kill(pid, signal.SIGKILL)
            deadline = float("inf")
        time.sleep(0.2)


def stop(node):
    title = node.distribution.title
    running = node.running()
    if running is None:
        print(f"{title} is not running.")
        return 0
    pid, port = running
    started = time.monotonic()
    print(f"Stopping {title} (pid {pid}) ...", flush=True)
    _terminate(pid)
    node.pid_file.unlink(missing_ok=True)
    deadline = time.monotonic() + 30
    while port_in_use(port):
        if time.monotonic() > deadline:
            raise EngineError(f"{title} stopped but port {port} is still in use")
        time.sleep(0.2)
    print(f"Stopped ({time.monotonic() - started:.1f} s); port {port} is free.")
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
    print(f"{title} {_version(port)} is running at {url_for(port)} (pid {pid}, cluster {health}).")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop", "status"])
    args = parser.parse_args(argv)
    try:
        node = Node(selected())
        node.distribution.state.mkdir(parents=True, exist_ok=True)
        if args.command == "status":
            return status(node)
        # One start or stop at a time per engine and checkout: two starts would race for the port and pid file.
        with open(node.distribution.state / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            return start(node) if args.command == "start" else stop(node)
    except (EngineError, JavaNotFound) as error:
        print(f"search engine: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
