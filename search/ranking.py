"""Relevance on the database backend: the text query by tier, the tiers of each match, SQLite's field weights.

A query word matches a page as a whole word or lemma, as a part of a compound, or
through a typo correction (search.analysis, search.spelling). A page's *penalty* adds,
for each query word, 0 for a whole-word match, 1 for a part match and 2 for a typo
match; matches come in order of penalty, then of score. The engine orders the same way
with constant scores (search.backends.dsl).

Scores: PostgreSQL's ts_rank weighs title, summary and body terms by their search
fields' boosts. modelsearch's SQLite backend cannot (its bm25 ignores columns and adds
nested scores up wrongly), so on SQLite the portal ranks with FTS5's bm25 over its own
table of each page's terms by field (`IndexedText`), weighted 5, 3 and 1, the weights
the engine uses.
"""

import functools

from django.db import DatabaseError, connection

from modelsearch.query import And, Or, PlainText
from wagtail.models import Page

WHOLE, PART, FUZZY = "whole", "part", "fuzzy"
ALL_TIERS = (WHOLE, PART, FUZZY)
# Penalty of a word matched in each tier.
PENALTY = {WHOLE: 0, PART: 1, FUZZY: 2}
FIELD_WEIGHTS = (5.0, 3.0, 1.0)  # title, summary, body


def word_alternatives(word, tiers=ALL_TIERS):
    """The (modelsearch) query alternatives matching one `WordQuery` in the given tiers."""
    alternatives = []
    if WHOLE in tiers:
        alternatives += [PlainText(term) for term in word.whole]
    if PART in tiers:
        alternatives += [PlainText(term) for term in word.parts]
        for reading in word.compounds:
            alternatives.append(And([Or([PlainText(term) for term in part]) for part in reading]))
    if FUZZY in tiers:
        alternatives += [PlainText(term) for term in word.fuzzy]
    return Or(alternatives)


def text_query(words, tiers=ALL_TIERS):
    """The query every one of `words` must match, in any of the given tiers."""
    return And([word_alternatives(word, tiers) for word in words])


def penalties(backend, pages, words, pks):
    """{pk: penalty} of the matched `pks`; `pages` is a queryset of them to search within."""
    found = dict.fromkeys(pks, 0)
    for word in words:
        whole = _matching(backend, pages, word, (WHOLE,))
        exact = _matching(backend, pages, word, (WHOLE, PART)) if word.fuzzy else None
        for pk in found:
            if pk in whole:
                continue
            found[pk] += PENALTY[PART] if exact is None or pk in exact else PENALTY[FUZZY]
    return found


def _matching(backend, pages, word, tiers):
    query = word_alternatives(word, tiers)
    if not query.subqueries:
        return set()
    return set(backend.search(query, pages, order_by_relevance=False).get_queryset().values_list("pk", flat=True))


def scoring_terms(words):
    """The terms a match is scored by: each word whole, as a part, and its typo corrections.

    Not a compound's separate parts: a page that mentions "hamn" and "logistik" often
    would otherwise outscore one about "hamnlogistik".
    """
    return sorted({term for word in words for term in (*word.whole, *word.parts, *word.fuzzy)})


def scores(backend, words, pks):
    """{pk: score}, higher is better, of the matched `pks`: field-weighted where the database can."""
    terms = scoring_terms(words)
    if has_weighted_table():
        return weighted_scores(terms)
    query = Or([PlainText(term) for term in terms])
    searched = backend.search(query, Page.objects.filter(pk__in=pks)).annotate_score("_score").get_queryset()
    return dict(searched.values_list("pk", "_score"))


@functools.cache
def has_weighted_table():
    """Whether the database has the portal's FTS5 ranking table (SQLite, search/migrations/0003)."""
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_indexedtext_fts'")
        return cursor.fetchone() is not None


def weighted_scores(terms):
    """{pk: score} of every page with any of `terms`, by bm25 over the SQLite ranking table."""
    weights = ", ".join(str(weight) for weight in FIELD_WEIGHTS)
    match = " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, -bm25(search_indexedtext_fts, {weights}) FROM search_indexedtext_fts "  # noqa: S608 - constant weights
                "WHERE search_indexedtext_fts MATCH %s",
                [match],
            )
            return dict(cursor.fetchall())
    except DatabaseError:
        # A table the triggers never filled (a database restored without it) ranks nothing.
        return {}
