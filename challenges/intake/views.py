"""The public "Bring us a challenge" form, its confirmation and its privacy notice."""

from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from challenges.intake.forms import SubmissionForm
from challenges.intake.guards import FormToken, count_attempt, rate_limited
from challenges.intake.receipt import receive
from challenges.intake.uploads import discard, discard_abandoned, held_uploads, hold
from challenges.models import ChallengeSubmission, HeldUpload

FORM_TEMPLATE = "challenges/intake/submit.html"

HONEYPOT_NOTICE = _(
    "Your challenge could not be accepted. If you are a person, leave the field "
    "“Leave this field empty” empty and send the form again."
)
TOO_FAST_NOTICE = _("That was faster than a person fills in this form. Check your answers and send the form again.")
EXPIRED_NOTICE = _("This form was open for more than a day. Check your answers and send it again.")
UNREADABLE_NOTICE = _("This form could not be read. Check your answers and send it again.")


def render_form(request, form, held=(), notice=None, status=200):
    context = {"form": form, "held": held, "notice": notice}
    return TemplateResponse(request, FORM_TEMPLATE, context, status=status)


def with_token(data, token):
    data = data.copy()
    data["form_token"] = token.signed()
    return data


@never_cache
def submit(request):
    """GET: an empty form with a fresh one-time token. POST: check it, store it, confirm it."""
    if request.method != "POST":
        return render_form(request, SubmissionForm(initial={"form_token": FormToken.issue().signed()}))
    token = FormToken.read(request.POST.get("form_token", ""))
    if token is None:
        form = SubmissionForm(with_token(request.POST, FormToken.issue()))
        return render_form(request, form, notice=UNREADABLE_NOTICE, status=400)
    if ChallengeSubmission.objects.filter(form_token=token.value).exists():
        # The same form again (a double click, a reload): the first post stored it.
        return redirect("challenges:submission_received", token=token.value)
    if rate_limited(request):
        return TemplateResponse(request, "challenges/intake/rate_limited.html", status=429)
    if token.expired():
        renewed = FormToken.issue()
        HeldUpload.objects.filter(form_token=token.value).update(form_token=renewed.value)
        form = SubmissionForm(with_token(request.POST, renewed), held=held_uploads(renewed.value))
        return render_form(request, form, held=form.held, notice=EXPIRED_NOTICE)

    form = SubmissionForm(request.POST, request.FILES, held=held_uploads(token.value))
    if form.caught_by_honeypot:
        count_attempt(request)
        return render_form(request, form, held=form.held, notice=HONEYPOT_NOTICE, status=400)
    valid = form.is_valid()
    discard(item for item in form.held if item not in form.kept_held)
    attachments = [*form.kept_held, *hold(token.value, form.accepted_uploads)]
    if not valid:
        return render_form(request, form, held=attachments)
    if token.too_fast():
        count_attempt(request)
        return render_form(request, form, held=attachments, notice=TOO_FAST_NOTICE)
    try:
        receive(form, token.value, attachments, language=get_language())
    except IntegrityError:
        # Two posts of the same form at once: the other one has stored it.
        get_object_or_404(ChallengeSubmission, form_token=token.value)
    else:
        count_attempt(request)
        discard_abandoned()
    return redirect("challenges:submission_received", token=token.value)


@never_cache
def submission_received(request, token):
    submission = get_object_or_404(ChallengeSubmission, form_token=token)
    return TemplateResponse(request, "challenges/intake/received.html", {"submission": submission})


def privacy_notice(request):
    return TemplateResponse(request, "challenges/intake/privacy.html")
