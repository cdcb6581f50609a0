"""What a visitor asked for: request parameters parsed into an immutable `SearchQuery`.

Nothing a visitor types causes an error: over-long text is shortened, unknown facet
values and sort orders are ignored and malformed page numbers mean the first page, each
with a notice saying so. Every correction is made here, once; the search only reads
the query.
"""

import dataclasses
import unicodedata
from types import MappingProxyType

from django.utils.translation import gettext as _

from search.analysis import base_language, query_words
from search.facets import facets as registered_facets
from search.facets import sort_orders

PER_PAGE = 20
MAX_QUERY_LENGTH = 200
MAX_PAGE = 100_000


@dataclasses.dataclass(frozen=True)
class SearchQuery:
    """A validated search: text, page types, facet selections, sort order and page."""

    text: str
    locale: object
    # The text's analysed words (search.analysis.WordQuery): every one must match.
    words: tuple = ()
    # The page types searched (none: every searchable type).
    types: tuple = ()
    # The facets offered, by name, and the values chosen in them.
    facets: tuple = ()
    selected: MappingProxyType = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    sort: str = "relevance"
    sorts: tuple = ("relevance", "newest")
    page: int = 1
    per_page: int = PER_PAGE
    # The A-Z navigation's first letter of the title, if one is chosen.
    letter: str = ""
    # Listings show cards (images, themes); the search page and the API show snippets.
    cards: bool = False
    # Whether the hits' cards are kept rendered (portal/cards.py, a listing's `{% cards %}`):
    # the hits then come with only what a card's key reads (SearchablePage.hit_fields), and
    # the cards that have to be rendered load the rest. Feeds and exports want whole pages.
    cards_kept: bool = False
    notices: tuple = ()

    @property
    def language(self):
        return base_language(self.locale.language_code)

    @property
    def finds_nothing(self):
        """Text was given, but none of it can be searched for (only symbols, or absurdly long words)."""
        return bool(self.text) and not self.words

    @property
    def effective_sort(self):
        return "newest" if self.sort == "relevance" and not self.words else self.sort

    def selected_except(self, name):
        return {facet: values for facet, values in self.selected.items() if facet != name}

    def chosen_labels(self):
        """The chosen facet values' labels, in the active language, then the text in quotes."""
        labels = []
        for name, values in self.selected.items():
            choices = registered_facets()[name].choices()
            labels.extend(str(choices.get(value, value)) for value in values)
        return [*labels, f"“{self.text}”"] if self.text else labels

    def filter_params(self):
        """[(name, value)] that ask for this search's text, facet values and letter again (not the page)."""
        params = [("q", self.text)] if self.text else []
        params += [(name, value) for name, values in self.selected.items() for value in values]
        return params + [("letter", self.letter)] if self.letter else params


def sort_label(sort):
    return sort_orders()[sort].label


def clean_text(text):
    """Drop control and format characters; keep letters, digits, punctuation and spaces."""
    return "".join(char for char in text if unicodedata.category(char)[0] != "C" or char == " ").strip()


def parse_query(
    params,
    *,
    locale,
    types=(),
    facets=None,
    sorts=("relevance", "newest"),
    default_sort=None,
    per_page=PER_PAGE,
    cards=False,
    letter=False,
):
    """A `SearchQuery` from request parameters (a QueryDict or a dict of lists).

    `facets` names the facets offered (default: all registered); `letter` reads the A-Z
    navigation's `letter` parameter.
    """
    notices = []
    text = " ".join(clean_text(value) for value in _getlist(params, "q")).strip()
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH]
        notices.append(_("Your search was shortened to its first %(count)s characters.") % {"count": MAX_QUERY_LENGTH})
    analysed = tuple(query_words(text, base_language(locale.language_code)))
    if text and not analysed:
        notices.append(_("Your search has no words that can be looked up."))
    facets = tuple(registered_facets() if facets is None else facets)
    selected = _selected(params, facets, notices)
    sort = _sort(params, text, tuple(sorts), default_sort, notices)
    page = _page(params, notices)
    chosen_letter = _letter(params) if letter else ""
    return SearchQuery(
        text=text,
        locale=locale,
        words=analysed,
        types=tuple(types),
        facets=facets,
        selected=MappingProxyType(selected),
        sort=sort,
        sorts=tuple(sorts),
        page=page,
        per_page=per_page,
        letter=chosen_letter,
        cards=cards,
        notices=tuple(notices),
    )


def _selected(params, names, notices):
    selected = {}
    for name in names:
        facet = registered_facets()[name]
        choices = facet.choices()
        values = []
        for value in _getlist(params, name):
            value = clean_text(value)
            if value in choices:
                if value not in values:
                    values.append(value)
            elif value:
                notices.append(
                    _("“%(value)s” is not a known %(facet)s and was ignored.")
                    % {"value": value[:50], "facet": str(facet.label).lower()}
                )
        if values:
            selected[name] = tuple(values)
    return selected


def _sort(params, text, sorts, default_sort, notices):
    sort = (_getlist(params, "sort") or [""])[-1]
    fallback = default_sort or ("relevance" if text else sorts[1])
    if sort and sort not in sorts:
        notices.append(_("The sort order “%(sort)s” is not available.") % {"sort": clean_text(sort)[:30]})
        sort = ""
    sort = sort or fallback
    if sort == "relevance" and not text:
        sort = default_sort if default_sort and default_sort != "relevance" else sorts[1]
    return sort


def _page(params, notices):
    page = (_getlist(params, "page") or ["1"])[-1]
    try:
        number = int(page[:20])
    except ValueError:
        notices.append(_("“%(page)s” is not a page number; showing the first page.") % {"page": page[:20]})
        return 1
    if number < 1:
        notices.append(_("Page numbers start at 1; showing the first page."))
        return 1
    # Beyond any real result list; the search answers with its last page.
    return min(number, MAX_PAGE)


def _letter(params):
    letter = (_getlist(params, "letter") or [""])[-1]
    return letter.upper() if len(letter) == 1 and letter.isalpha() else ""


def changed_query_string(params, **changes):
    """A QueryDict's query string with some parameters replaced, for the first page of results."""
    params = params.copy()
    params.pop("page", None)
    for name, value in changes.items():
        params[name] = value
    return params.urlencode()


def _getlist(params, name):
    if hasattr(params, "getlist"):
        return params.getlist(name)
    value = params.get(name, [])
    return list(value) if isinstance(value, list | tuple) else [value]
