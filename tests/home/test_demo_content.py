"""The demo site: every page type renders, in finished templates, and loading is idempotent."""

import re
from io import StringIO

from django.core.management import call_command
from django.test import override_settings
from django.utils.html import strip_tags

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, PageLogEntry, Revision
from wagtail_localize.models import String

from challenges.models import ChallengePage, ChallengeStatus, ReferencePage
from directory.models import MemberProfilePage
from home.demo.content import DemoContent
from home.models import NewsPage, StandardPage
from portal.models import Capability, Theme
from tests.support.demo import DemoTestCase

ENGLISH = {"locale__language_code": "en"}


def url_of(english_slug, language, model=Page):
    """A demo page's address in `language` (Finnish and Swedish pages have their own slugs)."""
    english = model.objects.filter(slug=english_slug, **ENGLISH).first()
    return english.get_translation(Locale.objects.get(language_code=language)).url


PAGES_OF_EACH_TYPE = [
    "/en/",
    "/en/challenges/",
    "/en/challenges/nusantara-smart-water-management/",
    "/en/members/",
    "/en/members/city-of-espoo/",
    "/en/references/",
    "/en/references/madrid-nuevo-norte/",
    "/en/news/",
    "/en/news/scic-founded/",
    "/en/about/",
]


class DemoContentTests(DemoTestCase):
    def test_demo_has_the_promised_content(self):
        members = MemberProfilePage.objects.live().filter(**ENGLISH)
        assert members.count() >= 12
        assert {"City of Espoo", "City of Tampere"} <= set(members.values_list("title", flat=True))
        assert members.filter(title__startswith="VTT").exists()
        assert members.filter(is_demo=False).count() == 3

        challenges = ChallengePage.objects.live().filter(**ENGLISH)
        assert challenges.count() >= 8
        assert {page.status for page in challenges} == set(ChallengeStatus)
        titles = " ".join(challenges.values_list("title", flat=True))
        for place in ("Madrid Nuevo Norte", "Kirkenes", "Nusantara", "NEOM"):
            assert place in titles
        assert challenges.filter(title__contains="Kirkenes").count() >= 2

        assert set(ReferencePage.objects.live().filter(**ENGLISH).values_list("slug", flat=True)) >= {
            "madrid-nuevo-norte",
            "kirkenes-arctic-challenges",
        }
        news = NewsPage.objects.live().filter(**ENGLISH)
        assert news.count() >= 3
        assert news.filter(date="2023-02-08").exists()

    def test_demo_never_publishes_the_press_releases_personal_contacts(self):
        for page in Page.objects.live().specific():
            html = self.client.get(page.url).content.decode()
            assert "+358 50" not in html
            assert "@live.com" not in html

    def test_each_page_type_renders_with_one_h1_and_landmarks(self):
        for path in PAGES_OF_EACH_TYPE:
            with self.subTest(path=path):
                response = self.client.get(path)
                assert response.status_code == 200
                html = response.content.decode()
                assert len(re.findall(r"<h1[\s>]", html)) == 1
                for landmark in (
                    '<header class="site-header"',
                    '<main id="main"',
                    "<footer",
                    '<nav class="main-nav"',
                ):
                    assert landmark in html
                assert '<a class="skip-link" href="#main">' in html
                # Every image has an alt attribute and explicit dimensions.
                for img in re.findall(r"<img [^>]*>", html):
                    assert " alt=" in img and " width=" in img and " height=" in img, img

    @override_settings(PICTURE_SKIPPED_FORMATS=[])
    def test_images_are_served_as_avif_and_webp_with_srcset(self):
        html = self.client.get("/en/challenges/").content.decode()
        assert 'type="image/avif"' in html
        assert 'type="image/webp"' in html
        assert "srcset=" in html
        assert 'loading="lazy"' in html

    @override_settings(PICTURE_SKIPPED_FORMATS=["avif"])
    def test_pictures_leave_out_the_skipped_formats(self):
        html = self.client.get("/en/challenges/").content.decode()
        assert 'type="image/avif"' not in html
        assert 'type="image/webp"' in html

    def test_member_page_shows_derived_references_and_challenges(self):
        espoo = self.client.get("/en/members/city-of-espoo/").content.decode()
        assert "Espoo: inclusive digital participation" in espoo
        reference = ReferencePage.objects.get(slug="madrid-nuevo-norte", **ENGLISH)
        partner = reference.partners.first()
        assert reference.title in self.client.get(partner.url).content.decode()

    def test_challenge_page_shows_its_related_reference(self):
        reference = ReferencePage.objects.get(slug="kirkenes-arctic-challenges", **ENGLISH)
        challenge = reference.challenges.first()
        assert reference.title in self.client.get(challenge.url).content.decode()

    def test_the_madrid_and_kirkenes_calls_tell_what_became_of_them_in_every_language(self):
        story = {
            "en": ("Completed", "In implementation", "Lead"),
            "fi": ("Valmis", "Toteutuksessa", "Vetäjä"),
            "sv": ("Slutförd", "Under genomförande", "Huvudansvarig"),
        }
        for language, (completed, implementation, lead) in story.items():
            with self.subTest(language=language):
                madrid = self.client.get(url_of("madrid-nuevo-norte-mobility-hub", language)).content.decode()
                assert completed in madrid
                assert "Meseta Urban Data" in madrid
                assert f'href="{url_of("meseta-urban-data", language)}"' in madrid
                assert f'href="{url_of("madrid-nuevo-norte", language, ReferencePage)}"' in madrid
                port = self.client.get(url_of("kirkenes-arctic-port-logistics", language)).content.decode()
                assert implementation in port
                assert f'href="{url_of("varanger-polartech", language)}"' in port
                profile = self.client.get(url_of("varanger-polartech", language)).content.decode()
                assert f'href="{url_of("kirkenes-arctic-port-logistics", language)}"' in profile
                assert lead in profile
                reference = self.client.get(url_of("madrid-nuevo-norte", language, ReferencePage)).content.decode()
                assert f'href="{url_of("madrid-nuevo-norte-mobility-hub", language)}"' in reference

    def test_the_stage_notes_are_translated(self):
        english = ChallengePage.objects.get(slug="kirkenes-arctic-port-logistics", **ENGLISH)
        port = ChallengePage.objects.get(translation_key=english.translation_key, locale__language_code="fi")
        assert "Varanger Polartech AS:n johtama konsortio" in port.stage_note
        assert [row.role for row in port.consortium.all()] == ["lead", "partner", "partner"]

    def test_the_about_page_links_to_the_challenge_form_in_its_own_language(self):
        for language, text in (
            ("en", "Bring us a challenge"),
            ("fi", "Tuo meille haaste"),
            ("sv", "Ge oss en utmaning"),
        ):
            with self.subTest(language=language):
                html = self.client.get(url_of("about", language, StandardPage)).content.decode()
                link = re.search(rf'<a class="button" href="([^"]+)">{text}</a>', html)
                assert link is not None
                # A path, so the link works on whatever host and port serve the demo.
                assert link.group(1) == f"/{language}/challenges/submit/"

    def test_every_catalogue_entry_is_a_text_of_the_demo(self):
        english = {string.as_value().render_text() for string in String.objects.filter(locale__language_code="en")}
        for term in [*Theme.objects.filter(**ENGLISH), *Capability.objects.filter(**ENGLISH)]:
            english |= {term.name, term.description}
        # Member pages are not wagtail-localize translations: their texts are read from the pages.
        for member in MemberProfilePage.objects.filter(**ENGLISH):
            english |= {member.title, member.summary}
            english |= {
                strip_tags(text) for text in member.description.stream_block.get_searchable_content(member.description)
            }
            english |= {text for block in member.offering for text in block.value.values()}
        slugs = set(Page.objects.filter(**ENGLISH).values_list("slug", flat=True))
        for language in ("fi", "sv"):
            assert set(DemoContent().translations(language)) - english == set()
            assert set(DemoContent().translations(language, context="slug")) - slugs == set()

    def test_the_demo_leaves_no_redirect_from_addresses_that_never_were(self):
        assert not Redirect.objects.exists()

    def test_loading_the_demo_again_changes_nothing(self):
        counts = (Page.objects.count(), Revision.objects.count(), PageLogEntry.objects.count())
        output = StringIO()
        call_command("load_demo_content", stdout=output)
        assert (Page.objects.count(), Revision.objects.count(), PageLogEntry.objects.count()) == counts
        assert "0 created, 0 updated" in output.getvalue()

    def test_loading_the_demo_restores_an_editors_change(self):
        page = ChallengePage.objects.get(slug="nusantara-smart-water-management", **ENGLISH)
        page.summary = "Changed by an editor"
        page.save_revision().publish()
        output = StringIO()
        call_command("load_demo_content", stdout=output)
        page.refresh_from_db()
        assert page.summary != "Changed by an editor"
        # The English page and its Finnish and Swedish translations.
        assert "0 created, 3 updated" in output.getvalue()
