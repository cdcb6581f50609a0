"""The JSON API's challenge calls and references: their fields in search results, and a call's full record."""

import datetime
from typing import Literal

from django.db.models import prefetch_related_objects

from ninja import Field, Schema

from challenges.models import ChallengePage, ChallengeStage, ChallengeStatus
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
from portal.follow import absolute
from portal.head import image_url
from search.api_types import ApiResultType, PageRecordSchema, SearchResultSchema, record_router

STATUS_DESCRIPTION = f"One of: {', '.join(ChallengeStatus.values)} (from the dates, on the day of the request)."
STAGE_DESCRIPTION = "What became of the call after its deadline, as editors record it; null while nothing is recorded."
CLOSES_DESCRIPTION = "The last moment submissions are accepted: 23:59 Helsinki time on the closing day."


class CallFields(Schema):
    """What a client needs of a call, in search results and in its full record."""

    status: str = Field(description=STATUS_DESCRIPTION)
    opens: datetime.date
    closes: datetime.datetime = Field(description=CLOSES_DESCRIPTION)
    city: str
    country: CountrySchema
    themes: list[ThemeSchema]
    stage: ChallengeStage | None = Field(None, description=STAGE_DESCRIPTION)


class ChallengeResult(SearchResultSchema, CallFields):
    type: Literal["challenge"]
    owner: str


class PlaceSchema(Schema):
    city: str
    country: CountrySchema


class PeriodSchema(Schema):
    start: int
    end: int | None = Field(description="Null while the project goes on.")


class ReferenceResult(SearchResultSchema):
    type: Literal["reference"]
    place: PlaceSchema
    period: PeriodSchema
    themes: list[ThemeSchema]


def call_fields(page):
    return {
        "status": page.status.value,
        "opens": page.opens_on,
        "closes": page.closes_at,
        "owner": page.owner_display_name,
        "city": page.city,
        "country": country_json(page.country),
        "themes": themes_json(page),
        "stage": page.stage or None,
    }


def load_calls(pages, request):
    prefetch_related_objects(pages, "themes")
    return {page.pk: call_fields(page) for page in pages}


def load_references(pages, request):
    prefetch_related_objects(pages, "themes")
    return {
        page.pk: {
            "place": {"city": page.city, "country": country_json(page.country)},
            "period": {"start": page.start_year, "end": page.end_year},
            "themes": themes_json(page),
        }
        for page in pages
    }


CALL_RESULTS = ApiResultType("challenge", ChallengeResult, load_calls)
REFERENCE_RESULTS = ApiResultType("reference", ReferenceResult, load_references)


class OwnerSchema(Schema):
    name: str
    type: ChoiceSchema | None
    country: CountrySchema | None
    member: PageLinkSchema | None = Field(description="The member page of an owner that is a member.")


class ContactSchema(Schema):
    name: str
    email: str
    url: str


class AttachmentSchema(Schema):
    title: str
    url: str


class ConsortiumMemberSchema(Schema):
    role: ChoiceSchema = Field(description="lead or partner")
    member: PageLinkSchema


class ChallengeDetail(PageRecordSchema, CallFields):
    summary: str
    description: str = Field(description="Plain text, paragraphs separated by blank lines.")
    expected_outcomes: str
    owner: OwnerSchema
    budget: str
    contact: ContactSchema
    attachments: list[AttachmentSchema]
    stage_note: str = Field(description="What editors tell visitors about the stage; empty when nothing.")
    consortium: list[ConsortiumMemberSchema] = Field(description="The members answering the call, lead first.")
    image: str | None
    references: list[PageLinkSchema]
    translations: dict[str, int] = Field(description="The id of the call in each language it is published in.")
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None


def consortium_json(page, request):
    rows = sorted(page.consortium.select_related("member"), key=lambda row: (not row.is_lead, row.sort_order))
    members = [(row, row.member.localized) for row in rows]
    return [
        {"role": choice_json(row, "role"), "member": link_json(member, request)}
        for row, member in members
        if member.live
    ]


def call_record(page, request):
    owner = page.owner_member.localized if page.owner_member_id else None
    return {
        "summary": page.summary,
        "description": plain_text(page, "body"),
        "expected_outcomes": plain_text(page, "expected_outcomes"),
        **call_fields(page),
        "owner": {
            "name": page.owner_display_name,
            "type": choice_json(page, "owner_type"),
            "country": country_json(page.owner_country) if page.owner_country else None,
            "member": link_json(owner, request) if owner else None,
        },
        "budget": page.budget,
        "contact": {"name": page.contact_name, "email": page.contact_email, "url": page.contact_url},
        "attachments": [
            {"title": attachment.display_title, "url": absolute(attachment.document.url)}
            for attachment in page.public_attachments()
        ],
        "stage_note": page.stage_note,
        "consortium": consortium_json(page, request),
        "image": image_url(page.image),
        "references": [link_json(reference, request) for reference in page.related_references],
        "translations": translations_json(page),
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
    }


router = record_router(ChallengePage, ChallengeDetail, "A challenge call's full public record", call_record)
