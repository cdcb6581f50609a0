"""The member directory's feed and CSV export, and the news and references feeds, in every language."""

from urllib.parse import urlsplit

from home.models import NewsPage
from tests.support.demo import DemoTestCase, demo_url
from tests.support.follow import feed_paths, listing_paths, read_csv, read_feed

LANGUAGES = ("en", "fi", "sv")
MEMBER_FILTERS = [{}, {"org_type": "city"}, {"country": "FI", "theme": "energy"}, {"letter": "V"}, {"q": "water"}]


class DirectoryFollowTests(DemoTestCase):
    def test_member_feed_keeps_the_directory_filters(self):
        for language in LANGUAGES:
            for params in MEMBER_FILTERS:
                with self.subTest(language=language, params=params):
                    feed = read_feed(self.client, demo_url("members", language) + "feed/", params)
                    assert not feed.bozo, feed.bozo_exception
                    assert feed.feed.language == language
                    assert feed_paths(feed) == listing_paths(self.client, demo_url("members", language), params)

    def test_member_export_keeps_the_directory_filters(self):
        for language in LANGUAGES:
            for params in MEMBER_FILTERS:
                with self.subTest(language=language, params=params):
                    header, *rows = read_csv(self.client, demo_url("members", language) + "export.csv", params)
                    assert len(header) > 5
                    listing = listing_paths(self.client, demo_url("members", language), params)
                    assert {urlsplit(row[1]).path for row in rows} == listing
        header, *rows = read_csv(self.client, demo_url("members", "sv") + "export.csv", {"org_type": "city"})
        assert header[0] == "Namn"
        assert {row[2] for row in rows} == {"Stad eller region"}

    def test_the_directory_offers_its_feed_and_export_with_its_filters(self):
        listing = demo_url("members", "fi")
        html = self.client.get(listing, {"org_type": "city", "page": "1"}).content.decode()
        assert f'href="{listing}feed/?org_type=city"' in html
        assert f'href="{listing}export.csv?org_type=city"' in html

    def test_news_and_references_feeds_in_every_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                news = read_feed(self.client, demo_url("news", language) + "feed/")
                assert not news.bozo and news.feed.language == language
                articles = NewsPage.objects.live().filter(locale__language_code=language)
                assert feed_paths(news) == {urlsplit(article.url).path for article in articles}
                assert all(entry.summary and entry.published_parsed for entry in news.entries)
                references = read_feed(self.client, demo_url("references", language) + "feed/")
                assert not references.bozo
                assert feed_paths(references) == listing_paths(self.client, demo_url("references", language))

    def test_news_feed_follows_a_theme(self):
        everything = read_feed(self.client, demo_url("news", "en") + "feed/")
        themed = read_feed(self.client, demo_url("news", "en") + "feed/", {"theme": "energy"})
        energy = {entry.link for entry in everything.entries if "Energy" in {tag.term for tag in entry.get("tags", [])}}
        assert len(energy) == 2
        assert {entry.link for entry in themed.entries} == energy
