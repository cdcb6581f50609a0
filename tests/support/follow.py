"""Reading what a listing shows and what its feed, calendar and export hold, to compare them."""

import csv
import io
import re
from urllib.parse import urlencode, urlsplit

import feedparser
from icalendar import Calendar

CARD_LINK = re.compile(r'class="card__title"><a href="([^"]+)"')


def address(path, params):
    return f"{path}?{urlencode(params, doseq=True)}" if params else path


def listing_paths(client, path, params=None):
    """The addresses of the pages a listing shows for `params` (every page of it)."""
    found, page = [], 1
    while True:
        html = client.get(path, {**(params or {}), "page": page}).content.decode()
        found += CARD_LINK.findall(html)
        if 'rel="next"' not in html:
            return set(found)
        page += 1


def fetched(client, path, params, content_type):
    response = client.get(address(path, params))
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    return response


def read_feed(client, path, params=None):
    return feedparser.parse(fetched(client, path, params, "application/atom+xml").content)


def feed_paths(feed):
    return {urlsplit(entry.link).path for entry in feed.entries}


def read_calendar(client, path, params=None):
    return Calendar.from_ical(fetched(client, path, params, "text/calendar").content)


def events(calendar):
    return list(calendar.walk("VEVENT"))


def read_csv(client, path, params=None):
    response = fetched(client, path, params, "text/csv; charset=utf-8")
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))
