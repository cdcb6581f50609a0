"""One engine node process started from this checkout: its files, launching it, asking it how
it is, and stopping it. `engine.py` runs one such node, `cluster.py` three."""

import hashlib
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import processes
from distributions import MAIN_CLASS, EngineError

HOST = "127.0.0.1"
START_TIMEOUT = 120
STOP_TIMEOUT = 60
# A killed JVM gives its memory back before it is gone, slowly on a busy machine; past this it is stuck.
KILL_TIMEOUT = 30
# A node just ended may still be giving its data lock back when it is started again.
LOCK_TIMEOUT = 15

# SEARCH_ENGINE_THROWAWAY=1 (CI, and the engine the suite starts for itself): the node keeps its
# data in memory, and the JVM compiles with its quick first tier only. A node that lives for one
# test run never repays the optimising compiler, and on this kind of machine writing segments to
# disk made every refresh cost CPU: together they cut the engine's CPU by almost two thirds
# (74 s to 27 s over the same 84 search tests).
MEMORY = Path("/dev/shm")  # noqa: S108 - the folder is made private to this user, or refused (launch)
QUICK_JIT = ("-XX:TieredStopAtLevel=1",)


def throwaway():
    return os.environ.get("SEARCH_ENGINE_THROWAWAY") == "1" and MEMORY.is_dir()


def url_for(port):
    return f"http://{HOST}:{port}"


