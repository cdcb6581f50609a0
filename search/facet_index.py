"""Facet counts of a text search on the database path, counted in Python.

Counting each facet with SQL takes one query per facet and page type (a dozen on the
portal), each filtering by the text's matches again. The pages each facet value selects
change only with the content and the day, so the database path reads them once per
language, day and content generation (through the project's shared memo) as sets of page
keys, an *index*; a search then intersects the text's matches with them. The counts are
those of `search.database.facet_counts`: distinct pages per value and page type, each
facet among the matches of the other facets' selections.
"""

import dataclasses

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.models import Page

from search.facets import ConditionFacet, TypeFacet, facets, resolved
from search.pages import searchable_models


@dataclasses.dataclass(frozen=True)
class FacetIndex:
    """{facet name: {model label: {value: frozenset of page keys}}} of one language's pages.

    A `ConditionFacet` lists every value of each of its page types, met or not (its SQL
    count gives every value); the `type` facet is under its own name and the label "page".
    """

    values: dict

    def selects(self, name, value):
        """The keys of the pages `value` of facet `name` selects (any page type)."""
        found = set()
        for by_value in self.values[name].values():
            found |= by_value.get(value, frozenset())
        return found

    def matches(self, keys, selected):
        """The keys among `keys` that every facet's selection (`{name: values}`) keeps."""
        kept = set(keys)
        for name, values in selected.items():
            chosen = set()
            for value in values:
                chosen |= self.selects(name, value)
            kept &= chosen
        return kept

    def ranks(self, keys, ranked):
        """{key: the position of the first of `ranked` ((facet, value) pairs, best first) that
        selects it, or len(ranked)}: a search's status rank (search.database), for `keys` a set."""
        positions = dict.fromkeys(keys, len(ranked))
        for position, (facet, value) in reversed(list(enumerate(ranked))):
            positions.update(dict.fromkeys(keys & self.selects(facet.name, value), position))
        return positions

    def counts(self, name, keys, types=()):
        """{value: how many of `keys`} for facet `name`, as the SQL count gives them."""
        facet = facets()[name]
        if isinstance(facet, TypeFacet):
            by_type = self.values[name]["page"]
            return {value: count for value, pages in by_type.items() if (count := len(keys & pages))}
        listed = {searchable_models()[value] for value in types}
        counts = {}
        for model in facet.models():
            if listed and model not in listed:
                continue  # none of the pages can be of this type
            for value, pages in self.values[name].get(model._meta.label_lower, {}).items():
                count = len(keys & pages)
                if count or isinstance(facet, ConditionFacet):
                    counts[value] = counts.get(value, 0) + count
        return counts


def build(locale):
    """The index of `locale`'s pages: a few queries per facet, once per day and content."""
    values = {}
    for name, facet in facets().items():
        if isinstance(facet, TypeFacet):
            values[name] = {"page": _type_sets(locale)}
            continue
        values[name] = {model._meta.label_lower: _value_sets(facet, model, locale) for model in facet.models()}
    return FacetIndex(values)


def _type_sets(locale):
    type_of = {ContentType.objects.get_for_model(model).pk: name for name, model in searchable_models().items()}
    rows = Page.objects.filter(locale=locale).values_list("pk", "content_type")
    return _grouped((pk, type_of[content_type]) for pk, content_type in rows if content_type in type_of)


def _value_sets(facet, model, locale):
    pages = model.objects.filter(locale=locale)
    if isinstance(facet, ConditionFacet):
        return {
            value: frozenset(pages.filter(Q(**resolved(condition))).values_list("pk", flat=True))
            for value, condition in facet.conditions().items()
        }
    lookup = model.facet_lookups[facet.name]
    return _grouped(pages.exclude(**{f"{lookup}__isnull": True}).values_list("pk", lookup))


def _grouped(pairs):
    """{value: frozenset of keys} from (key, value) pairs."""
    sets = {}
    for key, value in pairs:
        sets.setdefault(value, set()).add(key)
    return {value: frozenset(keys) for value, keys in sets.items()}
