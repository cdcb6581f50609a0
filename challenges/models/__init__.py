"""Challenge calls, their stages and consortia, references, and challenge submissions."""

from challenges.models.attachments import ChallengeAttachment
from challenges.models.calls import CALL_SECTIONS_HOOK, RESERVED_SLUGS, ChallengePage
from challenges.models.listing import ChallengeIndexPage
from challenges.models.references import ReferenceIndexPage, ReferencePage, ReferencePageImage
from challenges.models.stages import (
    STAGES_AFTER_DEADLINE,
    STAGES_WITH_CONSORTIUM,
    ChallengeStage,
    ConsortiumMember,
    ConsortiumRole,
)
from challenges.models.status import (
    CALL_TIME_ZONE,
    ChallengeManager,
    ChallengeQuerySet,
    ChallengeStatus,
    call_today,
    challenge_status,
    status_conditions,
)
from challenges.models.submissions import (
    SUBMITTED_FIELDS,
    ChallengeSubmission,
    HeldUpload,
    MessageKind,
    SubmissionMessage,
    SubmissionState,
)

__all__ = [
    "CALL_SECTIONS_HOOK",
    "CALL_TIME_ZONE",
    "RESERVED_SLUGS",
    "STAGES_AFTER_DEADLINE",
    "STAGES_WITH_CONSORTIUM",
    "SUBMITTED_FIELDS",
    "ChallengeAttachment",
    "ChallengeIndexPage",
    "ChallengeManager",
    "ChallengePage",
    "ChallengeQuerySet",
    "ChallengeStage",
    "ChallengeStatus",
    "ChallengeSubmission",
    "ConsortiumMember",
    "ConsortiumRole",
    "HeldUpload",
    "MessageKind",
    "ReferenceIndexPage",
    "ReferencePage",
    "ReferencePageImage",
    "SubmissionMessage",
    "SubmissionState",
    "call_today",
    "challenge_status",
    "status_conditions",
]
