"""Backups on SQLite, as `make run` installs the portal (the commands end to end on PostgreSQL: tests/deploy/)."""

import sqlite3
import tarfile

import pytest

from portal import backup

ROWS = [("Espoo",), ("Tampere",), ("VTT",)]


def _site(folder):
    """A SQLite database and a media folder with something in each."""
    database = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(folder / "site.sqlite3")}
    with sqlite3.connect(database["NAME"]) as connection:
        connection.execute("CREATE TABLE member (name text)")
        connection.executemany("INSERT INTO member VALUES (?)", ROWS)
    connection.close()
    upload = folder / "media" / "original_images" / "harbour.png"
    upload.parent.mkdir(parents=True)
    upload.write_bytes(b"\x89PNG harbour")
    return database, folder / "media"


def _backup(folder, database, media):
    dump = folder / "dump"
    backup.dump_database(dump, database)
    target = folder / backup.archive_name()
    backup.write_archive(target, dump, "sqlite", media, backup.media_files(media))
    return target


def test_a_sqlite_site_comes_back_from_its_backup(tmp_path):
    database, media = _site(tmp_path)
    archive = _backup(tmp_path, database, media)
    assert archive.name.startswith("scic-backup-") and archive.name.endswith("Z.tar")

    fresh = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "fresh.sqlite3")}
    fresh_media = tmp_path / "fresh-media"
    with tarfile.open(archive) as opened:
        assert backup.read_manifest(opened, "sqlite")["media_files"] == 1
        backup.load_database(opened, fresh)
        assert backup.load_media(opened, fresh_media) == 1
    with sqlite3.connect(fresh["NAME"]) as connection:
        assert connection.execute("SELECT name FROM member ORDER BY name").fetchall() == ROWS
    connection.close()
    assert (fresh_media / "original_images" / "harbour.png").read_bytes() == b"\x89PNG harbour"


def test_a_backup_is_not_restored_into_another_kind_of_database(tmp_path):
    database, media = _site(tmp_path)
    with tarfile.open(_backup(tmp_path, database, media)) as opened, pytest.raises(backup.BackupError, match="sqlite"):
        backup.read_manifest(opened, "postgresql")


def test_a_file_that_is_not_a_backup_is_refused(tmp_path):
    not_a_backup = tmp_path / "notes.tar"
    with tarfile.open(not_a_backup, "w") as archive:
        archive.add(__file__, arcname="notes.py")
    with tarfile.open(not_a_backup) as opened, pytest.raises(backup.BackupError, match="not a portal backup"):
        backup.read_manifest(opened, "sqlite")
