"""Structured data (schema.org) of calls and references, registered in wagtail_hooks.py.

A challenge call is a `Demand`: "the public, not necessarily binding, not necessarily
exclusive, announcement by an organization or person to seek a certain type of goods or
services". It is valid from its opening day through its closing moment; its owner is the
Organization that `seeks` it. A reference is a `Project`, an Organization-like
undertaking with a place, a founding and dissolution date and member organisations.
"""

from portal.head import compact, image_url, page_description, place, theme_names
from portal.translation import related_pages


def call_data(page, request):
    url = page.get_full_url(request)
    call = compact(
        {
            "@type": "Demand",
            "@id": f"{url}#call",
            "name": page.title,
            "description": page_description(page),
            "url": url,
            "image": image_url(page.image),
            "validFrom": page.opens_on.isoformat(),
            "validThrough": page.closes_at.isoformat(),
            "areaServed": place(page.city, page.country),
            "itemOffered": compact({"@type": "Service", "name": page.title, "category": theme_names(page)}),
        }
    )
    owner = compact(
        {
            "@type": "Organization",
            "name": page.owner_display_name,
            "url": page.owner_member_here.get_full_url(request) if page.owner_member_id else None,
            "seeks": {"@id": call["@id"]},
        }
    )
    return {"@graph": [call, owner]}


def reference_data(page, request):
    partners = [
        {"@type": "Organization", "name": member.title, "url": member.get_full_url(request)}
        for member in related_pages(page, "partners")
    ]
    return compact(
        {
            "@type": "Project",
            "name": page.title,
            "description": page_description(page),
            "url": page.get_full_url(request),
            "image": image_url(page.image),
            "location": place(page.city, page.country),
            "foundingDate": str(page.start_year),
            "dissolutionDate": str(page.end_year) if page.end_year else None,
            "member": partners,
            "knowsAbout": theme_names(page),
        }
    )
