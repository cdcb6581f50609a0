"""What a member's profile, a call and a reference list of other pages (references, calls,
partners) follows each publication at once, though the lists are kept while the content lasts."""

import pytest

from challenges.factories import ChallengePageFactory, ReferencePageFactory
from directory.factories import MemberProfilePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _pages_rendered_each_time(settings):
    settings.PAGE_CACHE_SECONDS = 0  # the page cache has its own tests; these are about the lists


def section(html, heading_id):
    return html[html.index(f'id="{heading_id}"') :] if f'id="{heading_id}"' in html else ""


def test_a_members_references_and_calls_follow_each_publication(
    client, member_directory, reference_index, challenge_index
):
    member = MemberProfilePageFactory(parent=member_directory, title="Polar Urban Systems", slug="polar")
    assert section(client.get(member.url).content.decode(), "references-heading") == ""
    reference = ReferencePageFactory(parent=reference_index, title="Snow-melt pavements", slug="snow-melt")
    reference.partners.set([member])
    reference.save_revision().publish()
    call = ChallengePageFactory(parent=challenge_index, title="Quiet harbour cranes", owner_member=member)
    html = client.get(member.url).content.decode()
    assert "Snow-melt pavements" in section(html, "references-heading")
    assert "Quiet harbour cranes" in section(html, "challenges-heading")
    reference.unpublish()
    call.unpublish()
    html = client.get(member.url).content.decode()
    assert "Snow-melt pavements" not in html
    assert "Quiet harbour cranes" not in html


def test_a_call_shows_the_reference_it_led_to_once_published(client, challenge_index, reference_index):
    call = ChallengePageFactory(parent=challenge_index, title="Quiet harbour cranes")
    client.get(call.url)
    reference = ReferencePageFactory(parent=reference_index, title="Electric cranes in Kirkenes", slug="cranes")
    reference.challenges.set([call])
    reference.save_revision().publish()
    assert "Electric cranes in Kirkenes" in section(client.get(call.url).content.decode(), "references-heading")


def test_a_reference_lists_its_calls_and_partners_as_soon_as_they_are_linked(
    client, challenge_index, reference_index, member_directory
):
    reference = ReferencePageFactory(parent=reference_index, title="Electric cranes in Kirkenes", slug="cranes")
    before = client.get(reference.url).content.decode()
    assert "Quiet harbour cranes" not in before and "Polar Urban Systems" not in before
    call = ChallengePageFactory(parent=challenge_index, title="Quiet harbour cranes")
    member = MemberProfilePageFactory(parent=member_directory, title="Polar Urban Systems", slug="polar")
    reference.challenges.set([call])
    reference.partners.set([member])
    reference.save_revision().publish()
    html = client.get(reference.url).content.decode()
    assert "Quiet harbour cranes" in html
    # The partners are named in the page and in its structured data.
    assert html.count("Polar Urban Systems") >= 2


def test_a_call_names_its_owner_as_the_owners_profile_is_now_called(client, challenge_index, member_directory):
    member = MemberProfilePageFactory(parent=member_directory, title="Polar Urban Systems", slug="polar")
    call = ChallengePageFactory(parent=challenge_index, title="Quiet harbour cranes", owner_member=member)
    before = client.get(call.url).content.decode()
    assert f'<a href="{member.url}">Polar Urban Systems</a>' in before
    member.title = "Polar Systems Oy"
    member.save_revision().publish()
    after = client.get(call.url).content.decode()
    # In the page and in its structured data.
    assert f'<a href="{member.url}">Polar Systems Oy</a>' in after
    assert "Polar Urban Systems" not in after
