"""The admin works under the content security policy: an editor signs in and publishes a change.

The date picker, the inline panel and the choosers are the admin's widgets that start with
inline scripts (allowed under /admin/ only); each is used here.
"""

import pytest

from challenges.factories import ChallengeIndexPageFactory, ChallengePageFactory
from home.demo.loader import ensure_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "tidal-compass-lantern-58"

REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation", (event) => {
  window.reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});"""


@pytest.fixture
def call(live_server, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@scic.example", PASSWORD)
    index = ChallengeIndexPageFactory(parent=ensure_site())
    call = ChallengePageFactory(parent=index, title="Harbour heat recovery", slug="harbour-heat")
    call.save_revision().publish()
    return live_server, call


def test_an_editor_signs_in_and_publishes_with_no_policy_violation(call, page):
    server, challenge = call
    messages, violations = [], []
    page.on("console", lambda message: messages.append(message.text))
    page.expose_function("reportViolation", lambda text: violations.append(text))
    page.add_init_script(script=REPORT_VIOLATIONS)

    page.goto(f"{server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    page.goto(f"{server.url}/admin/pages/{challenge.pk}/edit/")
    page.fill("#id_title", "Harbour heat recovery, second round")
    page.fill("#id_closes_on", "2031-12-31")
    page.click("#id_opens_on")
    page.locator(".xdsoft_datetimepicker >> visible=true").wait_for()
    page.keyboard.press("Escape")
    page.locator("#id_attachments-ADD").click()
    page.wait_for_selector("#inline_child_attachments-0")
    page.locator("#inline_child_attachments-0 button[title='Delete'], #id_attachments-0-DELETE-button").first.click()
    with page.expect_navigation():
        page.locator("button[name=action-publish]").evaluate("button => button.click()")
    assert "has been published" in page.content()
    public = page.goto(f"{server.url}/en/challenges/harbour-heat/")
    assert public.status == 200
    assert "second round" in page.content()
    assert violations == [], violations
    assert not [text for text in messages if "Content Security Policy" in text]
