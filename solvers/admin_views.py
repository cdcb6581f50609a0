"""The editors' Interest view of a call: who is interested, in what role, with which message; its CSV;
and recording the consortium from it."""

import csv

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from challenges.models import ChallengePage, ChallengeStage, ChallengeStatus, ConsortiumMember, ConsortiumRole
from directory.models import MemberProfilePage
from solvers.interests import source_call
from solvers.models import Interest

VIEW_PERMISSION = "solvers.view_interest"
# Stages before which recording a consortium moves the call on to "consortium formed".
STAGES_BEFORE_CONSORTIUM = ("", ChallengeStage.EVALUATION)


def call_for_editor(request, page_id):
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    return source_call(get_object_or_404(ChallengePage, pk=page_id))


def interests_of(call):
    return (
        Interest.objects.filter(call=call)
        .select_related("member", "created_by")
        .prefetch_related("capabilities", "seeks")
    )


class ConsortiumForm(forms.Form):
    """The lead and the partners, chosen among the interested members."""

    lead = forms.ModelChoiceField(queryset=None, label=gettext_lazy("Lead"))
    partners = forms.ModelMultipleChoiceField(
        queryset=None, label=gettext_lazy("Partners"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, call, **kwargs):
        super().__init__(*args, **kwargs)
        standing = Interest.objects.active().filter(call=call)
        members = MemberProfilePage.objects.filter(pk__in=standing.values("member_id")).order_by("title")
        self.fields["lead"].queryset = members
        self.fields["partners"].queryset = members

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("lead") in cleaned.get("partners", []):
            self.add_error("partners", _("The lead cannot also be a partner."))
        return cleaned


def interest_state(interest):
    return _("Withdrawn") if interest.is_withdrawn else _("Interested")


def can_record_consortium(call, user):
    return call.status == ChallengeStatus.CLOSED and call.permissions_for_user(user).can_publish()


def interest_view(request, page_id):
    call = call_for_editor(request, page_id)
    context = {
        "call": call,
        "interests": interests_of(call),
        "standing": interests_of(call).active().exists(),
        "consortium": call.consortium_members(),
        "can_record": can_record_consortium(call, request.user),
        "form": ConsortiumForm(call=call),
    }
    return TemplateResponse(request, "solvers/admin/interest.html", context)


def interest_csv(request, page_id):
    call = call_for_editor(request, page_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="interest-{call.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Member"),
            _("Role"),
            _("Capabilities we bring"),
            _("Capabilities we seek"),
            _("Message"),
            _("Shown publicly"),
            _("By"),
            _("First expressed"),
            _("Last changed"),
            _("State"),
            _("Withdrawn"),
        ]
    )
    for interest in interests_of(call):
        writer.writerow(
            [
                interest.member.title,
                interest.get_role_display(),
                "; ".join(capability.name for capability in interest.capabilities.all()),
                "; ".join(capability.name for capability in interest.seeks.all()),
                interest.message,
                _("yes") if interest.show_publicly else _("no"),
                interest.created_by.email if interest.created_by else "",
                interest.created_at.isoformat(timespec="minutes"),
                interest.updated_at.isoformat(timespec="minutes"),
                interest_state(interest),
                interest.withdrawn_at.isoformat(timespec="minutes") if interest.is_withdrawn else "",
            ]
        )
    return response


@require_POST
def record_consortium(request, page_id):
    """Save the chosen lead and partners as the call's consortium in a new revision, and publish it."""
    call = call_for_editor(request, page_id)
    if not can_record_consortium(call, request.user):
        raise PermissionDenied
    form = ConsortiumForm(request.POST, call=call)
    if not form.is_valid():
        messages.error(request, _("The consortium was not recorded: choose a lead, and partners other than the lead."))
        return redirect("solvers_admin:interest", call.pk)
    page = call.get_latest_revision_as_object()
    rows = [ConsortiumMember(member=form.cleaned_data["lead"], role=ConsortiumRole.LEAD)]
    rows += [ConsortiumMember(member=member, role=ConsortiumRole.PARTNER) for member in form.cleaned_data["partners"]]
    page.consortium = rows
    if page.stage in STAGES_BEFORE_CONSORTIUM:
        page.stage = ChallengeStage.CONSORTIUM
    page.save_revision(user=request.user, log_action=True).publish(user=request.user)
    messages.success(request, _("The consortium of “%(call)s” was recorded and published.") % {"call": call.title})
    return redirect("solvers_admin:interest", call.pk)
