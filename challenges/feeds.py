"""The Atom feeds of the challenge calls and the references (portal.feeds)."""

from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from portal.feeds import ListingFeed


class ChallengeFeed(ListingFeed):
    """New challenge calls: each entry says who asks, where, and when the call opens and closes."""

    def item_description(self, page):
        dates = _("Opens %(opens)s, closes %(closes)s at 23:59 Finnish time.") % {
            "opens": date_format(page.opens_on, "DATE_FORMAT"),
            "closes": date_format(page.closes_on, "DATE_FORMAT"),
        }
        return format_html(
            "<p>{}</p><p>{} · {}, {}</p><p>{}</p>",
            page.summary,
            page.owner_display_name,
            page.city,
            page.country.name,
            dates,
        )


class ReferenceFeed(ListingFeed):
    """New references: each entry says where and when the project was."""

    def item_description(self, page):
        period = f"{page.start_year}–{page.end_year or ''}"
        return format_html("<p>{}</p><p>{}, {} · {}</p>", page.summary, page.city, page.country.name, period)
