"""The JSON API's members: their fields in search results, and a member's full public record."""

import datetime
from typing import Literal

from django.db.models import prefetch_related_objects

from ninja import Field, Schema

from directory.models import MemberProfilePage
from portal.api import (
    ChoiceSchema,
    CountrySchema,
    PageLinkSchema,
    ThemeSchema,
    choice_json,
    country_json,
    link_json,
    plain_text,
    themes_json,
    translations_json,
)
from portal.facets import capability_choices
from portal.head import image_url
from portal.renditions import LOGO
from search.api_types import ApiResultType, PageRecordSchema, SearchResultSchema, record_router


class MemberResult(SearchResultSchema):
    type: Literal["member"]
    organisation_type: ChoiceSchema
    countries: list[CountrySchema] = Field(description="The countries of the member's offices.")
    themes: list[ThemeSchema]


def countries_json(page):
    countries = {office.country.code: office.country for office in page.offices.all()}
    return [country_json(country) for _code, country in sorted(countries.items())]


def member_fields(page):
    return {
        "organisation_type": choice_json(page, "organisation_type"),
        "countries": countries_json(page),
        "themes": themes_json(page),
    }


def load_members(pages, request):
    prefetch_related_objects(pages, "themes", "offices")
    return {page.pk: member_fields(page) for page in pages}


MEMBER_RESULTS = ApiResultType("member", MemberResult, load_members)


class OfficeSchema(Schema):
    city: str
    country: CountrySchema


class CapabilitySchema(Schema):
    slug: str = Field(description="The value of the `capability` filter.")
    name: str


class OfferSchema(Schema):
    name: str
    description: str


class MemberContactSchema(Schema):
    name: str
    email: str
    phone: str


class MemberDetail(PageRecordSchema):
    summary: str
    description: str = Field(description="Plain text, paragraphs separated by blank lines.")
    organisation_type: ChoiceSchema
    size: ChoiceSchema | None
    capabilities: list[CapabilitySchema] = Field(description="From the portal's capability taxonomy, named in `lang`.")
    offering: list[OfferSchema] = Field(description="What the member offers, in its own words.")
    themes: list[ThemeSchema]
    offices: list[OfficeSchema]
    countries: list[CountrySchema]
    website: str
    contact: MemberContactSchema
    member_since: int | None
    logo: str | None
    last_reviewed_at: datetime.datetime | None = Field(description="When the organisation last confirmed its profile.")
    challenges: list[PageLinkSchema] = Field(description="Challenge calls the member brought to the cluster.")
    references: list[PageLinkSchema] = Field(description="References the member was a partner in.")
    translations: dict[str, int] = Field(description="The id of the profile in each language it is published in.")


def capabilities_json(page):
    """The member's capabilities, named in the active language, in alphabetical order."""
    names = capability_choices()
    capabilities = [{"slug": item.slug, "name": names.get(item.slug, item.name)} for item in page.capabilities.all()]
    return sorted(capabilities, key=lambda item: item["name"].casefold())


def member_record(page, request):
    return {
        "summary": page.summary,
        "description": plain_text(page, "description"),
        **member_fields(page),
        "size": choice_json(page, "size"),
        "capabilities": capabilities_json(page),
        "offering": [
            {"name": block.value["name"], "description": block.value["description"] or ""} for block in page.offering
        ],
        "offices": [{"city": office.city, "country": country_json(office.country)} for office in page.offices.all()],
        "website": page.website,
        "contact": {"name": page.contact_name, "email": page.contact_email, "phone": page.contact_phone},
        "member_since": page.member_since,
        "logo": image_url(page.logo, LOGO),
        "last_reviewed_at": page.last_reviewed_at,
        "challenges": [link_json(challenge, request) for challenge in page.live_challenges()],
        "references": [link_json(reference, request) for reference in page.live_references()],
        "translations": translations_json(page),
    }


router = record_router(MemberProfilePage, MemberDetail, "A member organisation's full public profile", member_record)
