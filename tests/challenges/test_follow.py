"""The challenge calls' feed, deadline calendars and CSV export hold what the listing shows, in every language."""

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from wagtail.models import Locale

import pytest

from challenges.factories import ChallengePageFactory
from challenges.models import ChallengeIndexPage, ChallengePage
from portal.models import Theme
from tests.support.demo import DemoTestCase, demo_page, demo_url
from tests.support.follow import events, feed_paths, listing_paths, read_calendar, read_csv, read_feed

LANGUAGES = ("en", "fi", "sv")
FILTERS = [
    {},
    {"country": "NO"},
    {"theme": "energy", "status": "open"},
    {"theme": ["water", "mobility"], "country": "FI"},
    {"q": "water"},
    {"stage": ["completed", "implementation"]},
]
HELSINKI = ZoneInfo("Europe/Helsinki")


class ChallengeFollowTests(DemoTestCase):
    def test_feed_keeps_the_listing_filters_in_every_language(self):
        for language in LANGUAGES:
            for params in FILTERS:
                with self.subTest(language=language, params=params):
                    listing = listing_paths(self.client, demo_url("challenges", language), params)
                    feed = read_feed(self.client, f"{demo_url('challenges', language)}feed/", params)
                    assert not feed.bozo, feed.bozo_exception
                    assert feed.version == "atom10"
                    assert feed_paths(feed) == listing
                    assert all(path.startswith(f"/{language}/") for path in feed_paths(feed))

    def test_feed_entries_have_title_summary_link_dates_and_themes_in_the_feed_language(self):
        feed = read_feed(self.client, demo_url("challenges", "fi") + "feed/", {"country": "NO"})
        assert feed.feed.language == "fi"
        assert "Norja" in feed.feed.title  # the filter, named in Finnish
        finnish_themes = set(Theme.objects.filter(locale__language_code="fi").values_list("name", flat=True))
        assert len(feed.entries) == 3
        for entry in feed.entries:
            page = ChallengePage.objects.get(
                locale__language_code="fi", url_path__endswith=f"/{entry.link.split('/')[-2]}/"
            )
            assert entry.title == page.title
            assert page.summary[:40] in entry.summary
            assert entry.published_parsed and entry.updated_parsed
            assert {tag.term for tag in entry.tags} <= finnish_themes
            assert "Energia" in {tag.term for entry in feed.entries for tag in entry.get("tags", [])}

    def test_the_listing_offers_its_feed_in_the_head_and_as_a_visible_link(self):
        listing = demo_url("challenges", "sv")
        html = self.client.get(listing, {"country": "NO", "page": "1"}).content.decode()
        assert '<link rel="alternate" type="application/atom+xml"' in html
        assert f'href="{listing}feed/?country=NO"' in html
        assert f'href="{listing}calendar.ics?country=NO"' in html
        assert f'href="{listing}export.csv?country=NO"' in html
        assert 'href="/sv/alerts/?country=NO"' in html

    def test_calendar_lists_the_opening_and_closing_of_every_call_in_the_filter(self):
        for language in LANGUAGES:
            for params in FILTERS:
                with self.subTest(language=language, params=params):
                    listing = listing_paths(self.client, demo_url("challenges", language), params)
                    calendar = read_calendar(self.client, f"{demo_url('challenges', language)}calendar.ics", params)
                    found = events(calendar)
                    assert {urlsplit(str(event["URL"])).path for event in found} == listing
                    assert len(found) == 2 * len(listing)

    def test_a_call_closes_at_23_59_helsinki_time_with_the_time_zone_included(self):
        call = demo_page("nusantara-smart-water-management", "sv")
        calendar = read_calendar(self.client, f"{call.url}calendar.ics")
        assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]
        opening, closing = events(calendar)
        assert opening.decoded("DTSTART") == call.opens_on
        deadline = closing.decoded("DTSTART")
        assert deadline == datetime.datetime.combine(call.closes_on, datetime.time(23, 59), tzinfo=HELSINKI)
        assert str(deadline.tzinfo) == "Europe/Helsinki"
        assert b"DTSTART;TZID=Europe/Helsinki:" in calendar.to_ical()
        assert call.title in str(closing["SUMMARY"])

    def test_an_edited_deadline_updates_the_same_calendar_entry(self):
        path = demo_url("challenges", "en") + "nusantara-smart-water-management/calendar.ics"
        before = {str(event["UID"]): event.decoded("DTSTART") for event in events(read_calendar(self.client, path))}
        call = ChallengePage.objects.get(locale__language_code="en", slug="nusantara-smart-water-management")
        call.closes_on += datetime.timedelta(days=14)
        with self.captureOnCommitCallbacks(execute=True):
            call.save_revision().publish()
        after = {str(event["UID"]): event.decoded("DTSTART") for event in events(read_calendar(self.client, path))}
        assert set(after) == set(before)
        changed = [uid for uid in after if after[uid] != before[uid]]
        assert len(changed) == 1 and changed[0].endswith(f"-en-closes@{changed[0].split('@')[1]}")
        # The listing's calendar names the event by the same UID.
        listing = events(read_calendar(self.client, demo_url("challenges", "en") + "calendar.ics", {"q": "Nusantara"}))
        assert {str(event["UID"]) for event in listing} == set(after)

    def test_call_page_offers_add_to_calendar(self):
        call = demo_url("nusantara-smart-water-management", "fi")
        html = self.client.get(call).content.decode()
        assert f'href="{call}calendar.ics"' in html

    def test_csv_export_holds_the_listing_with_a_header_row_in_every_language(self):
        for language in LANGUAGES:
            for params in FILTERS:
                with self.subTest(language=language, params=params):
                    listing = listing_paths(self.client, demo_url("challenges", language), params)
                    header, *rows = read_csv(self.client, f"{demo_url('challenges', language)}export.csv", params)
                    assert len(header) == len(set(header)) > 5
                    assert {urlsplit(row[1]).path for row in rows} == listing
        header, *_rows = read_csv(self.client, demo_url("challenges", "fi") + "export.csv")
        assert header[0] == "Otsikko"
        header, *rows = read_csv(self.client, demo_url("challenges", "sv") + "export.csv", {"stage": "completed"})
        stage = header.index("Skede")
        assert [row[stage] for row in rows] == ["Slutförd"]

    def test_csv_neutralises_formulas(self):
        index = ChallengeIndexPage.objects.get(locale=Locale.get_default())
        with self.captureOnCommitCallbacks(execute=True):
            ChallengePageFactory(
                parent=index, title='=HYPERLINK("http://evil.example")', owner_name="+1 owner", summary="@SUM(A1)"
            )
        _header, *rows = read_csv(self.client, demo_url("challenges", "en") + "export.csv", {"q": "HYPERLINK"})
        assert len(rows) == 1
        title, _url, _status, _stage, _opens, _closes, owner, *_rest = rows[0]
        assert title == '\'=HYPERLINK("http://evil.example")'
        assert owner == "'+1 owner"
        assert "'@SUM(A1)" in rows[0]


@pytest.mark.django_db
def test_the_export_reads_calls_a_batch_at_a_time(
    client, challenge_index, monkeypatch, django_capture_on_commit_callbacks
):
    from challenges import follow
    from search import service

    with django_capture_on_commit_callbacks(execute=True):
        for number in range(5):
            ChallengePageFactory(parent=challenge_index, title=f"Call {number}")
    monkeypatch.setattr(follow, "BATCH", 2)
    searches = []
    real_search = service.search
    monkeypatch.setattr(
        service, "search", lambda query, *args: searches.append(query.page) or real_search(query, *args)
    )
    response = client.get(demo_url("challenges", "en") + "export.csv")
    lines = iter(response.streaming_content)
    next(lines)  # the header
    assert searches == []  # nothing is searched before the rows are sent
    next(lines)
    assert searches == [1]
    assert len(list(lines)) == 4
    assert searches == [1, 2, 3]
