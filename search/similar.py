"""Pages of one type that resemble a given page: shared facet values and shared words.

`similar_pages()` answers with one engine request (facet values read from the given
page's own document by terms lookups, and the engine's more-like-this over the texts) or,
on the database backend, one query (facet values through each type's `facet_lookups`,
and the given words found in one text field of the pages that share one). Either way it returns candidates, most
similar first; callers that explain a ranking re-rank these few by what they can show.
"""

import logging

from django.db.models import Case, Count, IntegerField, Max, Value, When

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.backends.documents import TYPE_FIELD, engine_fields, facet_field
from search.backends.engine import FacetedSearchMixin, engine_errors
from search.pages import searchable_models

logger = logging.getLogger(__name__)


def similar_pages(page, search_type, *, weights, words=(), text_field, among=None, limit=30, backend_name="default"):
    """Primary keys of live pages of `search_type` in `page`'s locale, most similar first.

    `weights` ({facet name: weight}) says how much sharing one of `page`'s values of the
    facet counts; `words` are `page`'s words looked for in `text_field` on the database
    (the engine compares whole texts instead). `among` (primary keys) narrows the pages
    looked at. Pages sharing nothing are left out; on the database, so are pages that
    share only words (finding words in every page's text is what would cost most).
    """
    backend = get_search_backend(backend_name)
    if isinstance(backend, FacetedSearchMixin):
        try:
            return _engine_similar(backend, page, search_type, weights, among, limit)
        except engine_errors() as error:
            logger.warning("Search engine unavailable for similar pages, asking the database: %s", error)
    return _database_similar(page, search_type, weights, words, text_field, among, limit)


def _engine_similar(backend, page, search_type, weights, among, limit):
    fields = engine_fields(backend)
    index = backend.get_index_for_model(Page).name
    own = {"index": index, "id": str(page.pk)}
    should = [
        {"terms": {facet_field(name): {**own, "path": facet_field(name)}, "boost": weight}}
        for name, weight in weights.items()
    ]
    text_fields = [fields["search_title_terms"], fields["search_summary_terms"], fields["search_body_terms"]]
    should.append(
        {
            "more_like_this": {
                "fields": text_fields,
                "like": [{"_index": index, "_id": str(page.pk)}],
                "min_term_freq": 1,
                "min_doc_freq": 1,
                "max_query_terms": 25,
            }
        }
    )
    filters = [
        {"term": {fields["locale"]: page.locale_id}},
        {"term": {fields["live"]: True}},
        {"term": {TYPE_FIELD: search_type}},
    ]
    if among is not None:
        filters.append({"ids": {"values": [str(pk) for pk in among]}})
    body = {
        "query": {
            "bool": {
                "filter": filters,
                "should": should,
                "minimum_should_match": 1,
            }
        },
        "sort": ["_score", {fields["id"]: {"order": "asc"}}],
        "size": limit,
        "_source": False,
    }
    if backend.use_new_elasticsearch_api:
        response = backend.es.search(index=index, **body)
    else:
        response = backend.es.search(index=index, body=body)
    return [int(hit["_id"]) for hit in response["hits"]["hits"]]


def _database_similar(page, search_type, weights, words, text_field, among, limit):
    model = searchable_models()[search_type]
    own_type = type(page)
    found = model.objects.live().filter(locale_id=page.locale_id).order_by()
    if among is not None:
        found = found.filter(pk__in=among)
    matches = Value(0, output_field=IntegerField())
    for word in words:
        matches = matches + Case(When(**{f"{text_field}__icontains": word}, then=1), default=0)
    # One row per page and facet it shares: how many of its values, and how many of the
    # words its text has. Only pages sharing a facet value are read (scoring every member
    # made a call page take seconds at 10 000 members), no facet's join multiplies another's
    # rows, and a page's words are counted in each of its rows alike.
    parts = []
    for name, weight in weights.items():
        lookup = model.facet_lookups[name]
        own_values = own_type.objects.filter(pk=page.pk).values(own_type.facet_lookups[name])
        sharing = found.filter(**{f"{lookup}__in": own_values}).values_list("pk")
        parts.append(sharing.annotate(points=weight * Count(lookup, distinct=True), words=Max(matches)))
    if not parts:
        return []
    points, word_matches = {}, {}
    for pk, shared, matching in parts[0].union(*parts[1:], all=True):
        points[pk] = points.get(pk, 0) + shared
        word_matches[pk] = matching
    similarity = {pk: shared + word_matches[pk] for pk, shared in points.items()}
    return sorted(similarity, key=lambda pk: (-similarity[pk], pk))[:limit]
