"""Views for member accounts: invitations, representatives, review confirmation, stale profiles."""

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log
from wagtail.models import Locale

from directory.forms import ChoosePasswordForm, InviteRepresentativeForm
from directory.invitations import (
    accept_invitation,
    invite_representative,
    member_language,
    remove_representative,
    representatives,
)
from directory.languages import member_in, start_language_version
from directory.models import MemberProfilePage, RepresentativeInvitation
from directory.review import mark_reviewed, stale_profiles

MANAGE_PERMISSION = "directory.manage_representatives"
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def source_member(page_id):
    """The default-language member page for a member page id in any language."""
    page = get_object_or_404(MemberProfilePage, pk=page_id)
    default = Locale.get_default()
    if page.locale_id != default.pk:
        page = page.get_translation_or_none(default) or page
    return page


# --- editors ------------------------------------------------------------------------------
def manage_representatives(request, page_id):
    """List a member's representatives and pending invitations; invite another."""
    if not request.user.has_perm(MANAGE_PERMISSION):
        raise PermissionDenied
    member = source_member(page_id)
    form = InviteRepresentativeForm(request.POST or None, initial={"language": member_language(member)})
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        invite_representative(member, email, invited_by=request.user, language=form.cleaned_data["language"])
        messages.success(request, _("An invitation was sent to %(email)s.") % {"email": email})
        return redirect("directory_admin:representatives", member.pk)
    context = {
        "member": member,
        "form": form,
        "representatives": representatives(member),
        "invitations": member.invitations.pending(),
    }
    return TemplateResponse(request, "directory/admin/representatives.html", context)


@require_POST
def remove_representative_view(request, page_id, user_id):
    if not request.user.has_perm(MANAGE_PERMISSION):
        raise PermissionDenied
    member = source_member(page_id)
    user = get_object_or_404(representatives(member), pk=user_id)
    remove_representative(member, user)
    messages.success(
        request,
        _("%(name)s is no longer a representative of %(member)s.")
        % {
            "name": user.get_full_name() or user.email,
            "member": member.title,
        },
    )
    return redirect("directory_admin:representatives", member.pk)


# --- representatives ----------------------------------------------------------------------
@require_POST
def confirm_reviewed(request, page_id):
    """Record that the organisation checked its profile and found it accurate, without editing it."""
    page = get_object_or_404(MemberProfilePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    mark_reviewed(page)
    log(instance=page, action="directory.confirm_review", user=request.user)
    messages.success(request, _("Thank you: the profile of %(member)s is marked as reviewed.") % {"member": page.title})
    return redirect("wagtailadmin_home")


@require_POST
def confirm_text_current(request, page_id):
    """The representative read the changed English text and finds this language's text still right."""
    page = get_object_or_404(MemberProfilePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    MemberProfilePage.objects.filter(pk=page.pk).update(texts_changed_at=timezone.now())
    log(instance=page, action="directory.confirm_text", user=request.user)
    messages.success(
        request,
        _("The %(language)s text of %(member)s is marked as up to date.")
        % {"language": page.locale.get_display_name(), "member": page.title},
    )
    return redirect("wagtailadmin_home")


@require_POST
def translate_member_page(request, page_id, language_code):
    """Start one's own member page in another language: a page of its own, first a copy of the English one."""
    page = source_member(page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    locale = get_object_or_404(Locale, language_code=language_code)
    translated = start_language_version(page, locale, user=request.user)
    return redirect("wagtailadmin_pages:edit", translated.pk)


# --- the invitee ----------------------------------------------------------------------------
@never_cache
@sensitive_post_parameters("password1", "password2")
def accept_invitation_view(request, token):
    """The link in the invitation e-mail: choose a password, then on into the admin.

    The page speaks the invitation's language, whatever the browser prefers.
    """
    invitation = RepresentativeInvitation.for_token(token)
    language = invitation.language if invitation else translation.get_language()
    with translation.override(language):
        response = _answer_invitation(request, invitation)
        if isinstance(response, TemplateResponse):
            response.render()
    return response


def _answer_invitation(request, invitation):
    if invitation is None or not invitation.is_usable:
        if invitation is None:
            problem = _("This invitation link is not valid. Check that you copied the whole link from the e-mail.")
        elif invitation.accepted_at:
            problem = _("This invitation link has already been used. Log in with the password you chose.")
        elif invitation.revoked_at:
            problem = _("This invitation has been withdrawn. Ask the cluster's staff for a new one.")
        else:
            problem = _("This invitation link has expired. Ask the cluster's staff for a new invitation.")
        # Not 404 for an unknown token: the locale middleware would redirect that away from this message.
        status = 400 if invitation is None else 410
        return TemplateResponse(request, "directory/accept_invitation.html", {"problem": problem}, status=status)
    User = get_user_model()
    user = User.objects.filter(email__iexact=invitation.email).first() or User(
        username=invitation.email, email=invitation.email
    )
    form = ChoosePasswordForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        user = accept_invitation(invitation, form.cleaned_data["password1"])
        login(request, user, backend=MODEL_BACKEND)
        welcome = _("Welcome! You can now keep the profile of %(member)s up to date.")
        messages.success(request, welcome % {"member": member_in(invitation.member, invitation.language).title})
        return redirect("wagtailadmin_home")
    context = {"form": form, "invitation": invitation, "member": member_in(invitation.member, invitation.language)}
    return TemplateResponse(request, "directory/accept_invitation.html", context)


# --- reports ----------------------------------------------------------------------------------
class StaleProfilesReportView(ReportView):
    """Member profiles whose organisation has not confirmed them for a year."""

    page_title = _("Stale member profiles")
    header_icon = "time"
    index_url_name = "directory_admin:stale_profiles"
    index_results_url_name = "directory_admin:stale_profiles_results"
    months = 12
    columns = [
        TitleColumn("title", label=_("Member"), url_name="wagtailadmin_pages:edit"),
        DateColumn("last_reviewed_at", label=_("Last reviewed by the organisation")),
        DateColumn("last_published_at", label=_("Last published")),
        Column("representative_count", label=_("Representatives")),
    ]
    list_export = ["title", "last_reviewed_at", "last_published_at", "representative_count"]
    permission_required = "manage_representatives"

    def user_has_permission(self, permission):
        return self.request.user.has_perm(f"directory.{permission}")

    def get_queryset(self):
        return stale_profiles(self.months).annotate(representative_count=Count("access__group__user"))