class Node:
    """A node of one distribution with its own state folder: data/, logs/, tmp/ and its pid file."""

    def __init__(self, distribution, state):
        self.distribution = distribution
        self.state = state
        self.logs, self.tmp = state / "logs", state / "tmp"
        # A throwaway node's data: the same folder in memory for each start of this node.
        self.memory_data = MEMORY / f"scic-search-engine-{hashlib.sha256(str(state).encode()).hexdigest()[:12]}"
        self.data = self.memory_data if throwaway() else state / "data"
        self.log_file = self.logs / "engine.log"
        self.pid_file = state / "engine.pid"

    def _is_ours(self, arguments):
        return (
            MAIN_CLASS.encode() in arguments
            and self.distribution.home_option.encode() in arguments
            and any(f"path.data={data}".encode() in arguments for data in (self.state / "data", self.memory_data))
        )

    def processes(self):
        """The pids of every live JVM of this node, whether or not the pid file names it."""
        return processes.matching(self._is_ours)

    def _record(self, pid):
        # Written whole, then renamed: a reader never sees half a pid.
        partial = self.pid_file.with_name(self.pid_file.name + ".new")
        partial.write_text(f"{pid}\n")
        partial.replace(self.pid_file)

    def running(self):
        """(pid, port) of the node's JVM, or None.

        The pid file names it. A live JVM of this node that the pid file does not name (its
        starter was ended before writing it) is taken in, so that it is waited for or stopped
        rather than started a second time; a pid file naming anything else is dropped.
        """
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            pid = None
        if pid is None or not self._is_ours(processes.cmdline(pid) or []) or not processes.is_alive(pid):
            found = self.processes()
            if not found:
                self.pid_file.unlink(missing_ok=True)
                return None
            # Of two, the one holding the data lock is the node; the other is failing to start.
            holders = [holder for holder in found if holder in self.lock_holders()]
            pid = (holders or found)[0]
            self._record(pid)
        arguments = processes.cmdline(pid) or []
        port = next((int(arg.split(b"=", 1)[1]) for arg in arguments if arg.startswith(b"http.port=")), None)
        return None if port is None else (pid, port)

    def lock_holders(self):
        """The pids holding the node's data lock (data/node.lock; OpenSearch's data/nodes/N/node.lock)."""
        locks = [self.data / "node.lock", *self.data.glob("nodes/*/node.lock")]
        return sorted({pid for lock in locks for pid in processes.lock_holders(lock)})

    def _wait_for_data_lock(self):
        """Return once no live process holds the node's data lock; raise, naming it, if one still does
        after LOCK_TIMEOUT. A lock file left by a process that died holds nothing: the node takes it over."""
        deadline = time.monotonic() + LOCK_TIMEOUT
        while holders := self.lock_holders():
            if time.monotonic() > deadline:
                described = "; ".join(f"pid {pid}: {processes.describe(pid)}" for pid in holders)
                raise EngineError(
                    f"the data in {self.data} is still locked by another process after {LOCK_TIMEOUT} s "
                    f"({described}); stop it, then start the node again"
                )
            time.sleep(0.2)

    def tail(self, lines=40):
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def launch(self, jdk, port, settings=(), heap=None):
        """Start the node's JVM in the background on `port`; return its pid, once the pid file names it.

        `settings` (key=value) override the configuration file; `heap` (e.g. "512m") fixes
        the heap instead of the distribution's 512 MiB to 1 GiB. Refuses while a JVM of this
        node still runs, and waits (LOCK_TIMEOUT at most) for the data lock of one that just exited.
        """
        strays = self.processes()
        if strays:
            raise EngineError(
                f"a JVM of the node in {self.state} still runs (pid {', '.join(map(str, strays))}); stop it first"
            )
        if port_in_use(port):
            other = get_json(url_for(port))
            what = "another search engine" if isinstance(other, dict) and "version" in other else "another program"
            raise EngineError(
                f"port {port} is taken by {what}, not started from this checkout; stop it or choose another port"
            )
        self._wait_for_data_lock()
        for folder in (self.data, self.logs, self.tmp, self.distribution.home / "plugins"):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.data == self.memory_data and (self.data.is_symlink() or self.data.stat().st_uid != os.getuid()):
            raise EngineError(
                f"{self.data} belongs to another user; remove it, or start the node without SEARCH_ENGINE_THROWAWAY"
            )
        if self.log_file.exists():
            self.log_file.replace(self.log_file.with_name(self.log_file.name + ".1"))
        command = self.distribution.command(
            str(jdk / "bin" / "java"),
            port,
            self.data,
            self.logs,
            self.tmp,
            settings=settings,
            heap=heap,
            jvm_options=QUICK_JIT if throwaway() else (),
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
        # Popen returns before the kernel shows the JVM's arguments; until it does, running()
        # could not tell the JVM from a stranger, and would drop its pid file as stale.
        if processes.wait_for_arguments(process.pid, timeout=10) is None:
            raise EngineError(f"the search engine exited at once. End of {self.log_file}:\n{self.tail()}")
        self._record(process.pid)
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
            if not processes.is_alive(pid):
                self.pid_file.unlink(missing_ok=True)
                raise EngineError(f"the search engine exited while starting. End of {self.log_file}:\n{self.tail()}")
            if now - started > START_TIMEOUT:
                processes.end(pid, STOP_TIMEOUT, KILL_TIMEOUT)
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
        """Stop every JVM of the node (at once with SIGKILL when `kill`), wait until each has exited and
        the port is free; return the seconds it took, or None when none was running."""
        running = self.running()
        if running is None:
            return None
        pid, port = running
        started = time.monotonic()
        others = [other for other in self.processes() if other != pid]
        for other in others:
            print(f"  pid {other} also runs the node in {self.state}; stopping it too", flush=True)
        for each in (pid, *others):
            if not processes.end(each, 0 if kill else STOP_TIMEOUT, KILL_TIMEOUT):
                raise EngineError(
                    f"{self.distribution.title} (pid {each}) still runs {KILL_TIMEOUT} s after SIGKILL; "
                    "its port and data lock stay taken until it is gone"
                )
        self.pid_file.unlink(missing_ok=True)
        deadline = time.monotonic() + 30
        while port_in_use(port):
            if time.monotonic() > deadline:
                raise EngineError(f"{self.distribution.title} stopped but port {port} is still in use")
            time.sleep(0.2)
        return time.monotonic() - started

    def forget_memory_data(self):
        """Give back the memory a throwaway node's data took, once the node is stopped."""
        if self.running() is None:
            shutil.rmtree(self.memory_data, ignore_errors=True)


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
