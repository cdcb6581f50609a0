"""The solvers app in Wagtail: its sections of the call page, the editors' Interest view of each call,
and the representatives' home panel."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale

from challenges.models import CALL_SECTIONS_HOOK, ChallengePage
from directory.models import MemberProfilePage
from solvers import admin_urls
from solvers.admin_views import VIEW_PERMISSION
from solvers.fit import fitting_calls
from solvers.interests import in_locale
from solvers.models import Interest
from solvers.sections import interest_section, suggested_solvers_section


@hooks.register("register_admin_urls")
def register_solvers_admin_urls():
    return [path("solvers/", include(admin_urls, namespace="solvers_admin"))]


def interest_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, ChallengePage) and user.has_perm(VIEW_PERMISSION):
        yield ListingButton(
            _("Interest"), reverse("solvers_admin:interest", args=[page.pk]), icon_name="group", priority=75
        )


hooks.register("register_page_header_buttons", interest_button)
hooks.register("register_page_listing_more_buttons", interest_button)


class FittingCallsPanel(Component):
    """A representative's open calls that fit their organisation, and where their interests stand."""

    name = "fitting_calls"
    order = 60
    template_name = "solvers/admin/home_panel.html"

    def __init__(self, members):
        self.members = members

    def get_context_data(self, parent_context):
        locale = Locale.get_active()
        rows = []
        for member in self.members:
            here = member.get_translation_or_none(locale) or member
            standing = Interest.objects.active().filter(member=member)
            interests = list(standing.select_related("call").order_by("-call__closes_on"))
            calls = in_locale([interest.call for interest in interests], locale.pk)
            rows.append(
                {
                    "member": here,
                    "fitting": fitting_calls(here),
                    "interests": [
                        {"interest": interest, "call": calls[interest.call_id], "state": call_state(interest.call)}
                        for interest in interests
                    ],
                }
            )
        return {"rows": rows}


def call_state(call):
    """The call's status, and its stage once it has one, as a representative reads them."""
    return f"{call.status.label} · {call.get_stage_display()}" if call.stage else call.status.label


@hooks.register("construct_homepage_panels")
def add_fitting_calls_panel(request, panels):
    members = list(MemberProfilePage.objects.represented_by(request.user))
    if members:
        panels.append(FittingCallsPanel(members))


hooks.register(CALL_SECTIONS_HOOK, suggested_solvers_section)
hooks.register(CALL_SECTIONS_HOOK, interest_section)
