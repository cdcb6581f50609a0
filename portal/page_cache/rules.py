"""Which requests the shared page cache may answer, and which responses it may keep.

A page is kept only if every anonymous visitor would have been sent the same bytes:
- the request is a GET (HEAD is answered from what a GET stored) without a session or
  messages cookie, so no signed-in user and no pending message;
- the response is a complete 200 that sets no cookie, used no CSRF token (so no form
  that posts back), did not touch the session, did not ask to stay private, and varies
  on no request header but the language (which is part of the key) and cookies.

New views need no declaration: whatever follows the rule is cached, anything else is not.
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import cc_delim_re

# What a stored page may vary on: the language is in the key, and cookies only decide
# whether the cache is used at all (see `request_may_use_cache`).
ALLOWED_VARY = {"accept-language", "cookie"}
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}


def bypass_cookies():
    return (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)


def request_may_use_cache(request):
    if request.method not in ("GET", "HEAD"):
        return False
    return not any(name in request.COOKIES for name in bypass_cookies())


def _header_values(response, header):
    return {value.strip().lower() for value in cc_delim_re.split(response.get(header, "")) if value.strip()}


def response_may_be_stored(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    directives = {value.split("=")[0] for value in _header_values(response, "Cache-Control")}
    if directives & PRIVATE_DIRECTIVES:
        return False
    return _header_values(response, "Vary") <= ALLOWED_VARY
