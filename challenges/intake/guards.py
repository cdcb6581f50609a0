"""Spam and abuse guards of the public form, without outside services.

- A one-time form token, signed with the time the form was shown: a second post of the
  same form finds the first submission, and a form sent back faster than a person can
  fill it in is refused.
- A honeypot field that people never see.
- A per-address limit of submissions an hour, counted in the cache.
"""

import secrets
import time
from dataclasses import dataclass

from django.core import signing
from django.core.cache import cache

from axes.helpers import get_client_ip_address

SALT = "challenges.intake.form-token"
# A person needs longer than this to fill in the form; a script does not.
MIN_FILL_SECONDS = 4
# After this the token is renewed (the visitor's data and held files are kept).
MAX_FORM_AGE_SECONDS = 24 * 60 * 60
RATE_LIMIT = 5
RATE_WINDOW_SECONDS = 60 * 60


@dataclass(frozen=True)
class FormToken:
    """The one-time token of one filled-in form and when the form was first shown."""

    value: str
    issued_at: float

    @classmethod
    def issue(cls, now=None):
        return cls(secrets.token_urlsafe(24), now if now is not None else time.time())

    @classmethod
    def read(cls, signed):
        """The token in a posted form, or None when it is missing or was tampered with."""
        try:
            data = signing.loads(signed, salt=SALT)
            return cls(str(data["t"]), float(data["at"]))
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            return None

    def signed(self):
        return signing.dumps({"t": self.value, "at": self.issued_at}, salt=SALT)

    def age(self, now=None):
        return (now if now is not None else time.time()) - self.issued_at

    def too_fast(self, now=None):
        return self.age(now) < MIN_FILL_SECONDS

    def expired(self, now=None):
        return self.age(now) > MAX_FORM_AGE_SECONDS


def _rate_key(request):
    # The address as django-axes sees it, so that one proxy setting serves both.
    return f"intake-rate:{get_client_ip_address(request) or 'unknown'}"


def rate_limited(request):
    return cache.get(_rate_key(request), 0) >= RATE_LIMIT


def count_attempt(request):
    """Count a submission (or a caught spam attempt) against the sender's address."""
    key = _rate_key(request)
    # The window starts at the first submission and lasts an hour.
    cache.add(key, 0, RATE_WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, RATE_WINDOW_SECONDS)
