from django import template

from search.facets import FACETS
from search.service import sort_label

register = template.Library()


@register.simple_tag
def kind_label(kind):
    """The `type` facet's label for a page type, in the active language."""
    return FACETS["type"].choices().get(kind, kind)


@register.simple_tag
def sort_choices(results):
    """(value, label) for each sort order the query allows."""
    return [(sort, sort_label(sort)) for sort in results.query.sorts]
