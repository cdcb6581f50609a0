"""Storing a submission: the raw record first, in a transaction of its own.

Only after it has committed does the rest happen, each step on its own: the draft call
and the editors' notice (`drafts.start_review`), then the confirmation to the submitter
(`mail.confirm_receipt`). A failure in either is logged and leaves the stored submission
as it is; editors see it in their overview and can create the draft call again.
"""

from django.db import transaction
from django.utils import timezone

from challenges.intake.drafts import start_review
from challenges.intake.mail import confirm_receipt
from challenges.intake.uploads import store_documents
from challenges.models import SUBMITTED_FIELDS, ChallengeSubmission


def receive(form, form_token, attachments, language):
    """Store a valid form's submission with its attachments (held uploads); raises IntegrityError
    when the same form (`form_token`) has been stored already."""
    data = form.cleaned_data
    with transaction.atomic():
        # The insert comes first: a second post of the same form stops here, before any file is touched.
        submission = ChallengeSubmission.objects.create(
            form_token=form_token,
            language=language,
            privacy_consent_at=timezone.now(),
            **{name: data[name] for name in SUBMITTED_FIELDS},
        )
        submission.themes.set(data["themes"])
        submission.documents.set(store_documents(attachments))
        pk = submission.pk

        def create_draft_call():
            start_review(pk)

        def send_confirmation():
            confirm_receipt(pk)

        # Robust: a failure is logged, and the next step still runs.
        transaction.on_commit(create_draft_call, robust=True)
        transaction.on_commit(send_confirmation, robust=True)
    return submission
