"""Fixed-window rate limits counted in the cache, for public forms.

Keys are hashed, so an address that is counted never appears in the cache as such.
"""

import hashlib

from django.core.cache import cache

from axes.helpers import get_client_ip_address


class RateLimit:
    """At most `limit` attempts per `seconds` for one key (an address, an IP)."""

    def __init__(self, name, limit, seconds):
        self.name, self.limit, self.seconds = name, limit, seconds

    def _key(self, value):
        return f"rate:{self.name}:{hashlib.sha256(str(value).lower().encode()).hexdigest()}"

    def exceeded(self, value):
        return cache.get(self._key(value), 0) >= self.limit

    def count(self, value):
        key = self._key(value)
        # The window starts at the first attempt.
        cache.add(key, 0, self.seconds)
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, self.seconds)


def client_ip(request):
    """The visitor's address as django-axes sees it, so that one proxy setting serves both."""
    return get_client_ip_address(request) or "unknown"
