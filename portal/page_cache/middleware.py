"""The page cache middleware: serve anonymous pages from the shared cache, keep new ones there."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from portal.middleware import request_language
from portal.page_cache import generation, rules
from portal.request_scope import remembered

# Part of every key: entries kept by code that stored them in another shape are never read.
ENTRY_FORMAT = 2
# Headers a stored page is kept without: the proxy or server in front sets them afresh.
UNSTORED_HEADERS = {"date", "server"}


def page_key(request):
    """The key of the page this request asks for, on this day (a stored page names its generation)."""
    address = f"{request.build_absolute_uri()}\n{request_language(request)}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:{ENTRY_FORMAT}:{generation.today().isoformat()}:{digest}"


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

    Place it outside every middleware that adds headers or sets cookies: it keeps a page
    with the headers it was sent with (the content policy's nonce among them, which must
    match the page's), and sees the cookies the others set. A hit then runs none of them.
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
        if entry is None:
            response = self.get_response(request)
            if not rules.response_may_be_stored(request, response):
                return self.private(response)
            entry = self.store(key, response, current)
        else:
            response = HttpResponse(entry["content"], headers=entry["headers"])
        if settings.WAGTAILFRONTENDCACHE and not request.META.get("QUERY_STRING"):
            # A CDN or proxy that receives purges keeps addresses it can be told about until midnight at most.
            patch_cache_control(
                response, s_maxage=min(settings.PAGE_CACHE_SECONDS, generation.seconds_until_midnight())
            )
        return get_conditional_response(request, etag=entry["etag"], last_modified=entry["modified"], response=response)

    def store(self, key, response, current):
        """Give `response` the headers of a page every visitor gets alike, and keep it."""
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        modified = int(generation.last_modified(current))
        response["ETag"] = etag
        response["Last-Modified"] = http_date(modified)
        # Browsers ask again every time (a 304 costs one cache lookup).
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        headers = {name: value for name, value in response.items() if name.lower() not in UNSTORED_HEADERS}
        entry = {"content": response.content, "headers": headers, "etag": etag, "modified": modified}
        cache.set(key, {**entry, "generation": current}, settings.PAGE_CACHE_SECONDS)
        return entry

    def private(self, response):
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response
