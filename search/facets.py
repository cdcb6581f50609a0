"""Facets and sort orders: what the apps declare, and the registry that collects them.

`search/` knows no app. Each app registers the facets it owns with the
`register_search_facet` hook, and sort orders beyond the core's with
`register_search_sort`, in its `wagtail_hooks.py`:

    @hooks.register("register_search_facet", order=40)
    def organisation_type_facet():
        return LookupFacet("org_type", _("Organisation type"), choices=OrganisationType)

A page type carries a `LookupFacet` by naming its lookup in `facet_lookups`. The
declarations are data: the database path (`search.database`) and the engine path
(`search.backends.dsl`) each read them, so a facet is defined once for both. Values within
a facet combine with OR, facets with AND, and each facet is counted with every selection
but its own. See docs/search.md.
"""

import functools

from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from search.pages import searchable_models

FACET_HOOK = "register_search_facet"
SORT_HOOK = "register_search_sort"

# The operators a condition may use after a field name, as in Django lookups.
CONDITION_OPERATORS = ("lt", "lte", "gt", "gte", "isnull")


def resolve(value):
    """A declared value, called if it is a callable (such as "today")."""
    return value() if callable(value) else value


def resolved(condition, prefix=""):
    """A condition as ORM lookups, its callable values called, each field name after `prefix`."""
    return {f"{prefix}{key}": resolve(value) for key, value in condition.items()}


def condition_terms(condition):
    """(field, operator, value) for each `field__operator` of a condition (operator None: equals)."""
    terms = []
    for key, value in condition.items():
        field, _sep, operator = key.rpartition("__")
        if operator not in CONDITION_OPERATORS:
            field, operator = key, None
        terms.append((field, operator, resolve(value)))
    return terms


def labels_of(choices):
    """{value: label} from a `TextChoices` class or a callable returning such a dict."""
    if isinstance(choices, type):
        return {choice.value: choice.label for choice in choices}
    return choices()


class Facet:
    """A facet: `name` is its URL parameter and its key in the API's answer.

    `rank_first` names values whose pages come first at equal relevance, best first.
    """

    rank_first = ()

    def __init__(self, name, label):
        self.name, self.label = name, label

    def choices(self):
        """{value: label} for every valid value, labels in the active language, in display order."""
        raise NotImplementedError

    def models(self):
        """The searchable page types that carry this facet."""
        raise NotImplementedError


class TypeFacet(Facet):
    """The page type (challenge, member, reference, news): the core's own facet."""

    def __init__(self):
        super().__init__("type", _("Type"))

    def choices(self):
        # Read for each result of the search page: the labels change only with the language.
        return dict(_type_labels(translation.get_language()))

    def models(self):
        return list(searchable_models().values())


@functools.lru_cache(maxsize=16)
def _type_labels(language):
    labels = {value: str(capfirst(model._meta.verbose_name_plural)) for value, model in searchable_models().items()}
    return tuple(sorted(labels.items(), key=lambda item: item[1].casefold()))


class LookupFacet(Facet):
    """Values stored on the page, reached through each page type's `facet_lookups[name]`.

    `choices` is a `TextChoices` class or a callable returning {value: label}.
    """

    def __init__(self, name, label, choices):
        super().__init__(name, label)
        self._choices = choices

    def choices(self):
        return labels_of(self._choices)

    def models(self):
        return [model for model in searchable_models().values() if self.name in model.facet_lookups]


class ConditionFacet(Facet):
    """Values computed when searching: each value is a condition on fields of the page types in `types`.

    `conditions` is a callable returning {value: {"field__operator": value, ...}} in display
    order (a condition's values may be callables too, such as today's date); `labels` a
    `TextChoices` class or a callable giving each value's label.
    """

    def __init__(self, name, label, types, conditions, labels, rank_first=()):
        super().__init__(name, label)
        self.types, self.conditions, self.labels, self.rank_first = tuple(types), conditions, labels, rank_first

    def choices(self):
        labels = labels_of(self.labels)
        return {str(value): labels[value] for value in self.conditions()}

    def models(self):
        return [searchable_models()[value] for value in self.types]

    def fields(self):
        return sorted(
            {field for condition in self.conditions().values() for field, _op, _v in condition_terms(condition)}
        )


class SortOrder:
    """A sort order: `name` is its value of the `sort` parameter."""

    def __init__(self, name, label):
        self.name, self.label = name, label


class FieldSort(SortOrder):
    """The pages of `types` by `field`, ascending, those meeting `first_if` first; all other pages after them.

    `first_if` is a condition as in `ConditionFacet` (its values may be callables).
    """

    def __init__(self, name, label, types, field, first_if):
        super().__init__(name, label)
        self.types, self.field, self.first_if = tuple(types), field, first_if

    def models(self):
        return [searchable_models()[value] for value in self.types]


# The core's sort orders; apps add theirs with the `register_search_sort` hook.
RELEVANCE = SortOrder("relevance", _("Relevance"))
NEWEST = SortOrder("newest", _("Newest first"))
TITLE = SortOrder("title", _("Name (A–Z)"))


@functools.cache
def facets():
    """{name: facet}: the page type, then every registered facet in hook order."""
    registered = [register() for register in hooks.get_hooks(FACET_HOOK)]
    return {facet.name: facet for facet in (TypeFacet(), *registered)}


@functools.cache
def registered_sorts():
    """{name: sort order} registered by the apps, in hook order."""
    return {sort.name: sort for sort in (register() for register in hooks.get_hooks(SORT_HOOK))}


def sort_orders():
    """{name: sort order}: relevance and newest, the apps' own, then name."""
    return {sort.name: sort for sort in (RELEVANCE, NEWEST, *registered_sorts().values(), TITLE)}


def ranked_values():
    """(facet, value) pairs whose pages come first at equal relevance, best first."""
    return [(facet, value) for facet in facets().values() for value in facet.rank_first]
