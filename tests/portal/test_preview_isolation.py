"""A preview renders a draft: nothing of it may reach what visitors are shown.

Pages are put together from pieces kept in the shared cache (portal/fragments.py,
portal/cards.py); a preview must neither read them (it would show the published
version) nor write them (visitors would read the draft).
"""

import re

from django.test import Client

from wagtail.models import Site

import pytest

from challenges.factories import ChallengePageFactory
from challenges.models import ChallengePage, ConsortiumMember
from directory.factories import MemberProfilePageFactory
from portal.models import ContactSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True, params=[3600, 0], ids=["page-cache", "no-page-cache"])
def _page_cache(request, settings, home_page):
    settings.PAGE_CACHE_SECONDS = request.param
    # Made now, not by the first page that reads them (which would begin a new generation).
    ContactSettings.for_site(Site.objects.get(is_default_site=True))


def test_a_draft_consortium_in_a_preview_is_shown_in_the_preview_only(challenge_index, member_directory):
    call = ChallengePageFactory(parent=challenge_index, title="Harbour heat recovery")
    partner = MemberProfilePageFactory(parent=member_directory, title="Draft Partner Oy")
    draft = ChallengePage.objects.get(pk=call.pk)
    draft.consortium = [ConsortiumMember(member=partner, role="lead")]

    preview = draft.make_preview_request()

    assert consortium(preview) == ["Draft Partner Oy"]
    assert consortium(Client().get(call.url)) == []
    # And a preview of the published version does not show the draft either.
    assert consortium(ChallengePage.objects.get(pk=call.pk).make_preview_request()) == []


def consortium(response):
    """The names a call page lists as its consortium."""
    listed = re.search(r'<ul class="plain-list consortium">(.*?)</ul>', response.content.decode(), re.S)
    return re.findall(r">([^<]+)</a>", listed[1]) if listed else []
