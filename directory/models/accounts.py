"""Member accounts: who represents which member, and how their changes reach the public site."""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from directory.models.pages import MemberProfilePage


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


def language_choices():
    return settings.LANGUAGES


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
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=language_choices,
        default=settings.LANGUAGE_CODE,
        help_text=_("The invitation, the password page and later reminders are in this language."),
    )
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
    def create(cls, member, email, invited_by=None, language=None):
        """A new invitation and its token; the token is returned once and never stored."""
        token = secrets.token_urlsafe(32)
        invitation = cls.objects.create(
            member=member,
            email=email,
            language=language or settings.LANGUAGE_CODE,
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
