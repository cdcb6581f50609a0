"""English, Finnish and Swedish: translated trees, interface, URLs, head links, fallbacks, formats."""

import re
from pathlib import Path

from django.test import override_settings

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization, Translation, TranslationSource

import polib
import pytest

from challenges.factories import ChallengePageFactory
from challenges.models import ChallengePage
from home.models import NewsPage
from tests.support.demo import DemoTestCase

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
# The demo call on NEOM's cooling, at its address in each language.
NEOM = {"fi": "neom-aluejaahdytyksen-digitaalinen-kaksonen", "sv": "neom-digital-tvilling-for-fjarrkyla"}
# Interface words that must not appear on a Finnish or Swedish page.
ENGLISH_INTERFACE = [
    "Skip to main content",
    "At a glance",
    "Closes",
    "Opens",
    "Challenge owner",
    "Themes",
    "Capabilities",
    "Organisation type",
    "Member since",
    "Latest news",
    "Open challenges closing soon",
    "Previous",
    "Showing",
    "Related references",
    "Partner members",
    "Finnish time",
    "Members by first letter",
    "Breadcrumb",
]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_catalogue_is_complete_without_fuzzy_entries(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert len(catalogue) > 150


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_compiled_catalogue_matches_its_source(language):
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.pofile(str(folder / "django.po"))
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.mofile(str(folder / "django.mo"))
    }
    compiled.pop((None, ""), None)  # the header
    assert compiled == source


@pytest.mark.django_db
def test_every_language_has_a_locale_synchronised_from_english():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"en", "fi", "sv"}
    synced = {sync.locale.language_code: sync.sync_from.language_code for sync in LocaleSynchronization.objects.all()}
    assert synced == {"fi": "en", "sv": "en"}


