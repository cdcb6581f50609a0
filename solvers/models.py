"""Members' expressions of interest in calls, and the messages sent to those looking for partners.

Both point at default-language pages (the call and the member), as consortia do: an
interest is the organisation's, whichever language its representative reads the call in.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from challenges.models import ChallengeStatus, status_conditions
from challenges.models.status import call_today
from portal.models import in_default_locale

MAX_MESSAGE_LENGTH = 1000


class InterestRole(models.TextChoices):
    LEAD = "lead", _("Would lead")
    PARTNER = "partner", _("Would join as a partner")
    LOOKING = "looking", _("Looking for partners")


class InterestQuerySet(models.QuerySet):
    def active(self):
        """Interests that stand: a withdrawn one is kept for the editors' record, and counts nowhere else."""
        return self.filter(withdrawn_at__isnull=True)

    def on_open_calls(self, now=None):
        """Interests in calls open today: only those can still be changed, and only those seek partners."""
        conditions = status_conditions(call_today(now))[ChallengeStatus.OPEN]
        return self.filter(**{f"call__{key}": value for key, value in conditions.items()})

    def looking_for_partners(self):
        return self.active().filter(role=InterestRole.LOOKING, call__live=True)

    def shown_publicly(self):
        return self.active().filter(show_publicly=True)


class Interest(models.Model):
    """A member organisation's interest in a call: its role, what it brings and what it seeks in partners."""

    call = models.ForeignKey(
        "challenges.ChallengePage", verbose_name=_("call"), on_delete=models.CASCADE, related_name="interests"
    )
    member = models.ForeignKey(
        "directory.MemberProfilePage", verbose_name=_("member"), on_delete=models.CASCADE, related_name="interests"
    )
    role = models.CharField(_("role"), max_length=10, choices=InterestRole.choices)
    capabilities = models.ManyToManyField(
        "portal.Capability",
        verbose_name=_("capabilities we bring"),
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
    )
    seeks = models.ManyToManyField(
        "portal.Capability",
        verbose_name=_("capabilities we seek in partners"),
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
    )
    message = models.TextField(_("message"), max_length=MAX_MESSAGE_LENGTH, blank=True)
    show_publicly = models.BooleanField(
        _("show our name and role on the call page"),
        default=False,
        help_text=_("Without this, the call page only counts your organisation among the interested."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("first expressed"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True, editable=False)

    objects = InterestQuerySet.as_manager()

    class Meta:
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        ordering = ["created_at"]
        constraints = [models.UniqueConstraint(fields=["call", "member"], name="one_interest_per_member_and_call")]

    def __str__(self):
        return f"{self.member} – {self.call}"

    @property
    def is_withdrawn(self):
        return self.withdrawn_at is not None

    @property
    def is_looking_for_partners(self):
        return self.role == InterestRole.LOOKING


class PartnerMessage(models.Model):
    """A message one member sent through the partner board to another looking for partners; kept as sent."""

    interest = models.ForeignKey(
        Interest, verbose_name=_("partner request"), on_delete=models.CASCADE, related_name="messages"
    )
    sender = models.ForeignKey(
        "directory.MemberProfilePage", verbose_name=_("from member"), on_delete=models.CASCADE, related_name="+"
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("sent by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("message"), max_length=MAX_MESSAGE_LENGTH)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now, editable=False)
    delivered = models.BooleanField(_("delivered"), default=False)

    class Meta:
        verbose_name = _("partner message")
        verbose_name_plural = _("partner messages")
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.sender} → {self.interest.member}"
