"""The vocabulary of the index: every term in each language, with how many pages hold it.

Typo tolerance and "Did you mean" (search.spelling) need to know which words the pages
use. The index backends keep it fresh: when a page is indexed, `record()` compares its
terms with those stored when it was last indexed (`IndexedText`) and counts the
difference; when it leaves the index, `forget()` takes its terms away. Both are
idempotent, so the engine and the database index may each report the same page.

Close spellings are looked up by trigrams: pg_trgm on PostgreSQL, an FTS5 trigram
table on SQLite (search/migrations/0003_lookup_tables.py), and a scan of the terms of
similar length elsewhere.
"""

import collections
import contextlib
import logging

from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.db.models.functions import Greatest

from search.analysis import PART, base_language, spellings, words
from search.models import IndexedText, IndexTerm

logger = logging.getLogger(__name__)

FIELDS = ("title", "summary", "body")
MAX_TERM_LENGTH = IndexTerm._meta.get_field("term").max_length
# Terms compared with one query word at the most, before the edit distance is measured.
MAX_CANDIDATES = 80
BATCH = 500


def page_terms(page):
    """{field: its distinct index terms as one string} of a searchable page."""
    return {field: " ".join(sorted(set(text.split()))) for field, text in page.search_index_texts().items()}


def vocabulary_terms(texts):
    """The vocabulary terms of a page's index texts: every term, parts unmarked."""
    terms = set()
    for field in FIELDS:
        terms.update(term.removeprefix(PART) for term in texts[field].split())
    return {term for term in terms if len(term) <= MAX_TERM_LENGTH}


def record(pages):
    """Count the terms of `pages` (searchable pages just indexed) as they are now."""
    pages = [page for page in pages if hasattr(page, "search_index_texts")]
    if not pages:
        return
    stored = IndexedText.objects.in_bulk([page.pk for page in pages])
    changes = collections.Counter()
    rows, spelled = [], {}
    for page in pages:
        texts = page_terms(page)
        before = stored.get(page.pk)
        if before is not None and before.locale_id == page.locale_id and _texts(before) == texts:
            continue
        if before is not None:
            changes.subtract((before.locale_id, term) for term in vocabulary_terms(_texts(before)))
        changes.update((page.locale_id, term) for term in vocabulary_terms(texts))
        rows.append(IndexedText(page_id=page.pk, locale_id=page.locale_id, **texts))
        spelled.setdefault(page.locale_id, []).append(page)
    if rows:
        with transaction.atomic():
            IndexedText.objects.bulk_create(
                rows, update_conflicts=True, unique_fields=["page_id"], update_fields=["locale", *FIELDS]
            )
            _count(changes, spelled)


def forget(page):
    """Take the terms of a page that left the index out of the vocabulary."""
    stored = IndexedText.objects.filter(page_id=page.pk).first()
    if stored is None:
        return
    with transaction.atomic():
        changes = collections.Counter()
        changes.subtract((stored.locale_id, term) for term in vocabulary_terms(_texts(stored)))
        stored.delete()
        _count(changes, {})


def _texts(row):
    return {field: getattr(row, field) for field in FIELDS}


def _count(changes, spelled):
    """Apply {(locale, term): change in pages} to the vocabulary (inside a transaction)."""
    by_locale = collections.defaultdict(dict)
    for (locale_id, term), change in changes.items():
        if change:
            by_locale[locale_id][term] = change
    with _exact_term_lookups():
        for locale_id, changed in by_locale.items():
            _count_in(locale_id, changed, spelled)


@contextlib.contextmanager
def _exact_term_lookups():
    """Terms looked up by their exact spelling use the (locale, term) index.

    PostgreSQL plans `term IN (...)` on the trigram index (the one for similar spellings),
    which took 0.5-1 s per batch of terms once the vocabulary held a few thousand new terms
    (indexing 500 bulk members: 60 s instead of a few); the unique (locale, term) index
    answers in milliseconds. Bitmap scans are off for this transaction while terms are
    counted, and back as they were afterwards (after an error, the rollback of the caller's
    atomic block undoes the setting).
    """
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_bitmapscan')")
        (before,) = cursor.fetchone()
        cursor.execute("SET LOCAL enable_bitmapscan = off")
    yield
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('enable_bitmapscan', %s, true)", [before])


