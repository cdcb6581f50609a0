"""Root URLs: the admin outside the language prefix, every public page inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal import views
from portal.follow import FILE_SUFFIXES
from portal.media import serve_media
from portal.security import security_txt
from portal.sitemaps import TranslatedPagesSitemap
from search.api import api

FILE_TYPES = "|".join(suffix.lstrip(".") for suffix in FILE_SUFFIXES)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", api.urls),
    path("invitation/", include("directory.urls")),
    path(".well-known/security.txt", security_txt, name="security-txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedPagesSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.MEDIA_STORAGE == "local":
    # One server needs nothing else to show uploads; a proxy in front may serve MEDIA_ROOT instead.
    urlpatterns += [re_path(r"^media/(?P<path>.+)$", serve_media, name="media")]

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("alerts/", include("challenges.alerts.urls")),
    # Before the page tree: the form lives under the challenge listing's address.
    path("challenges/submit/", include("challenges.urls")),
    # Files a page serves under its own address, such as challenges/calendar.ics.
    re_path(rf"^((?:[\w\-]+/)*)([\w\-]+\.(?:{FILE_TYPES}))$", views.serve_page_file, name="page_file"),
    path("partners/", include("solvers.urls")),
    # Wagtail's page view with its lookups shared (portal/views.py); Wagtail's own URLs
    # after it keep its password and login forms (under _util/) and name the page
    # addresses for reversing.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", views.serve, name="page"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
