"""Run a development/CI OpenSearch node on 127.0.0.1, assembled from Maven Central artifacts.

    python search/engine/engine.py start    lay it out (first start only), start it, wait until healthy
    python search/engine/engine.py stop     stop it and wait until its port is free
    python search/engine/engine.py status   exit 0 when it is up, 3 when it is stopped, 1 otherwise

The node is the OpenSearch version pinned in pom.xml with the modules transport-netty4,
analysis-common and lang-painless, and no security plugin. It serves HTTP on 127.0.0.1 only,
port 9200 or $SEARCH_ENGINE_PORT, with a heap of 512 MiB to 1 GiB.

Maven resolves the jars into its default local repository (~/.m2, shared by every Maven build
on the machine, so CI reuses it) and copies them into var/search-engine/home; later starts
reuse that unless pom.xml, modules/ or src/ changed. Everything the node needs or writes stays
under var/search-engine/: home/ (lib, modules, config), build/ (the compiled launcher class),
data/, logs/engine.log, tmp/ and engine.pid. Java comes from $JAVA_HOME, or `java` on PATH;
Maven is `mvn` on PATH.
"""

import argparse
import fcntl
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ENGINE_DIR = Path(__file__).resolve().parent
REPO_ROOT = ENGINE_DIR.parent.parent
STATE_DIR = REPO_ROOT / "var" / "search-engine"
HOME = STATE_DIR / "home"
BUILD = STATE_DIR / "build"
DATA = STATE_DIR / "data"
LOGS = STATE_DIR / "logs"
TMP = STATE_DIR / "tmp"
LOG_FILE = LOGS / "engine.log"
PID_FILE = STATE_DIR / "engine.pid"
LAYOUT_STAMP = HOME / ".layout-stamp"

MAIN_CLASS = "portal.searchengine.SearchEngineNode"
HOST = "127.0.0.1"
DEFAULT_PORT = 9200
START_TIMEOUT = 120
STOP_TIMEOUT = 60

EXIT_STOPPED = 3

# What the distribution's jvm.options sets for 2.x, less what only matters in production.
JVM_OPTIONS = [
    "-Xms512m",
    "-Xmx1g",
    "-XX:+UseG1GC",
    "-Xss1m",
    "-XX:-OmitStackTraceInFastThrow",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Djna.nosys=true",
    "-Djava.locale.providers=SPI,COMPAT",
    "-Dio.netty.noUnsafe=true",
    "-Dio.netty.noKeySetOptimization=true",
    "-Dio.netty.recycler.maxCapacityPerThread=0",
    "-Dlog4j.shutdownHookEnabled=false",
    "-Dlog4j2.disable.jmx=true",
    "-Dopensearch.distribution.type=tar",
]


class EngineError(Exception):
    pass


def configured_port():
    value = os.environ.get("SEARCH_ENGINE_PORT", str(DEFAULT_PORT))
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise EngineError(f"SEARCH_ENGINE_PORT must be a port number, not {value!r}")
    return int(value)


def url_for(port):
    return f"http://{HOST}:{port}"


# --- the running node ------------------------------------------------------------------------


def _cmdline(pid):
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
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


def running_node():
    """(pid, port) of the node started from this checkout, or None; drops a stale pid file."""
    try:
        pid = int(PID_FILE.read_text().strip())
    except (OSError, ValueError):
        return None
    cmdline = _cmdline(pid)
    ours = (
        cmdline is not None and MAIN_CLASS.encode() in cmdline and f"-Dopensearch.path.home={HOME}".encode() in cmdline
    )
    if not ours or not _is_alive(pid):
        PID_FILE.unlink(missing_ok=True)
        return None
    port = next(
        (int(arg.split(b"=", 1)[1]) for arg in cmdline if arg.startswith(b"http.port=")),
        DEFAULT_PORT,
    )
    return pid, port


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


# --- laying out the node's home --------------------------------------------------------------


def _layout_inputs():
    """The source files that determine home/lib, home/modules and build/."""
    files = [ENGINE_DIR / "pom.xml"]
    for folder in ("modules", "src"):
        files.extend(sorted(p for p in (ENGINE_DIR / folder).rglob("*") if p.is_file()))
    return files


