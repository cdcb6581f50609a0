"""Backups of the portal: the database and the uploads in one tar file, and back again.

A backup is `scic-backup-<UTC date and time>.tar` holding `manifest.json`, the database
(`database.pgdump`, pg_dump's custom format, for PostgreSQL; `database.sqlite3`, made with
SQLite's online backup API) and the files under MEDIA_ROOT in `media/`. Each database dump
is one consistent snapshot; uploads are added after it, so a file uploaded meanwhile is
at worst an extra. Uploads kept in object storage (MEDIA_STORAGE=s3) stay in their bucket.
The search index is not backed up: a restore rebuilds it from the restored database.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.db import connection

FORMAT = 1
DUMP_NAMES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    """A backup or restore that cannot go on, with what to do about it."""


def archive_name(now=None):
    return f"scic-backup-{(now or datetime.now(UTC)):%Y%m%d-%H%M%S}Z.tar"


def vendor(database):
    """`postgresql` or `sqlite` for a database's settings (an entry of DATABASES)."""
    for name in DUMP_NAMES:
        if name in database["ENGINE"]:
            return name
    raise BackupError(f"cannot back up a {database['ENGINE']} database; PostgreSQL and SQLite are supported")


def _postgres_arguments(database):
    """(command-line options, environment) that point PostgreSQL's programs at the database."""
    options = ["--dbname", database["NAME"]]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            options += [option, str(database[key])]
    environment = dict(os.environ)
    if database.get("PASSWORD"):
        environment["PGPASSWORD"] = database["PASSWORD"]
    return options, environment


def _run(command, environment=None):
    program = shutil.which(command[0])
    if program is None:
        raise BackupError(f"{command[0]} is not installed (Debian: apt-get install postgresql-client)")
    finished = subprocess.run(  # noqa: S603 - PostgreSQL's own programs, with settings' values
        [program, *command[1:]], env=environment, capture_output=True, text=True, check=False
    )
    if finished.returncode:
        raise BackupError(f"{command[0]} failed: {finished.stderr.strip()}")


def _sqlite_copy(source, target):
    source, target = sqlite3.connect(source), sqlite3.connect(target)
    with source, target:
        source.backup(target)
    source.close()
    target.close()


def dump_database(target, database):
    """Write a consistent snapshot of the database (an entry of DATABASES) to `target`."""
    if vendor(database) == "postgresql":
        options, environment = _postgres_arguments(database)
        _run(["pg_dump", "--format=custom", "--file", str(target), *options], environment)
    else:
        _sqlite_copy(database["NAME"], target)


def media_files(root):
    """Every file under the folder `root`."""
    root = Path(root)
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.is_dir() else []


def write_archive(target, dump, database_vendor, media_root, files):
    """The backup tar at `target`, written under a temporary name first so that no half backup has its name."""
    manifest = {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": database_vendor,
        "media_files": len(files),
    }
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w") as archive:
        manifest_file = dump.with_name("manifest.json")
        manifest_file.write_text(json.dumps(manifest, indent=2))
        archive.add(manifest_file, arcname="manifest.json")
        archive.add(dump, arcname=DUMP_NAMES[database_vendor])
        root = Path(media_root)
        for path in files:
            archive.add(path, arcname=f"media/{path.relative_to(root).as_posix()}")
    partial.rename(target)
    return manifest


def read_manifest(archive, database_vendor):
    try:
        manifest = json.load(archive.extractfile("manifest.json"))
    except (KeyError, ValueError) as error:
        raise BackupError(f"{archive.name} is not a portal backup ({error})") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{archive.name} has backup format {manifest.get('format')}; this portal reads {FORMAT}")
    if manifest["database"] != database_vendor:
        raise BackupError(
            f"{archive.name} holds a {manifest['database']} database; DATABASE_URL names a {database_vendor} one"
        )
    return manifest


def existing_tables():
    return connection.introspection.table_names()


def existing_media(root):
    root = Path(root)
    return root.is_dir() and any(root.iterdir())


def drop_tables():
    """Remove every table of the database (their sequences go with them)."""
    quote = connection.ops.quote_name
    tables = existing_tables()
    if connection.vendor == "postgresql" and tables:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE {', '.join(quote(table) for table in tables)} CASCADE")


def load_database(archive, database):
    """Replace the content of the database (an entry of DATABASES) with the dump in the archive."""
    name = DUMP_NAMES[vendor(database)]
    with tempfile.TemporaryDirectory(prefix="scic-restore-") as folder:
        archive.extract(name, folder, filter="data")
        dump = Path(folder) / name
        if vendor(database) == "postgresql":
            options, environment = _postgres_arguments(database)
            command = ["pg_restore", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"]
            _run([*command, *options, str(dump)], environment)
        else:
            _sqlite_copy(dump, database["NAME"])


def load_media(archive, root):
    """Put the archive's uploads in the folder `root`, replacing what was there; return how many."""
    root = Path(root)
    if root.is_dir():
        for path in root.iterdir():
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    root.mkdir(parents=True, exist_ok=True)
    members = [member for member in archive.getmembers() if member.name.startswith("media/") and member.isfile()]
    for member in members:
        member.name = member.name.removeprefix("media/")
        archive.extract(member, root, filter="data")
    return len(members)
