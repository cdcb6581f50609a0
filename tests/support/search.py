"""Running searches in tests and reading what they return, on either backend."""

from django.http import QueryDict
from django.test import TestCase

from wagtail.models import Locale

from challenges.factories import ChallengePageFactory
from search.query import parse_query
from search.service import search

ALL_SORTS = ("relevance", "newest", "closing", "title")


def run(backend, language="en", per_page=20, **params):
    query = QueryDict(mutable=True)
    for name, value in params.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    parsed = parse_query(query, locale=Locale.objects.get(language_code=language), sorts=ALL_SORTS, per_page=per_page)
    return search(parsed, backend)


def indexed():
    """Run the index updates that the writes inside the block enqueue.

    They run once the transaction commits, which a test's transaction never does.
    """
    return TestCase.captureOnCommitCallbacks(execute=True)


def slugs(results):
    return [hit.page.slug for hit in results.items]


def counts(results, facet):
    return {
        value.value: (value.count, value.selected)
        for result in results.facets
        if result.name == facet
        for value in result.values
    }


def translate(page, language, **fields):
    """Publish a translation of `page` with the given field values."""
    with indexed():
        copy = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
        for name, value in fields.items():
            setattr(copy, name, value)
        copy.save_revision().publish()
    return copy


def challenge(sections, **fields):
    with indexed():
        return ChallengePageFactory(parent=sections["challenge"], **fields)
