"""Pages of one type that resemble a given page: shared facet values and shared words.

`similar_pages()` answers with one engine request (facet values read from the given
page's own document by terms lookups, and the engine's more-like-this over the texts) or,
on the database backend, one query (facet values through each type's `facet_lookups`,
and the given words found in one text field). Either way it returns candidates, most
similar first; callers that explain a ranking re-rank these few by what they can show.
"""

import logging

from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce

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
    looked at. Pages sharing nothing are left out (so weights are positive).
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
    if not weights and not words:
        return []
    model = searchable_models()[search_type]
    own_type = type(page)
    # Only pages sharing something are scored: at 10 000 members, counting for every one
    # of them was what made a call page slow (docs/solvers.md, "What it costs").
    shares = Q()
    score = Value(0, output_field=IntegerField())
    for name, weight in weights.items():
        lookup = model.facet_lookups[name]
        own_values = own_type.objects.filter(pk=page.pk).values(own_type.facet_lookups[name])
        sharing = Q(**{f"{lookup}__in": own_values})
        shares |= Q(pk__in=model.objects.filter(sharing).values("pk"))
        # Counted per page in a subquery: joining every facet in one query multiplies each page's rows.
        shared = model.objects.filter(sharing, pk=OuterRef("pk")).order_by().values("pk")
        shared = shared.annotate(count=Count(lookup, distinct=True)).values("count")
        score = score + weight * Coalesce(Subquery(shared), 0)
    for word in words:
        has_word = Q(**{f"{text_field}__icontains": word})
        shares |= has_word
        score = score + Case(When(has_word, then=1), default=0, output_field=IntegerField())
    found = model.objects.live()
    if among is not None:
        found = found.filter(pk__in=among)
    found = found.filter(shares, locale_id=page.locale_id).annotate(similarity=score).order_by("-similarity", "pk")
    return list(found.values_list("pk", flat=True)[:limit])
