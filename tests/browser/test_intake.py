"""A visitor brings a challenge with an attachment, an editor publishes it, and it is listed, found and phone-ready."""

from django.contrib.auth.models import User
from django.core import mail

import pytest

from challenges.factories import ChallengeIndexPageFactory
from challenges.intake import guards
from challenges.models import ChallengeSubmission
from home.demo.loader import ensure_site
from portal.factories import ThemeFactory
from tests.support.intake import PDF

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "harbour-lantern-orbit-97"
TITLE = "Snow-free bus stops with little energy"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def site(live_server, monkeypatch):
    """The smallest site with a challenge listing, two themes and a member of staff who may publish."""
    # A person filling in the form takes longer than the fill-time guard; the browser does not.
    monkeypatch.setattr(guards, "MIN_FILL_SECONDS", 0)
    home = ensure_site()
    ChallengeIndexPageFactory(parent=home).save_revision().publish()
    for name in ("Mobility", "Energy"):
        ThemeFactory(name=name)
    # A superuser: a transactional test's emptied database has no roles (Wagtail's admin permission
    # comes from a migration); the Editors' own rights are tested in tests/challenges.
    User.objects.create_superuser("eeva", "eeva@scic.example", PASSWORD)
    return live_server


def submit_a_challenge(page, server, attachment):
    page.goto(f"{server.url}/en/challenges/")
    page.get_by_role("link", name="Submit a challenge").click()
    page.wait_for_url(f"{server.url}/en/challenges/submit/")
    page.get_by_label("Organisation", exact=True).fill("City of Kirkenes")
    page.get_by_label("Type of organisation").select_option("city")
    page.get_by_label("Contact person").fill("Kari Nordmann")
    page.get_by_label("E-mail").fill("kari@kirkenes.example")
    page.get_by_label("Title of the challenge").fill(TITLE)
    page.get_by_label("Country").select_option("NO")
    page.get_by_label("City or region").fill("Kirkenes")
    page.get_by_label("The problem").fill("Bus stops ice over from November to April; heating them costs too much.")
    page.get_by_label("What a good solution would achieve").fill("Stops free of ice at a tenth of the energy.")
    page.get_by_label("Timeline", exact=True).fill("A pilot in winter 2027-2028")
    page.get_by_label("Energy").check()
    page.get_by_label("Attachments (optional)").set_input_files(str(attachment))
    page.get_by_label("I have read the privacy notice").check()
    page.get_by_role("button", name="Send the challenge").click()
    page.wait_for_url(f"{server.url}/en/challenges/submit/received/**")


def test_a_submitted_challenge_is_published_by_an_editor_and_found(site, browser, tmp_path):
    attachment = tmp_path / "pilot-plan.pdf"
    attachment.write_bytes(PDF)
    visitor = browser.new_context(locale="en-GB").new_page()
    submit_a_challenge(visitor, site, attachment)
    submission = ChallengeSubmission.objects.get()
    assert submission.reference in visitor.locator("main").inner_text()
    assert [document.title for document in submission.documents.all()] == ["pilot-plan.pdf"]

    editor = browser.new_context(locale="en-GB").new_page()
    editor.goto(f"{site.url}/admin/login/")
    editor.fill("#id_username", "eeva")
    editor.fill("#id_password", PASSWORD)
    editor.click("button[type=submit]")
    editor.wait_for_url(f"{site.url}/admin/")
    editor.get_by_role("link", name="Challenge submissions").first.click()
    editor.get_by_role("link", name=submission.reference).click()
    editor.locator(f'main a[href="/admin/pages/{submission.page_id}/edit/"]').click()
    editor.wait_for_url(f"{site.url}/admin/pages/{submission.page_id}/edit/")
    # Approving the draft in the "Challenge intake" workflow publishes it.
    approve = editor.locator('button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    with editor.expect_navigation():
        approve.evaluate("button => button.click()")

    submission.refresh_from_db()
    assert submission.page.live
    assert submission.state == "published"
    published = [message for message in mail.outbox if message.to == ["kari@kirkenes.example"]][-1]
    assert f"/en/challenges/{submission.page.slug}/" in published.body

    visitor.goto(f"{site.url}/en/challenges/")
    assert visitor.get_by_role("link", name=TITLE).count() == 1
    visitor.goto(f"{site.url}/en/search/?q=snow-free+bus+stops")
    assert visitor.get_by_role("link", name=TITLE).count() == 1
    assert "pilot-plan.pdf" not in visitor.content()


def test_a_call_on_a_phone_says_how_to_respond_before_its_description(site, browser):
    from challenges.factories import ChallengePageFactory
    from challenges.models import ChallengeIndexPage

    call = ChallengePageFactory(
        parent=ChallengeIndexPage.objects.get(),
        slug="open-call",
        contact_email="calls@kirkenes.example",
        body=[("paragraph", "<p>" + "A long description of the challenge. " * 80 + "</p>")],
    )
    call.save_revision().publish()
    phone = browser.new_context(viewport=PHONE, locale="en-GB").new_page()
    phone.goto(f"{site.url}/en/challenges/open-call/")
    response = phone.locator(".call-response").bounding_box()
    description = phone.locator(".call-description").bounding_box()
    assert response["y"] + response["height"] <= description["y"]
    # The deadline, the days left and the way to respond are on the first screen.
    for selector in (".call-response__deadline", ".call-response__days", ".call-response .button"):
        box = phone.locator(selector).bounding_box()
        assert box["y"] + box["height"] <= PHONE["height"], selector
