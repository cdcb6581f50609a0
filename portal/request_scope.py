"""Values read once per request instead of once per use.

Inside a request (between `RequestScopeMiddleware`'s start and end) `remembered()`
builds each value once; outside one (management commands, tests calling models
directly) it builds it on every call, so that nothing read there can go stale.
"""

import contextvars

_values = contextvars.ContextVar("portal_request_scope", default=None)
PREVIEW = "preview"


def in_preview():
    """Whether this request renders a preview: a draft, which nothing shared may keep or show."""
    return remembered(PREVIEW, lambda: False)


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
        # Wagtail marks the requests it makes to render a preview (`is_dummy`).
        token = _values.set({PREVIEW: getattr(request, "is_dummy", False)})
        try:
            return self.get_response(request)
        finally:
            _values.reset(token)
