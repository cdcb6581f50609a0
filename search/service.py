"""The one search service behind the search page, the faceted listings and the JSON API.

`parse_query()` turns request parameters into a validated `SearchQuery` (with readable
notices for whatever it had to correct); `search()` answers it with hits, a paginator
page and facet counts. On an engine (Elasticsearch, OpenSearch) one search costs one
request: the text query and the locale filter as `query`, the facet selections as
`post_filter`, and one filtered aggregation per facet that applies every selection but
the facet's own. On the database backend the same semantics are Wagtail and ORM queries.
If the engine does not answer, the database index answers instead, with a notice.
See docs/search.md.
"""

import dataclasses
import functools
import logging
import math
import unicodedata

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Case, F, IntegerField, Value, When
from django.utils.translation import gettext as _

from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.index import FilterField, SearchField
from modelsearch.query import And, Or, PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.analysis import (
    MARK_END,
    MARK_START,
    SNIPPET_LENGTH,
    base_language,
    fold,
    highlight,
    query_terms,
    read_highlight,
    snippet,
)
from search.backends.engine import HIGHLIGHT_FIELDS, engine_errors
from search.facets import FACETS, StatusFacet, searchable_models

logger = logging.getLogger(__name__)

PER_PAGE = 20
MAX_QUERY_LENGTH = 200
MAX_PAGE = 100_000
# Engines refuse to page deeper than this many hits (index.max_result_window).
ENGINE_MAX_WINDOW = 10_000
# The database path lists up to this many pages matching the text once, for all the facet
# counts; beyond it, each count searches the text again (slower, but no huge IN list).
MAX_LISTED_MATCHES = 10_000
# Names the engine request gives the filters grouping facet aggregations (see EngineSearch).
AGGREGATION_GROUP = "within:"


def sort_label(sort):
    labels = {
        "relevance": _("Relevance"),
        "newest": _("Newest first"),
        "closing": _("Closing soonest"),
        "title": _("Name (A–Z)"),
    }
    return labels[sort]


@dataclasses.dataclass
class SearchQuery:
    """What a visitor asked for, validated."""

    text: str
    locale: object
    kinds: tuple = ()
    facets: tuple = ()
    selected: dict = dataclasses.field(default_factory=dict)
    sort: str = "relevance"
    sorts: tuple = ("relevance", "newest")
    page: int = 1
    per_page: int = PER_PAGE
    initial: str = ""
    choices: dict = dataclasses.field(default_factory=dict)
    # Listings show cards (images, themes); the search page and the API need less.
    cards: bool = False
    notices: list = dataclasses.field(default_factory=list)

    @property
    def language(self):
        return base_language(self.locale.language_code)

    @property
    def groups(self):
        return query_terms(self.text, self.language)

    @property
    def finds_nothing(self):
        """Text was given, but none of it can be searched for (only symbols, or absurdly long words)."""
        return bool(self.text) and not self.groups

    @property
    def effective_sort(self):
        return "newest" if self.sort == "relevance" and not self.groups else self.sort

    def selected_except(self, name):
        return {facet: values for facet, values in self.selected.items() if facet != name}


@dataclasses.dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclasses.dataclass
class FacetResult:
    name: str
    label: str
    values: list

    @property
    def any_selected(self):
        return any(value.selected for value in self.values)


@dataclasses.dataclass
class Hit:
    """One result: `page` has at least its title and address; `language` is its text's."""

    page: object
    kind: str
    language: str
    snippet: list
    title_pieces: list

    @property
    def title(self):
        return self.page.title


@dataclasses.dataclass
class SearchResults:
    query: SearchQuery
    items: object
    facets: list
    backend: str
    engine_requests: int = 0

    @property
    def count(self):
        return self.items.paginator.count

    @property
    def notices(self):
        return self.query.notices


def clean_text(text):
    """Drop control and format characters; keep letters, digits, punctuation and spaces."""
    return "".join(char for char in text if unicodedata.category(char)[0] != "C" or char == " ").strip()


