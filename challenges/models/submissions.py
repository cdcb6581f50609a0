"""Challenge submissions: what a challenge owner sent through the public form, kept as sent.

A submission is stored before anything else happens, so that a failing mail server or
search engine never loses it. It then gets a draft call (see `challenges.intake.drafts`)
which editors review; the submission records its state, the decision and every message
sent to the submitter. See docs/intake.md.
"""

import datetime
import re
import secrets

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from django_countries.fields import CountryField

from portal.models import OrganisationType

REFERENCE = re.compile(r"SCIC-\d{4}-(\d+)", re.IGNORECASE)
# A submission without a decision for longer than this is flagged in the editors' overview.
DECISION_DUE_AFTER = datetime.timedelta(days=14)


# What the submitter fills in, besides the themes, the attachments and the consent.
SUBMITTED_FIELDS = (
    "organisation",
    "organisation_type",
    "contact_name",
    "email",
    "phone",
    "country",
    "city",
    "title",
    "problem",
    "desired_outcome",
    "timeline",
    "budget",
)


class SubmissionState(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


UNDECIDED = (SubmissionState.NEW, SubmissionState.IN_REVIEW)


class SubmissionQuerySet(models.QuerySet):
    def undecided(self):
        return self.filter(state__in=UNDECIDED)

    def overdue(self, now=None):
        """Undecided submissions received more than two weeks ago."""
        return self.undecided().filter(created_at__lt=(now or timezone.now()) - DECISION_DUE_AFTER)


class ChallengeSubmission(models.Model):
    """A challenge as its owner submitted it through the portal's public form."""

    state = models.CharField(
        _("state"), max_length=12, choices=SubmissionState.choices, default=SubmissionState.NEW, db_index=True
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    # The public form's one-time token: a second post of the same form finds this submission.
    form_token = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, editable=False)

    organisation = models.CharField(_("organisation"), max_length=200)
    organisation_type = models.CharField(_("organisation type"), max_length=20, choices=OrganisationType.choices)
    contact_name = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    country = CountryField(_("country"))
    city = models.CharField(_("city or region"), max_length=200)
    title = models.CharField(_("challenge title"), max_length=150)
    problem = models.TextField(_("the problem"), max_length=5000)
    desired_outcome = models.TextField(_("what a good solution would achieve"), max_length=3000)
    timeline = models.CharField(_("timeline"), max_length=300)
    budget = models.CharField(_("budget range"), max_length=200, blank=True)
    themes = models.ManyToManyField("portal.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    documents = models.ManyToManyField(
        "wagtaildocs.Document", verbose_name=_("attachments"), blank=True, related_name="+"
    )
    privacy_consent_at = models.DateTimeField(_("privacy notice accepted"))

    page = models.OneToOneField(
        "challenges.ChallengePage",
        verbose_name=_("draft call"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("challenge submission")
        verbose_name_plural = _("challenge submissions")
        ordering = ["-created_at"]
        permissions = [("review_challengesubmission", _("Can review challenge submissions"))]

    def __str__(self):
        return f"{self.reference}: {self.title}"

    @property
    @admin.display(description=_("reference number"), ordering="pk")
    def reference(self):
        """SCIC-<year received>-<running number>: what the submitter quotes when writing to the cluster."""
        return f"SCIC-{self.created_at.year}-{self.pk:04d}" if self.pk else ""

    @classmethod
    def number_in(cls, reference):
        """The running number in a reference as typed ("SCIC-2026-0042", "scic-2026-42"), or None."""
        match = REFERENCE.fullmatch(reference.strip())
        return int(match.group(1)) if match else None

    @property
    def age(self):
        return timezone.now() - self.created_at

    @property
    def age_in_days(self):
        return self.age.days

    @property
    def is_undecided(self):
        return self.state in UNDECIDED

    @property
    def is_overdue(self):
        return self.is_undecided and self.age > DECISION_DUE_AFTER


class MessageKind(models.TextChoices):
    CONFIRMATION = "confirmation", _("Confirmation of receipt")
    QUESTION = "question", _("Question from an editor")
    PUBLISHED = "published", _("Call published")
    REJECTED = "rejected", _("Rejection")


class SubmissionMessage(models.Model):
    """An e-mail the portal sent to the submitter, kept with the submission."""

    submission = models.ForeignKey(ChallengeSubmission, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(_("kind"), max_length=20, choices=MessageKind.choices)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("text"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    delivered = models.BooleanField(
        _("handed to the mail server"), default=False, help_text=_("Off when the mail server refused the message.")
    )

    class Meta:
        verbose_name = _("message to the submitter")
        verbose_name_plural = _("messages to the submitter")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.subject


def held_upload_path(instance, filename):
    # An unguessable folder: the file is not public even where MEDIA_ROOT is served as is.
    return f"intake-held/{secrets.token_hex(16)}/{filename}"


class HeldUpload(models.Model):
    """A valid attachment held for a form that failed validation, until it is sent again.

    Held under the form's one-time token, so the visitor need not choose the file again;
    unclaimed files are removed after a day.
    """

    form_token = models.CharField(max_length=64, db_index=True)
    file = models.FileField(upload_to=held_upload_path, max_length=255)
    name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.name
