"""Admin for the shared taxonomies, and the search facets the portal owns."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.facets import country_choices, theme_choices
from portal.models import Theme
from search.facets import FACET_HOOK, LookupFacet


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


register_snippet(ThemeViewSet)


@hooks.register(FACET_HOOK, order=10)
def theme_facet():
    return LookupFacet("theme", _("Theme"), choices=theme_choices)


@hooks.register(FACET_HOOK, order=20)
def country_facet():
    return LookupFacet("country", _("Country"), choices=country_choices)
