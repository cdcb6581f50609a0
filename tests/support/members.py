"""What the tests of member accounts share: form data and what a refusal looks like."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

ADMIN_HOME = "/admin/"


def member_form_data(page, **changes):
    """The POST data of the admin edit form of a member profile, with `changes` applied."""
    values = {
        "title": page.title,
        "slug": page.slug,
        "organisation_type": page.organisation_type,
        "size": page.size,
        "logo": page.logo_id or "",
        "member_since": page.member_since or "",
        "summary": page.summary,
        "description": streamfield([]),
        "offering": streamfield([]),
        "offices": inline_formset(
            [{"city": office.city, "country": office.country.code} for office in page.offices.all()]
        ),
        "website": page.website,
        "contact_name": page.contact_name,
        "contact_email": page.contact_email,
        "contact_phone": page.contact_phone,
        "comments": inline_formset([]),
    }
    values.update(changes)
    return nested_form_data(values)


def is_refused(response):
    """What a browser gets when the admin refuses: Wagtail sends a signed-in user to the dashboard
    with an error, or answers 403/404 (a 404 under /admin/api/ is re-routed to /en/... first)."""
    if response.status_code == 302:
        location = response["Location"]
        return location == ADMIN_HOME or location.startswith("/en/admin/")
    return response.status_code in (403, 404, 405)


def is_sent_to_login(response):
    return response.status_code == 302 and response["Location"].startswith("/admin/login/?next=")


def png_bytes(width=2, height=2, padding=0):
    """A PNG file whose header says `width` x `height`; large sizes cost nothing (the pixels are never there)."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\0" + b"\0\0\0" * width for _ in range(height)) if width * height <= 64 else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
        + b"\0" * padding
    )


def interest_url(call):
    return f"/en/partners/interest/{call.pk}/"


def interest_data(member, capability, **changes):
    data = {
        "member": member.pk,
        "role": "looking",
        "capabilities": [capability.pk],
        "seeks": [capability.pk],
        "message": "We plan heated walkways; secret pricing inside.",
        "show_publicly": "on",
        "save": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
