"""The database path: the same search as Wagtail's database backend and ORM queries.

The text is searched with Wagtail's database backend (once for all the counts, while the
matches are few enough to list); facets filter and count with ORM lookups: a
`LookupFacet` through each page type's `facet_lookups`, a `ConditionFacet` with its
conditions on the page types it covers. The facets and sort orders are the registry's
declarations (search.facets), read here as the engine path reads them.
"""

import functools
import hashlib

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from wagtail.models import Page

from search import facet_index, ranking
from search.collation import ordered_by_name, starts_with_letter
from search.facets import (
    ConditionFacet,
    FieldSort,
    LookupFacet,
    TypeFacet,
    facets,
    ranked_values,
    resolved,
    sort_orders,
)
from search.memo import keeps_shared_memo, shared_memo
from search.pages import searchable_models
from search.results import Described, Found, card_pages, make_hit, snippet_pages

# The text's matches are listed once, for all the facet counts, up to this many; beyond
# it, each count searches the text again (slower, but no huge IN list).
MAX_LISTED_MATCHES = 10_000


def _pages_meeting(models, condition):
    """Pages of `models` meeting a condition, as a filter on Page."""
    found = Q(pk__in=[])
    for model in models:
        found |= Q(pk__in=model.objects.filter(**resolved(condition)).values("pk"))
    return found


def facet_filter(facet, values):
    """A filter on Page selecting pages with any of `values` of `facet`."""
    if isinstance(facet, TypeFacet):
        models = [searchable_models()[value] for value in values]
        return Q(content_type__in=ContentType.objects.get_for_models(*models).values())
    condition = Q(pk__in=[])
    if isinstance(facet, LookupFacet):
        for model in facet.models():
            lookup = model.facet_lookups[facet.name]
            condition |= Q(pk__in=model.objects.filter(**{f"{lookup}__in": list(values)}).values("pk"))
        return condition
    conditions = facet.conditions()
    for value in values:
        condition |= _pages_meeting(facet.models(), conditions[value])
    return condition


def facet_counts(facet, pages, types=()):
    """{value: count} of `facet` among `pages`, a queryset of Page of the page `types` (all when empty)."""
    counts = {}
    if isinstance(facet, TypeFacet):
        type_of = {ContentType.objects.get_for_model(model).pk: name for name, model in searchable_models().items()}
        rows = pages.order_by().values("content_type").annotate(count=Count("pk"))
        return {type_of[row["content_type"]]: row["count"] for row in rows if row["content_type"] in type_of}
    listed = {searchable_models()[name] for name in types}
    for model in facet.models():
        if listed and model not in listed:
            continue  # none of the pages can be of this type
        among = model.objects.filter(pk__in=pages.values("pk"))
        if isinstance(facet, ConditionFacet):
            # One query for all the values, each counted under an alias of its own.
            conditions = list(facet.conditions().items())
            totals = among.aggregate(
                **{
                    f"value_{index}": Count("pk", filter=Q(**resolved(condition)))
                    for index, (_v, condition) in enumerate(conditions)
                }
            )
            for index, (value, _condition) in enumerate(conditions):
                counts[value] = counts.get(value, 0) + totals[f"value_{index}"]
            continue
        lookup = model.facet_lookups[facet.name]
        rows = among.exclude(**{f"{lookup}__isnull": True}).values(lookup).annotate(count=Count("pk", distinct=True))
        for row in rows.order_by():
            counts[row[lookup]] = counts.get(row[lookup], 0) + row["count"]
    return counts


def field_sort_order(sort):
    """(rank, field) expressions putting `sort`'s first pages first, then its other pages by field."""
    models = sort.models()
    first, has_field = Q(pk__in=[]), Q(pk__in=[])
    for model in models:
        prefix = f"{model._meta.model_name}__"
        first |= Q(**resolved(sort.first_if, prefix))
        has_field |= Q(**{f"{prefix}{sort.field}__isnull": False})
    fields = [F(f"{model._meta.model_name}__{sort.field}") for model in models]
    rank = Case(
        When(first, then=Value(0)), When(has_field, then=Value(1)), default=Value(2), output_field=IntegerField()
    )
    return rank, fields[0] if len(fields) == 1 else Coalesce(*fields)


