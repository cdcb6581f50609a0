"""Views outside the page tree: files that pages serve under their address, robots.txt, icons."""

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail import views as wagtail_views
from wagtail.models import Site

from portal.sites import localized_home


def serve(request, path):
    """Wagtail's page view, given the route found from the site and home page kept in the
    shared fragments (portal/sites.py) rather than with three or four queries.

    Wagtail's `Page.route_for_request()` keeps the route it finds on the request (as
    `_wagtail_route_for_request`) and looks no further when it is there; this finds it
    the same way, from the same pages.
    """
    site = Site.find_for_request(request)  # the middleware gave it (portal/sites.py)
    try:
        route = localized_home(site).route(request, [part for part in path.split("/") if part]) if site else None
    except Http404:
        route = None
    request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)


def serve_page_file(request, path, filename):
    """A page's route that is a file (`challenges/calendar.ics`), served by the page.

    Wagtail's page addresses end with a slash and have no dots; this passes the file name
    to the page's routes as one more path component.
    """
    return serve(request, f"{path}{filename}/")


@require_safe
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    """Crawlers may read every public page, but not the admin, the API or search results."""
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines += [f"Disallow: {reverse('search:search')}", f"Disallow: {reverse('alerts:subscribe')}"]
    lines.append(f"Sitemap: {settings.WAGTAILADMIN_BASE_URL}/sitemap.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says."""
    return redirect(staticfiles_storage.url("icons/favicon.ico"), permanent=True)
