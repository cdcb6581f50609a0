"""The member directory: every member organisation, A to Z, with the listing's filters."""

from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _

from directory.follow import MemberListingFollowMixin
from directory.models.pages import MemberProfilePage
from portal.fragments import shared
from portal.listing import SectionIndexPage
from search.collation import alphabetical, letter
from search.listing import FacetedListingMixin


class MemberDirectoryPage(MemberListingFollowMixin, FacetedListingMixin, SectionIndexPage):
    """All member organisations, A to Z, filtered by theme, capability, country and organisation type."""

    search_types = ("member",)
    search_facets = ("theme", "capability", "country", "org_type")
    search_sorts = ("title", "newest", "relevance")
    default_sort = "title"
    search_by_letter = True

    template = "directory/member_directory_page.html"
    subpage_types = ["directory.MemberProfilePage"]
    per_page = 24

    class Meta:
        verbose_name = _("member directory")

    def members(self):
        return MemberProfilePage.objects.child_of(self).live()

    def letters(self):
        """The first letters of members' names, for the A-Z navigation, in this language's alphabet
        (kept for the content generation: only a member's change changes them)."""

        def find():
            language = self.locale.language_code
            firsts = self.members().order_by().annotate(first=Substr("title", 1, 1)).values_list("first", flat=True)
            return alphabetical((letter(first, language) for first in firsts.distinct()), language)

        return shared(f"member-letters:{self.pk}", find)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["letters"] = self.letters()
        return context
