"""Every page type's head in every language: description, share preview, structured data, icons."""

import io
import json
import re
from html import unescape
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import override_settings

from wagtail.models import Page

from PIL import Image

from portal.icons import ICON_DIR, icon_files
from tests.support.demo import LANGUAGES, PAGE_TYPES, DemoTestCase, demo_url, in_language
from tests.support.schema_org import nodes, problems

EXPECTED_TYPES = {
    "home": "Organization",
    "challenge index": "CollectionPage",
    "challenge": "Demand",
    "member directory": "CollectionPage",
    "member": "Organization",
    "reference index": "CollectionPage",
    "reference": "Project",
    "news index": "CollectionPage",
    "news": "NewsArticle",
    "standard": "WebPage",
}
# What each type needs to be useful to search engines and link previews.
REQUIRED = {
    "Organization": {"name", "url"},
    "NewsArticle": {"headline", "datePublished", "dateModified", "image", "author", "publisher"},
    "Demand": {"name", "url", "description", "validFrom", "validThrough", "areaServed"},
    "Project": {"name", "url", "description", "location", "foundingDate"},
    "CollectionPage": {"name", "url", "inLanguage"},
    "WebPage": {"name", "url", "inLanguage"},
}


def meta(html, attribute, name):
    found = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return unescape(found.group(1)) if found else None


def assert_served(client, path):
    """A static file exists (the test server does not serve them); an upload is served."""
    if path.startswith(settings.STATIC_URL):
        assert finders.find(path.removeprefix(settings.STATIC_URL)), path
    else:
        assert client.get(path).status_code == 200, path


def structured_data(html):
    [script] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    return json.loads(script)


class PageHeadTests(DemoTestCase):
    def test_every_page_type_has_a_description_and_a_share_preview_in_every_language(self):
        for language in LANGUAGES:
            for kind, pattern in PAGE_TYPES.items():
                path = in_language(pattern, language)
                with self.subTest(path=path):
                    response = self.client.get(path)
                    assert response.status_code == 200
                    html = response.content.decode()
                    page = Page.find_for_request(response.wsgi_request, path).specific
                    description = meta(html, "name", "description")
                    assert description and len(description) <= 201
                    expected = page.search_description or getattr(page, "summary", "") or getattr(page, "lead", "")
                    expected = expected or getattr(page, "intro", "")
                    assert " ".join(expected.split())[:60] in description
                    assert meta(html, "property", "og:title") == (page.seo_title or page.title)
                    assert meta(html, "property", "og:description") == description
                    assert meta(html, "property", "og:url") == page.full_url
                    assert meta(html, "property", "og:type") == ("article" if kind == "news" else "website")
                    assert (
                        meta(html, "property", "og:locale") == {"en": "en_GB", "fi": "fi_FI", "sv": "sv_FI"}[language]
                    )
                    image = meta(html, "property", "og:image")
                    assert image.startswith("http://")
                    assert_served(self.client, urlsplit(image).path)
                    assert meta(html, "name", "twitter:card") == "summary_large_image"
                    assert meta(html, "name", "twitter:image") == image

    def test_pages_outside_the_page_tree_have_a_description_and_icons_in_every_language(self):
        descriptions = set()
        for language in LANGUAGES:
            for path in ("/{lang}/challenges/submit/", "/{lang}/alerts/", "/{lang}/search/?q=water"):
                path = path.format(lang=language)
                with self.subTest(path=path):
                    response = self.client.get(path)
                    assert response.status_code == 200
                    html = response.content.decode()
                    description = meta(html, "name", "description")
                    assert description and len(description) <= 201
                    descriptions.add((language, description))
                    assert '<link rel="icon" href="/static/icons/favicon.svg" type="image/svg+xml">' in html
        # One description per language, each in its own words.
        assert len({description for _, description in descriptions}) == len(LANGUAGES) == len(descriptions)

    def test_share_images_are_renditions_of_the_page_image(self):
        html = self.client.get(demo_url("nusantara-smart-water-management", "fi")).content.decode()
        assert ".fill-1200x630" in meta(html, "property", "og:image")
        # The demo's images are small in tests: the rendition keeps the shape a preview wants.
        width, height = int(meta(html, "property", "og:image:width")), int(meta(html, "property", "og:image:height"))
        assert abs(width / height - 1200 / 630) < 0.05
        html = self.client.get(demo_url("about", "sv")).content.decode()
        assert meta(html, "property", "og:image").endswith("/static/icons/share-card.png")

    def test_structured_data_is_valid_schema_org_with_the_required_properties(self):
        for language in LANGUAGES:
            for kind, pattern in PAGE_TYPES.items():
                path = in_language(pattern, language)
                with self.subTest(path=path):
                    data = structured_data(self.client.get(path).content.decode())
                    assert data["@context"] == "https://schema.org"
                    assert problems(data) == []
                    main = data["@graph"][0] if "@graph" in data else data
                    assert main["@type"] == EXPECTED_TYPES[kind]
                    assert REQUIRED[main["@type"]] <= set(main), REQUIRED[main["@type"]] - set(main)
                    for node in nodes(data):
                        if node["@type"] == "Organization":
                            assert REQUIRED["Organization"] <= set(node) or "seeks" in node

    def test_the_call_names_its_owner_and_deadline(self):
        data = structured_data(self.client.get("/en/challenges/nusantara-smart-water-management/").content.decode())
        call, owner = data["@graph"]
        assert "T23:59:00+0" in call["validThrough"]
        assert owner["seeks"] == {"@id": call["@id"]}

    def test_the_home_page_gives_the_clusters_contact_address_from_its_settings(self):
        for language in LANGUAGES:
            organisation, site = structured_data(self.client.get(f"/{language}/").content.decode())["@graph"]
            assert organisation["email"] == "info@scic.example", language
            assert site["inLanguage"] == language

    def test_members_and_news_name_the_cluster(self):
        member = structured_data(self.client.get(demo_url("city-of-espoo", "sv")).content.decode())
        assert member["memberOf"]["name"] == "Smart City Innovation Cluster"
        news = structured_data(self.client.get(demo_url("scic-founded", "fi")).content.decode())
        assert news["publisher"]["logo"].endswith("/static/icons/icon-512.png")
        assert news["inLanguage"] == "fi"

    def test_every_page_links_its_icons(self):
        html = self.client.get("/en/").content.decode()
        for link in ('rel="icon" href="/static/icons/favicon.svg"', 'rel="apple-touch-icon"', 'rel="manifest"'):
            assert link in html
        for name in ("favicon.svg", "favicon-32.png", "apple-touch-icon.png", "icon-512.png", "site.webmanifest"):
            assert (ICON_DIR / name).exists()
        response = self.client.get("/favicon.ico")
        assert response.status_code == 301 and response["Location"] == "/static/icons/favicon.ico"

    def test_listings_announce_their_feed(self):
        for path in ("/en/challenges/", demo_url("members", "fi"), demo_url("news", "sv"), "/en/references/"):
            html = self.client.get(path).content.decode()
            assert re.search(r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="[^"]+feed/', html)


