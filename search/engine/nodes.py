"""One engine node process started from this checkout: its files, launching it, asking it how
it is, and stopping it. `engine.py` runs one such node, `cluster.py` three."""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request

from distributions import MAIN_CLASS, EngineError

HOST = "127.0.0.1"
START_TIMEOUT = 120
STOP_TIMEOUT = 60


def url_for(port):
    return f"http://{HOST}:{port}"


class Node:
    """A node of one distribution with its own state folder: data/, logs/, tmp/ and its pid file."""

    def __init__(self, distribution, state):
        self.distribution = distribution
        self.state = state
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
            cmdline is not None
            and MAIN_CLASS.encode() in cmdline
            and self.distribution.home_option.encode() in cmdline
            and f"path.data={self.data}".encode() in cmdline
        )
        if not ours or not is_alive(pid):
            self.pid_file.unlink(missing_ok=True)
            return None
        port = next(int(arg.split(b"=", 1)[1]) for arg in cmdline if arg.startswith(b"http.port="))
        return pid, port

    def tail(self, lines=40):
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def launch(self, jdk, port, settings=(), heap=None):
        """Start the node's process in the background on `port`; return its pid.

        `settings` (key=value) override the configuration file; `heap` (e.g. "512m") fixes
        the heap instead of the distribution's 512 MiB to 1 GiB.
        """
        if port_in_use(port):
            other = get_json(url_for(port))
            what = "another search engine" if isinstance(other, dict) and "version" in other else "another program"
            raise EngineError(
                f"port {port} is taken by {what}, not started from this checkout; stop it or choose another port"
            )
        for folder in (self.data, self.logs, self.tmp, self.distribution.home / "plugins"):
            folder.mkdir(parents=True, exist_ok=True)
        if self.log_file.exists():
            self.log_file.replace(self.log_file.with_name(self.log_file.name + ".1"))
        command = self.distribution.command(
            str(jdk / "bin" / "java"), port, self.data, self.logs, self.tmp, settings=settings, heap=heap
        )
        with open(self.log_file, "wb") as log:
            process = subprocess.Popen(  # noqa: S603
                command,
                cwd=self.state,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # outlives this script and ignores its terminal's Ctrl-C
            )
        self.pid_file.write_text(f"{process.pid}\n")
        return process.pid

    def wait_until(self, pid, port, ready):
        """Wait until ready(health) holds for the node's `_cluster/health`; return that health.

        Stops the node and raises if it exits or is not ready within START_TIMEOUT.
        """
        started = time.monotonic()
        next_report = started + 5
        while True:
            health = get_json(f"{url_for(port)}/_cluster/health")
            if isinstance(health, dict) and ready(health):
                return health
            now = time.monotonic()
            if not is_alive(pid):
                self.pid_file.unlink(missing_ok=True)
                raise EngineError(f"the search engine exited while starting. End of {self.log_file}:\n{self.tail()}")
            if now - started > START_TIMEOUT:
                terminate(pid)
                status = health.get("status") if isinstance(health, dict) else "no answer"
                raise EngineError(
                    f"the search engine was not ready after {START_TIMEOUT} s ({status}); "
                    f"stopped it. End of {self.log_file}:\n{self.tail()}"
                )
            if now >= next_report:
                print(f"  waiting for {url_for(port)} ... {now - started:.0f} s", flush=True)
                next_report += 5
            time.sleep(0.5)

    def stop(self, kill=False):
        """Stop the node if it runs (at once with SIGKILL when `kill`) and wait until its port is free;
        return the seconds it took, or None when it was not running."""
        running = self.running()
        if running is None:
            return None
        pid, port = running
        started = time.monotonic()
        if kill:
            os.kill(pid, signal.SIGKILL)
            while is_alive(pid):
                time.sleep(0.05)
        else:
            terminate(pid)
        self.pid_file.unlink(missing_ok=True)
        deadline = time.monotonic() + 30
        while port_in_use(port):
            if time.monotonic() > deadline:
                raise EngineError(f"{self.distribution.title} stopped but port {port} is still in use")
            time.sleep(0.2)
        return time.monotonic() - started


def _cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as file:
            return file.read().split(b"\0")
    except OSError:
        return None


def is_alive(pid):
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


def get_json(url, timeout=2.0):
    """The decoded JSON body of GET url, or None when nothing usable answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (fixed http URL)
            return json.load(response)
    except (OSError, ValueError):
        return None


def cluster_health(port):
    """'green', 'yellow' or 'red', or None while the node does not answer."""
    body = get_json(f"{url_for(port)}/_cluster/health")
    return body.get("status") if isinstance(body, dict) else None


def port_in_use(port):
    with socket.socket() as sock:
        sock.settimeout(1.0)
        return sock.connect_ex((HOST, port)) == 0


def version(port):
    body = get_json(url_for(port))
    return body.get("version", {}).get("number", "?") if isinstance(body, dict) else "?"


def terminate(pid):
    """SIGTERM (the node closes cleanly), SIGKILL if it has not exited after STOP_TIMEOUT."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + STOP_TIMEOUT
    while is_alive(pid):
        if time.monotonic() > deadline:
            print(f"  pid {pid} ignored SIGTERM for {STOP_TIMEOUT} s; killing it", flush=True)
            os.kill(pid, signal.SIGKILL)
            deadline = float("inf")
        time.sleep(0.2)
