from django import template

from search.facets import facets
from search.query import sort_label

register = template.Library()


@register.simple_tag
def type_label(page_type):
    """The `type` facet's label for a page type, in the active language."""
    return facets()["type"].choices().get(page_type, page_type)


@register.simple_tag
def sort_choices(results):
    """(value, label) for each sort order the query allows."""
    return [(sort, sort_label(sort)) for sort in results.query.sorts]
