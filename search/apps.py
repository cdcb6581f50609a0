from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site-wide search, the search API, facets and the development search engine."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete

        from modelsearch.signal_handlers import post_delete_signal_handler
        from wagtail.search.index import get_indexed_models
        from wagtail.signals import post_page_move

        from portal.searchable import SearchablePage

        # Searchable pages index themselves after saving (portal/searchable.py); removal
        # and moves are wired here.
        for model in get_indexed_models():
            if issubclass(model, SearchablePage):
                post_delete.connect(post_delete_signal_handler, sender=model, dispatch_uid=f"search-delete-{model}")
        post_page_move.connect(reindex_moved_pages, dispatch_uid="search-move")

        from django.db.models.signals import post_save

        from portal.models import Theme
        from search.facets import forget_theme_choices

        post_save.connect(forget_theme_choices, sender=Theme, dispatch_uid="search-theme-saved")
        post_delete.connect(forget_theme_choices, sender=Theme, dispatch_uid="search-theme-deleted")


def reindex_moved_pages(sender, instance, **kwargs):
    """A move changes the tree paths of the page and everything below it."""
    from portal.searchable import SearchablePage

    for page in instance.get_descendants(inclusive=True).specific():
        if isinstance(page, SearchablePage):
            page.enqueue_index_update()
