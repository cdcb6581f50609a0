from html import escape

from django import template
from django.utils.safestring import mark_safe

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


@register.simple_tag
def marked(pieces):
    """Text pieces as HTML, the matched ones in `<mark>`: (text, matched) pairs from the
    search's highlighting, a snippet's dozens of them escaped and joined in one step."""
    return mark_safe("".join(f"<mark>{escape(text)}</mark>" if matched else escape(text) for text, matched in pieces))  # noqa: S308 - every piece is escaped
