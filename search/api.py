"""The JSON API under /api/ (django-ninja), documented at /api/openapi.json.

`GET /api/search` and `GET /api/autocomplete` are the search core's; apps add the fields
of their page types to search results and endpoints of their own through hooks
(search.api_types). Every endpoint answers `HEAD` as it answers `GET`.
"""

import dataclasses
from typing import Annotated, Union

from django.utils import timezone, translation

from wagtail import hooks

from ninja import Field, NinjaAPI, Query, Schema
from pydantic import create_model

from search.api_types import (
    API_ROUTER_HOOK,
    API_TYPE_HOOK,
    ErrorSchema,
    check_language,
    language_parameter,
    plain_result_type,
)
from search.facets import facets, sort_orders
from search.memo import shared_memo_many
from search.pages import searchable_models
from search.query import changed_query_string, parse_query
from search.service import autocomplete, search

GET = ["GET", "HEAD"]

api = NinjaAPI(
    title="SCIC portal API",
    version="1",
    description="Search the Smart City Innovation Cluster's challenge calls, members, references and news.",
    urls_namespace="portal-api",
    docs_url="/docs",
)


def result_types():
    """{type: ApiResultType} for every searchable page type, as the apps registered them."""
    registered = {result.type: result for result in (register() for register in hooks.get_hooks(API_TYPE_HOOK))}
    return {name: registered.get(name) or plain_result_type(name) for name in searchable_models()}


RESULT_TYPES = result_types()
_schemas = tuple(result.schema for result in RESULT_TYPES.values())
SearchResult = _schemas[0] if len(_schemas) == 1 else Annotated[Union[_schemas], Field(discriminator="type")]  # noqa: UP007


class FacetValueSchema(Schema):
    value: str
    label: str
    count: int
    selected: bool


class SpellingSuggestion(Schema):
    q: str = Field(description="The query with its misspelt words corrected.")
    count: int
    url: str = Field(description="This API's answer for the corrected query.")


class LanguageCountSchema(Schema):
    lang: str
    name: str
    count: int
    url: str = Field(description="This API's answer for the same search in that language.")


class SearchResponse(Schema):
    count: int
    page: int
    num_pages: int
    results: list[SearchResult]
    facets: dict[str, list[FacetValueSchema]]
    notices: list[str]
    suggestion: SpellingSuggestion | None = Field(
        None, description="“Did you mean”: offered when few results match and a corrected query finds more."
    )
    languages: list[LanguageCountSchema] = Field(
        [], description="When nothing is found: the same search's results in each other language."
    )


class SuggestionSchema(Schema):
    type: str
    title: str
    url: str


class AutocompleteResponse(Schema):
    results: list[SuggestionSchema]


def facet_parameter(facet):
    description = f"{facet.label}: a value of the {facet.name} facet; repeat the parameter for several (OR)."
    return list[str], Field([], description=description)


# The facet parameters are the registered facets (search.facets).
SearchParameters = create_model(
    "SearchParameters",
    __base__=Schema,
    q=(str, ""),
    lang=(str, language_parameter()),
    **{name: facet_parameter(facet) for name, facet in facets().items()},
    page=(str, "1"),
    sort=(str, Field("", description=f"One of: {', '.join(sort_orders())}.")),
)


class AutocompleteParameters(Schema):
    q: str = ""
    lang: str = language_parameter()


def _plain(pieces):
    return "".join(text for text, _matched in pieces)


def _changed_url(request, **changes):
    return request.build_absolute_uri(f"{request.path}?{changed_query_string(request.GET, **changes)}")


def type_fields(hits, request):
    """{pk: its type's own fields} of each hit, kept by the shared memo per content generation,
    language and day (a call's status). The pages of the hits it lacks are loaded once per type."""
    asked = f"{translation.get_language()}:{timezone.localdate()}"
    hit_of = {f"api-fields:{asked}:{hit.page.pk}": hit for hit in hits}

    def missing(keys):
        pages_by_type = {}
        for key in keys:
            pages_by_type.setdefault(hit_of[key].type, []).append(hit_of[key].page)
        fields = {}
        for name, pages in pages_by_type.items():
            # Results come with Wagtail's own fields only (unless what they say of their pages
            # was loaded whole meanwhile): each type's are read here.
            whole, lacking = [], []
            for page in pages:
                if page.get_deferred_fields():
                    lacking.append(page.pk)
                else:
                    whole.append(page)
            if lacking:
                whole += searchable_models()[name].search_snippet_queryset().filter(pk__in=lacking)
            fields.update(RESULT_TYPES[name].load(whole, request))
        return {key: fields.get(hit_of[key].page.pk, {}) for key in keys}

    return {hit_of[key].page.pk: fields for key, fields in shared_memo_many(list(hit_of), missing).items()}


def results_json(hits, request):
    """Each hit as the API shows it: the common fields and its type's own."""
    fields = type_fields(hits, request)
    return [
        {
            "id": hit.page.pk,
            "type": hit.type,
            "title": hit.title,
            "url": hit.page.get_full_url(request),
            "locale": hit.language,
            "summary": _plain(hit.snippet),
            # Kept facts are plain strings already (`Fact.in_words`).
            "facts": [dataclasses.asdict(fact) for fact in hit.facts],
            **fields.get(hit.page.pk, {}),
        }
        for hit in hits
    ]


@api.api_operation(GET, "/search", response={200: SearchResponse, 400: ErrorSchema}, summary="Search pages with facets")
def search_endpoint(request, params: Query[SearchParameters]):
    """Full-text search in one language with facet counts.

    Values within one facet combine with OR, facets with AND; each facet's counts apply
    every selection but its own. A facet parameter may repeat (`?theme=energy&theme=water`).
    Each result carries the fields of its type (a call's dates and status, a member's
    organisation type, ...). An unknown `lang` is a 400.
    """
    locale = check_language(params.lang)
    with translation.override(params.lang):
        query = parse_query(request.GET, locale=locale, sorts=tuple(sort_orders()))
        results = search(query)
        return {
            "count": results.count,
            "page": results.items.number,
            "num_pages": results.items.paginator.num_pages,
            "results": results_json(list(results.items), request),
            "facets": {facet.name: [vars(value) for value in facet.values] for facet in results.facets},
            "notices": [str(notice) for notice in results.notices],
            "suggestion": _suggestion(request, results.suggestion),
            "languages": [
                {
                    "lang": other.language,
                    "name": other.name,
                    "count": other.count,
                    "url": _changed_url(request, lang=other.language),
                }
                for other in results.languages
            ],
        }


def _suggestion(request, suggestion):
    if suggestion is None:
        return None
    return {"q": suggestion.text, "count": suggestion.count, "url": _changed_url(request, q=suggestion.text)}


@api.api_operation(
    GET, "/autocomplete", response={200: AutocompleteResponse, 400: ErrorSchema}, summary="Complete a search box"
)
def autocomplete_endpoint(request, params: Query[AutocompleteParameters]):
    """Up to eight page titles in `lang` with words starting with `q`; accents do not matter.

    An unknown `lang` is a 400.
    """
    locale = check_language(params.lang)
    pages = autocomplete(params.q, locale)
    return {
        "results": [{"type": page.search_type, "title": page.title, "url": page.get_url(request)} for page in pages]
    }


for _prefix, _router in (register() for register in hooks.get_hooks(API_ROUTER_HOOK)):
    api.add_router(_prefix, _router)
