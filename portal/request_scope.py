"""Values read once per request instead of once per use.

Inside a request (between `RequestScopeMiddleware`'s start and end) `remembered()`
builds each value once; outside one (management commands, tests calling models
directly) it builds it on every call, so that nothing read there can go stale.
"""

import contextvars

_values = contextvars.ContextVar("portal_request_scope", default=None)


def remembered(key, build):
    """`build()`, once per request for each `key`."""
    values = _values.get()
    if values is None:
        return build()
    if key not in values:
        values[key] = build()
    return values[key]


class RequestScopeMiddleware:
    """Keep what `remembered()` builds for the rest of the request only."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _values.set({})
        try:
            return self.get_response(request)
        finally:
            _values.reset(token)