class DatabaseSearch:
    """One page of hits from Wagtail's database backend and the ORM."""

    label = "database"
    max_pages = None
    engine_requests = 0

    def __init__(self, backend, query):
        self.backend, self.query = backend, query
        self.choices = {name: facets()[name].choices() for name in query.facets}

    @functools.cached_property
    def private(self):
        """Wagtail's condition for the private sections, read once (`public()` reads them on every
        call), and kept by the project's shared memo while the content lasts."""
        return shared_memo("private-pages", Page.objects.all().private_q)

    def base(self):
        query = self.query
        pages = Page.objects.live().exclude(self.private).filter(locale=query.locale)
        pages = pages.filter(facet_filter(facets()["type"], query.types or tuple(searchable_models())))
        if query.letter:
            pages = pages.filter(starts_with_letter(query.letter, query.language))
        return pages

    def matched(self, selected, ranked=False):
        pages = self.selected_pages(selected)
        if self.query.finds_nothing:
            return pages.none()
        if not self.query.words:
            return pages
        if ranked:
            return self.backend.search(self.text(), pages).annotate_score("_score").get_queryset()
        if self.text_matches is not None:
            return pages.filter(pk__in=self.text_matches)
        return self.backend.search(self.text(), pages, order_by_relevance=False).get_queryset()

    def selected_pages(self, selected):
        pages = self.base()
        for name, values in selected.items():
            pages = pages.filter(facet_filter(facets()[name], values))
        return pages

    def text(self):
        return ranking.text_query(self.query.words)

    @functools.cached_property
    def text_matches(self):
        """The pages the text matches, searched once for all the facet counts (None: too many to list)."""
        searched = self.backend.search(self.text(), self.base(), order_by_relevance=False).get_queryset()
        pks = list(searched.values_list("pk", flat=True)[: MAX_LISTED_MATCHES + 1])
        return pks if len(pks) <= MAX_LISTED_MATCHES else None

    def status_rank(self):
        """Where each page stands among the values ranked first at equal relevance (open calls, ...)."""
        ranked = ranked_values()
        return Case(
            *(
                When(facet_filter(facet, [value]), then=Value(position))
                for position, (facet, value) in enumerate(ranked)
            ),
            default=Value(len(ranked)),
            output_field=IntegerField(),
        )

    def ordered(self, pages):
        name = self.query.effective_sort
        sort = sort_orders()[name]
        if isinstance(sort, FieldSort):
            rank, field = field_sort_order(sort)
            return pages.annotate(sort_rank=rank).order_by("sort_rank", field.asc(), "pk")
        if name == "relevance":
            # SQLite's bm25 is lower for better matches; PostgreSQL's ts_rank higher.
            score = F("_score").asc() if connection.vendor == "sqlite" else F("_score").desc()
            return pages.annotate(sort_rank=self.status_rank()).order_by(score, "sort_rank", "pk")
        if name == "title":
            return pages.order_by(ordered_by_name("title", self.query.language), "pk")
        return pages.order_by(F("first_published_at").desc(nulls_last=True), "pk")

    def by_relevance(self, selected):
        """Every match's pk, best first: by penalty (whole words, parts, typos), score, status rank and pk."""
        if self.indexed:
            # Selected and ranked by the facet index, with no query.
            ranks = self.facet_index.ranks(self.facet_index.matches(self.text_matches, selected), ranked_values())
            rows = list(ranks.items())
        else:
            matches = self.selected_pages(selected).filter(pk__in=self.text_matches)
            rows = list(matches.annotate(sort_rank=self.status_rank()).values_list("pk", "sort_rank"))
        pks = [pk for pk, _rank in rows]
        score = ranking.scores(self.backend, self.query.words, pks)
        penalty = ranking.penalties(self.backend, Page.objects.filter(pk__in=pks), self.query.words, pks)
        rows.sort(key=lambda row: (penalty[row[0]], -(score.get(row[0]) or 0.0), row[1], row[0]))
        return [pk for pk, _rank in rows]

    def fetch(self, offset):
        query = self.query
        relevance = query.effective_sort == "relevance" and bool(query.words)
        if relevance and self.text_matches is not None:
            ordered = self.by_relevance(query.selected)
            count, pks = len(ordered), ordered[offset : offset + query.per_page]
        else:
            # Beyond the listed matches, modelsearch's own relevance order, without tiers.
            results = self.ordered(self.matched(query.selected, ranked=relevance))
            # Counted without ranking: with the text's matches listed, no second text search.
            count = self.matched(query.selected).count()
            pks = list(results.values_list("pk", flat=True)[offset : offset + query.per_page])
        counts = {name: self.counts(name) for name in query.facets}
        return Found(count=count, hits=pks, counts=counts)

    def counts(self, name):
        """{value: count} of facet `name` among the matches of the other facets' selections.

        Without text, they are the same on every page of a listing in every sort order, and
        change only with the content: kept by the project's shared memo, if it names one.
        """
        query = self.query
        selected = query.selected_except(name)

        def count():
            return facet_counts(facets()[name], self.matched(selected), query.types)

        if query.text:
            if self.indexed:
                return self.facet_index.counts(name, self.facet_index.matches(self.text_matches, selected), query.types)
            return count()
        chosen = sorted((facet, sorted(values)) for facet, values in selected.items())
        asked = repr((query.locale.pk, timezone.localdate(), query.types, query.letter, name, chosen))
        return shared_memo(f"facet-counts:{hashlib.sha256(asked.encode()).hexdigest()[:32]}", count)

    @property
    def indexed(self):
        """Whether the text's matches are listed and the facet index (kept by the project's shared
        memo) selects, ranks and counts them, with no query."""
        query = self.query
        return bool(query.words) and not query.finds_nothing and self.text_matches is not None and keeps_shared_memo()

    @functools.cached_property
    def facet_index(self):
        """The pages each facet value selects in the query's language, today (search.facet_index)."""
        asked = repr((self.query.locale.pk, timezone.localdate()))
        key = f"facet-index:{hashlib.sha256(asked.encode()).hexdigest()[:32]}"
        return shared_memo(key, lambda: facet_index.build(self.query.locale))

    def count(self, queries):
        """{key: how many results} of several queries ({key: SearchQuery})."""
        return {key: type(self)(self.backend, query).matched(query.selected).count() for key, query in queries.items()}

    def hits(self, found):
        cards = self.query.cards
        pages = self.card_pages(found.hits) if cards else snippet_pages(found.hits)
        described = Described(pages)
        hits = []
        for pk in found.hits:
            if (page := pages.get(pk)) is None:
                continue  # deleted since it was indexed
            language = page.search_language if cards else described.language(page)
            hits.append(make_hit(self.query, page, page.search_type, language, described))
        return hits

    def card_pages(self, pks):
        """{pk: specific page} for one page of cards."""
        model_of = {model._meta.label_lower: model for model in searchable_models().values()}
        by_model = {}
        rows = Page.objects.filter(pk__in=pks).values_list("pk", "content_type__app_label", "content_type__model")
        for pk, app_label, model_name in rows:
            if (model := model_of.get(f"{app_label}.{model_name}")) is not None:
                by_model.setdefault(model, []).append(pk)
        return card_pages(by_model, self.query)
