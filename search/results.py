"""What a search answers: one page of hits, the facet counts and the notices, assembled.

Each path (the engine's, search.backends; the database's, search.database) fetches one
page of hits with the total and the counts; `collect()` clamps the page number to the
results, asks again if it had to, loads the pages the hits show and labels the counts.
"""

import dataclasses
import functools
import math

from django.core.paginator import Paginator
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Page

from search.facets import facets
from search.memo import shared_memo_many
from search.pages import searchable_models
from search.snippets import engine_marks, python_marks


@dataclasses.dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclasses.dataclass(frozen=True)
class FacetResult:
    name: str
    label: str
    values: list

    @property
    def any_selected(self):
        return any(value.selected for value in self.values)


@dataclasses.dataclass(frozen=True)
class Hit:
    """One result: `page` has at least its title and address; `language` is its text's."""

    page: object
    type: str
    language: str
    snippet: list
    title_pieces: list
    # What the result says about its page (search.pages.Fact); none on listings' cards.
    facts: tuple = ()

    @property
    def title(self):
        return self.page.title


@dataclasses.dataclass(frozen=True)
class Found:
    """One page of hits as a path found them: the total, the hits in order, the facet counts."""

    count: int
    hits: list
    counts: dict


@dataclasses.dataclass(frozen=True)
class LanguageCount:
    """How many results the same search has in another language."""

    language: str
    name: str
    count: int


@dataclasses.dataclass(frozen=True)
class SearchResults:
    query: object
    items: object
    facets: list
    backend: str
    notices: tuple = ()
    engine_requests: int = 0
    # "Did you mean": a search.spelling.Suggestion, or None.
    suggestion: object = None
    # For a search that finds nothing: a LanguageCount for each other language.
    languages: tuple = ()

    @property
    def count(self):
        return self.items.paginator.count


class _CountedWindow:
    """The hits of one page posing as the whole result list, for Django's Paginator."""

    def __init__(self, count, hits):
        self.count_, self.hits = count, hits

    def __len__(self):
        return self.count_

    def __getitem__(self, key):
        return self.hits


def collect(query, path, notices=()):
    """`SearchResults` for `query` from `path`, on the page asked for or the nearest one that exists."""
    requested, max_pages, per_page = query.page, path.max_pages, query.per_page
    page = min(requested, max_pages) if max_pages else requested
    found = path.fetch((page - 1) * per_page)
    last_page = max(1, math.ceil(found.count / per_page))
    notices = list(notices)
    if max_pages and last_page > max_pages:
        last_page = max_pages
        if requested > max_pages:
            notices.append(_("Only the first %(count)s pages can be shown.") % {"count": max_pages})
    elif requested > last_page:
        notices.append(_("There is no page %(page)s; showing page %(last)s.") % {"page": requested, "last": last_page})
    if min(page, last_page) != page:
        page = last_page
        found = path.fetch((page - 1) * per_page)
    paginator = Paginator(_CountedWindow(found.count, path.hits(found)), per_page)
    return SearchResults(
        query=query,
        items=paginator.page(page),
        facets=facet_results(query, path.choices, found.counts),
        backend=path.label,
        notices=(*query.notices, *notices),
        engine_requests=path.engine_requests,
    )


def facet_results(query, choices, counts):
    """Each offered facet's values with their counts; values with none are left out unless selected."""
    results = []
    for name in query.facets:
        selected, counted = query.selected.get(name, ()), counts[name]
        values = [
            FacetValue(value, str(label), counted.get(value, 0), value in selected)
            for value, label in choices[name].items()
            if counted.get(value, 0) or value in selected
        ]
        results.append(FacetResult(name=name, label=str(facets()[name].label), values=values))
    return results


def make_hit(query, page, type_, language, described, highlights=None):
    """A `Hit`: on a listing, a card; elsewhere with its marked title and snippet and its facts
    (`described`, a `Described`). The words are marked from the engine's `highlights`, or here
    on the database path (None)."""
    if query.cards:
        return Hit(page=page, type=type_, language=language, snippet=[], title_pieces=[(page.title, False)])
    if highlights is None:
        title, shown = python_marks(page.title, described.texts(page), query.words, query.language)
    else:
        title, shown = engine_marks(page.title, highlights)
    facts = described.facts(page)
    return Hit(
        # The whole page, when the memo lacked what it says and loaded it: the API reads its
        # type's own fields from that rather than loading the page again.
        page=described.loaded.get(page.pk, page),
        type=type_,
        language=language,
        snippet=shown,
        title_pieces=title,
        facts=facts,
    )


