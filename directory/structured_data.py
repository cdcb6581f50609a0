"""Structured data (schema.org) of member profiles: each member is an Organization of the cluster."""

from portal.facets import capability_choices
from portal.head import cluster, compact, image_url, page_description
from portal.renditions import LOGO


def member_data(page, request):
    addresses = [
        {"@type": "PostalAddress", "addressLocality": office.city, "addressCountry": office.country.code}
        for office in page.offices.all()
    ]
    names = capability_choices()
    capabilities = sorted(names.get(item.slug, item.name) for item in page.capabilities.all())
    return compact(
        {
            "@type": "Organization",
            "name": page.title,
            "description": page_description(page),
            "url": page.get_full_url(request),
            "logo": image_url(page.logo, LOGO),
            "sameAs": [page.website] if page.website else [],
            "address": addresses,
            "email": page.contact_email,
            "telephone": page.contact_phone,
            "knowsAbout": capabilities,
            "memberOf": cluster(),
        }
    )
