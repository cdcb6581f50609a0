"""The challenge listing: every call, open ones first, with the listing's filters."""

from django.utils.translation import gettext_lazy as _

from challenges.follow import ChallengeListingFollowMixin
from portal.listing import SectionIndexPage
from search.listing import FacetedListingMixin


class ChallengeIndexPage(ChallengeListingFollowMixin, FacetedListingMixin, SectionIndexPage):
    """The list of challenge calls, open ones first, filtered by theme, country, status and stage."""

    search_types = ("challenge",)
    search_facets = ("theme", "country", "status", "stage")
    search_sorts = ("closing", "newest", "relevance")
    default_sort = "closing"

    template = "challenges/challenge_index_page.html"
    subpage_types = ["challenges.ChallengePage"]

    class Meta:
        verbose_name = _("challenge index")
