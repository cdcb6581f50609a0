"""Page view restrictions that cost no query when none apply, as for nearly every page served.

Wagtail checks a page's restrictions, and its ancestors', each time it serves it (two
queries). Which pages carry restrictions is read once per content generation instead
(portal/fragments.py; saving or deleting a restriction, and moving or saving a page,
replaces it); a page below one of them still asks Wagtail, as before.
"""

from wagtail.models import Page, PageViewRestriction

from portal.fragments import shared


def _restricted_paths():
    """The paths of the pages whose restrictions apply to them and to the pages below them.

    As Wagtail's `get_view_restrictions()` counts them: a page's own restrictions, unless the
    page is an alias, which has its source page's instead.
    """
    pages = dict(Page.objects.filter(alias_of__isnull=True, view_restrictions__isnull=False).values_list("pk", "path"))
    sources = set(pages)
    while sources:
        aliases = dict(Page.objects.filter(alias_of__in=sources).values_list("pk", "path"))
        sources = set(aliases) - set(pages)
        pages.update(aliases)
    return tuple(sorted(set(pages.values())))


class SharedViewRestrictionsMixin:
    """A page type whose `get_view_restrictions()` answers from the shared fragments when it can."""

    def get_view_restrictions(self):
        if self.path and not self.path.startswith(shared("restricted-paths", _restricted_paths)):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
