"""From a stored submission to a draft challenge call in the "Challenge intake" workflow.

The draft is written in the submitter's language and goes into that language's page
tree, under its challenge listing: a page's locale is the language of its text, and
wagtail-localize translates a page from whichever language it was written in. A call
submitted in English is mirrored into the other trees as untranslated copies, as any
page an editor adds; one submitted in Finnish or Swedish is translated into English by
an editor before it reaches the international public. See docs/intake.md.
"""

import datetime

from django.db import transaction
from django.utils import translation
from django.utils.html import linebreaks
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _

from wagtail.coreutils import find_available_slug
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.synctree import create_aliases_for_new_page

from challenges.models import (
    RESERVED_SLUGS,
    ChallengeAttachment,
    ChallengeIndexPage,
    ChallengePage,
    ChallengeSubmission,
    call_today,
)
from portal.roles import EDITORS
from portal.workflows import approval_workflow

INTAKE_WORKFLOW = "Challenge intake"
INTAKE_TASK = "Editors review a submitted challenge"
# The draft's dates are placeholders until an editor agrees them with the owner.
DRAFT_OPEN_FOR = datetime.timedelta(days=60)


def intake_workflow():
    return approval_workflow(INTAKE_WORKFLOW, INTAKE_TASK, EDITORS)


def challenge_listing_for(language):
    """The challenge listing of the submitter's language, or the default language's when it has none."""
    source = ChallengeIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    if source is None:
        raise LookupError("The site has no challenge listing to put draft calls under")
    locale = Locale.objects.filter(language_code=language).first()
    return (source.get_translation_or_none(locale) if locale else None) or source


def draft_slug(parent, title):
    slug = slugify(title)[:60].strip("-") or "challenge"
    if slug in RESERVED_SLUGS:
        slug = f"{slug}-challenge"
    return find_available_slug(parent, slug)


def draft_call(submission, parent):
    """An unsaved call with the owner's data, its text in the submitter's language."""
    with translation.override(submission.language):
        body = [
            ("heading", _("The problem")),
            ("paragraph", RichText(linebreaks(submission.problem, autoescape=True))),
            ("heading", _("Timeline")),
            ("paragraph", RichText(linebreaks(submission.timeline, autoescape=True))),
        ]
    today = call_today()
    page = ChallengePage(
        title=submission.title,
        slug=draft_slug(parent, submission.title),
        locale=parent.locale,
        live=False,
        has_unpublished_changes=True,
        summary=Truncator(" ".join(submission.problem.split())).chars(400),
        body=body,
        expected_outcomes=linebreaks(submission.desired_outcome, autoescape=True),
        budget=submission.budget,
        owner_name=submission.organisation,
        owner_type=submission.organisation_type,
        owner_country=submission.country,
        city=submission.city,
        country=submission.country,
        opens_on=today,
        closes_on=today + DRAFT_OPEN_FOR,
        contact_name=submission.contact_name,
        contact_email=submission.email,
    )
    page.themes.set(submission.themes.all())
    page.attachments = [ChallengeAttachment(document=document) for document in submission.documents.all()]
    return page


def start_review(submission_pk):
    """Create the submission's draft call and start the "Challenge intake" workflow on it.

    Wagtail e-mails the Editors a link to the draft when the workflow starts. Does nothing
    when the submission has its draft already.
    """
    submission = ChallengeSubmission.objects.select_related("page").get(pk=submission_pk)
    if submission.page is not None:
        return submission.page
    with transaction.atomic():
        parent = challenge_listing_for(submission.language)
        page = draft_call(submission, parent)
        parent.add_child(instance=page)
        page.save_revision()
        ChallengeSubmission.objects.filter(pk=submission.pk).update(page=page)
        create_aliases_for_new_page(page)
        intake_workflow().start(page, None)
    return page
