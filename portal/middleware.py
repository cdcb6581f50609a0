"""Django's locale middleware, except where addresses have no language.

`request_language` is its choice of language, which the page cache (outside it) keys pages by.
"""

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.middleware import locale
from django.utils import translation

# Paths outside the language trees, whose "not found" is an answer, not a missing prefix.
UNPREFIXED = ("/api/",)


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, but a 404 of the JSON API stays a 404.

    Django answers any 404 outside the language prefixes with a redirect to the same
    address inside the default language when that would match a URL, and Wagtail's pages
    match every address there: a client asking for a call that does not exist would be
    sent to an HTML page instead of getting the API's 404.
    """

    def process_request(self, request):
        translation.activate(request_language(request))
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


def request_language(request):
    """The language a request is answered in, as Django's LocaleMiddleware decides it."""
    urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
    i18n_patterns_used, prefixed_default_language = is_language_prefix_patterns_used(urlconf)
    from_path = translation.get_language_from_path(request.path_info)
    if i18n_patterns_used and not prefixed_default_language and not from_path:
        return settings.LANGUAGE_CODE
    return translation.get_language_from_request(request, check_path=i18n_patterns_used)
