"""The member directory and member profile pages.

Each member organisation has one profile page per language, which its own
representatives keep up to date. What a member took part in (references, challenges
it owns) is derived from those pages, never typed twice.
"""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Substr, Upper
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries.fields import CountryField

from portal.blocks import BodyBlock
from portal.fragments import public
from portal.listing import SectionIndexPage
from portal.models import OrganisationSize, OrganisationType
from portal.translation import PAGE_TRANSLATABLE_FIELDS, default_locale_id
from search.listing import FacetedListingMixin
from search.pages import SearchablePage


class CapabilityBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Capability"), max_length=120)
    description = blocks.TextBlock(label=_("In more detail"), required=False)

    class Meta:
        icon = "tick"
        label = _("Capability")


class MemberDirectoryPage(FacetedListingMixin, SectionIndexPage):
    """All member organisations, A to Z, filtered by theme, country and organisation type."""

    search_types = ("member",)
    search_facets = ("theme", "country", "org_type")
    search_sorts = ("title", "newest", "relevance")
    default_sort = "title"
    search_by_letter = True

    template = "directory/member_directory_page.html"
    subpage_types = ["directory.MemberProfilePage"]
    per_page = 24

    class Meta:
        verbose_name = _("member directory")

    def members(self):
        return MemberProfilePage.objects.child_of(self).live()

    def letters(self):
        """The first letters of members' names, for the A-Z navigation."""
        letters = self.members().annotate(letter=Upper(Substr("title", 1, 1))).values_list("letter", flat=True)
        return sorted(set(letters))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["letters"] = self.letters()
        return context


