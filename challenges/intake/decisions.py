"""What editors do with a submission: take it up, ask the submitter, publish it or reject it.

Publishing is Wagtail's own: approving the draft in the "Challenge intake" workflow, or
publishing it from the editor. `record_publication` (connected to `page_published`)
notices it. Every decision e-mails the submitter, in their language, once it has committed.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from challenges.intake.mail import send_to_submitter
from challenges.models import ChallengeSubmission, MessageKind, SubmissionState


def take_up(submission):
    """A new submission is in review once an editor acts on it."""
    if submission.state == SubmissionState.NEW:
        submission.state = SubmissionState.IN_REVIEW
        ChallengeSubmission.objects.filter(pk=submission.pk).update(state=submission.state)


def ask_question(submission, question, user):
    """E-mail the submitter an editor's question; their answer goes to the editor's address."""
    take_up(submission)
    reply_to = [user.email] if user.email else None
    return send_to_submitter(submission, MessageKind.QUESTION, sent_by=user, reply_to=reply_to, question=question)


def reject(submission, reason, user):
    with transaction.atomic():
        submission.state = SubmissionState.REJECTED
        submission.decided_at = timezone.now()
        submission.rejection_reason = reason
        submission.save(update_fields=["state", "decided_at", "rejection_reason"])
        workflow_state = submission.page.current_workflow_state if submission.page else None
        if workflow_state is not None:
            workflow_state.cancel(user=user)
        reply_to = [user.email] if user.email else None

        def tell_submitter():
            send_to_submitter(submission, MessageKind.REJECTED, sent_by=user, reply_to=reply_to, reason=reason)

        transaction.on_commit(tell_submitter)


def public_link(page, language):
    """The address of the published call, in the submitter's language where it has been translated."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    if translated is not None and translated.live:
        page = translated
    url = page.get_url()
    return url if url.startswith(("http://", "https://")) else f"{settings.WAGTAILADMIN_BASE_URL}{url}"


def record_publication(page, user=None):
    """The draft call of an undecided submission has been published: tell the submitter."""
    submission = ChallengeSubmission.objects.undecided().filter(page=page).first()
    if submission is None:
        return
    submission.state = SubmissionState.PUBLISHED
    submission.decided_at = timezone.now()
    submission.save(update_fields=["state", "decided_at"])
    link = public_link(page, submission.language)

    def tell_submitter():
        send_to_submitter(submission, MessageKind.PUBLISHED, sent_by=user, link=link)

    transaction.on_commit(tell_submitter)
