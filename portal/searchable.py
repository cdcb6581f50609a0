"""What a page type declares to take part in site search and its facets.

A searchable page type inherits `SearchablePage` and says three things:

- `search_kind`: its value of the `type` facet (challenge, member, reference, news);
- `search_texts()`: its text, weighted as title, summary or body;
- `facet_lookups`: for each facet it carries, the ORM lookup that holds the value
  (the database path filters and counts with these), together with `facet_values()`,
  the same values as indexed for the engine.

The indexed fields are defined here once, so that every page type's document has the
same field names in the engine's index; `search/` builds its queries on them.
"""

import contextlib
import functools
import threading

from django.utils.html import strip_tags

from modelsearch.backends import get_search_backends
from modelsearch.tasks import insert_or_update_object_task
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from search.analysis import analyse, annotate, fold

REVISION_BOOKKEEPING_FIELDS = {
    "wagtail_admin_comments",
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
    "numchild",
}


# Characters of body text the engine keeps an annotated copy of for highlighting.
MAX_ANNOTATED_BODY = 50_000

_deferred = threading.local()


@contextlib.contextmanager
def deferred_indexing():
    """Index the searchable pages saved inside the block once, in bulk, when it ends.

    Loading content saves each page several times (creation, revisions, translations);
    indexing it once per page at the end is several times faster.
    """
    if getattr(_deferred, "pages", None) is not None:
        yield  # already inside a deferring block
        return
    _deferred.pages = set()
    try:
        yield
    finally:
        pages, _deferred.pages = _deferred.pages, None
    by_model = {}
    for model, pk in pages:
        by_model.setdefault(model, []).append(pk)
    for model, pks in by_model.items():
        objects = list(model.get_indexed_objects().filter(pk__in=pks))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, objects)


@functools.lru_cache(maxsize=64)
def _language_of_locale(locale_id):
    return Locale.objects.get(pk=locale_id).language_code


class SearchablePage(Page):
    """An abstract page found by site search, the search API and the faceted listings."""

    search_kind = None
    # Relations `search_texts()` reads, prefetched for search results and (with the themes
    # `facet_values()` reads) when indexing in bulk.
    search_text_relations = ()
    # Facet name -> lookup from this model to the facet's value, e.g. {"theme": "themes__slug"}.
    facet_lookups = {}

    search_fields = [
        *Page.search_fields,
        index.SearchField("search_title_terms", boost=5),
        index.SearchField("search_summary_terms", boost=3),
        index.SearchField("search_body_terms"),
        index.AutocompleteField("search_autocomplete"),
        index.FilterField("search_type"),
        # Stored for the engine's results, which show it without loading the page type.
        index.FilterField("search_language"),
        index.FilterField("search_themes"),
        index.FilterField("search_countries"),
        index.FilterField("search_org_type"),
    ]

    # modelsearch indexes on post_save, which fires before modelcluster saves child
    # objects and parental many-to-many relations (offices, themes): an index task run at
    # once (as in development) would read them stale. These pages index after `save()`
    # instead; deletions and moves are handled in search/apps.py.
    search_auto_update = False

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        self.__dict__.pop("_search_texts", None)
        self.__dict__.pop("search_language", None)
        update_fields = kwargs.get("update_fields")
        # Saving a draft revision only touches bookkeeping; the live, indexed content is unchanged.
        if update_fields is None or not set(update_fields) <= REVISION_BOOKKEEPING_FIELDS:
            self.enqueue_index_update()
        return result

    def enqueue_index_update(self):
        if getattr(_deferred, "pages", None) is not None:
            _deferred.pages.add((type(self), self.pk))
        else:
            insert_or_update_object_task.enqueue(self._meta.app_label, self._meta.model_name, str(self.pk))

    # What subclasses describe -------------------------------------------------------

    def search_texts(self):
        """(summary, [body texts]) in the page's language; the title is always included."""
        return "", []

    def facet_values(self):
        """{facet name: list of values} for the facets in `facet_lookups` except status."""
        return {}

    def theme_slugs(self):
        return [theme.slug for theme in self.themes.all()]

    def field_texts(self, *names):
        """The plain text of some of this page's fields, rich text and streams included."""
        texts = []
        for name in names:
            field, value = self._meta.get_field(name), getattr(self, name)
            if isinstance(field, StreamField):
                texts.extend(strip_tags(text) for text in field.get_searchable_content(value))
            elif isinstance(field, RichTextField):
                texts.append(strip_tags(value))
            elif value:
                texts.append(str(value))
        return texts

    # What the index stores ----------------------------------------------------------

    @functools.cached_property
    def search_language(self):
        """The language of the text: an alias of an untranslated page shows the original's."""
        locale_id = self.locale_id
        if self.alias_of_id:
            locale_id = (
                Page.objects.filter(pk=self.alias_of_id).values_list("locale_id", flat=True).first() or locale_id
            )
        return _language_of_locale(locale_id)

    @classmethod
    def get_indexed_objects(cls):
        # One query per relation for a whole batch, not per page, when rebuilding the index.
        return super().get_indexed_objects().prefetch_related("themes", *cls.search_text_relations)

    @classmethod
    def search_result_queryset(cls):
        """The queryset search results of this type are loaded from, with what their cards show."""
        return cls.objects.all()

    def search_title_terms(self):
        return analyse(self.title, self.search_language)

    def _texts(self):
        # Each indexed field needs the texts; compute them once per document.
        if "_search_texts" not in self.__dict__:
            self.__dict__["_search_texts"] = self.search_texts()
        return self.__dict__["_search_texts"]

    def search_summary_terms(self):
        return analyse(self._texts()[0], self.search_language)

    def search_body_terms(self):
        return analyse(" ".join(self._texts()[1]), self.search_language)

    def search_annotated_texts(self):
        """Title, summary and body annotated with their terms, for the engine's highlighter."""
        summary, body = self._texts()
        language = self.search_language
        return {
            "title": annotate(self.title, language),
            "summary": annotate(summary, language),
            # A match further into a very long text is found, but not shown in the snippet.
            "body": annotate(" ".join(body)[:MAX_ANNOTATED_BODY], language),
        }

    def search_type(self):
        return self.search_kind

    def search_autocomplete(self):
        return fold(self.title)

    def search_themes(self):
        return self.facet_values().get("theme", [])

    def search_countries(self):
        return self.facet_values().get("country", [])

    def search_org_type(self):
        return (self.facet_values().get("org_type") or [None])[0]
