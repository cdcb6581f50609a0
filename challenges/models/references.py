"""References: cooperation projects that show the cluster's work.

A reference such as Madrid Nuevo Norte or the Arctic challenges of Kirkenes tells where,
when and with which members the cluster worked, what came of it, and which challenge
calls it came from.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries.fields import CountryField

from challenges.follow import ReferenceListingFollowMixin
from portal.blocks import RICH_TEXT_FEATURES, BodyBlock
from portal.fragments import public, shared
from portal.listing import SectionIndexPage
from portal.privacy import SharedViewRestrictionsMixin
from portal.translation import PAGE_TRANSLATABLE_FIELDS, default_locale_id
from portal.widgets import TaxonomyPanel
from search.pages import Fact, SearchablePage


class ReferenceIndexPage(ReferenceListingFollowMixin, SectionIndexPage):
    """The cluster's references: cooperation projects that show its work."""

    template = "challenges/reference_index_page.html"
    subpage_types = ["challenges.ReferencePage"]

    class Meta:
        verbose_name = _("reference index")

    def listing_queryset(self, request):
        return (
            ReferencePage.objects.child_of(self)
            .live()
            .select_related(*ReferencePage.card_select_related)
            .order_by("-start_year", "title")
        )


class ReferencePage(SharedViewRestrictionsMixin, SearchablePage):
    """A cooperation project: where, when, with which members, and what came of it."""

    search_type = "reference"
    facet_lookups = {"theme": "themes__slug", "country": "country"}
    card_select_related = ("image",)
    card_prefetch_related = ("themes", "image__renditions")
    card_template = "challenges/includes/reference_card.html"
    detail_prefetch_related = ("themes", "gallery_images")

    summary = models.TextField(_("summary"), max_length=400)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    city = models.CharField(_("city or region"), max_length=200)
    country = CountryField(_("country"))
    themes = ParentalManyToManyField("portal.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    start_year = models.PositiveSmallIntegerField(_("started in"))
    end_year = models.PositiveSmallIntegerField(
        _("ended in"), null=True, blank=True, help_text=_("Leave empty while the project goes on.")
    )
    partners = ParentalManyToManyField(
        "directory.MemberProfilePage", verbose_name=_("partner members"), blank=True, related_name="references"
    )
    challenges = ParentalManyToManyField(
        "challenges.ChallengePage", verbose_name=_("related challenges"), blank=True, related_name="references"
    )
    outcome = RichTextField(_("outcome"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                TaxonomyPanel("themes"),
            ],
            heading=_("Place, period and themes"),
        ),
        FieldPanel("body"),
        FieldPanel("outcome"),
        FieldPanel("partners"),
        FieldPanel("challenges"),
        InlinePanel("gallery_images", label=_("Gallery")),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        SynchronizedField("image"),
        TranslatableField("body"),
        TranslatableField("city"),
        SynchronizedField("country"),
        SynchronizedField("themes"),
        SynchronizedField("start_year"),
        SynchronizedField("end_year"),
        SynchronizedField("partners"),
        SynchronizedField("challenges"),
        TranslatableField("outcome"),
        TranslatableField("gallery_images"),
    ]

    template = "challenges/reference_page.html"
    parent_page_types = ["challenges.ReferenceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("reference")
        verbose_name_plural = _("references")

    def search_texts(self):
        return self.summary, self.field_texts("body", "outcome", "city")

    def search_facts(self):
        ongoing = self.end_year is None
        period = _("since %(year)s") % {"year": self.start_year} if ongoing else f"{self.start_year}–{self.end_year}"
        return [Fact(_("Place"), f"{self.city}, {self.country.name}"), Fact(_("Period"), period)]

    def clean(self):
        super().clean()
        if self.end_year and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The project cannot end before it starts.")})

    @classmethod
    def naming(cls, page, relation):
        """The live references in `page`'s language whose `relation` (`partners`, `challenges`) names
        `page`, newest first; kept for the content generation."""

        def find():
            return list(
                public(cls.objects.live())
                .filter(locale_id=page.locale_id, **{relation: default_locale_id(page)})
                .select_related(*cls.card_select_related)
                .order_by("-start_year")
            )

        return shared(f"references:{relation}:{page.pk}", find)

    def source_calls(self):
        """The live challenge calls this reference came from, in this page's language (kept for the
        content generation)."""

        def find():
            sources = self.challenges.values("translation_key")
            calls = public(Page.objects.live()).filter(locale_id=self.locale_id, translation_key__in=sources)
            return list(calls.order_by("title"))

        return shared(f"reference-calls:{self.pk}", find)


class ReferencePageImage(TranslatableMixin, Orderable):
    page = ParentalKey(ReferencePage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass
