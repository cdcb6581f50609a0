"""Challenge calls (their listing: `listing`; their status: `status`).

A challenge call is a problem a city, region or company brings to the cluster. Its
status (upcoming, open, closed) is derived from its opening and closing dates, never
stored; its stage (what became of it after the deadline) is set by editors, see
`challenges.models.stages`.
"""

import datetime
import functools

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries.fields import CountryField

from challenges.follow import CallCalendarMixin
from challenges.models.stages import (
    STAGES_AFTER_DEADLINE,
    ChallengePageForm,
    ChallengeStage,
    call_timeline,
    consortium_of,
)
from challenges.models.status import (
    CALL_TIME_ZONE,
    ChallengeManager,
    ChallengeStatus,
    call_today,
    challenge_status,
)
from portal.blocks import RICH_TEXT_FEATURES, BodyBlock
from portal.fragments import restricted_collection_paths, shared
from portal.models import OrganisationType, in_default_locale
from portal.privacy import SharedViewRestrictionsMixin
from portal.translation import PAGE_TRANSLATABLE_FIELDS, related_page
from portal.widgets import TaxonomyPanel
from search.pages import Fact, SearchablePage, time_left

# The hook through which other apps add sections to a call page: functions of (page, request)
# returning HTML, rendered in the order of the hook (the solvers app adds its own).
CALL_SECTIONS_HOOK = "challenge_page_sections"

# Addresses under the challenge listing that belong to the submission form (challenges/urls.py).
RESERVED_SLUGS = ("submit",)