class MemberProfileQuerySet(PageQuerySet):
    def represented_by(self, user):
        """The default-language member pages whose group the user belongs to."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(access__group__user=user).order_by("title")


class MemberProfilePage(SearchablePage):
    """A member organisation's own page: who they are, what they can do, where they work."""

    search_type = "member"
    search_text_relations = ("offices",)
    facet_lookups = {"theme": "themes__slug", "country": "offices__country", "org_type": "organisation_type"}
    card_select_related = ("logo",)
    card_prefetch_related = ("themes", "offices", "logo__renditions")

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
    capabilities = StreamField(
        [("capability", CapabilityBlock())],
        verbose_name=_("capabilities"),
        blank=True,
        help_text=_("What the organisation can offer to a challenge, one capability at a time."),
    )
    themes = ParentalManyToManyField("portal.Theme", verbose_name=_("themes"), blank=True, related_name="+")
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

    objects = PageManager.from_queryset(MemberProfileQuerySet)()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("organisation_type"), FieldPanel("size")]),
                FieldPanel("logo"),
                FieldPanel("member_since"),
            ],
            heading=_("Organisation"),
        ),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("capabilities"),
        FieldPanel("themes"),
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
    ]
    settings_panels = [*Page.settings_panels, FieldPanel("is_demo")]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("organisation_type"),
        SynchronizedField("size"),
        SynchronizedField("logo"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("capabilities"),
        SynchronizedField("themes"),
        SynchronizedField("offices"),
        SynchronizedField("website"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("member_since"),
        SynchronizedField("is_demo"),
    ]

    template = "directory/member_profile_page.html"
    parent_page_types = ["directory.MemberDirectoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def search_texts(self):
        cities = [office.city for office in self.offices.all()]
        return self.summary, [*self.field_texts("description", "capabilities"), *cities]

    def with_content_json(self, content):
        """Restore a revision without rolling back the review date, which is not content."""
        page = super().with_content_json(content)
        page.last_reviewed_at = self.last_reviewed_at
        return page

    def live_references(self):
        """References this member was a partner in, in this page's language."""
        from challenges.models import ReferencePage

        return (
            public(ReferencePage.objects.live())
            .filter(locale_id=self.locale_id, partners=default_locale_id(self))
            .order_by("-start_year")
        )

    def consortia(self):
        """The consortia this member is part of: live calls in this page's language, its role, their stage."""
        from challenges.models import ConsortiumMember

        calls = public(Page.objects.live()).filter(locale_id=self.locale_id)
        rows = (
            ConsortiumMember.objects.filter(member=default_locale_id(self), page__in=calls)
            .select_related("page")
            .order_by("-page__closes_on", "page__title")
        )
        return [
            {"call": row.page, "role": row.get_role_display(), "stage": row.page.get_stage_display()} for row in rows
        ]

    def live_challenges(self):
        """Challenges this member brought to the cluster, in this page's language."""
        from challenges.models import ChallengePage

        return (
            public(ChallengePage.objects.live())
            .filter(locale_id=self.locale_id, owner_member=default_locale_id(self))
            .order_by("-closes_on")
        )


class MemberOffice(Orderable):
    page = ParentalKey(MemberProfilePage, on_delete=models.CASCADE, related_name="offices")
    city = models.CharField(_("city"), max_length=120)
    country = CountryField(_("country"))

    panels = [FieldRowPanel([FieldPanel("city"), FieldPanel("country")])]

    class Meta(Orderable.Meta):
        verbose_name = _("office")

    def __str__(self):
        return f"{self.city}, {self.country.name}"


@register_setting(icon="group")
class MemberSettings(BaseGenericSetting):
    """How member representatives' changes reach the public site."""

    changes_need_review = models.BooleanField(
        _("changes need review"),
        default=True,
        help_text=_(
            "On: representatives submit their changes to the Moderators, who approve or reject them. "
            "Off: representatives publish their own profile directly."
        ),
    )

    panels = [FieldPanel("changes_need_review")]

    class Meta:
        verbose_name = _("member profiles")


class MemberAccessQuerySet(models.QuerySet):
    def for_page(self, page):
        """The access of a member page in any language, or None."""
        return self.select_related("group", "collection").filter(page__translation_key=page.translation_key).first()


class MemberAccess(models.Model):
    """The group and collection that belong to one member organisation.

    Linked to the member's default-language page; the group's page permissions cover
    that page's translations too. Created by `directory.access.grant_member_access`.
    """

    page = models.OneToOneField(
        MemberProfilePage, verbose_name=_("member page"), on_delete=models.CASCADE, related_name="access"
    )
    group = models.OneToOneField(
        "auth.Group", verbose_name=_("group"), on_delete=models.PROTECT, related_name="member_access"
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", verbose_name=_("collection"), on_delete=models.PROTECT, related_name="+"
    )

    objects = MemberAccessQuerySet.as_manager()

    class Meta:
        verbose_name = _("member access")
        verbose_name_plural = _("member access")

    def __str__(self):
        return self.group.name


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now())


class RepresentativeInvitation(models.Model):
    """A one-time link that lets a person become a representative of a member organisation.

    Only a hash of the token is stored: the link itself exists only in the e-mail.
    """

    VALID_FOR = datetime.timedelta(hours=72)

    member = models.ForeignKey(
        MemberProfilePage, verbose_name=_("member"), on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail"))
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("representative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("representative invitation")
        verbose_name_plural = _("representative invitations")
        ordering = ["-created_at"]
        permissions = [("manage_representatives", _("Can invite and remove member representatives"))]

    def __str__(self):
        return self.email

    @classmethod
    def create(cls, member, email, invited_by=None):
        """A new invitation and its token; the token is returned once and never stored."""
        token = secrets.token_urlsafe(32)
        invitation = cls.objects.create(
            member=member,
            email=email,
            token_hash=hash_token(token),
            invited_by=invited_by,
            expires_at=timezone.now() + cls.VALID_FOR,
        )
        return invitation, token

    @classmethod
    def for_token(cls, token):
        return cls.objects.select_related("member").filter(token_hash=hash_token(token)).first()

    @property
    def is_expired(self):
        return self.expires_at <= timezone.now()

    @property
    def is_usable(self):
        return self.accepted_at is None and self.revoked_at is None and not self.is_expired
