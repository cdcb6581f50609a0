"""The public side: a representative's interest in a call, and the partner board.

Every action is a POST with Django's CSRF check, by a signed-in representative, for an
organisation they represent; anything else is refused before anything is read or
written (see docs/solvers.md, "Who may do what").
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from challenges.models import ChallengePage
from solvers.forms import InterestForm, PartnerMessageForm
from solvers.interests import (
    accepts_interest,
    over_rate_limit,
    represented,
    save_interest,
    send_partner_message,
    source_call,
    withdraw_interest,
)
from solvers.models import Interest
from solvers.partners import partner_board_context


def _sign_in(next_url):
    # Representatives sign in where they keep their profile: the admin's login page.
    return redirect_to_login(next_url, login_url=reverse("wagtailadmin_login"))


def _representative(request):
    """The organisations the signed-in user represents; a visitor is sent to sign in, anyone else refused."""
    if not request.user.is_authenticated:
        return None
    members = represented(request.user)
    if not members:
        raise PermissionDenied
    return members


@require_POST
def interest(request, page_id):
    """Express, change or withdraw our organisation's interest in an open call."""
    page = get_object_or_404(ChallengePage.objects.live().public(), pk=page_id)
    members = _representative(request)
    if members is None:
        return _sign_in(page.url)
    call = source_call(page)
    if not accepts_interest(call):
        raise PermissionDenied
    if not members.filter(pk=_number(request.POST.get("member"))).exists():
        # Acting for an organisation one does not represent.
        raise PermissionDenied
    if "withdraw" in request.POST:
        withdraw_interest(call, members.get(pk=request.POST["member"]))
        messages.success(request, _("Your organisation's interest was withdrawn."))
        return redirect(page.url + "#interest")
    form = InterestForm(request.POST, members=members)
    if not form.is_valid():
        messages.error(request, _("Your interest was not saved: %(errors)s") % {"errors": _errors(form)})
        return redirect(page.url + "#interest")
    save_interest(form, call, request.user)
    messages.success(request, _("Your organisation's interest was saved. The call's contact has been told."))
    return redirect(page.url + "#interest")


def _number(value):
    return int(value) if value and value.isdigit() else None


def _errors(form):
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def contact_partner(request, interest_id):
    """Write to a member looking for partners; the portal sends the message, no address is shown."""
    interest = get_object_or_404(Interest.objects.looking_for_partners().on_open_calls(), pk=interest_id)
    members = _representative(request)
    if members is None:
        return _sign_in(request.get_full_path())
    members = members.exclude(pk=interest.member_id)
    if not members:
        raise PermissionDenied
    form = PartnerMessageForm(request.POST or None, members=members, initial={"sender": members.first()})
    if request.method == "POST" and form.is_valid():
        if over_rate_limit(request.user, timezone.now()):
            form.add_error(None, _("You have sent many messages in a short time. Please try again in an hour."))
        else:
            send_partner_message(interest, form.cleaned_data["sender"], request.user, form.cleaned_data["body"])
            messages.success(request, _("Your message was sent."))
            return redirect("solvers:partners")
    context = {**partner_board_context(request, [interest]), "interest": interest, "form": form}
    context["represents"] = {interest.member_id}
    return TemplateResponse(request, "solvers/contact_partner.html", context, status=400 if form.errors else 200)


@require_safe
def partners(request):
    """The site-wide "Looking for partners" board, filtered by theme and country."""
    return TemplateResponse(request, "solvers/partners.html", partner_board_context(request))
