"""Serving pages: old addresses in a language's tree lead to the page's own address there."""

from django.http import HttpResponsePermanentRedirect

from wagtail import hooks


@hooks.register("before_serve_page")
def redirect_to_the_translated_address(page, request, serve_args, serve_kwargs):
    """HomePage.route found the page under its default-language address: send the visitor to its own."""
    address = getattr(request, "translated_address", None)
    if address:
        query = request.META.get("QUERY_STRING")
        return HttpResponsePermanentRedirect(f"{address}?{query}" if query else address)
    return None
