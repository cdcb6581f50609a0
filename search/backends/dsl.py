"""The engine's side of a search: one request body from a `SearchQuery`, and its answer read back.

The text and the locale go in `query`, every facet selection in `post_filter` (so that
it narrows the hits but not the counts), and each facet's aggregation within every
selection but its own: facets that see the same selections share one `filter`
aggregation. The same request returns each hit's type and text language and its
highlights. Facets and sort orders are the registry's declarations (search.facets),
read here as the database path (search.database) reads them. See docs/search.md.
"""

from search.analysis import PART
from search.backends.documents import (
    HIGHLIGHT_FIELDS,
    LANGUAGE_FIELD,
    LETTER_FIELD,
    NAME_SORT_FIELD,
    TYPE_FIELD,
    condition_field,
    facet_field,
)
from search.facets import (
    ConditionFacet,
    FieldSort,
    LookupFacet,
    TypeFacet,
    condition_terms,
    facets,
    ranked_values,
    sort_orders,
)
from search.highlighting import MARK_END, MARK_START, SNIPPET_LENGTH
from search.pages import searchable_models

# Names the request gives the filters grouping facet aggregations (see `aggregations`).
AGGREGATION_GROUP = "within:"
# What a result shows beside its marked title and snippet, read from the index.
STORED = (TYPE_FIELD, LANGUAGE_FIELD)
# The score of a word matched whole and of one matched as a part of a compound, far
# above any score of the terms themselves, so that the tiers never mix.
WHOLE_SCORE, PART_SCORE = 1000, 500
# Index terms one misspelt word may stand for.
MAX_EXPANSIONS = 50
# At equal relevance, the values ranked first (open calls) come first: a factor too
# small to reorder hits of different relevance.
RANKED_FACTOR = 1e-5


def word_clause(word, fields):
    """The clause one query word (search.analysis.WordQuery) must match, scored by tier.

    A whole-word match scores WHOLE_SCORE and a part match PART_SCORE, the better of the
    two; a typo match scores nothing of the kind. Relevance within a tier is the usual
    scoring of the matched terms, title terms weighing most. The database backend orders
    by the same tiers (search.ranking).
    """

    def matching(terms):
        return {"multi_match": {"query": " ".join(terms), "fields": fields}}

    whole = [matching(word.whole)]
    parts = [matching(word.parts)] if word.parts else []
    parts += [{"bool": {"must": [matching(part) for part in reading]}} for reading in word.compounds]
    typos = []
    if word.edits:
        # A marked part keeps its marker exactly: the errors are in the word.
        for text, prefix in ((word.text, 0), (PART + word.text, len(PART))):
            fuzzy = {"fuzziness": word.edits, "prefix_length": prefix, "max_expansions": MAX_EXPANSIONS}
            typos.append({"multi_match": {"query": text, "fields": fields, **fuzzy}})
    tiers = [{"constant_score": {"filter": whole[0], "boost": WHOLE_SCORE}}]
    if parts:
        tiers.append({"constant_score": {"filter": {"bool": {"should": parts}}, "boost": PART_SCORE}})
    return {"bool": {"should": [{"dis_max": {"queries": tiers}}, *whole, *parts, *typos], "minimum_should_match": 1}}


class StaleIndexError(Exception):
    """The engine's page index lacks what this version of the portal stores in it."""


