"""E-mail to the submitter, in the language they wrote in, each message kept with the submission."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from challenges.models import ChallengeSubmission, MessageKind, SubmissionMessage

logger = logging.getLogger(__name__)


def send_to_submitter(submission, kind, *, sent_by=None, reply_to=None, **context):
    """Write `kind` (a MessageKind) to the submitter and keep it; a mail server failure is logged and
    recorded on the message, never raised."""
    context = {"submission": submission, "site_name": settings.WAGTAIL_SITE_NAME, **context}
    with translation.override(submission.language):
        subject = render_to_string(f"challenges/intake/emails/{kind}_subject.txt", context).strip()
        body = render_to_string(f"challenges/intake/emails/{kind}.txt", context)
    message = SubmissionMessage(submission=submission, kind=kind, subject=subject, body=body, sent_by=sent_by)
    try:
        EmailMessage(subject, body, to=[submission.email], reply_to=reply_to).send()
    except (smtplib.SMTPException, OSError):
        logger.exception("The %s e-mail of challenge submission %s was not sent", kind, submission.reference)
    else:
        message.delivered = True
    message.save()
    return message


def confirm_receipt(submission_pk):
    submission = ChallengeSubmission.objects.get(pk=submission_pk)
    return send_to_submitter(submission, MessageKind.CONFIRMATION)
