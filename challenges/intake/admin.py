"""The editors' overview of challenge submissions, and what they do with one.

A Wagtail model viewset lists the submissions with their state, age, owner and country,
filterable and exportable as CSV; one older than 14 days without a decision is flagged.
A submission itself cannot be changed (it is kept as sent): editors inspect it, ask the
submitter a question, reject it with a reason, or work on its draft call, whose
publication is the acceptance.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusFlagColumn, StatusTagColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy

import django_filters
from django_countries import countries

from challenges.intake.decisions import ask_question, reject
from challenges.intake.drafts import start_review
from challenges.models import SUBMITTED_FIELDS, ChallengeSubmission, SubmissionState

VIEWSET_NAME = "challenge_submissions"
REVIEW_PERMISSION = "challenges.review_challengesubmission"


class SubmissionPermissionPolicy(ModelPermissionPolicy):
    """Submissions are kept as sent: nobody adds or changes one in the admin."""

    FIXED = frozenset({"add", "change"})

    def user_has_permission(self, user, action):
        return action not in self.FIXED and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action not in self.FIXED])


class SubmissionFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("State"), choices=SubmissionState.choices, empty_label=_("Any"))
    overdue = django_filters.BooleanFilter(label=_("No decision for 14 days"), method="filter_overdue")
    country = django_filters.ChoiceFilter(label=_("Country"), choices=lambda: list(countries), empty_label=_("Any"))
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("Any"))

    class Meta:
        model = ChallengeSubmission
        fields = []

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        overdue = queryset.overdue()
        return overdue if value else queryset.exclude(pk__in=overdue.values("pk"))


class SubmissionIndexView(IndexView):
    def search_queryset(self, queryset):
        # A reference number is not stored: it is the year and the primary key.
        number = ChallengeSubmission.number_in(self.search_query) if self.is_searching else None
        return queryset.filter(pk=number) if number else super().search_queryset(queryset)


def waiting(submission):
    days = submission.age_in_days
    return ngettext("%(days)d day", "%(days)d days", days) % {"days": days}


class SubmissionInspectView(InspectView):
    """Everything about one submission, its draft call, its attachments and the messages sent."""

    template_name = "challenges/admin/submission_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        context.update(
            {
                "submission": submission,
                "documents": submission.documents.all(),
                "sent_messages": submission.messages.select_related("sent_by"),
                "can_review": submission.is_undecided and self.request.user.has_perm(REVIEW_PERMISSION),
            }
        )
        return context

    # Wagtail's inspect template formats values without moving them to the local time zone.
    def get_created_at_display_value(self):
        return timezone.localtime(self.object.created_at)

    def get_decided_at_display_value(self):
        return timezone.localtime(self.object.decided_at) if self.object.decided_at else "—"

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.is_undecided and self.request.user.has_perm(REVIEW_PERMISSION):
            buttons += [
                Button(_("Ask the submitter"), url=action_url("question", self.object.pk), icon_name="mail"),
                Button(_("Reject"), url=action_url("reject", self.object.pk), icon_name="cross"),
            ]
        return buttons


def action_url(action, pk):
    return reverse(f"{VIEWSET_NAME}:{action}", args=[pk])


def reviewable(request, pk):
    """The undecided submission `pk`, if the user may review submissions."""
    if not request.user.has_perm(REVIEW_PERMISSION):
        raise PermissionDenied
    submission = get_object_or_404(ChallengeSubmission.objects.select_related("page"), pk=pk)
    if not submission.is_undecided:
        messages.error(request, _("This submission has been decided already."))
        return None
    return submission


class QuestionForm(forms.Form):
    text = forms.CharField(label=_("Your question"), max_length=3000, widget=forms.Textarea(attrs={"rows": 8}))


class RejectForm(forms.Form):
    text = forms.CharField(
        label=_("Reason"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Sent to the submitter as you write it; the rest of the e-mail is in their language."),
    )


def action_view(request, pk, form_class, act, heading, done):
    submission = reviewable(request, pk)
    if submission is None:
        return redirect(action_url("inspect", pk))
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        act(submission, form.cleaned_data["text"], request.user)
        messages.success(request, done % {"email": submission.email})
        return redirect(action_url("inspect", pk))
    context = {"submission": submission, "form": form, "heading": heading, "back": action_url("inspect", pk)}
    return TemplateResponse(request, "challenges/admin/submission_action.html", context)


def question_view(request, pk):
    heading = _("Ask the submitter a question")
    done = _("Your question was e-mailed to %(email)s.")
    return action_view(request, pk, QuestionForm, ask_question, heading, done)


def reject_view(request, pk):
    heading = _("Reject the submission")
    done = _("The submission was rejected, and %(email)s was told why.")
    return action_view(request, pk, RejectForm, reject, heading, done)


@require_POST
def create_draft_view(request, pk):
    """Create the draft call again when it failed after the submission was stored."""
    submission = reviewable(request, pk)
    if submission is not None and submission.page is None:
        try:
            start_review(submission.pk)
        except LookupError as error:
            messages.error(request, _("The draft call could not be created: %(error)s") % {"error": error})
        else:
            messages.success(request, _("The draft call was created."))
    return redirect(action_url("inspect", pk))


class SubmissionViewSet(ModelViewSet):
    model = ChallengeSubmission
    icon = "mail"
    menu_label = _("Challenge submissions")
    menu_order = 210
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = SubmissionInspectView
    inspect_view_fields = [
        "reference",
        "state",
        "created_at",
        "decided_at",
        "language",
        *SUBMITTED_FIELDS,
        "themes",
        "rejection_reason",
    ]
    filterset_class = SubmissionFilterSet
    index_view_class = SubmissionIndexView
    search_fields = ["title", "organisation", "contact_name", "email"]
    list_display = [
        "reference",
        Column("title", label=_("Challenge")),
        Column("organisation", label=_("Owner")),
        Column("country", label=_("Country"), accessor="country.name"),
        StatusTagColumn(
            "state", label=_("State"), accessor="get_state_display", primary=lambda item: item.is_undecided
        ),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        Column("age", label=_("Age"), accessor=waiting),
        StatusFlagColumn("is_overdue", label=_("Decision"), true_label=_("Overdue")),
    ]
    list_export = [
        "reference",
        "get_state_display",
        "created_at",
        "age_in_days",
        "is_overdue",
        "organisation",
        "get_organisation_type_display",
        "country.name",
        "city",
        "title",
        "contact_name",
        "email",
        "get_language_display",
        "decided_at",
    ]
    export_headings = {
        "get_state_display": _("State"),
        "age_in_days": _("Age in days"),
        "is_overdue": _("No decision for 14 days"),
        "get_organisation_type_display": _("Organisation type"),
        "country.name": _("Country"),
        "get_language_display": _("Language"),
    }
    export_filename = "challenge-submissions"

    def get_urlpatterns(self):
        # No add, edit or copy views: submissions are kept as sent (see SubmissionPermissionPolicy).
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("delete/<int:pk>/", self.delete_view, name="delete"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
            path("usage/<int:pk>/", self.usage_view, name="usage"),
            path("question/<int:pk>/", question_view, name="question"),
            path("reject/<int:pk>/", reject_view, name="reject"),
            path("draft/<int:pk>/", create_draft_view, name="create_draft"),
        ]
