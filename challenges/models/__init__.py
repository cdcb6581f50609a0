"""Challenge calls, their stages and consortia, and references."""

from challenges.models.calls import (
    CALL_TIME_ZONE,
    RESERVED_SLUGS,
    ChallengeAttachment,
    ChallengeIndexPage,
    ChallengeManager,
    ChallengePage,
    ChallengeQuerySet,
    ChallengeStatus,
    call_today,
    challenge_status,
)
from challenges.models.references import ReferenceIndexPage, ReferencePage, ReferencePageImage
from challenges.models.stages import (
    STAGES_AFTER_DEADLINE,
    STAGES_WITH_CONSORTIUM,
    ChallengeStage,
    ConsortiumMember,
    ConsortiumRole,
)

__all__ = [
    "CALL_TIME_ZONE",
    "RESERVED_SLUGS",
    "STAGES_AFTER_DEADLINE",
    "STAGES_WITH_CONSORTIUM",
    "ChallengeAttachment",
    "ChallengeIndexPage",
    "ChallengeManager",
    "ChallengePage",
    "ChallengeQuerySet",
    "ChallengeStage",
    "ChallengeStatus",
    "ConsortiumMember",
    "ConsortiumRole",
    "ReferenceIndexPage",
    "ReferencePage",
    "ReferencePageImage",
    "call_today",
    "challenge_status",
]
