"""Admin for the shared taxonomies, and the search facets the portal owns."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.facets import country_choices, theme_choices
from portal.models import Capability, Theme
from portal.widgets import TaxonomySelect
from search.facets import FACET_HOOK, LookupFacet


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


class CapabilityViewSet(SnippetViewSet):
    model = Capability
    icon = "tick"
    menu_label = _("Capabilities")
    list_display = ["name", "theme", "slug"]
    list_filter = ["theme"]
    search_fields = ["name", "slug"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("theme", widget=TaxonomySelect),
        FieldPanel("description"),
    ]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    """Themes and the capabilities under them, in one menu."""

    items = (ThemeViewSet, CapabilityViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"
    menu_order = 300


register_snippet(TaxonomyViewSetGroup)


@hooks.register(FACET_HOOK, order=10)
def theme_facet():
    return LookupFacet("theme", _("Theme"), choices=theme_choices)


@hooks.register(FACET_HOOK, order=20)
def country_facet():
    return LookupFacet("country", _("Country"), choices=country_choices)
