"""What a page's head says about it: description, share preview (Open Graph, Twitter) and structured data.

The description is the page's search description, else its summary (or lead, or
introduction), in the page's language. The preview image is a rendition of the page's
own image (or hero image, or logo), else the portal's share card. Structured data
(schema.org JSON-LD) comes from the builders the apps register with the
`register_structured_data` hook, for their page types; other pages are a `WebPage`, or
a `CollectionPage` for the listings.
"""

import functools
import json

from django.conf import settings
from django.templatetags.static import static
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail import hooks

from portal import locales
from portal.facets import theme_choices
from portal.follow import FollowedListingMixin, absolute
from portal.fragments import shared
from portal.renditions import SHARE_IMAGE, SHARE_LOGO

STRUCTURED_DATA_HOOK = "register_structured_data"
DESCRIPTION_FIELDS = ("summary", "lead", "intro")
# (field, rendition filter) of the images a page may show in a share preview, best first.
IMAGE_FIELDS = (
    ("image", SHARE_IMAGE),
    ("hero_image", SHARE_IMAGE),
    ("logo", SHARE_LOGO),
)
DESCRIPTION_LENGTH = 200
SHARE_CARD = ("icons/share-card.png", 1200, 630)
# Open Graph wants a territory; a language not listed here is given without one.
OG_LOCALES = {"en": "en_GB", "fi": "fi_FI", "sv": "sv_FI"}


def site_description():
    return _(
        "The Smart City Innovation Cluster is a Finnish non-profit cooperative of companies, cities, "
        "research institutes and universities."
    )


def page_description(page):
    """The page's description in its language, at most about 200 characters."""
    text = page.search_description if page is not None else ""
    for name in DESCRIPTION_FIELDS:
        text = text or getattr(page, name, "")
    text = " ".join(str(text).split())
    return Truncator(text).chars(DESCRIPTION_LENGTH) if text else site_description()


def page_image(page):
    """(absolute url, width, height) of the page's share image."""
    for name, spec in IMAGE_FIELDS:
        image = getattr(page, name, None)
        if image is not None:
            rendition = share_rendition(image, spec)
            return rendition.full_url, rendition.width, rendition.height
    path, width, height = SHARE_CARD
    return absolute(static(path)), width, height


def og_locale(language):
    return OG_LOCALES.get(language, language)


@functools.cache
def structured_data_builders():
    """{page type: builder(page, request) -> dict} from the apps' hooks."""
    return dict(register() for register in hooks.get_hooks(STRUCTURED_DATA_HOOK))


def cluster():
    """The cluster itself as a schema.org Organization."""
    return {
        "@type": "Organization",
        "@id": cluster_id(),
        "name": _("Smart City Innovation Cluster"),
        "alternateName": "SCIC",
        "url": f"{settings.WAGTAILADMIN_BASE_URL}/",
        "logo": absolute(static("icons/icon-512.png")),
    }


def cluster_id():
    return f"{settings.WAGTAILADMIN_BASE_URL}/#organization"


def image_url(image, spec=SHARE_IMAGE):
    return share_rendition(image, spec).full_url if image is not None else None


def share_rendition(image, spec):
    """The rendition `spec` of `image`, kept in the shared fragments: the preview in the head
    and the structured data of every page showing the image use the same one, and a change
    to the image begins a new content generation."""
    return shared(f"rendition:{image.pk}:{spec}", lambda: image.get_rendition(spec))


def place(city, country):
    """A schema.org Place for a city and a django-countries country."""
    address = {"@type": "PostalAddress", "addressLocality": city, "addressCountry": country.code}
    return {"@type": "Place", "name": f"{city}, {country.name}", "address": address}


def theme_names(page):
    names = theme_choices()
    return sorted(names.get(theme.slug, theme.name) for theme in page.themes.all())


def compact(data):
    """`data` without the properties that have no value."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def structured_data(page, request):
    """The page's schema.org description, with its @context."""
    builder = structured_data_builders().get(type(page))
    if builder is not None:
        data = builder(page, request)
    else:
        data = {
            "@type": "CollectionPage" if isinstance(page, FollowedListingMixin) else "WebPage",
            "name": page.title,
            "url": page.get_full_url(request),
            "description": page_description(page),
            "inLanguage": locales.by_id(page.locale_id).language_code,
            "publisher": cluster(),
        }
    return {"@context": "https://schema.org", **data}


def json_ld(data):
    """JSON for a <script> element: no character in it can end the element."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
