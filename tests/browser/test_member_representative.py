"""An invited representative sets a password, publishes their profile with a new logo, and stays in their lane."""

import pytest
from PIL import Image

from directory.factories import MemberDirectoryPageFactory, MemberProfilePageFactory
from directory.invitations import invite_representative
from directory.models import MemberSettings
from home.demo.loader import ensure_site
from tests.support.editor import upload_logo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "harbour-lantern-orbit-97"


@pytest.fixture
def two_members(live_server):
    """The smallest site that has two members; representatives publish directly."""
    home = ensure_site()
    directory = MemberDirectoryPageFactory(parent=home)
    own = MemberProfilePageFactory(parent=directory, title="Alpha Oy", slug="alpha", is_demo=False)
    other = MemberProfilePageFactory(parent=directory, title="Beta Ab", slug="beta", is_demo=False)
    for member in (own, other):
        member.save_revision().publish()
    settings = MemberSettings.load()
    settings.changes_need_review = False
    settings.save()
    link = invite_representative(own, "anna@alpha.example", language="en")
    return live_server, link.split("127.0.0.1:8000", 1)[1], own, other


def test_invited_representative_publishes_own_profile_with_a_new_logo(two_members, page, tmp_path):
    server, invitation_path, own, other = two_members
    logo = tmp_path / "alpha-logo.png"
    Image.new("RGB", (240, 120), (20, 90, 160)).save(logo)

    page.goto(f"{server.url}{invitation_path}")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.url}/admin/")
    assert "Alpha Oy" in page.content()

    page.goto(f"{server.url}/admin/pages/{own.pk}/edit/")
    page.fill("#id_summary", "Alpha builds sensor networks for Arctic towns.")
    upload_logo(page, logo, "Alpha logo")
    with page.expect_navigation():
        page.locator("button[name=action-publish]").evaluate("button => button.click()")
    assert "Page 'Alpha Oy' has been published." in page.content()

    response = page.goto(f"{server.url}/en/members/alpha/")
    assert response.status == 200
    assert "Alpha builds sensor networks for Arctic towns." in page.content()
    logo_image = page.locator(".detail__logo img")
    assert logo_image.count() == 1
    assert page.evaluate("image => image.naturalWidth", logo_image.element_handle()) > 0

    page.goto(f"{server.url}/admin/pages/{other.pk}/edit/")
    assert page.url == f"{server.url}/admin/"
    assert "permission" in page.content()
