"""The member directory's models: the directory (`listing`), the member pages (`pages`), what
representatives may do with them (`representatives`) and the member accounts (`accounts`)."""

from directory.models.accounts import (
    InvitationQuerySet,
    MemberAccess,
    MemberAccessQuerySet,
    MemberSettings,
    RepresentativeInvitation,
    hash_token,
)
from directory.models.listing import MemberDirectoryPage
from directory.models.pages import MemberOffice, MemberProfilePage
from directory.models.representatives import MemberProfileQuerySet, is_representative_only

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
