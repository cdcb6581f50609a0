"""The site a request is for, and its home page in the visitor's language, read once per
content generation instead of on every request.

Wagtail finds them with three or four queries for each page view (the site, the active
locale, the home page's translation and its specific type); they change only when sites,
locales or pages do, and each such change starts a new content generation
(portal/page_cache/signals.py).
"""

from django.core.exceptions import DisallowedHost
from django.db.models import prefetch_related_objects
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from portal import fragments
from portal.models import ContactSettings
from portal.renditions import image_fields


def find_site(request):
    """The site Wagtail would find for `request` (None if there is none), from the shared fragments."""
    try:
        hostname = split_domain_port(request.get_host())[0]
    except DisallowedHost:
        return None
    port = request.get_port()

    def find():
        try:
            return get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None

    return fragments.shared(f"site:{hostname}:{port}", find)


def localized_home(site):
    """The site's home page in the active language (Wagtail's `root_page.localized`), as its own type."""
    language = translation.get_language()
    return fragments.shared(f"home-page:{site.pk}:{language}", lambda: _with_images(site.root_page.localized.specific))


def _with_images(page):
    prefetch_related_objects([page], *image_fields(type(page)))
    return page


def contact_details(site):
    """The site's contact addresses (its contact settings), shared while the content lasts."""

    def find():
        contact = ContactSettings.for_site(site)
        return {"email": contact.email, "linkedin_url": contact.linkedin_url, "youtube_url": contact.youtube_url}

    return fragments.shared(f"contact:{site.pk}", find)


class SiteMiddleware:
    """Give Wagtail the request's site, so that each of its lookups (page addresses, settings,
    redirects, the page view) finds it without a query.

    `Site.find_for_request()` keeps the site it finds on the request (as `_wagtail_site`)
    and looks no further when it is there. A host that Django refuses is left to the
    middleware that answers it with a 400.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site = find_site(request)
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)
