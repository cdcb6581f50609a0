"""What the page benchmark measures with: gunicorn servers, wrk, and the workers' CPU time.

A `Server` is one gunicorn master with its workers, logging each request it answers.
`measure()` sends at least a given number of requests to one address with wrk (each wrk
thread says when it has sent its share; wrk is stopped once all have), and divides the
CPU time the workers used meanwhile (utime + stime in /proc/<pid>/stat) by the number of
requests they answered, counted in their access log: requests still on their way when
wrk stopped are counted as well as their CPU time.
"""

import dataclasses
import functools
import os
import re
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from tests.support.services import free_port

# The proxy in front of production terminates TLS and says so; without the header the
# production settings would answer every request with a redirect to https.
FORWARDED = {"X-Forwarded-Proto": "https"}
CONNECTIONS = 8
TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")
DONE_MARK = "bench-thread-done"

# Each wrk thread says on stdout when it has had its share of answers, and goes on until
# all have: a thread that stopped alone would leave a connection open without a request,
# and gunicorn's synchronous worker would wait for it until its timeout.
WRK_SCRIPT = f"""
local share = tonumber(os.getenv("BENCH_REQUESTS_PER_THREAD"))
local answered = 0
function response(status, headers, body)
  answered = answered + 1
  if answered == share then
    io.stdout:write("{DONE_MARK}\\n")
    io.stdout:flush()
  end
end
"""


@dataclasses.dataclass(frozen=True)
class Measurement:
    requests: int
    errors: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    cpu_ms: float


def _children(pid):
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # the process ended meanwhile
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children


def cpu_seconds(pids):
    """User and system CPU time the processes have used so far."""
    ticks = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        ticks += int(fields[11]) + int(fields[12])  # utime and stime, fields 14 and 15 of the line
    return ticks / TICKS_PER_SECOND


@functools.cache
def _quiet_options(python):
    """gunicorn 25 and later open a control socket at one fixed path unless told not to."""
    usage = subprocess.run([str(python), "-m", "gunicorn", "--help"], capture_output=True, text=True).stdout
    return ("--no-control-socket",) if "--no-control-socket" in usage else ()


class Server:
    """A gunicorn master and its workers serving `app` on a free loopback port."""

    def __init__(self, name, python, app, *, cwd, env, workers=2):
        self.name, self.port = name, free_port()
        prefix = f"bench-{name.replace(' ', '-')}-"
        self.log = tempfile.NamedTemporaryFile(prefix=prefix, suffix=".log")  # noqa: SIM115
        self.access_log = tempfile.NamedTemporaryFile(prefix=prefix, suffix=".access.log")  # noqa: SIM115
        command = [
            *(str(python), "-m", "gunicorn", "--workers", str(workers), "--bind", f"127.0.0.1:{self.port}"),
            *("--access-logfile", self.access_log.name, *_quiet_options(python), app),
        ]
        self.process = subprocess.Popen(command, cwd=cwd, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.workers = workers

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def wait(self, path, timeout=120):
        """Wait until every worker runs and `path` answers 200."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            if len(_children(self.process.pid)) >= self.workers and fetch(self.url(path)) == 200:
                return
            time.sleep(0.2)
        self.log.seek(0)
        raise RuntimeError(f"{self.name} did not start:\n{self.log.read().decode(errors='replace')[-3000:]}")

    def worker_pids(self):
        return _children(self.process.pid)

    def answered(self):
        """How many requests the workers have answered so far."""
        with open(self.access_log.name, "rb") as log:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: log.read(1 << 16), b""))

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
        self.access_log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stop()


def fetch(url):
    """The status code of a GET, or None when nothing answers."""
    request = urllib.request.Request(url, headers=FORWARDED)  # noqa: S310 - a loopback http address
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def final_path(url):
    """The path (and query) a GET of `url` ends at after redirects: translated addresses answer 301 elsewhere."""
    request = urllib.request.Request(url, headers=FORWARDED)  # noqa: S310 - a loopback http address
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        response.read()
        parts = urllib.parse.urlsplit(response.geturl())
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def _milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000}[unit]


def _run_wrk(url, share, script):
    env = {**os.environ, "BENCH_REQUESTS_PER_THREAD": str(share)}
    headers = [argument for name, value in FORWARDED.items() for argument in ("-H", f"{name}: {value}")]
    command = [
        "wrk",
        "-t",
        str(CONNECTIONS),
        "-c",
        str(CONNECTIONS),
        "-d",
        "1h",
        "--timeout",
        "60s",
        "--latency",
        "-s",
        script,
    ]
    wrk = subprocess.Popen([*command, *headers, url], stdout=subprocess.PIPE, text=True, env=env)
    finished = 0
    for line in wrk.stdout:
        finished += line.strip() == DONE_MARK
        if finished == CONNECTIONS:
            wrk.send_signal(signal.SIGINT)  # wrk prints its figures and ends
            break
    output = wrk.stdout.read()
    wrk.wait()
    return output


def _when_idle(pids):
    """The workers' CPU time once they have finished what they were doing."""
    used = cpu_seconds(pids)
    for _attempt in range(50):
        time.sleep(0.1)
        used, previous = cpu_seconds(pids), used
        if used == previous:
            break
    return used


def measure(server, path, requests):
    """Send at least `requests` requests to `path`."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(WRK_SCRIPT)
        script.flush()
        pids = server.worker_pids()
        cpu_before, answered_before = _when_idle(pids), server.answered()
        output = _run_wrk(server.url(path), -(-requests // CONNECTIONS), script.name)
        used = _when_idle(pids) - cpu_before
        answered = server.answered() - answered_before
    return _figures(output, answered, used)


def _figures(output, answered, cpu_seconds_used):
    def found(pattern):
        match = re.search(pattern, output, re.MULTILINE)
        if match is None:
            raise RuntimeError(f"wrk's output has no {pattern!r}:\n{output}")
        return match.group(1)

    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return Measurement(
        requests=answered,
        errors=int(non_2xx.group(1) if non_2xx else 0) + sum(map(int, socket_errors.groups() if socket_errors else ())),
        requests_per_second=float(found(r"Requests/sec:\s+([\d.]+)")),
        p50_ms=_milliseconds(found(r"^\s+50%\s+(\S+)\s*$")),
        p99_ms=_milliseconds(found(r"^\s+99%\s+(\S+)\s*$")),
        cpu_ms=cpu_seconds_used * 1000 / max(answered, 1),
    )