class Described:
    """What results say about their pages besides their own fields: each text's language and
    the texts a snippet is marked in, and the facts (a call's status and deadline, a member's
    country).

    Both are kept by the project's shared memo, for every result at once: the texts per
    content generation, the facts also per language and day (a call opens and closes at
    midnight). The results' pages come with Wagtail's fields only (`snippet_pages`); only
    for the results the memo lacks are the whole pages loaded, with the relations their
    texts and facts read.
    """

    def __init__(self, pages):
        self.pages, self.loaded = pages, {}

    def language(self, page):
        """The language of `page`'s text (`SearchablePage.search_language`)."""
        return self._texts[page.pk][0]

    def texts(self, page):
        """(summary, body) of `page` in its language, as plain text."""
        return self._texts[page.pk][1:]

    def facts(self, page):
        """The `Fact`s of `page`'s result, in the active language."""
        return self._facts[page.pk]

    @functools.cached_property
    def _texts(self):
        def text(page):
            summary, body = page.search_texts()
            return page.search_language, summary, " ".join(body)

        return self._kept("search-text", text, ("", "", ""))

    @functools.cached_property
    def _facts(self):
        def facts(page):
            return tuple(fact.in_words() for fact in page.search_facts())

        return self._kept(f"search-facts:{translation.get_language()}:{timezone.localdate()}", facts, ())

    def _kept(self, prefix, build, gone):
        """{pk: build(whole page)} of every result, read from the memo under `prefix`; `gone`
        for a page deleted since it was found."""
        keys = {f"{prefix}:{pk}": pk for pk in self.pages}

        def missing(names):
            whole = self._whole([keys[name] for name in names])
            return {name: build(whole[keys[name]]) if keys[name] in whole else gone for name in names}

        return {keys[name]: value for name, value in shared_memo_many(list(keys), missing).items()}

    def _whole(self, pks):
        """{pk: whole page} with at least `pks` (each loaded once, whatever asks for it)."""
        by_model = {}
        for pk in pks:
            if pk not in self.loaded:
                by_model.setdefault(type(self.pages[pk]), []).append(pk)
        for model, wanted in by_model.items():
            self.loaded.update((page.pk, page) for page in model.search_text_queryset().filter(pk__in=wanted))
        return self.loaded


def card_pages(pks_by_model, query):
    """{pk: specific page} for one page of cards, with what they show (or, kept rendered, what their keys read)."""
    pages = {}
    for model, pks in pks_by_model.items():
        loaded = model.objects.only(*model.hit_fields) if query.cards_kept else model.search_result_queryset()
        pages.update((page.pk, page) for page in loaded.filter(pk__in=pks))
    return pages


def snippet_pages(pks):
    """{pk: specific page} for one page of results with snippets, in one query for every type:
    Wagtail's own fields only (title, address, language). What results say of their pages
    comes from `Described`; the API loads its types' own fields itself."""
    return {page.pk: page for page in Page.objects.filter(pk__in=pks).specific(defer=True)}


class EngineSearch:
    """One page of hits from an engine backend: one request, unless the page asked for is past the end."""

    label = "engine"
    # Engines refuse to page deeper than this many hits (index.max_result_window).
    max_window = 10_000

    def __init__(self, backend, query):
        self.backend, self.query = backend, query
        self.choices = {name: facets()[name].choices() for name in query.facets}
        self.max_pages = self.max_window // query.per_page
        self.engine_requests = 0

    def fetch(self, offset):
        self.engine_requests += 1
        count, hits, counts = self.backend.faceted_search(self.query, self.choices, offset)
        return Found(count=count, hits=hits, counts=counts)

    def count(self, queries):
        """{key: how many results} of several queries ({key: SearchQuery}), in one request."""
        self.engine_requests += 1
        return self.backend.count_matches(queries)

    def hits(self, found):
        if self.query.cards:
            by_model = {}
            for hit in found.hits:
                by_model.setdefault(searchable_models()[hit["type"]], []).append(hit["pk"])
            pages = card_pages(by_model, self.query)
        else:
            pages = snippet_pages([hit["pk"] for hit in found.hits])
        described = Described(pages)
        results = []
        for hit in found.hits:
            if (page := pages.get(hit["pk"])) is None:
                continue  # deleted since it was indexed
            results.append(make_hit(self.query, page, hit["type"], hit["language"], described, hit["highlight"]))
        return results
