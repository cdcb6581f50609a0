"""What a page type declares to take part in site search, the listings and the API.

A searchable page type inherits `SearchablePage` and says three things:

- `search_type`: its value of the `type` facet (for example "challenge" or "member");
- `search_texts()`: its text, as a summary and body texts (the title always counts);
- `facet_lookups`: for each registered facet it carries, the ORM lookup from the page to
  the facet's value, e.g. `{"theme": "themes__slug", "country": "offices__country"}`.
  The database path filters and counts with the lookups, and the values the engine
  indexes are read through the same lookups, so they cannot disagree.

It may also say what its search results show beside the title and snippet
(`search_facts()`: a call's status and deadline, a member's country...).

Index updates are modelsearch's own: its signal handlers enqueue an index task when a
page is saved or deleted, and the project's task backends run it once the transaction
has committed, when the page's relations (themes, offices) are saved too. See
docs/search.md.
"""

import contextlib
import dataclasses
import functools
import threading

from django.db.models import TextField, prefetch_related_objects
from django.db.models.signals import post_save
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail.search.index import get_indexed_models

from search.analysis import analyse, analyse_word, base_language, fold, words
from search.highlighting import annotate

# Characters of body text the engine keeps an annotated copy of for highlighting.
MAX_ANNOTATED_BODY = 50_000

_deferred = threading.local()


def lookup_values(obj, lookup):
    """The values an ORM lookup such as "offices__country" reaches from `obj`, as sorted strings.

    Relations are read through `.all()`, so prefetched relations cost no query.
    """
    objects = [obj]
    for name in lookup.split("__"):
        reached = []
        for item in objects:
            value = getattr(item, name)
            if hasattr(value, "all"):  # a to-many relation
                reached.extend(value.all())
            elif value is not None:
                reached.append(value)
        objects = reached
    return sorted({str(value) for value in objects} - {""})


@functools.cache
def searchable_models():
    """Page types that take part in site search, by their `type` facet value."""
    return {model.search_type: model for model in get_indexed_models() if issubclass(model, SearchablePage)}


def _remember_saved_object(sender, instance, **kwargs):
    saved = getattr(_deferred, "saved", None)
    if saved is None:
        # Saved by another thread than the one deferring: indexed as usual.
        post_save_signal_handler(instance, sender=sender, **kwargs)
    elif not kwargs.get("raw", False):
        saved.add((sender, instance.pk))


