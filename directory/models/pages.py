"""The member profile pages (the directory that lists them: `listing`).

Each member organisation has one profile page per language, which its own
representatives keep up to date. The pages are independent of each other: each
language's texts are written and reviewed on their own, while the shared facts
(organisation type, logo, themes, capabilities, offices, contact) are edited on the
default-language page and follow it on every publish (directory/shared.py; see
docs/members.md). What a member took part in (references, challenges it owns) is
derived from those pages, never typed twice.
"""

import functools
import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries.fields import CountryField

from directory.forms import MemberProfileForm
from directory.models.representatives import MemberPagePermissionTester, MemberProfileQuerySet
from directory.panels import MemberLanguagesPanel, SharedFactsPanel
from directory.shared import publishing_shared_facts
from portal.blocks import BodyBlock
from portal.fragments import public, shared
from portal.models import OrganisationSize, OrganisationType, in_default_locale
from portal.privacy import SharedViewRestrictionsMixin
from portal.translation import default_locale_id
from portal.widgets import TaxonomyPanel
from search.pages import Fact, SearchablePage


def default_language():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


class OfferBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("What we offer"), max_length=120)
    description = blocks.TextBlock(label=_("In more detail"), required=False)

    class Meta:
        icon = "tick"
        label = _("Offer")


