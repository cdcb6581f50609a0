"""What the test processes of one run build once and share: the migrated database and the demo.

Every pytest process (each pytest-xdist worker, each CI stage) would otherwise migrate a new
test database (about 25 s on PostgreSQL) and load the demo (about 30 s). When
`SCIC_TEST_RUN_DIR` names a folder, the first process keeps what it built:

- the migrated database as a PostgreSQL template, from which later processes copy theirs in a
  second (`CREATE DATABASE ... TEMPLATE`);
- the demo's rows and drawn images in that folder (tests/support/demo.py).

Both are keyed on what made them (the database and the migrations), so a change to either
builds afresh. The folder lives as long as the run: `make test` makes one
for its run (tests/support/services.py), and CI one for all its stages. Without it every
process builds its own, as before.
"""

import contextlib
import fcntl
import hashlib
import os
import pickle
from functools import cache
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection, connections

import psycopg
from psycopg import sql

ENVIRONMENT_VARIABLE = "SCIC_TEST_RUN_DIR"


def run_dir():
    """The run's shared folder, or None when processes share nothing."""
    value = os.environ.get(ENVIRONMENT_VARIABLE)
    return Path(value) if value else None


@cache
def migrations_key():
    """A short hash of every installed app's migrations (the project's and the libraries')."""
    hasher = hashlib.sha256()
    for app in apps.get_app_configs():
        for path in sorted(Path(app.path, "migrations").glob("*.py")):
            hasher.update(str(path).encode())
            hasher.update(path.read_bytes())
    return hasher.hexdigest()[:16]


@contextlib.contextmanager
def one_at_a_time(name, shared=True):
    """While the block runs, no other process of the run runs a block of the same name.

    The run's processes start together: without this, each would migrate its database and load
    the demo at the same moment, on the same two cores. With it, one builds while the others wait
    for it, and then copy what it kept. When they do not share what the block builds
    (`shared` false), each builds its own at once.
    """
    folder = run_dir()
    if folder is None or not shared:
        yield
        return
    with (folder / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


# --- The migrated database -------------------------------------------------------------------


def _template_name():
    return f"scic_migrated_{migrations_key()}"


def _maintenance_connection():
    """An autocommit connection to the server's `postgres` database (CREATE DATABASE needs one)."""
    config = settings.DATABASES["default"]
    return psycopg.connect(
        dbname="postgres",
        user=config["USER"],
        password=config["PASSWORD"] or None,
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        autocommit=True,
    )


def test_databases(verbosity=0, serialized=()):
    """Set up this process's test databases as Django's test runner does, copied from the
    run's migrated template when there is one (migrated, and kept as the template, if not);
    what `django.test.utils.teardown_databases` takes."""
    from django.test.utils import setup_databases

    with one_at_a_time("migrated-database", shared=shares_databases()):
        copied = copy_migrated_database()
        databases = setup_databases(verbosity, interactive=False, keepdb=copied, serialized_aliases=serialized)
        if not copied:
            keep_migrated_database()
    return databases


def shares_databases():
    return run_dir() is not None and connection.vendor == "postgresql"


def copy_migrated_database():
    """Make this process's test database a copy of the run's migrated template; True if there was one."""
    if not shares_databases():
        return False
    test_name = _test_database_name()
    with _maintenance_connection() as maintenance:
        exists = maintenance.execute("SELECT 1 FROM pg_database WHERE datname = %s", [_template_name()]).fetchone()
        if not exists:
            return False
        maintenance.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(test_name)))
        _copy_database(maintenance, _template_name(), test_name)
    return True


def keep_migrated_database():
    """Keep the freshly migrated test database as the run's template (the first process to get there wins)."""
    if not shares_databases():
        return
    connections.close_all()
    # Another process may have kept it first, or be keeping it now.
    already_kept = (psycopg.errors.DuplicateDatabase, psycopg.errors.UniqueViolation)
    with _maintenance_connection() as maintenance, contextlib.suppress(*already_kept):
        _copy_database(maintenance, settings.DATABASES["default"]["NAME"], _template_name())


def _copy_database(maintenance, source, target):
    maintenance.execute(
        sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(target), sql.Identifier(source))
    )


def close_other_sessions():
    """End the sessions this process's threads left open on its test database (a live
    server's or a thread pool's), which would keep PostgreSQL from dropping it."""
    if connection.vendor != "postgresql":
        return
    name = settings.DATABASES["default"]["NAME"]
    connections.close_all()
    with _maintenance_connection() as maintenance:
        maintenance.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )


def _test_database_name():
    """The name Django gives this process's test database (pytest-django adds the xdist worker's suffix)."""
    config = settings.DATABASES["default"]
    return config["TEST"].get("NAME") or f"test_{config['NAME']}"


# --- Files --------------------------------------------------------------------------------------


def read(name):
    """What `write(name, value)` left in this run, or None."""
    folder = run_dir()
    if folder is None or not (folder / name).exists():
        return None
    with (folder / name).open("rb") as file:
        return pickle.load(file)  # noqa: S301 - written by this run's own test processes


def write(name, value):
    """Keep `value` for the run's other processes (written whole, then renamed into place)."""
    folder = run_dir()
    if folder is None:
        return
    partial = folder / f"{name}.{os.getpid()}.partial"
    with partial.open("wb") as file:
        pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(folder / name)