def _count_in(locale_id, changed, spelled):
    """Apply {term: change in pages} to the vocabulary of one locale."""
    terms = list(changed)
    existing = set()
    for batch in _batches(terms):
        stored = IndexTerm.objects.filter(locale_id=locale_id, term__in=batch)
        existing.update(stored.values_list("term", flat=True))
    # Most terms change by one page, up or down: one UPDATE per size of change and batch.
    by_change = collections.defaultdict(list)
    for term in existing:
        by_change[changed[term]].append(term)
    for change, batch_terms in by_change.items():
        for batch in _batches(batch_terms):
            IndexTerm.objects.filter(locale_id=locale_id, term__in=batch).update(pages=Greatest(F("pages") + change, 0))
    for batch in _batches(list(existing)):
        IndexTerm.objects.filter(locale_id=locale_id, term__in=batch, pages=0).delete()
    new = {term: change for term, change in changed.items() if term not in existing and change > 0}
    if new:
        written = _written_forms(spelled.get(locale_id, ()), new)
        rows = [
            IndexTerm(locale_id=locale_id, term=term, display=written.get(term, term), pages=count)
            for term, count in new.items()
        ]
        IndexTerm.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)


def _batches(items):
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def _written_forms(pages, terms):
    """{term: the word as a page writes it} for new terms, so that suggestions keep their accents."""
    written = {}
    for page in pages:
        language = base_language(page.search_language)
        summary, body = page.search_texts()
        for word in words(" ".join([page.title, summary, *body])):
            for term, spelling in spellings(word, language).items():
                if term in terms:
                    written.setdefault(term, spelling)
    return written


def known(locale, terms):
    """{term: pages} of the given terms that the vocabulary of `locale` holds."""
    terms = sorted({term for term in terms if len(term) <= MAX_TERM_LENGTH})
    if not terms:
        return {}
    return dict(IndexTerm.objects.filter(locale=locale, term__in=terms).values_list("term", "pages"))


def close_spellings(locale, word, edits, scan=False):
    """[(term, display, pages)] of `locale`'s terms whose length is within `edits` of the folded `word`.

    The caller measures the edit distance; these are the candidates that share trigrams
    with the word or, with `scan` (or without trigram lookups), its first or last letters.
    """
    lengths = (len(word) - edits, len(word) + edits)
    if not scan:
        try:
            if connection.vendor == "postgresql":
                return _postgres_candidates(locale, word, lengths)
            if connection.vendor == "sqlite":
                return _sqlite_candidates(locale, word, lengths)
        except DatabaseError as error:
            logger.warning("Trigram lookup failed (%s); scanning the vocabulary instead", error)
    return _scanned_candidates(locale, word, lengths)


def _postgres_candidates(locale, word, lengths):
    # Similarity falls with length: a nine-letter word with two errors keeps few trigrams.
    threshold = 0.2 if len(word) < 9 else 0.1
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL pg_trgm.similarity_threshold = %s", [threshold])
        cursor.execute(
            "SELECT term, display, pages FROM search_indexterm "
            "WHERE locale_id = %s AND term %% %s AND length(term) BETWEEN %s AND %s "
            "ORDER BY similarity(term, %s) DESC, pages DESC LIMIT %s",
            [locale.pk, word, *lengths, word, MAX_CANDIDATES],
        )
        return cursor.fetchall()


def _sqlite_candidates(locale, word, lengths):
    trigrams = sorted({word[index : index + 3] for index in range(len(word) - 2)})
    match = " OR ".join('"' + trigram.replace('"', '""') + '"' for trigram in trigrams)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT term.term, term.display, term.pages FROM search_indexterm_trigrams AS found "
            "JOIN search_indexterm AS term ON term.id = found.rowid "
            "WHERE search_indexterm_trigrams MATCH %s AND term.locale_id = %s "
            "AND length(term.term) BETWEEN %s AND %s ORDER BY found.rank LIMIT %s",
            [match, locale.pk, *lengths, MAX_CANDIDATES],
        )
        return cursor.fetchall()


def _scanned_candidates(locale, word, lengths):
    """Terms of a similar length that share the first or the last two letters (without trigram lookups)."""
    from django.db.models import Q
    from django.db.models.functions import Length

    rows = (
        IndexTerm.objects.annotate(length=Length("term"))
        .filter(locale=locale, length__range=lengths)
        .filter(Q(term__startswith=word[:2]) | Q(term__endswith=word[-2:]))
        .order_by("-pages")
        .values_list("term", "display", "pages")
    )
    return list(rows[: MAX_CANDIDATES * 10])
