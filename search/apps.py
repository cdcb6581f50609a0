from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site-wide search, the search API, the facet registry and the development search engine."""

    name = "search"
    verbose_name = _("Search")
