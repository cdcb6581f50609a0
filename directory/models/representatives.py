"""What a member's representatives may do with its pages, and which pages are theirs."""

from django.utils.functional import cached_property

from wagtail.models import PagePermissionTester, PageQuerySet


class MemberProfileQuerySet(PageQuerySet):
    def represented_by(self, user):
        """The default-language member pages whose group the user belongs to."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(access__group__user=user).order_by("title")


def is_representative_only(user):
    """A representative and nothing else: every group of theirs is a member organisation's own."""
    if not user.is_authenticated or user.is_superuser:
        return False
    groups = user.groups.all()
    return groups.exists() and not groups.filter(member_access__isnull=True).exists()


class MemberPagePermissionTester(PagePermissionTester):
    """A representative edits (and, when the settings allow, publishes) their pages; never deletes or unpublishes them.

    Wagtail lets anyone with edit and publish rights on a leaf page delete or unpublish it.
    """

    @cached_property
    def is_representative_only(self):
        return is_representative_only(self.user)

    def can_delete(self, ignore_bulk=False):
        return not self.is_representative_only and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        return not self.is_representative_only and super().can_unpublish()