def parse_query(params, *, locale, kinds=(), facets=tuple(FACETS), sorts=("relevance", "newest"), default_sort=None):
    """A `SearchQuery` from request parameters (a QueryDict or a dict of lists).

    Nothing a visitor types causes an error: over-long text is shortened, unknown facet
    values and sort orders are ignored and malformed page numbers mean the first page,
    each with a notice that says so.
    """
    query = SearchQuery(text="", locale=locale, kinds=tuple(kinds), facets=tuple(facets), sorts=tuple(sorts))
    text = " ".join(clean_text(value) for value in _getlist(params, "q")).strip()
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH]
        query.notices.append(
            _("Your search was shortened to its first %(count)s characters.") % {"count": MAX_QUERY_LENGTH}
        )
    query.text = text
    if text and not query.groups:
        query.notices.append(_("Your search has no words that can be looked up."))

    for name in query.facets:
        facet = FACETS[name]
        choices = query.choices[name] = facet.choices()
        values = []
        for value in _getlist(params, name):
            value = clean_text(value)
            if value in choices:
                if value not in values:
                    values.append(value)
            elif value:
                query.notices.append(
                    _("“%(value)s” is not a known %(facet)s and was ignored.")
                    % {"value": value[:50], "facet": str(facet.label).lower()}
                )
        if values:
            query.selected[name] = tuple(values)

    sort = (_getlist(params, "sort") or [""])[-1]
    fallback = default_sort or ("relevance" if query.text else query.sorts[1])
    if sort and sort not in query.sorts:
        query.notices.append(_("The sort order “%(sort)s” is not available.") % {"sort": clean_text(sort)[:30]})
        sort = ""
    query.sort = sort or fallback
    if query.sort == "relevance" and not query.text:
        query.sort = default_sort if default_sort and default_sort != "relevance" else query.sorts[1]

    page = (_getlist(params, "page") or ["1"])[-1]
    try:
        query.page = int(page[:20])
    except ValueError:
        query.page = 1
        query.notices.append(_("“%(page)s” is not a page number; showing the first page.") % {"page": page[:20]})
    if query.page < 1:
        query.notices.append(_("Page numbers start at 1; showing the first page."))
        query.page = 1
    # Beyond any real result list; the search answers with its last page.
    query.page = min(query.page, MAX_PAGE)
    return query


def _getlist(params, name):
    if hasattr(params, "getlist"):
        return params.getlist(name)
    value = params.get(name, [])
    return list(value) if isinstance(value, list | tuple) else [value]


class StaleIndexError(Exception):
    """The engine's page index lacks what this version of the portal stores in it."""


def search(query, backend_name="default"):
    """Answer `query` on the configured backend; on an engine outage, on the database index."""
    backend = get_search_backend(backend_name)
    if isinstance(backend, ElasticsearchBaseSearchBackend):
        try:
            results = EngineSearch(backend, query).run()
        except (*engine_errors(), StaleIndexError) as error:
            logger.warning("Search engine unavailable, answering from the database: %s", error)
            query.notices.append(
                _("The search engine is not answering at the moment; these results come from a simpler search.")
            )
            backend = get_search_backend("database")
        else:
            catch_up_after_outage()
            return results
    return DatabaseSearch(backend, query).run()


def catch_up_after_outage():
    """The engine answers: replay what it missed while it was down (search.tasks)."""
    from search.models import PendingIndexChange
    from search.tasks import catch_up_index

    if PendingIndexChange.objects.exists():
        catch_up_index.enqueue()


class _CountedWindow:
    """The hits of one page posing as the whole result list, for Django's Paginator."""

    def __init__(self, count, hits):
        self.count_, self.hits = count, hits

    def __len__(self):
        return self.count_

    def __getitem__(self, key):
        return self.hits


