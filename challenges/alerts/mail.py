"""The alerts' e-mails: the confirmation, and the digest of new calls with its unsubscribe headers."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from challenges.alerts.filters import describe
from portal.follow import absolute


def alert_links(alert):
    """Absolute links to manage and cancel an alert, in its language."""
    with translation.override(alert.language):
        return {
            "manage": absolute(reverse("alerts:manage", args=[alert.token])),
            "unsubscribe": absolute(reverse("alerts:unsubscribe", args=[alert.token])),
        }


def _render(alert, name, context):
    with translation.override(alert.language):
        context = {
            "alert": alert,
            "filters": describe(alert.filters, alert.language),
            "site_name": settings.WAGTAIL_SITE_NAME,
            **context,
        }
        subject = render_to_string(f"alerts/emails/{name}_subject.txt", context).strip()
        body = render_to_string(f"alerts/emails/{name}.txt", context)
    return subject, body


def confirmation_message(alert, token):
    """The e-mail asking the address to confirm a new alert."""
    with translation.override(alert.language):
        link = absolute(reverse("alerts:confirm", args=[token]))
    subject, body = _render(
        alert, "confirm", {"link": link, "hours": int(alert.CONFIRM_VALID_FOR.total_seconds() // 3600)}
    )
    return EmailMessage(subject, body, to=[alert.email], headers={"Auto-Submitted": "auto-generated"})


def digest_message(alert, calls):
    """The e-mail telling an address about new calls, with one-click unsubscribe (RFC 8058)."""
    links = alert_links(alert)
    subject, body = _render(alert, "digest", {"calls": calls, "links": links})
    headers = {
        "List-Unsubscribe": f"<{links['unsubscribe']}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    }
    return EmailMessage(subject, body, to=[alert.email], headers=headers)
