"""The page cache middleware: serve anonymous pages from the shared cache, keep new ones there."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from portal.page_cache import generation, rules
from portal.request_scope import remembered

# Headers a stored page keeps, the content policy among them (a nonce in the page must match
# the one in its header); the middleware outside the page cache sets the others afresh.
STORED_HEADERS = (
    "Content-Type",
    "Content-Language",
    # A calendar or other file keeps the name it is saved under.
    "Content-Disposition",
    "Vary",
    "X-Robots-Tag",
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
)


def page_key(request):
    """The key of the page this request asks for, on this day (a stored page names its generation)."""
    address = f"{request.build_absolute_uri()}\n{getattr(request, 'LANGUAGE_CODE', '')}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:{generation.today().isoformat()}:{digest}"


def lookup(key):
    """(the current generation, the page stored under `key` in it or None), in one round trip."""
    found = cache.get_many([generation.GENERATION_KEY, key])
    current = found.get(generation.GENERATION_KEY) or generation.current()
    entry = found.get(key)
    # The pages and shared fragments this request renders belong to the same generation.
    remembered("generation", lambda: current)
    return current, entry if entry is not None and entry["generation"] == current else None


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


class PageCacheMiddleware:
    """Answer anonymous GET and HEAD requests from the shared cache; store what may be shared.

    Place it after LocaleMiddleware (the language is part of the key) and before the
    middleware that may set cookies (CSRF, messages), so that it sees their cookies.
    Responses it does not keep get `Cache-Control: private, no-cache` unless the view
    chose its own.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled() or not rules.request_may_use_cache(request):
            return self.private(self.get_response(request))
        key = page_key(request)
        current, entry = lookup(key)
        if entry is not None:
            response = HttpResponse(entry["content"], headers=entry["headers"])
            return self.shared(request, response, entry["etag"], current)
        response = self.get_response(request)
        if not rules.response_may_be_stored(request, response):
            return self.private(response)
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        headers = {name: response[name] for name in STORED_HEADERS if name in response}
        entry = {"content": response.content, "headers": headers, "etag": etag, "generation": current}
        cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
        return self.shared(request, response, etag, current)

    def shared(self, request, response, etag, current):
        """Headers of a page every visitor gets alike, and 304 when the client has it already."""
        modified = generation.last_modified(current)
        response["ETag"] = etag
        response["Last-Modified"] = http_date(modified)
        # Browsers ask again every time (a 304 costs one cache lookup); a CDN or proxy that
        # receives purges keeps addresses it can be told about until midnight at most.
        directives = {"public": True, "max_age": 0, "must_revalidate": True}
        if settings.WAGTAILFRONTENDCACHE and not request.META.get("QUERY_STRING"):
            directives["s_maxage"] = min(settings.PAGE_CACHE_SECONDS, generation.seconds_until_midnight())
        patch_cache_control(response, **directives)
        return get_conditional_response(request, etag=etag, last_modified=int(modified), response=response)

    def private(self, response):
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response