def pixels(content):
    return Image.open(io.BytesIO(content)).convert("RGBA").tobytes()


def test_the_committed_icons_are_what_draw_icons_draws():
    for name, content in icon_files().items():
        committed = (ICON_DIR / name).read_bytes()
        same = committed == content if name.endswith(".svg") else pixels(committed) == pixels(content)
        assert same, f"run `manage.py draw_icons` ({name} differs)"


def test_robots_txt_points_at_the_sitemap_and_keeps_admin_and_search_out(client, db, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example"
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: https://portal.example/sitemap.xml" in body
    for path in ("/admin/", "/api/", "/en/search/", "/fi/search/", "/sv/search/"):
        assert f"Disallow: {path}\n" in body


class ErrorPageTests(DemoTestCase):
    def test_404_is_branded_and_in_the_visitors_language(self):
        for language, heading in (("en", "Page not found"), ("fi", "Sivua ei löydy"), ("sv", "Sidan hittades inte")):
            response = self.client.get(f"/{language}/no-such-page/")
            assert response.status_code == 404
            html = response.content.decode()
            assert f"<h1>{heading}</h1>" in html
            assert f'<html lang="{language}"' in html
            assert 'class="site-header"' in html

    @override_settings(DEBUG_PROPAGATE_EXCEPTIONS=False)
    def test_500_is_branded_and_in_the_visitors_language(self):
        from unittest import mock

        self.client.raise_request_exception = False
        for language, heading in (
            ("en", "Something went wrong"),
            ("fi", "Jokin meni vikaan"),
            ("sv", "Något gick fel"),
        ):
            with mock.patch("search.views.search", side_effect=RuntimeError("boom")):
                response = self.client.get(f"/{language}/search/")
            assert response.status_code == 500
            html = response.content.decode()
            assert f"<h1>{heading}</h1>" in html and f'<html lang="{language}"' in html
