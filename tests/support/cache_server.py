"""A throwaway Redis server for the tests that need the cache production uses."""

import shutil
import socket
import subprocess
import tempfile
import time

from tests.support.services import free_port


def start_redis():
    """(process, url) of a Redis server on a free loopback port that keeps nothing on disk, or None."""
    program = shutil.which("redis-server")
    if program is None:
        return None
    port = free_port()
    folder = tempfile.mkdtemp(prefix="scic-test-redis-")
    process = subprocess.Popen(  # noqa: S603 - a fixed program with fixed arguments
        [program, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _attempt in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.1):
                return process, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("redis-server did not start")
