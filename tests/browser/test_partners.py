"""A representative looks for partners on a call, another writes to them through the board, the e-mails
arrive, and an editor downloads the interest list."""

import csv
import io

from django.contrib.auth.models import Group, User
from django.core import mail

import pytest

from challenges.factories import ChallengeIndexPageFactory, ChallengePageFactory
from directory.factories import MemberDirectoryPageFactory, MemberProfilePageFactory
from directory.models import MemberAccess
from home.demo.loader import ensure_site
from portal.factories import CapabilityFactory, ThemeFactory
from portal.roles import EDITORS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "harbour-lantern-orbit-97"


@pytest.fixture
def partner_site(live_server):
    """Two members with a representative each, an editor and one open call."""
    home = ensure_site()
    directory = MemberDirectoryPageFactory(parent=home)
    alpha = MemberProfilePageFactory(parent=directory, title="Alpha Oy", slug="alpha", is_demo=False)
    beta = MemberProfilePageFactory(parent=directory, title="Beta Ab", slug="beta", is_demo=False)
    for member in (alpha, beta):
        member.save_revision().publish()
    theme = ThemeFactory(name="Arctic conditions", slug="arctic-conditions")
    CapabilityFactory(name="Snow and ice management", slug="snow-ice-management", theme=theme)
    call = ChallengePageFactory(
        parent=ChallengeIndexPageFactory(parent=home),
        title="Winter streets",
        slug="winter-streets",
        country="NO",
        contact_email="calls@scic.example",
    )
    call.themes = [theme]
    call.save_revision().publish()
    people = {}
    for name, group in (
        ("anna@alpha.example", MemberAccess.objects.for_page(alpha).group),
        ("bo@beta.example", MemberAccess.objects.for_page(beta).group),
        # Another live-server test may have emptied the database, staff groups included;
        # the editor is a superuser in the Editors group, whom interest e-mails reach.
        ("eeva@scic.example", Group.objects.get_or_create(name=EDITORS)[0]),
    ):
        people[name] = User.objects.create_user(name, name, PASSWORD, is_superuser=name.startswith("eeva"))
        people[name].groups.add(group)
    return live_server, call


def sign_in(browser, server, email):
    context = browser.new_context(locale="en-GB", accept_downloads=True)
    page = context.new_page()
    page.goto(f"{server.url}/admin/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.url}/admin/")
    return context, page


def test_looking_for_partners_contact_through_the_board_and_export(partner_site, browser):
    server, call = partner_site

    context, page = sign_in(browser, server, "anna@alpha.example")
    page.goto(f"{server.url}/en/challenges/winter-streets/")
    form = page.locator("form.interest-form")
    form.get_by_label("Looking for partners").check()
    form.locator("input[name=capabilities]").first.check()
    form.get_by_label("Message").fill("We heat walkways with waste heat and seek a data partner.")
    form.get_by_label("show our name and role on the call page").check()
    with page.expect_navigation():
        form.get_by_role("button", name="Our organisation is interested").click()
    assert "interest was saved" in page.content()
    assert "1 member organisation is interested in this call." in page.content()
    context.close()

    context, page = sign_in(browser, server, "bo@beta.example")
    page.goto(f"{server.url}/en/partners/")
    assert "Alpha Oy" in page.content()
    assert "anna@alpha.example" not in page.content()
    page.get_by_role("link", name="Contact through the portal").click()
    page.get_by_label("Your message").fill("Beta Ab builds data platforms. Shall we answer together?")
    with page.expect_navigation():
        page.get_by_role("button", name="Send the message").click()
    assert "Your message was sent." in page.content()
    context.close()

    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        "calls@scic.example": "Alpha Oy is interested in the call “Winter streets”",
        "eeva@scic.example": "Alpha Oy is interested in the call “Winter streets”",
        "anna@alpha.example": "Beta Ab would like to partner with you on “Winter streets”",
    }

    context, page = sign_in(browser, server, "eeva@scic.example")
    page.goto(f"{server.url}/admin/solvers/calls/{call.pk}/interest/")
    assert "We heat walkways with waste heat" in page.content()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download as CSV").click()
    rows = list(csv.reader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    assert rows[1][:2] == ["Alpha Oy", "Looking for partners"]
    assert rows[1][2] == "Snow and ice management"
    context.close()