def _layout_stamp():
    digest = hashlib.sha256()
    for path in _layout_inputs():
        digest.update(str(path.relative_to(ENGINE_DIR)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_layout():
    """Run Maven when home/ is missing or was laid out from other sources; report whether it ran."""
    stamp = _layout_stamp()
    if LAYOUT_STAMP.is_file() and LAYOUT_STAMP.read_text() == stamp:
        return False
    mvn = shutil.which("mvn")
    if mvn is None:
        raise EngineError("the first start needs Maven (`mvn`); on Debian: apt-get install maven")
    # Start clean: jars of an older version left beside the new ones would be "jar hell".
    for folder in (HOME / "lib", HOME / "modules", BUILD):
        shutil.rmtree(folder, ignore_errors=True)
    LAYOUT_STAMP.unlink(missing_ok=True)

    command = [
        mvn,
        "-q",
        "-B",
        "-Dstyle.color=never",
        "-f",
        str(ENGINE_DIR / "pom.xml"),
        f"-Dengine.home={HOME}",
        "compile",
    ]
    print("Laying out the search engine from Maven artifacts (first start only) ...", flush=True)
    # Offline first: with a warm ~/.m2 that needs no network at all.
    offline = subprocess.run([*command[:1], "-o", *command[1:]], capture_output=True, text=True)  # noqa: S603
    if offline.returncode != 0:
        print("  downloading from Maven Central into the local Maven repository (~/.m2) ...", flush=True)
        online = subprocess.run(command, capture_output=True, text=True)  # noqa: S603
        if online.returncode != 0:
            raise EngineError(f"Maven failed:\n{online.stdout}{online.stderr}")
    LAYOUT_STAMP.write_text(stamp)
    return True


def _install_config():
    """Copy config/ into home/config on each start, so edits apply and the node reads nothing from git."""
    target = HOME / "config"
    target.mkdir(parents=True, exist_ok=True)
    for source in (ENGINE_DIR / "config").iterdir():
        shutil.copy2(source, target / source.name)


def _java():
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not os.access(java, os.X_OK):
        raise EngineError("Java 17 or newer is needed: set JAVA_HOME or put `java` on PATH")
    return java


# --- commands --------------------------------------------------------------------------------


def _tail(path, lines=40):
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _version(port):
    body = _get_json(url_for(port))
    return body.get("version", {}).get("number", "?") if isinstance(body, dict) else "?"


def _wait_until_healthy(pid, port):
    started = time.monotonic()
    next_report = started + 5
    while True:
        health = cluster_health(port)
        if health in ("green", "yellow"):
            return health
        now = time.monotonic()
        if not _is_alive(pid):
            PID_FILE.unlink(missing_ok=True)
            raise EngineError(f"the search engine exited while starting. End of {LOG_FILE}:\n{_tail(LOG_FILE)}")
        if now - started > START_TIMEOUT:
            _terminate(pid)
            raise EngineError(
                f"the search engine was not healthy after {START_TIMEOUT} s (health: {health}); "
                f"stopped it. End of {LOG_FILE}:\n{_tail(LOG_FILE)}"
            )
        if now >= next_report:
            print(f"  waiting for {url_for(port)} ... {now - started:.0f} s", flush=True)
            next_report += 5
        time.sleep(0.5)


def start():
    started = time.monotonic()
    node = running_node()
    if node is not None:
        pid, port = node
        if cluster_health(port) is None:
            print(f"The search engine (pid {pid}) is starting; waiting for it ...", flush=True)
            _wait_until_healthy(pid, port)
        print(f"The search engine is already running at {url_for(port)} (pid {pid}).")
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

    java = _java()
    ensure_layout()
    _install_config()
    for folder in (DATA, LOGS, TMP, HOME / "plugins"):
        folder.mkdir(parents=True, exist_ok=True)
    if LOG_FILE.exists():
        LOG_FILE.replace(LOG_FILE.with_name(LOG_FILE.name + ".1"))

    command = [
        java,
        *JVM_OPTIONS,
        f"-Djava.io.tmpdir={TMP}",
        f"-Dopensearch.path.home={HOME}",
        f"-Dopensearch.path.conf={HOME / 'config'}",
        "-cp",
        f"{HOME / 'lib'}/*{os.pathsep}{BUILD / 'classes'}",
        MAIN_CLASS,
        f"http.port={port}",
        f"path.data={DATA}",
        f"path.logs={LOGS}",
    ]
    with open(LOG_FILE, "wb") as log:
        process = subprocess.Popen(  # noqa: S603
            command,
            cwd=STATE_DIR,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # outlives this script and ignores its terminal's Ctrl-C
        )
    PID_FILE.write_text(f"{process.pid}\n")
    print(f"Started the search engine (pid {process.pid}); log: {LOG_FILE}", flush=True)

    health = _wait_until_healthy(process.pid, port)
    print(
        f"OpenSearch {_version(port)} is up at {url_for(port)} (cluster {health}, {time.monotonic() - started:.1f} s)."
    )
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


def stop():
    node = running_node()
    if node is None:
        print("The search engine is not running.")
        return 0
    pid, port = node
    started = time.monotonic()
    print(f"Stopping the search engine (pid {pid}) ...", flush=True)
    _terminate(pid)
    PID_FILE.unlink(missing_ok=True)
    deadline = time.monotonic() + 30
    while port_in_use(port):
        if time.monotonic() > deadline:
            raise EngineError(f"the search engine stopped but port {port} is still in use")
        time.sleep(0.2)
    print(f"Stopped ({time.monotonic() - started:.1f} s); port {port} is free.")
    return 0


def status():
    node = running_node()
    if node is None:
        port = configured_port()
        if port_in_use(port):
            print(f"Not started from this checkout, but port {port} is taken by another program.")
        else:
            print("The search engine is stopped.")
        return EXIT_STOPPED
    pid, port = node
    health = cluster_health(port)
    if health is None:
        print(f"The search engine (pid {pid}) is running but {url_for(port)} does not answer (starting?).")
        return 1
    print(f"OpenSearch {_version(port)} is running at {url_for(port)} (pid {pid}, cluster {health}).")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop", "status"])
    args = parser.parse_args(argv)
    STATE_DIR.mkdir(parents=True, exist_ok=True)
    try:
        if args.command == "status":
            return status()
        # One start or stop at a time per checkout: two starts would race for the port and pid file.
        with open(STATE_DIR / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            return start() if args.command == "start" else stop()
    except EngineError as error:
        print(f"search engine: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