class BaseSearch:
    backend_label = None

    def __init__(self, backend, query):
        self.backend, self.query = backend, query
        self.choices = {name: query.choices.get(name) or FACETS[name].choices() for name in query.facets}
        self.engine_requests = 0

    def fetch(self, offset):
        """(total count, primary keys of one page of hits, {facet: {value: count}})."""
        raise NotImplementedError

    def max_pages(self):
        return None

    def run(self):
        query = self.query
        requested, max_pages = query.page, self.max_pages()
        page = min(requested, max_pages) if max_pages else requested
        count, pks, counts = self.fetch((page - 1) * query.per_page)
        last_page = max(1, math.ceil(count / query.per_page))
        if max_pages and last_page > max_pages:
            last_page = max_pages
            if requested > max_pages:
                query.notices.append(_("Only the first %(count)s pages can be shown.") % {"count": max_pages})
        elif requested > last_page:
            query.notices.append(
                _("There is no page %(page)s; showing page %(last)s.") % {"page": requested, "last": last_page}
            )
        query.page = min(page, last_page)
        if query.page != page:
            count, pks, counts = self.fetch((query.page - 1) * query.per_page)
        hits = self.hits(pks)
        paginator = Paginator(_CountedWindow(count, hits), query.per_page)
        return SearchResults(
            query=query,
            items=paginator.page(query.page),
            facets=self.facet_results(counts),
            backend=self.backend_label,
            engine_requests=self.engine_requests,
        )

    def hits(self, pks):
        pages = self.load_pages(pks)
        hits = []
        for pk in pks:
            if (page := pages.get(pk)) is None:
                continue  # deleted since it was indexed
            # Listings show cards, not snippets.
            title_pieces, shown = ([(page.title, False)], []) if self.query.cards else self.marked(page)
            kind, language = self.kind_and_language(page)
            hits.append(Hit(page=page, kind=kind, language=language, snippet=shown, title_pieces=title_pieces))
        return hits

    def load_pages(self, pks):
        """{pk: page} for one page of hits."""
        return load_pages(pages_by_model(pks), cards=self.query.cards)

    def kind_and_language(self, page):
        return page.search_kind, page.search_language

    def marked(self, page):
        """(title, snippet) of a hit as (text, is_match) pieces, the matched words marked."""
        raise NotImplementedError

    def facet_results(self, counts):
        results = []
        for name in self.query.facets:
            facet, selected = FACETS[name], self.query.selected.get(name, ())
            values = [
                FacetValue(value, str(label), counts[name].get(value, 0), value in selected)
                for value, label in self.choices[name].items()
                if counts[name].get(value, 0) or value in selected
            ]
            results.append(FacetResult(name=name, label=str(facet.label), values=values))
        return results


def best_snippet(candidates):
    """The first of the marked texts with a match; failing that, the first with any text."""
    with_text = [pieces for pieces in candidates if pieces]
    matched = [pieces for pieces in with_text if any(is_match for _text, is_match in pieces)]
    return (matched or with_text or [[]])[0]


def pages_by_model(pks):
    """{searchable page model: [pk, ...]} for the given primary keys."""
    kinds = {model._meta.label_lower: model for model in searchable_models().values()}
    by_model = {}
    for pk, app_label, model_name in Page.objects.filter(pk__in=pks).values_list(
        "pk", "content_type__app_label", "content_type__model"
    ):
        if (model := kinds.get(f"{app_label}.{model_name}")) is not None:
            by_model.setdefault(model, []).append(pk)
    return by_model


def load_pages(by_model, cards=False):
    """{pk: specific page} with what their cards (or else their texts) need."""
    pages = {}
    for model, pks in by_model.items():
        if cards:
            queryset = model.search_result_queryset()
        else:
            queryset = model.objects.prefetch_related(*model.search_text_relations)
        pages.update((page.pk, page) for page in queryset.filter(pk__in=pks))
    return pages


