"""A representative updates the logo and the contact in English and the texts in Finnish and Swedish;
after a moderator's approval, the public page shows the change in all three languages."""

import os

from django.contrib.auth.models import Group, User
from django.core import mail

from wagtail.models import Locale

import pytest
from PIL import Image

from directory.factories import MemberDirectoryPageFactory, MemberProfilePageFactory
from directory.invitations import invite_representative
from directory.languages import start_language_version
from directory.models import MemberProfilePage, MemberSettings
from home.demo.loader import ensure_site
from portal.roles import MODERATORS
from tests.support.editor import upload_logo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "harbour-lantern-orbit-97"
TEXTS = {
    "fi": ("Alfa Oy", "alfa", "Alfa rakentaa anturiverkkoja pohjoisiin kaupunkeihin."),
    "sv": ("Alfa Ab", "alfa", "Alfa bygger sensornätverk för nordliga städer."),
}
NEW_SUMMARY = {
    "en": "Alpha builds sensor networks and now runs them for ports too.",
    "fi": "Alfa rakentaa anturiverkkoja ja ylläpitää niitä nyt myös satamissa.",
    "sv": "Alfa bygger sensornätverk och driver dem nu även i hamnar.",
}
NEW_DESCRIPTION = {
    "fi": "Satamien anturiverkot toimivat nyt myös talvella.",
    "sv": "Hamnarnas sensornätverk fungerar nu även på vintern.",
}
# Where the screenshots of each step go, when a person wants to look at the path (a folder).
SCREENSHOTS = os.environ.get("BROWSER_SCREENSHOTS")


@pytest.fixture
def member(live_server):
    """Alpha Oy in English, Finnish and Swedish, changes reviewed by a moderator; an invitation in Finnish.

    Saving the review setting creates the review workflow and its Moderators group.
    """
    home = ensure_site()
    directory = MemberDirectoryPageFactory(parent=home)
    alpha = MemberProfilePageFactory(
        parent=directory, title="Alpha Oy", slug="alpha", is_demo=False, contact_email="old@alpha.example"
    )
    alpha.save_revision().publish()
    for language, (title, slug, summary) in TEXTS.items():
        page = start_language_version(alpha, Locale.objects.get(language_code=language))
        page.title, page.slug, page.summary = title, slug, summary
        page.description = [("paragraph", f"<p>{summary}</p>")]
        page.save_revision().publish()
    settings = MemberSettings.load()
    settings.changes_need_review = True
    settings.save()
    # A superuser who moderates, as the cluster's staff do: in the Moderators group, mailed once.
    moderator = User.objects.create_superuser("moderator", "moderator@scic.example", PASSWORD)
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    link = invite_representative(alpha, "anna@alpha.example")
    return live_server, link.split("127.0.0.1:8000", 1)[1], alpha


def shot(page, name):
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}.png"), full_page=True)


def language_row(page, language):
    return page.locator(f'tr[data-language="{language}"]')


def edit(page, language):
    """Follow the home panel's Edit link of one language."""
    with page.expect_navigation():
        language_row(page, language).locator("a.button").first.click()


def submit_for_review(page):
    with page.expect_navigation():
        page.locator("button[name=action-submit]").evaluate("button => button.click()")


def test_representative_updates_every_language_and_approval_publishes_all_three(member, page, tmp_path):
    server, invitation_path, alpha = member
    logo = tmp_path / "alpha-new-logo.png"
    Image.new("RGB", (240, 120), (200, 60, 40)).save(logo)

    # The invitation is in Finnish (Alpha is in Finland), and so are the password page and the admin.
    page.goto(f"{server.url}{invitation_path}")
    assert page.locator("html").get_attribute("lang") == "fi"
    shot(page, "01-password")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.url}/admin/")
    shot(page, "02-home")
    for language in ("en", "fi", "sv"):
        assert language_row(page, language).get_attribute("data-status") == "up_to_date"

    # English: a new logo and a new contact address, and the English text.
    edit(page, "en")
    page.fill("#id_summary", NEW_SUMMARY["en"])
    page.fill("#id_contact_email", "hello@alpha.example")
    upload_logo(page, logo, "Alpha new logo", choose="Valitse kuva", upload="Lähetä")
    shot(page, "03-english-editor")
    submit_for_review(page)

    # Finnish and Swedish: each its own text, in the same editor; the facts are shown, not edited.
    for language in ("fi", "sv"):
        page.goto(f"{server.url}/admin/")
        edit(page, language)
        assert page.locator(".shared-facts").count() == 1
        page.fill("#id_summary", NEW_SUMMARY[language])
        description = page.locator('[data-contentpath="description"] [contenteditable="true"]').first
        description.click()
        page.keyboard.press("Control+A")
        page.keyboard.type(NEW_DESCRIPTION[language])
        # Draftail writes its text into the form's hidden field a moment after the typing.
        page.wait_for_function(
            "text => document.querySelector('input[name=\"description-0-value\"]').value.includes(text)",
            arg=NEW_DESCRIPTION[language],
        )
        shot(page, f"04-{language}-editor")
        submit_for_review(page)

    page.goto(f"{server.url}/admin/")
    shot(page, "05-home-submitted")
    for language in ("en", "fi", "sv"):
        assert language_row(page, language).get_attribute("data-status") == "awaiting_approval"
    # One e-mail per submission, to the moderator.
    assert [message.to for message in mail.outbox if "moderator" in message.to[0]] == [["moderator@scic.example"]] * 3

    # A moderator approves each language.
    page.context.clear_cookies()
    page.goto(f"{server.url}/admin/login/")
    page.fill("#id_username", "moderator")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.url}/admin/")
    for translated in MemberProfilePage.objects.filter(translation_key=alpha.translation_key).order_by("pk"):
        page.goto(f"{server.url}/admin/pages/{translated.pk}/edit/")
        shot(page, f"06-moderator-{translated.locale.language_code}")
        with page.expect_navigation():
            approve = 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
            page.locator(approve).evaluate("button => button.click()")

    for translated in MemberProfilePage.objects.filter(translation_key=alpha.translation_key).select_related("locale"):
        language = translated.locale.language_code
        response = page.goto(f"{server.url}{translated.url}")
        assert response.status == 200
        shot(page, f"07-public-{language}")
        html = page.content()
        assert NEW_SUMMARY[language] in html
        assert NEW_DESCRIPTION.get(language, "") in html
        assert "hello@alpha.example" in html and "old@alpha.example" not in html
        logo_image = page.locator(".detail__logo img")
        assert "alpha-new-logo" in logo_image.get_attribute("src")
        assert page.evaluate("image => image.naturalWidth", logo_image.element_handle()) > 0
