"""The member directory's models: the pages (`pages`) and the member accounts (`accounts`)."""

from directory.models.accounts import (
    InvitationQuerySet,
    MemberAccess,
    MemberAccessQuerySet,
    MemberSettings,
    RepresentativeInvitation,
    hash_token,
)
from directory.models.pages import (
    MemberDirectoryPage,
    MemberOffice,
    MemberProfilePage,
    MemberProfileQuerySet,
    is_representative_only,
)

__all__ = [
    "InvitationQuerySet",
    "MemberAccess",
    "MemberAccessQuerySet",
    "MemberDirectoryPage",
    "MemberOffice",
    "MemberProfilePage",
    "MemberProfileQuerySet",
    "MemberSettings",
    "RepresentativeInvitation",
    "hash_token",
    "is_representative_only",
]
