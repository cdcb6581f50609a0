"""Following the member directory: its Atom feed and its CSV export, with the directory's filters."""

from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.contrib.routable_page.models import path

from portal.exports import csv_response
from portal.facets import theme_choices
from portal.feeds import ListingFeed
from portal.follow import FollowedListingMixin, FollowLink, route_url
from search.service import every_hit

# Members read from the search service at a time, for the export.
BATCH = 500


def offices_text(page):
    return "; ".join(f"{office.city}, {office.country.name}" for office in page.offices.all())


class MemberFeed(ListingFeed):
    """New member organisations: each entry says what kind of organisation it is and where it works."""

    def item_description(self, page):
        return format_html(
            "<p>{}</p><p>{} · {}</p>", page.summary, page.get_organisation_type_display(), offices_text(page)
        )


def member_header():
    return [
        _("Name"),
        _("Web page"),
        _("Organisation type"),
        _("Size"),
        _("Offices"),
        _("Country codes"),
        _("Themes"),
        _("Summary"),
        _("Website"),
        _("Member since"),
        _("Profile last reviewed"),
    ]


def member_row(page, request):
    names = theme_choices()
    return [
        page.title,
        page.get_full_url(request),
        page.get_organisation_type_display(),
        page.get_size_display(),
        offices_text(page),
        " ".join(sorted({office.country.code for office in page.offices.all()})),
        "; ".join(sorted(names.get(theme.slug, theme.name) for theme in page.themes.all())),
        page.summary,
        page.website,
        page.member_since or "",
        date_format(page.last_reviewed_at, "Y-m-d") if page.last_reviewed_at else "",
    ]


class MemberListingFollowMixin(FollowedListingMixin):
    """The member directory's feed and CSV export, with the directory's filters."""

    feed_class = MemberFeed

    @path("export.csv/", name="export")
    def export(self, request):
        hits = every_hit(self.search_query(request, per_page=BATCH))
        rows = (member_row(hit.page, request) for hit in hits)
        return csv_response(f"{self.slug}.csv", member_header(), rows)

    def follow_links(self, request):
        url = route_url(self, "export", self.follow_params(request))
        return [*super().follow_links(request), FollowLink("export", gettext_lazy("Download as CSV"), url)]
