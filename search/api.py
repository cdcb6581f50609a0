"""The JSON search API under /api/ (django-ninja), documented at /api/openapi.json."""

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale

from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import HttpError
from pydantic import create_model

from search.facets import facets, sort_orders
from search.query import changed_query_string, parse_query
from search.service import autocomplete, search

api = NinjaAPI(
    title="SCIC portal API",
    version="1",
    description="Search the Smart City Innovation Cluster's challenge calls, members, references and news.",
    urls_namespace="portal-api",
    docs_url="/docs",
)


class FactSchema(Schema):
    label: str
    text: str
    date: str = Field("", description="The fact's date (ISO 8601) when it is a date.")
    note: str = ""


class SearchResultSchema(Schema):
    type: str
    title: str
    url: str
    locale: str
    summary: str
    facts: list[FactSchema] = Field(
        [], description="What the result says about its page: a call's status and deadline, a member's country..."
    )


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
    results: list[SearchResultSchema]
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
    lang=(str, settings.LANGUAGE_CODE),
    **{name: facet_parameter(facet) for name, facet in facets().items()},
    page=(str, "1"),
    sort=(str, Field("", description=f"One of: {', '.join(sort_orders())}.")),
)


def _locale(lang):
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if lang not in codes:
        raise HttpError(400, f"Unknown language {lang[:20]!r}; use one of {', '.join(codes)}.")
    return Locale.objects.get(language_code=lang)


def _plain(pieces):
    return "".join(text for text, _matched in pieces)


def _changed_url(request, **changes):
    return request.build_absolute_uri(f"{request.path}?{changed_query_string(request.GET, **changes)}")


@api.get("/search", response=SearchResponse, summary="Search pages with facets")
def search_endpoint(request, params: Query[SearchParameters]):
    """Full-text search in one language with facet counts.

    Values within one facet combine with OR, facets with AND; each facet's counts apply
    every selection but its own. A facet parameter may repeat (`?theme=energy&theme=water`).
    """
    locale = _locale(params.lang)
    with translation.override(params.lang):
        query = parse_query(request.GET, locale=locale, sorts=tuple(sort_orders()))
        results = search(query)
        return {
            "count": results.count,
            "page": results.items.number,
            "num_pages": results.items.paginator.num_pages,
            "results": [
                {
                    "type": hit.type,
                    "title": hit.title,
                    "url": hit.page.get_full_url(request),
                    "locale": hit.language,
                    "summary": _plain(hit.snippet),
                    "facts": [{**vars(fact), "label": str(fact.label), "text": str(fact.text)} for fact in hit.facts],
                }
                for hit in results.items
            ],
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


@api.get("/autocomplete", response=AutocompleteResponse, summary="Complete a search box")
def autocomplete_endpoint(request, q: str = "", lang: str = settings.LANGUAGE_CODE):
    """Up to eight page titles in `lang` with words starting with `q`; accents do not matter."""
    locale = _locale(lang)
    pages = autocomplete(q, locale)
    return {
        "results": [{"type": page.search_type, "title": page.title, "url": page.get_url(request)} for page in pages]
    }