class EngineSearch(BaseSearch):
    """One request to Elasticsearch or OpenSearch: query, post_filter and per-facet aggregations."""

    backend_label = "engine"
    # What a result shows beside its marked title and snippet, read from the index.
    stored = ("search_type", "search_language")

    def __init__(self, backend, query):
        super().__init__(backend, query)
        self.fields = engine_fields(backend)
        self.index = backend.get_index_for_model(Page).name
        self.found = {}

    def load_pages(self, pks):
        if self.query.cards:
            by_model = {}
            for pk in pks:
                kind, _language = self.kind_and_language_of(pk)
                by_model.setdefault(searchable_models()[kind], []).append(pk)
            return load_pages(by_model, cards=True)
        # The engine marked the title and the snippet and knows the rest: one light query
        # for the address.
        return {page.pk: page for page in Page.objects.filter(pk__in=pks).only("title", "url_path", "locale_id")}

    def kind_and_language(self, page):
        return self.kind_and_language_of(page.pk)

    def kind_and_language_of(self, pk):
        values = self.found[pk]["fields"]
        return tuple(values[self.fields[name]][0] for name in self.stored)

    def max_pages(self):
        return ENGINE_MAX_WINDOW // self.query.per_page

    def facet_filters(self, selected):
        return [FACETS[name].engine_filter(self.fields, values) for name, values in selected.items()]

    def text_query(self):
        fields = [
            f"{self.fields['search_title_terms']}^5",
            f"{self.fields['search_summary_terms']}^3",
            self.fields["search_body_terms"],
        ]
        groups = self.query.groups
        must = [{"multi_match": {"query": " ".join(group), "fields": fields}} for group in groups]
        if self.query.finds_nothing:
            must = [{"match_none": {}}]
        filters = [
            {"term": {self.fields["locale"]: self.query.locale.pk}},
            {"term": {self.fields["live"]: True}},
            {"terms": {self.fields["search_type"]: list(self.query.kinds or searchable_models())}},
        ]
        if self.query.initial:
            filters.append({"term": {self.fields["title_initial"]: self.query.initial}})
        return {"bool": {"must": must or [{"match_all": {}}], "filter": filters}}

    def ranked_query(self):
        status = FACETS[StatusFacet.name]
        today_open = status.engine_filter(self.fields, ["open"])
        today_upcoming = status.engine_filter(self.fields, ["upcoming"])
        query = self.text_query()
        if self.query.effective_sort == "closing":
            # Still-open calls first, then closed ones, then everything that is not a call.
            return {
                "function_score": {
                    "query": query,
                    "functions": [
                        {"filter": {"range": {self.fields["closes_on"]: {"gte": status._today()}}}, "weight": 3},
                        {"filter": {"exists": {"field": self.fields["closes_on"]}}, "weight": 2},
                    ],
                    "score_mode": "first",
                    "boost_mode": "replace",
                }
            }
        if self.query.effective_sort == "relevance":
            # For equal relevance, open calls come before upcoming ones, and both before the rest.
            return {
                "function_score": {
                    "query": query,
                    "functions": [{"filter": today_open, "weight": 1.02}, {"filter": today_upcoming, "weight": 1.01}],
                    "score_mode": "first",
                    "boost_mode": "multiply",
                }
            }
        return query

    def sort(self):
        tiebreak = {self.fields["id"]: {"order": "asc"}}
        return {
            "relevance": ["_score", tiebreak],
            "newest": [{self.fields["first_published_at"]: {"order": "desc", "missing": "_last"}}, tiebreak],
            "closing": ["_score", {self.fields["closes_on"]: {"order": "asc", "missing": "_last"}}, tiebreak],
            "title": [{self.fields["title"]: {"order": "asc"}}, tiebreak],
        }[self.query.effective_sort]

    def aggregations(self):
        """Each facet counted with every selection but its own.

        Facets that see the same selections share one filter: with nothing selected, none
        is needed; with one facet selected, that facet counts without a filter and all the
        others within its selection.
        """
        by_selections = {}
        for name in self.query.facets:
            others = tuple(sorted(facet for facet in self.query.selected if facet != name))
            by_selections.setdefault(others, {})[name] = FACETS[name].engine_aggregation(
                self.fields, self.choices[name]
            )
        aggregations = {}
        for others, counted in by_selections.items():
            if not others:
                aggregations.update(counted)
                continue
            selections = {facet: self.query.selected[facet] for facet in others}
            aggregations[AGGREGATION_GROUP + ",".join(others)] = {
                "filter": {"bool": {"filter": self.facet_filters(selections)}},
                "aggs": counted,
            }
        return aggregations

    def body(self, offset):
        selected = self.query.selected  # only facets with values chosen (parse_query)
        return {
            "query": self.ranked_query(),
            **({"post_filter": {"bool": {"filter": self.facet_filters(selected)}}} if selected else {}),
            "aggs": self.aggregations(),
            "sort": self.sort(),
            "from": offset,
            "size": self.query.per_page,
            "_source": False,
            "docvalue_fields": [self.fields[name] for name in self.stored],
            "track_total_hits": True,
            **({} if self.query.cards else {"highlight": self.highlight()}),
        }

    def highlight(self):
        """The engine's highlighter over the annotated texts (see search.analysis.annotate)."""
        terms = sorted({term for group in self.query.groups for term in group})
        # About SNIPPET_LENGTH characters once the annotations are gone.
        size = 2 * SNIPPET_LENGTH
        fields = {HIGHLIGHT_FIELDS["summary"]: {"fragment_size": size, "number_of_fragments": 1, "no_match_size": size}}
        if terms:
            fields[HIGHLIGHT_FIELDS["title"]] = {"number_of_fragments": 0}
            fields[HIGHLIGHT_FIELDS["body"]] = {"fragment_size": size, "number_of_fragments": 1}
        return {
            "type": "unified",
            "pre_tags": [MARK_START],
            "post_tags": [MARK_END],
            # The annotated copies are stored, not indexed: the terms come from a query on a
            # field that is, and mark the same terms wherever they occur.
            "require_field_match": False,
            "highlight_query": (
                {"match": {self.fields["search_title_terms"]: {"query": " ".join(terms)}}}
                if terms
                else {"match_none": {}}
            ),
            "fields": fields,
        }

    def marked(self, page):
        """The engine's marks; the snippet is the summary if it matched, else the body's best fragment."""
        found = self.found[page.pk].get("highlight", {})

        def read(part):
            fragments = found.get(HIGHLIGHT_FIELDS[part])
            return read_highlight(fragments[0]) if fragments else []

        summary = read("summary")
        candidates = [summary] if any(matched for _text, matched in summary) else [read("body"), summary]
        return read("title") or [(page.title, False)], snippet(best_snippet(candidates))

    def fetch(self, offset):
        body = self.body(offset)
        self.engine_requests += 1
        if self.backend.use_new_elasticsearch_api:
            body["from_"] = body.pop("from")
            response = self.backend.es.search(index=self.index, **body)
        else:
            response = self.backend.es.search(index=self.index, body=body)
        aggregations = {}
        for key, aggregation in response.get("aggregations", {}).items():
            # A group's own document count sits beside its facets and is not one of them.
            aggregations.update(aggregation if key.startswith(AGGREGATION_GROUP) else {key: aggregation})
        counts = {
            name: FACETS[name].engine_counts(aggregations[name]) if name in aggregations else {}
            for name in self.query.facets
        }
        hits = response["hits"]["hits"]
        if any(self.fields[name] not in hit.get("fields", {}) for hit in hits for name in self.stored):
            raise StaleIndexError("the page index predates this version of the portal: run update_index")
        pks = [int(hit["_id"]) for hit in hits]
        self.found = {int(hit["_id"]): hit for hit in hits}
        return response["hits"]["total"]["value"], pks, counts


