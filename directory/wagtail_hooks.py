"""Member accounts in the Wagtail admin: invitations, the member's home panel, stale profiles; the
search's organisation type facet; the structured data and JSON API of member profiles."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import include, path, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page

from directory import admin_urls
from directory.api import MEMBER_RESULTS
from directory.api import router as member_router
from directory.languages import detach_from_translation_source, language_states, member_in
from directory.models import MemberProfilePage, is_representative_only
from directory.shared import LOG_ACTION as SHARED_FACTS_LOG_ACTION
from directory.structured_data import member_data
from directory.views import MANAGE_PERMISSION
from portal.facets import capability_choices
from portal.head import STRUCTURED_DATA_HOOK
from portal.models import OrganisationType
from search.api_types import API_ROUTER_HOOK, API_TYPE_HOOK
from search.facets import FACET_HOOK, LookupFacet


@hooks.register("register_admin_urls")
def register_member_admin_urls():
    return [path("members/", include(admin_urls, namespace="directory_admin"))]


def representatives_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, MemberProfilePage) and user.has_perm(MANAGE_PERMISSION):
        yield ListingButton(
            _("Representatives"),
            reverse("directory_admin:representatives", args=[page.pk]),
            icon_name="group",
            priority=80,
        )


hooks.register("register_page_header_buttons", representatives_button)
hooks.register("register_page_listing_more_buttons", representatives_button)


@hooks.register("register_log_actions")
def register_member_log_actions(actions):
    actions.register_action(
        "directory.confirm_review",
        _("Confirm profile"),
        _("Confirmed that the profile is still accurate"),
    )
    actions.register_action(
        "directory.confirm_text",
        _("Confirm text"),
        _("Confirmed that this language's text still matches the English one"),
    )
    actions.register_action(
        SHARED_FACTS_LOG_ACTION,
        _("Shared facts"),
        _("Received the shared facts of the English page"),
    )


class MemberHomePanel(Component):
    """A representative's start: their organisation's page in each language and where each one stands."""

    name = "member_home"
    order = 50
    template_name = "directory/admin/member_home_panel.html"

    def __init__(self, members, request):
        self.members = members
        self.request = request

    def get_context_data(self, parent_context):
        language = translation.get_language()
        rows = [
            {"member": member, "name": member_in(member, language).title, "languages": language_states(member)}
            for member in self.members
        ]
        return {"rows": rows, "request": self.request, "csrf_token": parent_context.get("csrf_token")}


# wagtail-localize's actions that would make a member page a synced translation (or an alias) again.
LOCALIZE_ACTIONS = ("localize-restart-translation", "localize-convert-to-alias")


@hooks.register("before_edit_page", order=-1)
def edit_member_pages_in_every_language_alike(request, page):
    """Each language's member page is edited in Wagtail's own editor, with its workflow (docs/members.md).

    A page some translator turned into a wagtail-localize translation is detached from it
    here (its content stays), before wagtail-localize would show its translation editor.
    """
    if not isinstance(page.specific_deferred, MemberProfilePage):
        return None
    if request.method == "POST" and any(action in request.POST for action in LOCALIZE_ACTIONS):
        raise PermissionDenied
    if not page.alias_of_id:
        detach_from_translation_source(page)
    return None


@hooks.register("construct_page_action_menu")
def keep_member_pages_out_of_synced_translation(menu_items, request, context):
    page = context.get("page")
    if page is not None and isinstance(page.specific_deferred, MemberProfilePage):
        menu_items[:] = [item for item in menu_items if item.name not in LOCALIZE_ACTIONS]


@hooks.register("construct_homepage_panels")
def add_member_home_panel(request, panels):
    members = list(MemberProfilePage.objects.represented_by(request.user))
    if members:
        panels.insert(0, MemberHomePanel(members, request))


# What a representative's work needs. Wagtail hides most menus they have no rights for, but
# the reports and page listings (challenge calls) would only show them empty or foreign lists.
REPRESENTATIVE_MENU = {"explorer", "images", "documents", "help"}


@hooks.register("construct_main_menu")
def keep_representatives_menu_to_their_work(request, menu_items):
    if is_representative_only(request.user):
        menu_items[:] = [item for item in menu_items if item.name in REPRESENTATIVE_MENU]


@hooks.register("construct_page_chooser_queryset")
def hide_other_organisations_drafts_from_representatives(pages, request):
    # The page chooser shows draft titles: a representative sees others' pages only as published.
    if is_representative_only(request.user):
        own = MemberProfilePage.objects.represented_by(request.user).values("translation_key")
        # A list of ids rather than a subquery: the chooser's search can filter on indexed fields only.
        hidden = list(
            Page.objects.filter(Q(live=False) | Q(has_unpublished_changes=True))
            .exclude(translation_key__in=own)
            .values_list("id", flat=True)
        )
        pages = pages.exclude(id__in=hidden)
    return pages


class StaleProfilesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MANAGE_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_stale_profiles_menu_item():
    return StaleProfilesMenuItem(
        _("Stale member profiles"),
        reverse("directory_admin:stale_profiles"),
        name="stale-member-profiles",
        icon_name="time",
        order=1150,
    )


@hooks.register(FACET_HOOK, order=40)
def organisation_type_facet():
    return LookupFacet("org_type", _("Organisation type"), choices=OrganisationType)


@hooks.register(FACET_HOOK, order=45)
def capability_facet():
    return LookupFacet("capability", _("Capability"), choices=capability_choices)


@hooks.register(STRUCTURED_DATA_HOOK)
def member_structured_data():
    return MemberProfilePage, member_data


@hooks.register(API_TYPE_HOOK)
def member_api_results():
    return MEMBER_RESULTS


@hooks.register(API_ROUTER_HOOK)
def member_api():
    return "/members", member_router
