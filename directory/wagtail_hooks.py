"""Member accounts in the Wagtail admin: invitations, the member's home panel, stale profiles; the
search's organisation type facet; the structured data and JSON API of member profiles."""

from django.db.models import Q
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page

from directory import admin_urls
from directory.api import MEMBER_RESULTS
from directory.api import router as member_router
from directory.models import MemberProfilePage
from directory.structured_data import member_data
from directory.views import MANAGE_PERMISSION
from portal.head import STRUCTURED_DATA_HOOK
from portal.models import OrganisationType
from search.api_types import API_ROUTER_HOOK, API_TYPE_HOOK
from search.facets import FACET_HOOK, LookupFacet

ROLE_GROUPS = ("Editors", "Moderators", "Translators")


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


class MemberHomePanel(Component):
    """A representative's start: their organisation's page in each language and what is pending."""

    name = "member_home"
    order = 50
    template_name = "directory/admin/member_home_panel.html"

    def __init__(self, members, request):
        self.members = members
        self.request = request

    def get_context_data(self, parent_context):
        locales = list(Locale.objects.order_by("pk"))
        rows = []
        for member in self.members:
            translations = {page.locale_id: page for page in member.get_translations(inclusive=True).specific()}
            languages = []
            for locale in locales:
                page = translations.get(locale.pk)
                if page is None:
                    continue
                if page.alias_of_id:
                    url = reverse("directory_admin:translate", args=[member.pk, locale.language_code])
                else:
                    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
                languages.append(
                    {
                        "locale": locale,
                        "page": page,
                        "url": url,
                        "is_alias": bool(page.alias_of_id),
                        "in_moderation": page.workflow_in_progress,
                        "has_draft": page.has_unpublished_changes,
                    }
                )
            rows.append({"member": member, "languages": languages})
        return {"rows": rows, "request": self.request, "csrf_token": parent_context.get("csrf_token")}


@hooks.register("construct_homepage_panels")
def add_member_home_panel(request, panels):
    members = list(MemberProfilePage.objects.represented_by(request.user))
    if members:
        panels.insert(0, MemberHomePanel(members, request))


def is_representative_only(user):
    """A representative with no editor role, whom the site-wide menus would only lead astray."""
    if user.is_superuser:
        return False
    groups = set(user.groups.values_list("name", flat=True))
    return bool(groups) and not groups & set(ROLE_GROUPS) and MemberProfilePage.objects.represented_by(user).exists()


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


@hooks.register(STRUCTURED_DATA_HOOK)
def member_structured_data():
    return MemberProfilePage, member_data


@hooks.register(API_TYPE_HOOK)
def member_api_results():
    return MEMBER_RESULTS


@hooks.register(API_ROUTER_HOOK)
def member_api():
    return "/members", member_router
