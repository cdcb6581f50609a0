"""Lookups the ORM cannot declare, for the database each site runs on.

- SQLite: an FTS5 trigram table over the vocabulary (close spellings) and an FTS5 table
  over each page's index terms by field (ranking with field weights), both kept in step
  with their tables by triggers.
- PostgreSQL: the pg_trgm extension (trusted since PostgreSQL 13, so the database's owner
  may create it) and a trigram index on the vocabulary.

Where the database cannot (an SQLite without FTS5's trigram tokenizer, a PostgreSQL
without pg_trgm), search works without them: search.vocabulary then scans for close
spellings, more slowly.
"""

import logging

from django.db import DatabaseError, migrations, transaction

logger = logging.getLogger(__name__)

SQLITE_CREATE = [
    # Close spellings: the trigrams of every vocabulary term.
    "CREATE VIRTUAL TABLE search_indexterm_trigrams USING fts5("
    "term, content='search_indexterm', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER search_indexterm_trigrams_insert AFTER INSERT ON search_indexterm BEGIN "
    "INSERT INTO search_indexterm_trigrams(rowid, term) VALUES (new.id, new.term); END",
    "CREATE TRIGGER search_indexterm_trigrams_delete AFTER DELETE ON search_indexterm BEGIN "
    "INSERT INTO search_indexterm_trigrams(search_indexterm_trigrams, rowid, term) "
    "VALUES ('delete', old.id, old.term); END",
    "CREATE TRIGGER search_indexterm_trigrams_update AFTER UPDATE OF term ON search_indexterm BEGIN "
    "INSERT INTO search_indexterm_trigrams(search_indexterm_trigrams, rowid, term) "
    "VALUES ('delete', old.id, old.term); "
    "INSERT INTO search_indexterm_trigrams(rowid, term) VALUES (new.id, new.term); END",
    # Ranking: bm25 over the title, summary and body terms, weighted 5, 3 and 1.
    "CREATE VIRTUAL TABLE search_indexedtext_fts USING fts5("
    "title, summary, body, content='search_indexedtext', content_rowid='page_id')",
    "CREATE TRIGGER search_indexedtext_fts_insert AFTER INSERT ON search_indexedtext BEGIN "
    "INSERT INTO search_indexedtext_fts(rowid, title, summary, body) "
    "VALUES (new.page_id, new.title, new.summary, new.body); END",
    "CREATE TRIGGER search_indexedtext_fts_delete AFTER DELETE ON search_indexedtext BEGIN "
    "INSERT INTO search_indexedtext_fts(search_indexedtext_fts, rowid, title, summary, body) "
    "VALUES ('delete', old.page_id, old.title, old.summary, old.body); END",
    "CREATE TRIGGER search_indexedtext_fts_update AFTER UPDATE ON search_indexedtext BEGIN "
    "INSERT INTO search_indexedtext_fts(search_indexedtext_fts, rowid, title, summary, body) "
    "VALUES ('delete', old.page_id, old.title, old.summary, old.body); "
    "INSERT INTO search_indexedtext_fts(rowid, title, summary, body) "
    "VALUES (new.page_id, new.title, new.summary, new.body); END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_indexedtext_fts_update",
    "DROP TRIGGER IF EXISTS search_indexedtext_fts_delete",
    "DROP TRIGGER IF EXISTS search_indexedtext_fts_insert",
    "DROP TABLE IF EXISTS search_indexedtext_fts",
    "DROP TRIGGER IF EXISTS search_indexterm_trigrams_update",
    "DROP TRIGGER IF EXISTS search_indexterm_trigrams_delete",
    "DROP TRIGGER IF EXISTS search_indexterm_trigrams_insert",
    "DROP TABLE IF EXISTS search_indexterm_trigrams",
]
POSTGRES_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX search_indexterm_term_trigrams ON search_indexterm USING gin (term gin_trgm_ops)",
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS search_indexterm_term_trigrams"]


# (created, dropped) statements by database vendor.
STATEMENTS = {"sqlite": (SQLITE_CREATE, SQLITE_DROP), "postgresql": (POSTGRES_CREATE, POSTGRES_DROP)}


def _run(schema_editor, which):
    statements = STATEMENTS.get(schema_editor.connection.vendor, ((), ()))[which]
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            for statement in statements:
                schema_editor.execute(statement)
    except DatabaseError as error:
        logger.warning("Search lookup tables left as they were (%s); close spellings are found by a scan", error)


def create(apps, schema_editor):
    _run(schema_editor, 0)


def drop(apps, schema_editor):
    _run(schema_editor, 1)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_vocabulary")]

    operations = [migrations.RunPython(create, drop)]
