"""What the portal adds to Wagtail's Elasticsearch and OpenSearch backends.

Documents carry annotated texts and the registered facets' fields (search.backends.documents);
`faceted_search()` sends the portal's one-request search (search.backends.dsl); an index
change the engine cannot take is remembered and replayed when it answers again.
"""

import functools
import logging

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from search.backends.documents import SearchablePageMappingMixin, engine_fields
from search.backends.dsl import SearchRequest
from search.backends.vocabulary import with_vocabulary

logger = logging.getLogger(__name__)


@functools.cache
def engine_errors():
    """The exceptions the installed engine clients raise when the engine fails or is unreachable."""
    errors = []
    try:
        from opensearchpy.exceptions import OpenSearchException

        errors.append(OpenSearchException)
    except ImportError:  # pragma: no cover - both clients are pinned dependencies
        pass
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        errors += [TransportError, ApiError]
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def portal_backend(base):
    """Wagtail's engine backend `base` with the portal's documents, its searches and catching up after outages."""
    mapping = type(base.mapping_class.__name__, (SearchablePageMappingMixin, base.mapping_class), {})
    attributes = {"mapping_class": mapping, "index_class": with_vocabulary(base.index_class)}
    return type("SearchBackend", (FacetedSearchMixin, CatchUpMixin, base), attributes)


class FacetedSearchMixin:
    """The portal's faceted search as one engine request (see search.backends.dsl)."""

    def faceted_search(self, query, choices, offset):
        """One page of `query`'s hits from `offset`, with its total and its facet counts.

        `choices` gives each offered facet's values ({name: {value: label}}). Returns
        (total, [{"pk", "type", "language", "highlight"}, ...], {facet: {value: count}});
        raises the client's error if the engine fails and `StaleIndexError` if its index
        was built by an older version of the portal.
        """
        request = SearchRequest(query, engine_fields(self), choices)
        return request.read(self.send(request.body(offset)))

    def count_matches(self, queries):
        """{key: how many results} of several searches ({key: SearchQuery}), in one request."""
        filters = {
            key: SearchRequest(query, engine_fields(self), {}).filtered_query() for key, query in queries.items()
        }
        body = {
            "query": {"bool": {"should": list(filters.values()), "minimum_should_match": 1}},
            "aggs": {key: {"filter": clause} for key, clause in filters.items()},
            "size": 0,
        }
        aggregations = self.send(body)["aggregations"]
        return {key: aggregations[key]["doc_count"] for key in filters}

    def send(self, body):
        index = self.get_index_for_model(Page).name
        if self.use_new_elasticsearch_api:
            if "from" in body:
                body["from_"] = body.pop("from")
            return self.es.search(index=index, **body)
        return self.es.search(index=index, body=body)


class CatchUpMixin:
    """Remember single-object index changes the engine could not take, instead of losing them.

    Publishing must succeed while the engine is down (Wagtail already logs and swallows the
    error); what it would lose is the change itself. `search.tasks.catch_up_index` replays
    the remembered changes once the engine answers.
    """

    def __init__(self, params):
        # Tests and local demos want a bulk load searchable at once, not after the
        # engine's next refresh (a second later); production leaves this off.
        self.refresh_on_write = params.pop("REFRESH_ON_WRITE", False)
        super().__init__(params)

    def add(self, obj):
        try:
            super().add(obj)
            self._refresh_now(obj)
        except engine_errors() as error:
            self._remember(obj, deleted=False, error=error)

    def add_bulk(self, model, obj_list):
        try:
            super().add_bulk(model, obj_list)
            if obj_list:
                self._refresh_for(obj_list[0])
        except engine_errors() as error:
            for obj in obj_list:
                self._remember(obj, deleted=False, error=error)

    def delete(self, obj):
        try:
            super().delete(obj)
            self._refresh_now(obj)
        except engine_errors() as error:
            self._remember(obj, deleted=True, error=error)

    def _refresh_for(self, obj):
        if self.refresh_on_write:
            self.get_index_for_object(obj).refresh()

    def _refresh_now(self, obj):
        # One page published, moved or deleted: the page cache begins a new generation as
        # soon as this update's task ends, and a search answered before the engine's own
        # refresh (up to a second later) would be cached without the change until the next one.
        self.get_index_for_object(obj).refresh()

    def _remember(self, obj, deleted, error):
        from search.models import PendingIndexChange

        logger.warning("Search engine unavailable (%s); %r will be re-indexed when it returns", error, obj)
        PendingIndexChange.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
            object_id=str(obj.pk),
            defaults={"deleted": deleted},
        )

    def replay(self, obj, deleted):
        """Apply one remembered change; raises the client's error if the engine is still down."""
        if deleted:
            super().delete(obj)
        else:
            super().add(obj)
        self._refresh_now(obj)
