from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site-wide search, the search API, the facet registry and the development search engine."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from search.collation import register_sqlite_collations

        connection_created.connect(register_sqlite_collations, dispatch_uid="search_sqlite_collations")
