"""E-mail alerts: one row per subscription, and the log of the calls each address was sent.

Nobody needs an account. A subscription is the address, the language of the e-mails, how
often they come and the listing's filters, stored as a query string. It is inactive until
the address confirms it through a link that expires; the confirmation token is stored only
as a hash. The links to manage and cancel an alert in every e-mail carry a keyed hash
(HMAC with the site's secret) of the alert's own random key, so the database alone cannot
produce them. Cancelling deletes the row, its address and its log.
"""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

TOKEN_SALT = "challenges.alerts.manage"  # noqa: S105 - a namespace for the HMAC, not a secret


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class Frequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("As soon as a call is published")
    DAILY = "daily", _("Once a day")
    WEEKLY = "weekly", _("Once a week")


class AlertQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed_expired(self, now=None):
        return self.filter(confirmed_at__isnull=True, confirm_expires_at__lte=now or timezone.now())


class Alert(models.Model):
    """One address's wish to hear about new challenge calls that match some filters."""

    CONFIRM_VALID_FOR = datetime.timedelta(hours=48)

    email = models.EmailField(_("e-mail address"))
    # A language code of settings.LANGUAGES (not a choice: adding a language needs no migration).
    language = models.CharField(_("language"), max_length=10)
    frequency = models.CharField(_("frequency"), max_length=12, choices=Frequency.choices)
    filters = models.CharField(_("filters"), max_length=2000, blank=True)
    key = models.CharField(max_length=64, editable=False)
    confirm_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    confirm_expires_at = models.DateTimeField(_("confirmation expires"))
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_sent_at = models.DateTimeField(_("last sent"), null=True, blank=True)
    checked_at = models.DateTimeField(_("last checked for new calls"), null=True, blank=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("e-mail alert")
        verbose_name_plural = _("e-mail alerts")
        indexes = [models.Index(fields=["email"]), models.Index(fields=["frequency", "confirmed_at"])]

    def __str__(self):
        return f"{self.get_frequency_display()} ({self.language})"

    @classmethod
    def create(cls, email, language, frequency, filters, now=None):
        """A new, unconfirmed alert and its confirmation token; the token is returned once and never stored."""
        alert = cls(email=email, language=language, frequency=frequency, filters=filters)
        token = alert.renew_confirmation(now)
        alert.save()
        return alert, token

    def renew_confirmation(self, now=None):
        """A fresh confirmation token (the alert is saved by the caller)."""
        token = secrets.token_urlsafe(32)
        self.key = self.key or secrets.token_hex(32)
        self.confirm_token_hash = hash_token(token)
        self.confirm_expires_at = (now or timezone.now()) + self.CONFIRM_VALID_FOR
        return token

    @classmethod
    def for_confirm_token(cls, token):
        return cls.objects.filter(confirm_token_hash=hash_token(token)).first()

    @property
    def language_name(self):
        return dict(settings.LANGUAGES).get(self.language, self.language)

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def new_since(self, overlap):
        """Calls first published after this moment are new to the alert.

        Those published before its last digest run were looked at then; `overlap` looks
        back a little further, for calls the search index had not caught up with yet.
        """
        if self.checked_at is None:
            return self.confirmed_at
        return max(self.confirmed_at, self.checked_at - overlap)

    def confirmation_expired(self, now=None):
        return not self.is_confirmed and self.confirm_expires_at <= (now or timezone.now())

    # Links in the e-mails -----------------------------------------------------------

    @property
    def token(self):
        """The token of the links to manage and cancel this alert."""
        digest = salted_hmac(TOKEN_SALT, f"{self.pk}:{self.key}", algorithm="sha256").hexdigest()
        return f"{self.pk}-{digest}"

    @classmethod
    def for_token(cls, token):
        pk, _sep, _digest = token.partition("-")
        alert = cls.objects.filter(pk=int(pk)).first() if pk.isdigit() else None
        if alert is None or not constant_time_compare(alert.token, token):
            return None
        return alert

    def same_address(self):
        """Every alert of this alert's address, this one included."""
        return Alert.objects.filter(email=self.email)


class Delivery(models.Model):
    """A call sent to an address by one of its alerts: no address gets the same call twice."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    call_key = models.UUIDField(_("call"))
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("alert delivery")
        verbose_name_plural = _("alert deliveries")
        constraints = [models.UniqueConstraint(fields=["alert", "call_key"], name="alerts_one_delivery_per_call")]

    def __str__(self):
        return f"{self.call_key} ({self.sent_at:%Y-%m-%d})"
