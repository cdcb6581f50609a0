"""The home page, standard content pages and news."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.feeds import NewsListingFollowMixin
from home.front_page import front_page_context
from portal import locales
from portal.blocks import BodyBlock
from portal.fragments import public, shared
from portal.listing import SectionIndexPage
from portal.privacy import SharedViewRestrictionsMixin
from portal.translation import PAGE_TRANSLATABLE_FIELDS, language_versions
from portal.widgets import TaxonomyPanel
from search.pages import Fact, SearchablePage

LATEST_NEWS = 3


class HomePage(SharedViewRestrictionsMixin, Page):
    """The front door of the portal in one language: what the cluster is and where to go next."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences under the title saying what the cluster does."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("intro"), FieldPanel("hero_image")], heading=_("Hero")),
        FieldPanel("body"),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        SynchronizedField("hero_image"),
        TranslatableField("body"),
    ]

    template = "home/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "challenges.ChallengeIndexPage",
        "challenges.ReferenceIndexPage",
        "directory.MemberDirectoryPage",
        "home.NewsIndexPage",
        "home.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Serve a page that is not translated yet from the default language, never a 404.

        An address in this language's tree that only the default-language tree knows is
        either an old address (/fi/members/... before the Finnish pages had Finnish
        addresses), answered with a permanent redirect to the page's translation, or a
        page not translated yet, served from the default language.
        """
        try:
            return self.route_in_tree(request, path_components)
        except Http404:
            source = shared(f"default-home:{self.pk}", lambda: self.get_translation_or_none(locales.default()))
            if not path_components or source is None or source.pk == self.pk:
                raise
            result = source.route(request, path_components)
            page, _args, _kwargs = result
            _lineage, versions = language_versions(page)
            translated = versions.get(page.translation_key, {}).get(locales.by_id(self.locale_id).language_code)
            if translated is not None and not translated.alias_of_id:
                rest = path_components[page.depth - source.depth :]
                request.translated_address = translated.get_url(request) + "".join(f"{part}/" for part in rest)
            return result

    def route_in_tree(self, request, path_components):
        """Wagtail's routing through this page's own tree, its sections read from the shared fragments."""
        if not path_components:
            return super().route(request, path_components)
        sections = shared(f"sections:{self.pk}", self._sections)
        if path_components[0] not in sections:
            raise Http404
        return sections[path_components[0]].route(request, path_components[1:])

    def _sections(self):
        # Kept in the cache and read on every request: a content page's body is read when it is shown.
        children = list(self.get_children().defer_streamfields().specific())
        # The locale a section's listing searches in comes with it.
        prefetch_related_objects(children, "locale")
        return {page.slug: page for page in children}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(front_page_context(self))
        context["latest_news"] = shared(f"latest-news:{self.pk}", self._latest_news)
        return context

    def _latest_news(self):
        news = public(NewsPage.objects.live()).descendant_of(self).select_related(*NewsPage.card_select_related)
        return list(news.order_by("-date", "-pk")[:LATEST_NEWS])


class StandardPage(SharedViewRestrictionsMixin, Page):
    """A plain content page, such as 'About the cluster' or 'How to join'."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro", boost=2), index.SearchField("body")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro"), TranslatableField("body")]

    template = "home/standard_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(NewsListingFollowMixin, SectionIndexPage):
    """The cluster's news, newest first."""

    template = "home/news_index_page.html"
    subpage_types = ["home.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def listing_queryset(self, request):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .select_related(*NewsPage.card_select_related)
            .order_by("-date", "-pk")
        )


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("home.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(SharedViewRestrictionsMixin, SearchablePage):
    """A news article by the cluster's editors."""

    search_type = "news"
    facet_lookups = {"theme": "themes__slug"}
    card_select_related = ("image",)
    card_prefetch_related = ("themes", "image__renditions")
    card_template = "home/includes/news_card.html"
    detail_prefetch_related = ("themes", "tags")

    date = models.DateField(_("date"))
    lead = models.TextField(_("lead"), max_length=500, help_text=_("The opening paragraph, shown in listings."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    themes = ParentalManyToManyField("portal.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    related_challenges = ParentalManyToManyField(
        "challenges.ChallengePage", verbose_name=_("related challenges"), blank=True, related_name="+"
    )
    related_members = ParentalManyToManyField(
        "directory.MemberProfilePage", verbose_name=_("related members"), blank=True, related_name="+"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("tags"),
                TaxonomyPanel("themes"),
                FieldPanel("related_challenges"),
                FieldPanel("related_members"),
            ],
            heading=_("Related"),
        ),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("date"),
        TranslatableField("lead"),
        SynchronizedField("image"),
        TranslatableField("body"),
        SynchronizedField("tags"),
        SynchronizedField("themes"),
        SynchronizedField("related_challenges"),
        SynchronizedField("related_members"),
    ]

    template = "home/news_page.html"
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def search_texts(self):
        return self.lead, self.field_texts("body")

    def search_facts(self):
        return [Fact.dated(_("Published"), self.date)]
