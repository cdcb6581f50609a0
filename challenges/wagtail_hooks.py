"""Admin listing of challenge calls, filterable by status, stage, theme and country."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

import django_filters
from django_countries import countries

from challenges.models import ChallengePage, ChallengeStage, ChallengeStatus
from portal.models import Theme


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

