"""Structured data (schema.org) of the home page (the cluster, an Organization) and of news (NewsArticle)."""

from wagtail.models import Site

from portal import locales
from portal.head import cluster, compact, image_url, page_description, theme_names
from portal.sites import contact_details

HEADLINE_LENGTH = 110


def home_data(page, request):
    site = Site.find_for_request(request) if request else None
    contact = contact_details(site) if site else {}
    organisation = compact(
        {
            **cluster(),
            "description": page_description(page),
            "email": contact.get("email"),
            "sameAs": [url for url in (contact.get("linkedin_url"), contact.get("youtube_url")) if url],
            "image": image_url(page.hero_image),
        }
    )
    site = {
        "@type": "WebSite",
        "name": organisation["name"],
        "url": page.get_full_url(request),
        "inLanguage": locales.by_id(page.locale_id).language_code,
        "publisher": {"@id": organisation["@id"]},
    }
    return {"@graph": [organisation, site]}


def news_data(page, request):
    url = page.get_full_url(request)
    modified = page.last_published_at or page.first_published_at
    return compact(
        {
            "@type": "NewsArticle",
            "headline": page.title[:HEADLINE_LENGTH],
            "description": page_description(page),
            "url": url,
            "mainEntityOfPage": url,
            "image": [image_url(page.image)] if page.image else [],
            "datePublished": page.date.isoformat(),
            "dateModified": modified.isoformat() if modified else None,
            "inLanguage": locales.by_id(page.locale_id).language_code,
            "author": cluster(),
            "publisher": cluster(),
            "keywords": [*theme_names(page), *(tag.name for tag in page.tags.all())],
        }
    )