@functools.cache
def _engine_fields(mapping_class):
    fields = {}
    for kind in (FilterField, SearchField):
        for model in searchable_models().values():
            mapping = mapping_class(model)
            for field in model.get_search_fields():
                if type(field) is kind:
                    fields.setdefault(field.field_name, mapping.get_field_column_name(field))
    return fields


def engine_fields(backend):
    """Names of the indexed fields in the page index, by search_fields name.

    A name that is both a filter and a text field ("title") means the filter field.
    """
    return _engine_fields(backend.mapping_class)


class DatabaseSearch(BaseSearch):
    """The same search as Wagtail and ORM queries, on Wagtail's database backend."""

    backend_label = "database"

    def base(self):
        query = self.query
        pages = Page.objects.live().public().filter(locale=query.locale)
        pages = pages.filter(FACETS["type"].db_filter(query.kinds or tuple(searchable_models())))
        if query.initial:
            pages = pages.filter(title__istartswith=query.initial)
        return pages

    def matched(self, selected, ranked=False):
        pages = self.base()
        for name, values in selected.items():
            pages = pages.filter(FACETS[name].db_filter(values))
        if self.query.finds_nothing:
            return pages.none()
        if not self.query.groups:
            return pages
        if ranked:
            return self.backend.search(self.text(), pages).annotate_score("_score").get_queryset()
        if self.text_matches is not None:
            return pages.filter(pk__in=self.text_matches)
        return self.backend.search(self.text(), pages, order_by_relevance=False).get_queryset()

    def text(self):
        return And([Or([PlainText(term) for term in group]) for group in self.query.groups])

    @functools.cached_property
    def text_matches(self):
        """The pages the text matches, searched once for all the facet counts (None: too many to list)."""
        searched = self.backend.search(self.text(), self.base(), order_by_relevance=False).get_queryset()
        pks = list(searched.values_list("pk", flat=True)[: MAX_LISTED_MATCHES + 1])
        return pks if len(pks) <= MAX_LISTED_MATCHES else None

    def ordered(self, pages):
        from challenges.models import ChallengePage, call_today

        today = call_today()
        sort = self.query.effective_sort
        if sort == "relevance":
            status_rank = Case(
                When(pk__in=ChallengePage.objects.with_status("open").values("pk"), then=Value(0)),
                When(pk__in=ChallengePage.objects.with_status("upcoming").values("pk"), then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
            # SQLite's bm25 is lower for better matches; PostgreSQL's ts_rank higher.
            score = F("_score").asc() if connection.vendor == "sqlite" else F("_score").desc()
            return pages.annotate(status_rank=status_rank).order_by(score, "status_rank", "pk")
        if sort == "closing":
            rank = Case(
                When(challengepage__closes_on__gte=today, then=Value(0)),
                When(challengepage__closes_on__isnull=False, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
            return pages.annotate(closing_rank=rank).order_by("closing_rank", "challengepage__closes_on", "pk")
        if sort == "title":
            return pages.order_by("title", "pk")
        return pages.order_by(F("first_published_at").desc(nulls_last=True), "pk")

    def marked(self, page):
        groups, language = self.query.groups, self.query.language
        summary, body = page.search_texts()
        shown = highlight(summary, groups, language)
        if groups and not any(matched for _text, matched in shown):
            # Only then is the body worth marking: it is usually much longer.
            shown = best_snippet([shown, highlight(" ".join(body), groups, language)])
        elif not shown:
            shown = highlight(" ".join(body), groups, language)
        return highlight(page.title, groups, language, length=len(page.title)), shown

    def fetch(self, offset):
        query = self.query
        ranked = query.sort == "relevance" and bool(query.groups)
        results = self.ordered(self.matched(query.selected, ranked=ranked))
        # Counted without ranking: with the text's matches listed, no second text search.
        count = self.matched(query.selected).count()
        pks = list(results.values_list("pk", flat=True)[offset : offset + query.per_page])
        counts = {name: FACETS[name].db_counts(self.matched(query.selected_except(name))) for name in query.facets}
        return count, pks, counts


def autocomplete(text, locale, limit=8, backend_name="default"):
    """Live pages in `locale` whose title has words starting with what the visitor typed.

    Accents are folded on both sides: the index holds the folded title, and the query is
    folded here, so "Tromso" and "Tromsø" complete alike.
    """
    text = fold(clean_text(text))[:MAX_QUERY_LENGTH]
    if not any(char.isalnum() for char in text):
        return []
    pages = Page.objects.live().filter(locale=locale)
    pages = pages.filter(FACETS["type"].db_filter(tuple(searchable_models())))
    backend = get_search_backend(backend_name)
    try:
        found = list(backend.autocomplete(text, pages, operator="and")[:limit])
    except engine_errors() as error:
        logger.warning("Search engine unavailable for autocomplete: %s", error)
        found = list(get_search_backend("database").autocomplete(text, pages, operator="and")[:limit])
    # Only titles and addresses are shown: the page types' own fields stay in the database.
    pages_by_pk = {
        page.pk: page for page in Page.objects.filter(pk__in=[page.pk for page in found]).specific(defer=True)
    }
    return [pages_by_pk[page.pk] for page in found if page.pk in pages_by_pk]