class MemberProfilePage(SharedViewRestrictionsMixin, SearchablePage):
    """A member organisation's own page: who they are, what they can do, where they work."""

    search_type = "member"
    search_text_relations = ("offices",)
    facet_lookups = {
        "theme": "themes__slug",
        "country": "offices__country",
        "org_type": "organisation_type",
        "capability": "capabilities__slug",
    }
    # The texts each language writes for itself; a change to any of them makes the other
    # languages "behind" until their representatives review them.
    text_fields = ("title", "seo_title", "search_description", "summary", "description", "offering")
    card_select_related = ("logo",)
    detail_prefetch_related = ("themes", "capabilities", "offices")
    card_prefetch_related = ("themes", "capabilities", "offices", "logo__renditions")
    hit_fields = (*SearchablePage.hit_fields, "texts_changed_at")
    card_template = "directory/includes/member_card.html"

    organisation_type = models.CharField(_("organisation type"), max_length=20, choices=OrganisationType.choices)
    size = models.CharField(_("size"), max_length=10, choices=OrganisationSize.choices, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("Two or three sentences shown in the directory and in search.")
    )
    description = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    offering = StreamField(
        [("offer", OfferBlock())],
        verbose_name=_("what we offer"),
        blank=True,
        help_text=_("What the organisation can offer to a challenge, in your own words, one item at a time."),
    )
    themes = ParentalManyToManyField(
        "portal.Theme", verbose_name=_("themes"), blank=True, related_name="+", limit_choices_to=in_default_locale
    )
    capabilities = ParentalManyToManyField(
        "portal.Capability",
        verbose_name=_("capabilities"),
        blank=True,
        related_name="members",
        limit_choices_to=in_default_locale,
        help_text=_("What the organisation can do for a challenge. Visitors filter the directory by these."),
    )
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("public contact e-mail"), blank=True)
    contact_phone = models.CharField(_("public contact phone"), max_length=40, blank=True)
    member_since = models.PositiveSmallIntegerField(_("member since (year)"), null=True, blank=True)
    is_demo = models.BooleanField(
        _("demo data"), default=False, help_text=_("A fictional organisation shown only to demonstrate the portal.")
    )
    last_reviewed_at = models.DateTimeField(
        _("last reviewed by the organisation"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When a representative last confirmed that the profile is accurate."),
    )
    texts_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    texts_changed_at = models.DateTimeField(
        _("texts last changed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When this language's texts were last published with a change, or confirmed as still right."),
    )

    objects = PageManager.from_queryset(MemberProfileQuerySet)()

    base_form_class = MemberProfileForm
    content_panels = [
        MemberLanguagesPanel(heading=_("Languages")),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("offering"),
        SharedFactsPanel(
            [
                MultiFieldPanel(
                    [
                        FieldRowPanel([FieldPanel("organisation_type"), FieldPanel("size")]),
                        FieldPanel("logo"),
                        FieldPanel("member_since"),
                    ],
                    heading=_("Organisation"),
                ),
                TaxonomyPanel("themes"),
                TaxonomyPanel("capabilities", group_by="theme"),
                InlinePanel("offices", label=_("Offices"), min_num=1),
                MultiFieldPanel(
                    [
                        FieldPanel("website"),
                        FieldPanel("contact_name"),
                        FieldPanel("contact_email"),
                        FieldPanel("contact_phone"),
                    ],
                    heading=_("Public contact"),
                ),
            ],
            heading=_("Shared by every language"),
        ),
    ]
    settings_panels = [*Page.settings_panels, FieldPanel("is_demo")]

    # Each language's page is edited on its own (not through wagtail-localize), so its
    # slug is its own; the shared facts are copied from the default-language page.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("slug"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("offering"),
        *(
            SynchronizedField(name, overridable=False)
            for name in (
                "organisation_type",
                "size",
                "logo",
                "themes",
                "capabilities",
                "offices",
                "website",
                "contact_name",
                "contact_email",
                "contact_phone",
                "member_since",
                "is_demo",
            )
        ),
    ]

    template = "directory/member_profile_page.html"
    parent_page_types = ["directory.MemberDirectoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def search_texts(self):
        cities = [office.city for office in self.offices.all()]
        return self.summary, [*self.field_texts("description", "offering"), *cities]

    def search_facts(self):
        countries = list(dict.fromkeys(str(office.country.name) for office in self.offices.all()))
        facts = [Fact(_("Country"), ", ".join(countries))] if countries else []
        return [*facts, Fact(_("Organisation type"), self.get_organisation_type_display())]

    def with_content_json(self, content):
        """Restore a revision without rolling back the review date and the texts' history, which are not content."""
        page = super().with_content_json(content)
        page.last_reviewed_at = self.last_reviewed_at
        page.texts_fingerprint = self.texts_fingerprint
        page.texts_changed_at = self.texts_changed_at
        return page

    def permissions_for_user(self, user):
        return MemberPagePermissionTester(user, self)

    @property
    def current_workflow_state(self):
        # Publishing shared facts onto this page must not cancel the review of its own text (directory/shared.py).
        if publishing_shared_facts.get():
            return None
        return super().current_workflow_state

    def compute_texts_fingerprint(self):
        """A digest of this language's own texts, to tell a text change from a change of shared facts."""
        texts = []
        for name in self.text_fields:
            field, value = self._meta.get_field(name), getattr(self, name)
            texts.append(list(field.get_searchable_content(value)) if isinstance(field, StreamField) else value or "")
        return hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode()).hexdigest()

    @functools.cached_property
    def search_language(self):
        """A language version still carrying the default language's text is found and marked as that language."""
        if self.shows_default_language_text:
            return default_language()
        return super().search_language

    @property
    def shows_default_language_text(self):
        """True for a language version that still carries the default language's text, as copied."""
        return self.texts_changed_at is None and self.listing_language != default_language()

    def live_references(self):
        """References this member was a partner in, in this page's language."""
        from challenges.models import ReferencePage

        return ReferencePage.naming(self, "partners")

    def consortia(self):
        """The consortia this member is part of: live calls in this page's language, its role, their stage
        (kept for the content generation)."""
        from challenges.models import ConsortiumMember

        def find():
            calls = public(Page.objects.live()).filter(locale_id=self.locale_id)
            rows = (
                ConsortiumMember.objects.filter(member=default_locale_id(self), page__in=calls)
                .select_related("page")
                .order_by("-page__closes_on", "page__title")
            )
            return [
                {"call": row.page, "role": row.get_role_display(), "stage": row.page.get_stage_display()}
                for row in rows
            ]

        return shared(f"member-consortia:{self.pk}:{translation.get_language()}", find)

    def live_challenges(self):
        """Challenges this member brought to the cluster, in this page's language (kept for the content
        generation)."""
        from challenges.models import ChallengePage

        def find():
            return list(
                public(ChallengePage.objects.live())
                .filter(locale_id=self.locale_id, owner_member=default_locale_id(self))
                .with_owner_names()
                .select_related(*ChallengePage.card_select_related)
                .order_by("-closes_on")
            )

        return shared(f"member-challenges:{self.pk}", find)


class MemberOffice(Orderable):
    page = ParentalKey(MemberProfilePage, on_delete=models.CASCADE, related_name="offices")
    city = models.CharField(_("city"), max_length=120)
    country = CountryField(_("country"))

    panels = [FieldRowPanel([FieldPanel("city"), FieldPanel("country")])]

    class Meta(Orderable.Meta):
        verbose_name = _("office")

    def __str__(self):
        return f"{self.city}, {self.country.name}"
