from html import escape

from django import template
from django.utils.formats import localize
from django.utils.html import format_html_join
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


@register.simple_tag
def facet_options(facet):
    """A facet's values as the items of its list, each a checkbox with its label and count: a
    facet's hundred values (countries, say) in one step rather than a template loop."""
    return format_html_join(
        "\n",
        '<li><input type="checkbox" id="facet-{0}-{1}" name="{0}" value="{2}"{3}>'
        ' <label for="facet-{0}-{1}">{4} <span class="facet__count">({5})</span></label></li>',
        (
            (facet.name, number, value.value, " checked" if value.selected else "", value.label, localize(value.count))
            for number, value in enumerate(facet.values, 1)
        ),
    )