def _iso(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def condition_clause(condition):
    """A condition ({"closes_on__gte": today, ...}) as a query clause on the condition fields."""
    clauses = []
    for field, operator, value in condition_terms(condition):
        name = condition_field(field)
        if operator is None:
            clauses.append({"term": {name: _iso(value)}})
        elif operator == "isnull":
            exists = {"exists": {"field": name}}
            clauses.append({"bool": {"must_not": [exists]}} if value else exists)
        else:
            clauses.append({"range": {name: {operator: _iso(value)}}})
    return clauses[0] if len(clauses) == 1 else {"bool": {"filter": clauses}}


def facet_filter(facet, values):
    """The clause selecting pages with any of `values` of `facet`."""
    if isinstance(facet, TypeFacet):
        return {"terms": {TYPE_FIELD: list(values)}}
    if isinstance(facet, LookupFacet):
        return {"terms": {facet_field(facet.name): list(values)}}
    conditions = facet.conditions()
    clauses = [condition_clause(conditions[value]) for value in values]
    return {"bool": {"should": clauses, "minimum_should_match": 1}}


def facet_aggregation(facet, choices):
    """The aggregation counting `facet`'s `choices` ({value: label})."""
    if isinstance(facet, ConditionFacet):
        conditions = facet.conditions()
        return {"filters": {"filters": {value: condition_clause(conditions[value]) for value in choices}}}
    field = TYPE_FIELD if isinstance(facet, TypeFacet) else facet_field(facet.name)
    # Ask for every known value: the engine's default of ten buckets would hide some.
    return {"terms": {"field": field, "size": max(len(choices), 1)}}


def facet_counts(facet, aggregation):
    if isinstance(facet, ConditionFacet):
        return {value: bucket["doc_count"] for value, bucket in aggregation["buckets"].items()}
    return {bucket["key"]: bucket["doc_count"] for bucket in aggregation["buckets"]}


class SearchRequest:
    """The request body for one page of `query`'s hits; `fields` names the indexed fields."""

    def __init__(self, query, fields, choices):
        self.query, self.fields, self.choices = query, fields, choices

    def body(self, offset):
        selected = self.query.selected  # only facets with values chosen (parse_query)
        return {
            "query": self.ranked_query(),
            **({"post_filter": self.selections(selected)} if selected else {}),
            "aggs": self.aggregations(),
            "sort": self.sort(),
            "from": offset,
            "size": self.query.per_page,
            "_source": False,
            "docvalue_fields": list(STORED),
            "track_total_hits": True,
            **({} if self.query.cards else {"highlight": self.highlight()}),
        }

    def selections(self, selected):
        return {"bool": {"filter": [facet_filter(facets()[name], values) for name, values in selected.items()]}}

    def weighted_fields(self):
        fields = self.fields
        return [f"{fields['search_title_terms']}^5", f"{fields['search_summary_terms']}^3", fields["search_body_terms"]]

    def text_query(self):
        query, fields = self.query, self.fields
        must = [word_clause(word, self.weighted_fields()) for word in query.words]
        if query.finds_nothing:
            must = [{"match_none": {}}]
        filters = [
            {"term": {fields["locale"]: query.locale.pk}},
            {"term": {fields["live"]: True}},
            {"terms": {TYPE_FIELD: list(query.types or searchable_models())}},
        ]
        if query.letter:
            filters.append({"term": {LETTER_FIELD: query.letter}})
        return {"bool": {"must": must or [{"match_all": {}}], "filter": filters}}

    def filtered_query(self):
        """The text, the locale and every facet selection, for counting."""
        query = self.text_query()
        if self.query.selected:
            query["bool"]["filter"].append(self.selections(self.query.selected))
        return query

    def ranked_query(self):
        query = self.text_query()
        sort = sort_orders()[self.query.effective_sort]
        if isinstance(sort, FieldSort):
            # The pages meeting the sort's condition first, then the rest of its page types, then all others.
            functions = [
                {"filter": condition_clause(sort.first_if), "weight": 3},
                {"filter": {"exists": {"field": condition_field(sort.field)}}, "weight": 2},
            ]
            return {
                "function_score": {
                    "query": query,
                    "functions": functions,
                    "score_mode": "first",
                    "boost_mode": "replace",
                }
            }
        ranked = ranked_values()
        if self.query.effective_sort == "relevance" and ranked:
            # For equal relevance, the ranked facet values first (open calls, then upcoming ones).
            functions = [
                {"filter": facet_filter(facet, [value]), "weight": 1 + RANKED_FACTOR * (len(ranked) - position)}
                for position, (facet, value) in enumerate(ranked)
            ]
            return {
                "function_score": {
                    "query": query,
                    "functions": functions,
                    "score_mode": "first",
                    "boost_mode": "multiply",
                }
            }
        return query

    def sort(self):
        fields, name = self.fields, self.query.effective_sort
        tiebreak = {fields["id"]: {"order": "asc"}}
        sort = sort_orders()[name]
        if isinstance(sort, FieldSort):
            return ["_score", {condition_field(sort.field): {"order": "asc", "missing": "_last"}}, tiebreak]
        return {
            "relevance": ["_score", tiebreak],
            "newest": [{fields["first_published_at"]: {"order": "desc", "missing": "_last"}}, tiebreak],
            # An index built before names had sort keys sorts them last, until `update_index`.
            "title": [{NAME_SORT_FIELD: {"order": "asc", "unmapped_type": "keyword"}}, tiebreak],
        }[name]

    def aggregations(self):
        """Each facet counted with every selection but its own.

        Facets that see the same selections share one filter: with nothing selected, none
        is needed; with one facet selected, that facet counts without a filter and all the
        others within its selection.
        """
        by_selections = {}
        for name in self.query.facets:
            others = tuple(sorted(facet for facet in self.query.selected if facet != name))
            aggregation = facet_aggregation(facets()[name], self.choices[name])
            by_selections.setdefault(others, {})[name] = aggregation
        aggregations = {}
        for others, counted in by_selections.items():
            if not others:
                aggregations.update(counted)
                continue
            selections = {facet: self.query.selected[facet] for facet in others}
            aggregations[AGGREGATION_GROUP + ",".join(others)] = {
                "filter": self.selections(selections),
                "aggs": counted,
            }
        return aggregations

    def highlight(self):
        """The engine's highlighter over the annotated texts (see search.highlighting.annotate)."""
        words = self.query.words
        terms = sorted(frozenset().union(*(word.highlight_terms for word in words)))
        # About SNIPPET_LENGTH characters once the annotations are gone.
        size = 2 * SNIPPET_LENGTH
        parts = {HIGHLIGHT_FIELDS["summary"]: {"fragment_size": size, "number_of_fragments": 1, "no_match_size": size}}
        if terms:
            parts[HIGHLIGHT_FIELDS["title"]] = {"number_of_fragments": 0}
            parts[HIGHLIGHT_FIELDS["body"]] = {"fragment_size": size, "number_of_fragments": 1}
        title_terms = self.fields["search_title_terms"]
        marked = [{"match": {title_terms: {"query": " ".join(terms)}}}] if terms else []
        marked += [
            {"match": {title_terms: {"query": word.text, "fuzziness": word.edits, "prefix_length": 0}}}
            for word in words
            if word.edits
        ]
        return {
            "type": "unified",
            "pre_tags": [MARK_START],
            "post_tags": [MARK_END],
            # The annotated copies are stored, not indexed: the terms come from a query on a
            # field that is, and mark the same terms wherever they occur.
            "require_field_match": False,
            "highlight_query": {"bool": {"should": marked}} if marked else {"match_none": {}},
            "fields": parts,
        }

    def read(self, response):
        """(total, [{"pk", "type", "language", "highlight"}, ...], {facet: {value: count}}) from the answer."""
        aggregations = {}
        for key, aggregation in response.get("aggregations", {}).items():
            # A group's own document count sits beside its facets and is not one of them.
            aggregations.update(aggregation if key.startswith(AGGREGATION_GROUP) else {key: aggregation})
        counts = {
            name: facet_counts(facets()[name], aggregations[name]) if name in aggregations else {}
            for name in self.query.facets
        }
        hits = []
        for hit in response["hits"]["hits"]:
            stored = hit.get("fields", {})
            if any(name not in stored for name in STORED):
                raise StaleIndexError("the page index predates this version of the portal: run update_index")
            type_, language = (stored[name][0] for name in STORED)
            hits.append(
                {"pk": int(hit["_id"]), "type": type_, "language": language, "highlight": hit.get("highlight", {})}
            )
        return response["hits"]["total"]["value"], hits, counts
