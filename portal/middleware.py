"""Django's locale middleware, except where addresses have no language."""

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

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
