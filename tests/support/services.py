"""Start the real services the test suite needs, when nobody gave us one.

    python -m tests.support.services run -- pytest ...   start what is missing, run, stop
    python -m tests.support.services postgres start DIR  start a throwaway PostgreSQL, print its URL
    python -m tests.support.services postgres stop DIR

`make test` uses `run`: if `DATABASE_URL` is unset and PostgreSQL's server programs are
installed, the suite runs against a throwaway cluster in a temporary folder, and the
folder is removed afterwards. Otherwise the suite runs on SQLite, and the tests marked
`postgres` skip with a reason (or fail when `REQUIRE_SERVICES=1`).
"""

import argparse
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest


def services_required():
    return os.environ.get("REQUIRE_SERVICES") == "1"


def missing_service(reason):
    """Skip for a missing real service, or fail when the run requires every service."""
    if services_required():
        pytest.fail(f"REQUIRE_SERVICES=1 but {reason}", pytrace=False)
    pytest.skip(reason)


PG_USER = "scic"
PG_DATABASE = "scic"


def _postgres_bin_dir():
    """The newest installed PostgreSQL's server programs, or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=_version_key)
    if candidates:
        return Path(candidates[-1]).parent
    # Elsewhere (Homebrew, a source build) the programs are on PATH, perhaps as links.
    on_path = shutil.which("pg_ctl")
    return Path(on_path).resolve().parent if on_path else None


def _version_key(path):
    version = Path(path).parent.parent.name
    return int(version) if version.isdigit() else 0


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(command):
    """PostgreSQL refuses to run as root; CI runs as root, so it runs as `postgres` there."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def start_postgres(data_dir):
    """Create and start a cluster in data_dir; return its DATABASE_URL."""
    bin_dir = _postgres_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL's server programs (pg_ctl, initdb) are not installed")
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        server_user = pwd.getpwnam("postgres")
        shutil.chown(data_dir, server_user.pw_uid, server_user.pw_gid)
    port = free_port()
    subprocess.run(
        _as_server_user(
            [
                str(bin_dir / "initdb"),
                "--pgdata",
                str(data_dir / "data"),
                "--username",
                PG_USER,
                "--auth",
                "trust",
                "--encoding",
                "UTF8",
                "--locale",
                "C.UTF-8",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    # fsync off: a throwaway test cluster trades durability for speed.
    options = f"-p {port} -k {data_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    subprocess.run(
        _as_server_user(
            [
                str(bin_dir / "pg_ctl"),
                "--pgdata",
                str(data_dir / "data"),
                "--log",
                str(data_dir / "server.log"),
                "--options",
                options,
                "--wait",
                "start",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        [
            str(bin_dir / "createdb"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--username",
            PG_USER,
            PG_DATABASE,
        ],
        check=True,
    )
    return f"postgres://{PG_USER}@127.0.0.1:{port}/{PG_DATABASE}"


def stop_postgres(data_dir):
    bin_dir = _postgres_bin_dir()
    data_dir = Path(data_dir)
    if bin_dir and (data_dir / "data" / "postmaster.pid").exists():
        subprocess.run(
            _as_server_user(
                [
                    str(bin_dir / "pg_ctl"),
                    "--pgdata",
                    str(data_dir / "data"),
                    "--mode",
                    "fast",
                    "--wait",
                    "stop",
                ]
            ),
            check=False,
            stdout=subprocess.DEVNULL,
        )
    shutil.rmtree(data_dir, ignore_errors=True)


def run(command):
    """Run `command` with the services it needs; return its exit status."""
    env = dict(os.environ)
    pg_dir = None
    # The run's test processes share their migrated database and demo (tests/support/run_cache.py).
    run_dir = None
    if not env.get("SCIC_TEST_RUN_DIR"):
        run_dir = env["SCIC_TEST_RUN_DIR"] = tempfile.mkdtemp(prefix="scic-test-run-")
    if not env.get("DATABASE_URL") and _postgres_bin_dir():
        pg_dir = tempfile.mkdtemp(prefix="scic-test-postgres-")
        env["DATABASE_URL"] = start_postgres(pg_dir)
        print(f"tests.support.services: started a throwaway PostgreSQL at {env['DATABASE_URL']}", flush=True)
    elif not env.get("DATABASE_URL"):
        print("tests.support.services: no PostgreSQL installed; the suite runs on SQLite", flush=True)
    try:
        return subprocess.run(command, env=env, check=False).returncode
    finally:
        if pg_dir:
            stop_postgres(pg_dir)
        if run_dir:
            shutil.rmtree(run_dir, ignore_errors=True)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m tests.support.services", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    run_parser = sub.add_parser("run", help="start missing services, run a command, stop them")
    run_parser.add_argument("command", nargs=argparse.REMAINDER)
    pg_parser = sub.add_parser("postgres", help="start or stop a throwaway PostgreSQL cluster")
    pg_parser.add_argument("verb", choices=["start", "stop"])
    pg_parser.add_argument("directory")
    args = parser.parse_args(argv)

    if args.action == "run":
        command = args.command[1:] if args.command[:1] == ["--"] else args.command
        if not command:
            parser.error("run needs a command after --")
        return run(command)
    if args.verb == "start":
        print(start_postgres(args.directory))
    else:
        stop_postgres(args.directory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
