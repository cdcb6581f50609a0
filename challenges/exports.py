"""The CSV export of challenge calls: what a journalist or a partner needs to reuse the list."""

from django.utils.translation import gettext as _

from portal.exports import csv_response
from portal.facets import theme_choices


def call_header():
    return [
        _("Title"),
        _("Web page"),
        _("Status"),
        _("Stage"),
        _("Opens"),
        _("Closes (Helsinki time)"),
        _("Challenge owner"),
        _("City or region"),
        _("Country code"),
        _("Country"),
        _("Themes"),
        _("Summary"),
        _("Scale or budget"),
        _("More information"),
    ]


def call_row(page, request):
    names = theme_choices()
    return [
        page.title,
        page.get_full_url(request),
        page.status.label,
        page.get_stage_display() if page.stage else "",
        page.opens_on.isoformat(),
        page.closes_at.isoformat(),
        page.owner_display_name,
        page.city,
        page.country.code,
        page.country.name,
        "; ".join(sorted(names.get(theme.slug, theme.name) for theme in page.themes.all())),
        page.summary,
        page.budget,
        page.contact_url,
    ]


def calls_csv(hits, filename, request):
    return csv_response(filename, call_header(), (call_row(hit.page, request) for hit in hits))
