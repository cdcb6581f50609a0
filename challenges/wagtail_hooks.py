"""The admin's challenge calls (filterable by status, stage, theme and country) and challenge submissions;
the search's status and stage facets and its "closing soonest" order; the structured data and JSON API
of calls and references, and alerts offered on the search page."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import register_permission_policy

import django_filters
from django_countries import countries

from challenges.api import CALL_RESULTS, REFERENCE_RESULTS
from challenges.api import router as challenge_router
from challenges.intake.admin import VIEWSET_NAME, SubmissionPermissionPolicy, SubmissionViewSet
from challenges.intake.decisions import take_up
from challenges.models import (
    ChallengePage,
    ChallengeStage,
    ChallengeStatus,
    ChallengeSubmission,
    ReferencePage,
    call_today,
    status_conditions,
)
from challenges.structured_data import call_data, reference_data
from portal.follow import FollowLink
from portal.head import STRUCTURED_DATA_HOOK
from portal.models import Theme
from search.api_types import API_ROUTER_HOOK, API_TYPE_HOOK
from search.facets import FACET_HOOK, SORT_HOOK, ConditionFacet, FieldSort, LookupFacet
from search.views import FOLLOW_HOOK as SEARCH_FOLLOW_HOOK


class ChallengeFilterSet(PageFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ChallengeStatus.choices, method="filter_status", empty_label=_("Any")
    )
    stage = django_filters.ChoiceFilter(label=_("Stage"), choices=ChallengeStage.choices, empty_label=_("Any"))
    themes = django_filters.ModelMultipleChoiceFilter(
        label=_("Theme"), queryset=lambda request: Theme.objects.in_default_locale()
    )
    country = django_filters.ChoiceFilter(label=_("Country"), choices=lambda: list(countries))

    class Meta:
        model = ChallengePage
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.with_status(value)


class ChallengeListingViewSet(PageListingViewSet):
    model = ChallengePage
    icon = "list-ul"
    menu_label = _("Challenge calls")
    menu_order = 200
    add_to_admin_menu = True
    filterset_class = ChallengeFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("status", label=_("Status"), accessor=lambda page: page.status.label),
        Column("stage", label=_("Stage"), accessor="get_stage_display"),
        Column("closes_on", label=_("Closes on"), sort_key="closes_on"),
        Column("country", label=_("Country"), accessor="country.name"),
    ]


@hooks.register("register_admin_viewset")
def register_challenge_listing():
    return ChallengeListingViewSet("challenge_calls")


register_permission_policy(ChallengeSubmission, SubmissionPermissionPolicy(ChallengeSubmission))


@hooks.register("register_admin_viewset")
def register_submissions():
    return SubmissionViewSet(VIEWSET_NAME)


def submitted_call(page):
    """The submission a page is the draft call of, or None."""
    if not isinstance(page.specific_deferred, ChallengePage):
        return None
    return ChallengeSubmission.objects.filter(page_id=page.pk).first()


@hooks.register("register_page_header_buttons")
def submission_button(page, user, view_name=None, next_url=None):
    submission = submitted_call(page)
    if submission is not None and user.has_perm("challenges.view_challengesubmission"):
        yield HeaderButton(
            _("Submission %(reference)s") % {"reference": submission.reference},
            reverse(f"{VIEWSET_NAME}:inspect", args=[submission.pk]),
            icon_name="mail",
            priority=70,
        )


@hooks.register("after_edit_page")
def take_up_edited_submission(request, page):
    """An editor saving the draft call has taken the submission up."""
    submission = submitted_call(page)
    if submission is not None:
        take_up(submission)


@hooks.register(FACET_HOOK, order=30)
def status_facet():
    # Computed from the dates on the day of the search, so it never goes stale in the index.
    return ConditionFacet(
        "status",
        _("Status"),
        types=("challenge",),
        conditions=lambda: status_conditions(call_today()),
        labels=ChallengeStatus,
        # At equal relevance, open calls come before upcoming ones, and both before the rest.
        rank_first=(ChallengeStatus.OPEN, ChallengeStatus.UPCOMING),
    )


@hooks.register(SORT_HOOK)
def closing_soonest():
    # Calls still open (or not yet open) by deadline, then closed calls, then all other pages.
    return FieldSort(
        "closing",
        _("Closing soonest"),
        types=("challenge",),
        field="closes_on",
        first_if={"closes_on__gte": call_today},
    )


@hooks.register(FACET_HOOK, order=35)
def stage_facet():
    # What became of a call after its deadline; calls without a stage carry no value.
    return LookupFacet("stage", _("Stage"), choices=ChallengeStage)


@hooks.register(STRUCTURED_DATA_HOOK)
def call_structured_data():
    return ChallengePage, call_data


@hooks.register(STRUCTURED_DATA_HOOK)
def reference_structured_data():
    return ReferencePage, reference_data


@hooks.register(API_TYPE_HOOK)
def call_api_results():
    return CALL_RESULTS


@hooks.register(API_TYPE_HOOK)
def reference_api_results():
    return REFERENCE_RESULTS


@hooks.register(API_ROUTER_HOOK)
def challenge_api():
    return "/challenges", challenge_router


@hooks.register(SEARCH_FOLLOW_HOOK)
def alert_from_search(query):
    """'E-mail me new calls like these' on the search page, unless it is limited to other types."""
    types = query.selected.get("type", ())
    if types and "challenge" not in types:
        return None
    params = [(name, value) for name, value in query.filter_params() if name != "type"]
    url = reverse("alerts:subscribe") + (f"?{urlencode(params)}" if params else "")
    return FollowLink("alert", _("E-mail me new calls like these"), url)