class ChallengePage(SharedViewRestrictionsMixin, CallCalendarMixin, SearchablePage):
    """One challenge call: what the owner needs, where, by when, and whom to ask."""

    search_type = "challenge"
    facet_lookups = {
        "theme": "themes__slug",
        "capability": "capabilities__slug",
        "country": "country",
        "stage": "stage",
    }
    card_select_related = ("owner_member", "image")
    card_prefetch_related = ("themes", "image__renditions")
    card_template = "challenges/includes/challenge_card.html"
    detail_prefetch_related = ("themes",)

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences shown in listings and search results."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)

    owner_member = models.ForeignKey(
        "directory.MemberProfilePage",
        verbose_name=_("owner (a member)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_challenges",
        help_text=_("Choose the member that owns the challenge, or fill in the owner's details below."),
    )
    owner_name = models.CharField(_("owner's name"), max_length=200, blank=True)
    owner_type = models.CharField(
        _("owner's organisation type"), max_length=20, choices=OrganisationType.choices, blank=True
    )
    owner_country = CountryField(_("owner's country"), blank=True)

    city = models.CharField(_("city or region"), max_length=200)
    country = CountryField(_("country"))
    themes = ParentalManyToManyField("portal.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    capabilities = ParentalManyToManyField(
        "portal.Capability",
        verbose_name=_("capabilities sought"),
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        help_text=_("What a solver needs to be able to do. Suggested solvers are ranked by these, among others."),
    )

    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(
        _("closes on"), help_text=_("Submissions are accepted until 23:59 Finnish time on this day.")
    )
    expected_outcomes = RichTextField(_("expected outcomes"), features=RICH_TEXT_FEATURES, blank=True)
    budget = models.CharField(
        _("scale or budget"),
        max_length=200,
        blank=True,
        help_text=_("For example 'EUR 2–5 million' or 'pilot in one district'. Optional."),
    )

    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_url = models.URLField(_("more information at"), blank=True)

    stage = models.CharField(
        _("stage"),
        max_length=20,
        choices=ChallengeStage.choices,
        blank=True,
        help_text=_("What the call has led to since its deadline. Leave empty until there is something to tell."),
    )
    stage_note = models.TextField(
        _("what happened next"),
        max_length=500,
        blank=True,
        help_text=_("A sentence or two for visitors about the stage, shown on the call page."),
    )

    objects = ChallengeManager()
    base_form_class = ChallengePageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("owner_member"),
                FieldPanel("owner_name"),
                FieldRowPanel([FieldPanel("owner_type"), FieldPanel("owner_country")]),
            ],
            heading=_("Owner"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                TaxonomyPanel("themes"),
                TaxonomyPanel("capabilities", group_by="theme"),
            ],
            heading=_("Place and themes"),
        ),
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")], heading=_("Dates")),
        FieldPanel("body"),
        FieldPanel("expected_outcomes"),
        FieldPanel("budget"),
        InlinePanel("attachments", label=_("Attachments")),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_url")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("stage"),
                FieldPanel("stage_note"),
                InlinePanel("consortium", label=_("Consortium member"), heading=_("Consortium")),
            ],
            heading=_("After the deadline"),
        ),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        SynchronizedField("image"),
        TranslatableField("body"),
        SynchronizedField("owner_member"),
        TranslatableField("owner_name"),
        SynchronizedField("owner_type"),
        SynchronizedField("owner_country"),
        TranslatableField("city"),
        SynchronizedField("country"),
        SynchronizedField("themes"),
        SynchronizedField("capabilities"),
        SynchronizedField("opens_on"),
        SynchronizedField("closes_on"),
        TranslatableField("expected_outcomes"),
        TranslatableField("budget"),
        TranslatableField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_url"),
        SynchronizedField("attachments"),
        SynchronizedField("stage"),
        TranslatableField("stage_note"),
        SynchronizedField("consortium"),
    ]

    template = "challenges/challenge_page.html"
    parent_page_types = ["challenges.ChallengeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("challenge call")
        verbose_name_plural = _("challenge calls")

    @classmethod
    def search_result_queryset(cls):
        return super().search_result_queryset().with_owner_names()

    @classmethod
    def search_snippet_queryset(cls):
        return super().search_snippet_queryset().with_owner_names()

    def search_texts(self):
        return self.summary, self.field_texts("body", "city", "owner_name")

    def search_facts(self):
        status = self.status
        facts = [Fact(_("Status"), status.label, kind=f"status-{status}")]
        if status == ChallengeStatus.UPCOMING:
            facts.append(Fact.dated(_("Opens"), self.opens_on))
        note = time_left(self.days_left) if status == ChallengeStatus.OPEN else ""
        facts.append(Fact.dated(_("Deadline"), self.closes_on, note=note))
        return [*facts, Fact(_("Stage"), self.get_stage_display())] if self.stage else facts

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["call_sections"] = [section(self, request) for section in hooks.get_hooks(CALL_SECTIONS_HOOK)]
        return context

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            errors["closes_on"] = _("The closing date must be on or after the opening date.")
        if not self.owner_member_id and not self.owner_name:
            errors["owner_name"] = _("Choose a member as the owner or enter the owner's name.")
        if self.stage in STAGES_AFTER_DEADLINE and self.closes_on and self.closes_on >= call_today():
            errors["stage"] = _("Set this stage once the call has closed; a call can be cancelled at any time.")
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address belongs to the challenge submission form. Choose another one.")
        if errors:
            raise ValidationError(errors)

    def status_at(self, now=None):
        return challenge_status(self.opens_on, self.closes_on, call_today(now))

    @property
    def status(self):
        return self.status_at()

    @property
    def owner_display_name(self):
        """The owner's name in this call's language; cards annotate it with `with_owner_names()`."""
        if not self.owner_member_id:
            return self.owner_name
        annotated = getattr(self, "owner_title_here", None)
        if annotated:
            return annotated
        # A visitor reading the call in its own language has the owner's profile in it already.
        here = self.owner_member_here
        if here.locale_id == self.locale_id:
            return here.title
        member = self.owner_member
        if member.locale_id != self.locale_id:
            member = member.get_translation_or_none(self.locale_id) or member
        return member.title

    @functools.cached_property
    def owner_member_here(self):
        """The owner's profile in the visitor's language (None when the owner is not a member)."""
        return related_page(self, "owner_member") if self.owner_member_id else None

    @property
    def closes_at(self):
        """The last moment submissions are accepted."""
        return datetime.datetime.combine(self.closes_on, datetime.time(23, 59), tzinfo=CALL_TIME_ZONE)

    @property
    def days_left(self):
        """Whole days until the deadline (0 on the closing day), or None once closed."""
        days = (self.closes_on - call_today()).days
        return days if days >= 0 else None

    @property
    def days_to_opening(self):
        return (self.opens_on - call_today()).days

    @functools.cached_property
    def related_references(self):
        """The references this call led to, in the page's language."""
        from challenges.models.references import ReferencePage

        return ReferencePage.naming(self, "challenges")

    def consortium_members(self):
        return consortium_of(self)

    def timeline(self):
        return call_timeline(self, call_today())

    def public_attachments(self):
        """Attachments anyone may download: those outside collections with a view restriction.

        Kept in the shared fragments for the content generation (a preview reads its draft's)."""

        def public():
            restricted = restricted_collection_paths()
            attachments = self.attachments.select_related("document__collection")
            return [item for item in attachments if not item.document.collection.path.startswith(restricted)]

        return shared(f"attachments:{self.pk}", public)