@contextlib.contextmanager
def deferred_indexing():
    """Index the objects saved inside the block once, in bulk, when it ends.

    Loading content saves each page several times (creation, revisions, translations),
    and images, themes and capabilities once each; indexing each object once at the end,
    a model at a time, is several times faster than a task per save. Inside the block
    modelsearch's save handler gives way, for every model it indexes, to one that notes
    what this thread saves.
    """
    if getattr(_deferred, "saved", None) is not None:
        yield  # already inside a deferring block
        return
    models = [model for model in get_indexed_models() if post_save.disconnect(post_save_signal_handler, sender=model)]
    _deferred.saved = set()
    for model in models:
        post_save.connect(_remember_saved_object, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.disconnect(_remember_saved_object, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
        saved, _deferred.saved = _deferred.saved, None
    by_model = {}
    for model, pk in saved:
        by_model.setdefault(model, []).append(pk)
    # In a fixed order: the database backend's title weights depend on what is indexed before.
    for model, pks in sorted(by_model.items(), key=lambda item: item[0]._meta.label):
        objects = list(model.get_indexed_objects().filter(pk__in=pks).order_by("pk"))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, objects)


@functools.cache
def long_text_fields(model, kinds=(TextField, StreamField)):
    """The page type's own long texts (of `kinds`); not Wagtail's `url_path`, which every
    result's address needs (deferred, it would cost one query per result)."""
    return [field.name for field in model._meta.concrete_fields if isinstance(field, kinds) and field.model is not Page]


@dataclasses.dataclass(frozen=True)
class Fact:
    """Something a search result says about its page besides its title and snippet."""

    label: str
    text: str
    # An ISO date when the fact is a date, for a <time> element.
    date: str = ""
    # What the visitor should know about it, such as how many days are left.
    note: str = ""
    # A modifier for the result's style, such as a call's status.
    kind: str = ""

    @classmethod
    def dated(cls, label, day, note=""):
        """A fact that is a date, shown in the active language's format."""
        return cls(label, date_format(day), date=day.isoformat(), note=note)

    def in_words(self):
        """This fact with its words as plain strings of the active language, to be kept."""
        return dataclasses.replace(self, label=str(self.label), text=str(self.text), note=str(self.note))


def time_left(days):
    """ "3 days left", in the active language; on the last day, "Closes today"."""
    if not days:
        return _("Closes today")
    return ngettext("%(days)s day left", "%(days)s days left", days) % {"days": days}


@functools.lru_cache(maxsize=64)
def _language_of_locale(locale_id):
    return Locale.objects.get(pk=locale_id).language_code


class SearchablePage(Page):
    """An abstract page found by site search, the search API and the faceted listings."""

    search_type = None
    # Relations `search_texts()` reads, prefetched for search results and when indexing.
    search_text_relations = ()
    # Facet name -> lookup from this page type to the facet's value (see the module docstring).
    facet_lookups = {}
    # What a result card shows besides the page's own fields (see `search_result_queryset`).
    card_select_related = ()
    card_prefetch_related = ()
    # What a hit reads of its page when its card is kept rendered (portal/cards.py): its
    # title and what `search_language` reads. A listing loads no more (SearchQuery.cards_kept).
    hit_fields = ("title", "locale", "alias_of")
    # The card's template (portal/cards.py): it gets the page as `page`.
    card_template = None
    # Relations the page's own template and its structured data both read: loaded once when it is served.
    detail_prefetch_related = ()

    search_fields = [
        *Page.search_fields,
        index.SearchField("search_title_terms", boost=5),
        index.SearchField("search_summary_terms", boost=3),
        index.SearchField("search_body_terms"),
        index.AutocompleteField("search_autocomplete"),
    ]

    class Meta:
        abstract = True

    # What subclasses describe -------------------------------------------------------

    def search_texts(self):
        """(summary, [body texts]) in the page's language; the title is always included."""
        return "", []

    def search_facts(self):
        """The `Fact`s a search result shows (a call's status and deadline, a member's country...).

        They may read the relations in `search_text_relations`, which results prefetch.
        """
        return []

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

    def get_context(self, request, *args, **kwargs):
        # A preview's relations are the unsaved ones in the edit form, never the database's.
        if not getattr(request, "is_preview", False):
            prefetch_related_objects([self], *self.detail_prefetch_related)
        return super().get_context(request, *args, **kwargs)

    # What search reads ----------------------------------------------------------------

    def facet_values(self, name):
        """The values of one facet this page carries, read through its lookup."""
        return lookup_values(self, self.facet_lookups[name])

    @classmethod
    def facet_relations(cls):
        """The to-many relations the facet lookups go through (prefetched when indexing)."""
        relations = []
        for lookup in cls.facet_lookups.values():
            field = cls._meta.get_field(lookup.split("__")[0])
            if field.many_to_many or field.one_to_many:
                relations.append(field.name)
        return relations

    @classmethod
    def search_result_queryset(cls):
        """The queryset result cards of this type are loaded from: the page's own fields but its
        streams (no card shows one, and their JSON is neither read nor parsed), and what the card
        shows of other tables."""
        return (
            cls.objects.defer(*long_text_fields(cls, (StreamField,)))
            .select_related(*cls.card_select_related)
            .prefetch_related(*cls.card_prefetch_related)
        )

    @classmethod
    def search_snippet_queryset(cls):
        """The queryset results with snippets (the search page, the API) are loaded from: the
        page's own fields but its long texts, which `search_text_queryset` reads once."""
        return cls.objects.defer(*long_text_fields(cls))

    @classmethod
    def search_text_queryset(cls):
        """The queryset what a result says of its page (`search_texts`, `search_facts`) is read from,
        kept afterwards (search.results.Described)."""
        return cls.objects.prefetch_related(*cls.search_text_relations)

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

    @property
    def listing_language(self):
        """The language of the page's tree, whose alphabet orders it in listings."""
        return _language_of_locale(self.locale_id)

    @classmethod
    def get_indexed_objects(cls):
        # One query per relation for a whole batch, not per page, when rebuilding the index.
        relations = {*cls.facet_relations(), *cls.search_text_relations}
        return super().get_indexed_objects().prefetch_related(*sorted(relations))

    @functools.cached_property
    def _search_texts(self):
        # Each indexed field needs the texts; compute them once per document.
        return self.search_texts()

    @functools.cached_property
    def _search_index_texts(self):
        summary, body = self._search_texts
        language = self.search_language
        return {
            "title": analyse(self.title, language),
            "summary": analyse(summary, language),
            "body": analyse(" ".join(body), language),
        }

    def search_index_texts(self):
        """{"title", "summary", "body"}: the index terms of each (see search.analysis)."""
        return self._search_index_texts

    def search_title_terms(self):
        return self._search_index_texts["title"]

    def search_summary_terms(self):
        return self._search_index_texts["summary"]

    def search_body_terms(self):
        return self._search_index_texts["body"]

    def search_annotated_texts(self):
        """Title, summary and body annotated with their terms, for the engine's highlighter."""
        summary, body = self._search_texts
        language = self.search_language
        return {
            "title": annotate(self.title, language),
            "summary": annotate(summary, language),
            # A match further into a very long text is found, but not shown in the snippet.
            "body": annotate(" ".join(body)[:MAX_ANNOTATED_BODY], language),
        }

    def search_autocomplete(self):
        """The title's words and the parts of its compounds, folded: what the search box completes."""
        language = base_language(self.search_language)
        parts = [part for word in words(self.title) for part in analyse_word(word, language).part_terms]
        return " ".join([fold(self.title), *parts])