@pytest.mark.django_db
def test_untranslated_page_is_served_in_english_with_a_notice_never_a_404(client, challenge_index):
    page = ChallengePageFactory(parent=challenge_index, title="Only in English", slug="only-in-english")
    for language, notice in (("fi", "Tätä sivua ei ole vielä käännetty"), ("sv", "Den här sidan har inte översatts")):
        response = client.get(f"/{language}/challenges/only-in-english/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        assert notice in html
        assert '<div lang="en">' in html
        assert "Only in English" in html
        assert f'<link rel="canonical" href="http://127.0.0.1:8000{page.url}">' in html
    assert client.get("/fi/challenges/no-such-page/").status_code == 404


@pytest.mark.django_db
def test_alias_of_an_untranslated_page_points_its_canonical_at_the_source(client, challenge_index):
    page = ChallengePageFactory(parent=challenge_index, title="Aliased", slug="aliased")
    page.copy_for_translation(Locale.objects.get(language_code="sv"), copy_parents=True, alias=True)
    html = client.get("/sv/challenges/aliased/").content.decode()
    assert "Den här sidan har inte översatts" in html
    assert '<link rel="canonical" href="http://127.0.0.1:8000/en/challenges/aliased/">' in html
    assert 'hreflang="sv"' not in html.split("</head>")[0]


class TranslatedSiteTests(DemoTestCase):
    def html(self, path):
        response = self.client.get(path)
        assert response.status_code == 200, path
        return response.content.decode()

    def test_translated_pages_use_their_own_language(self):
        fi = self.html("/fi/haasteet/nusantara-alykas-vesihuolto/")
        assert '<html lang="fi" dir="ltr">' in fi
        assert "<h1>Nusantara: älykäs vesihuolto uudelle pääkaupungille</h1>" in fi
        assert "Tätä sivua ei ole vielä käännetty" not in fi
        sv = self.html("/sv/medlemmar/esbo-stad/")
        assert '<html lang="sv" dir="ltr">' in sv
        assert "Esbo stad" in sv

    def test_no_english_interface_words_on_finnish_and_swedish_pages(self):
        paths = [
            "/",
            "/challenges/",
            "/challenges/tampere-tram-stop-winter-access/",
            "/members/",
            "/members/city-of-espoo/",
            "/references/madrid-nuevo-norte/",
            "/news/",
            "/news/scic-founded/",
        ]
        for language in ("fi", "sv"):
            for path in paths:
                html = self.client.get(f"/{language}{path}", follow=True).content.decode()
                text = re.sub(r"<[^>]+>", " ", html.split("<body", 1)[1])
                found = [word for word in ENGLISH_INTERFACE if word in text]
                with self.subTest(page=f"/{language}{path}"):
                    assert found == []

    def test_theme_labels_follow_the_visitors_language(self):
        assert "Liikkuminen" in self.html("/fi/haasteet/tampere-raitiovaunupysakit-talvella/")
        assert "Mobilitet" in self.html("/sv/utmaningar/tammerfors-sparvagnshallplatser-pa-vintern/")
        assert "Mobility" in self.html("/en/challenges/tampere-tram-stop-winter-access/")

    def test_head_has_canonical_hreflang_alternates_and_x_default(self):
        head = self.html("/fi/uutiset/scic-perustettiin/").split("</head>")[0]
        assert '<link rel="canonical" href="http://127.0.0.1:8000/fi/uutiset/scic-perustettiin/">' in head
        addresses = {
            "en": "/en/news/scic-founded/",
            "fi": "/fi/uutiset/scic-perustettiin/",
            "sv": "/sv/nyheter/scic-grundat/",
        }
        for code, address in addresses.items():
            assert f'<link rel="alternate" hreflang="{code}" href="http://127.0.0.1:8000{address}">' in head
        assert '<link rel="alternate" hreflang="x-default" href="http://127.0.0.1:8000/en/news/scic-founded/">' in head

    def test_language_switcher_leads_to_the_same_challenge_in_each_language(self):
        html = self.html(f"/fi/haasteet/{NEOM['fi']}/")
        switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
        assert 'href="/en/challenges/neom-cooling-digital-twin/" hreflang="en"' in switcher
        assert f'href="/sv/utmaningar/{NEOM["sv"]}/" hreflang="sv"' in switcher
        assert 'aria-current="true">Suomi</a>' in switcher

    def test_language_switcher_keeps_the_filters_of_a_listing(self):
        html = self.html("/en/members/?letter=K&page=1")
        switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
        assert 'href="/fi/jasenet/?letter=K&amp;page=1"' in switcher
        assert 'href="/sv/medlemmar/?letter=K&amp;page=1"' in switcher

    def test_dates_follow_each_languages_conventions(self):
        assert "8 February 2023" in self.html("/en/news/scic-founded/")
        assert "8.2.2023" in self.html("/fi/uutiset/scic-perustettiin/")
        assert "8 februari 2023" in self.html("/sv/nyheter/scic-grundat/")

    def test_sitemap_lists_each_translation_with_its_alternates(self):
        xml = self.html("/sitemap.xml")
        addresses = {
            "en": "/en/challenges/neom-cooling-digital-twin/",
            "fi": f"/fi/haasteet/{NEOM['fi']}/",
            "sv": f"/sv/utmaningar/{NEOM['sv']}/",
        }
        for address in addresses.values():
            assert f"<loc>http://127.0.0.1:8000{address}</loc>" in xml
        entry = xml.split(f"<loc>http://127.0.0.1:8000{addresses['fi']}</loc>")[1].split("</url>")[0]
        for code, address in addresses.items():
            assert f'hreflang="{code}" href="http://127.0.0.1:8000{address}"' in entry
        assert 'hreflang="x-default"' in entry

    def test_a_pages_po_file_exports_and_imports_back(self):
        page = ChallengePage.objects.get(slug="neom-cooling-digital-twin", locale__language_code="en")
        source = TranslationSource.objects.get_for_instance(page)
        translation = Translation.objects.get(source=source, target_locale__language_code="sv")
        po = translation.export_po()
        title = next(entry for entry in po if entry.msgid == page.title)
        title.msgstr = "NEOM: en digital tvilling för kylning (reviderad)"
        translation.import_po(po)
        translation.save_target(publish=True)
        swedish = ChallengePage.objects.get(translation_key=page.translation_key, locale__language_code="sv")
        assert swedish.title == "NEOM: en digital tvilling för kylning (reviderad)"
        assert "(reviderad)</h1>" in self.html(f"/sv/utmaningar/{NEOM['sv']}/")

    def test_translations_follow_the_english_source(self):
        english = NewsPage.objects.get(slug="scic-founded", locale__language_code="en")
        finnish = english.get_translation(Locale.objects.get(language_code="fi"))
        assert finnish.date == english.date
        assert finnish.translation_key == english.translation_key
        assert not finnish.alias_of_id


@pytest.mark.django_db
def test_right_to_left_language_is_configuration_only(client, home_page):
    languages = [("en", "English"), ("fi", "Finnish"), ("sv", "Swedish"), ("ar", "Arabic")]
    Locale.objects.create(language_code="ar")
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        response = client.get("/ar/")
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_stylesheet_uses_logical_properties_only():
    css = (Path(__file__).resolve().parents[2] / "portal" / "static" / "css" / "portal.css").read_text()
    physical = re.findall(
        r"(?:margin|padding|border)-(?:left|right)|(?<![-\w])(?:left|right)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right)",
        css,
    )
    assert physical == []
    assert "inset-inline-start" in css and "margin-inline" in css


class TranslatedAddressTests(DemoTestCase):
    """Finnish and Swedish pages have addresses in their own language; the English-slug ones lead there."""

    def test_old_english_slug_address_redirects_to_the_translated_page(self):
        for old, new in (
            ("/fi/members/city-of-tampere/", "/fi/jasenet/tampereen-kaupunki/"),
            ("/sv/members/city-of-espoo/", "/sv/medlemmar/esbo-stad/"),
            ("/fi/challenges/?theme=water", "/fi/haasteet/?theme=water"),
            ("/sv/news/scic-founded/", "/sv/nyheter/scic-grundat/"),
        ):
            response = self.client.get(old)
            assert response.status_code == 301, old
            assert response["Location"] == new
            assert self.client.get(new).status_code == 200

    def test_an_address_that_exists_in_no_language_is_still_not_found(self):
        assert self.client.get("/fi/members/no-such-member/").status_code == 404
        assert self.client.get("/fi/jasenet/no-such-member/").status_code == 404

    def test_language_switcher_leads_to_the_translated_address(self):
        html = self.client.get("/en/members/city-of-tampere/").content.decode()
        switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
        assert 'href="/fi/jasenet/tampereen-kaupunki/" hreflang="fi"' in switcher
        assert 'href="/sv/medlemmar/tammerfors-stad/" hreflang="sv"' in switcher


class TranslatedNamesTests(DemoTestCase):
    """Owners and contacts appear under their names in the page's language, on cards and in results."""

    def test_challenge_cards_name_their_owner_in_the_listings_language(self):
        for path, owner, english in (
            ("/fi/haasteet/", "Tampereen kaupunki", "City of Tampere"),
            ("/fi/haasteet/?theme=circular-economy", "Kestora Infra Oyj", "Kestora Infra Plc"),
            ("/sv/utmaningar/", "Tammerfors stad", "City of Tampere"),
        ):
            html = self.client.get(path).content.decode()
            assert owner in html, (path, owner)
            assert english not in html, (path, english)
        home = self.client.get("/fi/").content.decode()
        assert not [name for name in ("City of", "Plc", "Water Services Authority") if name in home]

    def test_contact_names_are_translated(self):
        html = self.client.get("/fi/haasteet/tampere-raitiovaunupysakit-talvella/").content.decode()
        assert "Haastekoordinaattori, SCIC" in html
        assert "Challenge coordinator" not in html
