"""Security headers every response carries, /.well-known/security.txt, and quiet logs for foreign hosts.

The Content Security Policy is django-csp's (settings: CONTENT_SECURITY_POLICY): scripts
only from the portal's own origin, or inline with the request's nonce; the public
templates have no inline scripts at all. Wagtail's admin (8.0) still starts its choosers,
date pickers and inline panels with inline scripts, so under /admin/ the policy allows
inline scripts and nothing else more (see docs/security.md).
"""

import datetime
import logging

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware

# Powerful browser features the portal never uses, denied to it and to anything it embeds.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "interest-cohort",
    )
)


ADMIN_SCRIPTS = {"script-src": [SELF, UNSAFE_INLINE]}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's one exception: its inline scripts."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith("/admin/"):
            parts.replace = {**(parts.replace or {}), **ADMIN_SCRIPTS}
        return parts


class PermissionsPolicyMiddleware:
    """Add `Permissions-Policy` to every response that has none."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def expires():
    """Half a year ahead, from the start of today (UTC): always current, never over a year away."""
    today = timezone.now().astimezone(datetime.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today + datetime.timedelta(days=182)


@require_safe
def security_txt(request):
    """RFC 9116: whom to tell about a vulnerability, and until when this file holds."""
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires().isoformat()}",
        "Preferred-Languages: en, fi, sv",
        f"Canonical: {settings.BASE_URL.rstrip('/')}/.well-known/security.txt",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class OneLineDisallowedHost(logging.Filter):
    """Log a request for a foreign host name as one line, without the traceback.

    Scanners send such requests all day; Django answers them 400 and would log each
    with a full traceback under `django.security.DisallowedHost`.
    """

    def filter(self, record):
        record.exc_info = record.exc_text = None
        return True
