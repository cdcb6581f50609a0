"""Deadline calendars (iCalendar): the opening and the closing of challenge calls as events.

A call opens on its opening day (an all-day event) and closes at 23:59 Helsinki time on
its closing day (an event at that moment, with the time zone written out). Each event's
UID is made of the call's translation key, the language and the kind of event, so it
stays the same when the call is edited: a calendar that subscribed, or imported the
file again, updates the entry instead of adding a second one.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from icalendar import Calendar, Event

from portal.facets import theme_choices

PRODUCT_ID = "-//Smart City Innovation Cluster//SCIC portal//EN"


def event_uid(page, kind):
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname
    return f"call-{page.translation_key}-{page.locale.language_code}-{kind}@{host}"


def _event(page, kind, summary, request):
    event = Event()
    event.add("uid", event_uid(page, kind))
    event.add("dtstamp", timezone.now())
    event.add("summary", summary)
    event.add("url", page.get_full_url(request))
    event.add("description", f"{page.summary}\n\n{page.get_full_url(request)}")
    event.add("location", f"{page.city}, {page.country.name}")
    names = theme_choices()
    themes = sorted(names.get(theme.slug, theme.name) for theme in page.themes.all())
    if themes:
        event.add("categories", themes)
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    return event


def call_events(page, request):
    """The events of one call: its opening day and its closing moment."""
    opening = _event(page, "opens", _("Opens: %(title)s") % {"title": page.title}, request)
    opening.add("dtstart", page.opens_on)
    opening.add("dtend", page.opens_on + datetime.timedelta(days=1))
    opening.add("transp", "TRANSPARENT")
    closing = _event(page, "closes", _("Deadline: %(title)s") % {"title": page.title}, request)
    # No end: the event is the moment submissions close.
    closing.add("dtstart", page.closes_at)
    return [opening, closing]


def calendar_response(pages, name, filename, request):
    """An .ics file with the events of every call in `pages`."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for page in pages:
        for event in call_events(page, request):
            calendar.add_component(event)
    # The time zone's rules, written out, for calendars that do not know it by name.
    calendar.add_missing_timezones(first_date=datetime.date(2020, 1, 1))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
