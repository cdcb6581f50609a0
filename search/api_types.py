"""What the JSON API says about a search result, and how apps add their page types' own fields.

Every result has `id`, `type`, `title`, `url`, `locale` and `summary`. An app adds what a
client needs of its page types with the `register_search_api_type` hook, returning an
`ApiResultType`: a schema (a subclass of `SearchResultSchema` whose `type` is a
`Literal` of its type) and a loader that reads those fields for a page of results in
a fixed number of queries. Apps add endpoints of their own (a page type's full record)
with the `register_api_router` hook, returning (prefix, django-ninja Router).
"""

import dataclasses
from collections.abc import Callable
from typing import Literal

from django.conf import settings

from wagtail.models import Locale

from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import create_model

from search.memo import shared_memo

API_TYPE_HOOK = "register_search_api_type"
API_ROUTER_HOOK = "register_api_router"


class FactSchema(Schema):
    label: str
    text: str
    date: str = Field("", description="The fact's date (ISO 8601) when it is a date.")
    note: str = ""


class SearchResultSchema(Schema):
    id: int = Field(description="The page's id in its language; some types have their full record at its id.")
    type: str
    title: str
    url: str
    locale: str = Field(description="The language of the result's text (an untranslated page shows the original's).")
    summary: str
    facts: list[FactSchema] = Field(
        [], description="What the result says about its page: a call's status and deadline, a member's country..."
    )


class ErrorSchema(Schema):
    detail: str


@dataclasses.dataclass(frozen=True)
class ApiResultType:
    """A page type's fields in search results: `load(pages, request)` returns {pk: {field: value}}.

    `pages` are the results' specific pages of the type, loaded once with their own fields
    (`search_snippet_queryset`): `load` adds what its fields need of other tables
    (`prefetch_related_objects`), so no page is read twice.
    """

    type: str
    schema: type
    load: Callable


def plain_result_type(name):
    """The result schema of a page type that adds no fields of its own."""
    schema = create_model(f"{name.title()}Result", __base__=SearchResultSchema, type=(Literal[name], ...))
    return ApiResultType(type=name, schema=schema, load=lambda pages, request: {})


def language_parameter(default=settings.LANGUAGE_CODE):
    """The `lang` parameter: one of the portal's languages, documented as an enum.

    It is read as text and checked by the endpoint, which answers an unknown language with
    a 400 that says what is allowed (a schema violation would be a less helpful 422).
    """
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return Field(default, description="Language code.", json_schema_extra={"enum": codes})


def check_language(lang):
    """The Locale of `lang`, or a 400 naming the languages there are."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if lang not in codes:
        raise HttpError(400, f"Unknown language {lang[:20]!r}; use one of {', '.join(codes)}.")
    # Read on every answer: kept like the search page's (search.views).
    return shared_memo(f"locale:{lang}", lambda: Locale.objects.get(language_code=lang))


def public_page(model, page_id, lang=None):
    """The live, public page of `model` with `page_id`, or its version in `lang`; else a 404."""
    page = model.objects.live().public().filter(pk=page_id).first()
    if page is not None and lang is not None:
        page = page.get_translation_or_none(check_language(lang))
        page = page if page is not None and page.live else None
    if page is None:
        raise HttpError(404, f"No published {model._meta.verbose_name} has this id in this language.")
    return page


class PageRecordSchema(Schema):
    """What every full record starts with: the page's id, title, address and language."""

    id: int
    title: str
    url: str
    locale: str


RECORD_DESCRIPTION = (
    "The published page with this id; with `lang`, its version in that language. An unknown `lang` is a 400; "
    "a page that is not published (in that language) a 404."
)


class DetailParameters(Schema):
    lang: str | None = language_parameter(default=None)


def record_router(model, schema, summary, build):
    """A django-ninja Router with `GET` (and `HEAD`) `/{id}`: a published page's full record.

    `build(page, request)` gives the record's fields beyond `PageRecordSchema`'s. With `lang`,
    the page's version in that language; an unknown `lang` is a 400, a page that is not
    published (in that language) a 404.
    """
    router = Router(tags=[str(model._meta.verbose_name_plural)])

    @router.api_operation(
        ["GET", "HEAD"],
        "/{int:page_id}",
        response={200: schema, 400: ErrorSchema, 404: ErrorSchema},
        summary=summary,
        description=RECORD_DESCRIPTION,
        operation_id=f"{model._meta.model_name}_record",
    )
    def record(request, page_id: int, params: Query[DetailParameters]):
        page = public_page(model, page_id, params.lang)
        common = {"id": page.pk, "title": page.title, "url": page.get_full_url(request)}
        return {**common, "locale": page.locale.language_code, **build(page, request)}

    return router
