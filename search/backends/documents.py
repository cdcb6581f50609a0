"""What a searchable page's engine document holds besides Wagtail's own fields.

- Its type, the language of its text and the first letter of its title, for filtering
  and for showing a result without loading its page type; and its title's sort key, for
  sorting by name in its language's alphabet (search.collation).
- Annotated copies of the title, summary and body (see `search.analysis.annotate`),
  stored but not indexed, for the engine's highlighter: searching uses the terms.
- Each registered facet's values: a `LookupFacet`'s as keywords read through the page
  type's lookup, and the fields a `ConditionFacet` or a `FieldSort` tests. They derive
  from the registry (search.facets), so adding a facet adds its field here.

The names of the fields Wagtail indexes (`search_fields`) come from modelsearch's own
mapping, by `engine_fields()`.
"""

import functools

from modelsearch.index import FilterField, SearchField

from search.collation import letter, sort_key
from search.facets import ConditionFacet, FieldSort, LookupFacet, condition_terms, facets, registered_sorts
from search.pages import SearchablePage, searchable_models

HIGHLIGHT_FIELDS = {"title": "scic_highlight_title", "summary": "scic_highlight_summary", "body": "scic_highlight_body"}
TYPE_FIELD, LANGUAGE_FIELD, LETTER_FIELD, NAME_SORT_FIELD = "scic_type", "scic_language", "scic_letter", "scic_name"


def facet_field(name):
    """The document field holding a `LookupFacet`'s values."""
    return f"scic_facet_{name}"


def condition_field(name):
    """The document field holding a page field that a condition tests, such as "closes_on"."""
    return f"scic_field_{name}"


def lookup_facets(model):
    return [facet for facet in facets().values() if isinstance(facet, LookupFacet) and model in facet.models()]


def condition_fields(model):
    """The page fields the registered condition facets and field sorts test on `model`."""
    fields = set()
    for facet in facets().values():
        if isinstance(facet, ConditionFacet) and model in facet.models():
            fields.update(facet.fields())
    for sort in registered_sorts().values():
        if isinstance(sort, FieldSort) and model in sort.models():
            fields.add(sort.field)
            fields.update(field for field, _op, _value in condition_terms(sort.first_if))
    return sorted(fields)


class SearchablePageMappingMixin:
    """Adds the annotated texts and the registered facets' fields to searchable pages' documents."""

    def get_mapping(self):
        mapping = super().get_mapping()
        if issubclass(self.model, SearchablePage):
            properties = mapping["properties"]
            for name in (TYPE_FIELD, LANGUAGE_FIELD, LETTER_FIELD, NAME_SORT_FIELD):
                properties[name] = {"type": "keyword"}
            for name in HIGHLIGHT_FIELDS.values():
                properties[name] = {"type": "text", "index": False}
            for facet in lookup_facets(self.model):
                properties[facet_field(facet.name)] = {"type": "keyword"}
            for name in condition_fields(self.model):
                mapped = self.type_map.get(self.model._meta.get_field(name).get_internal_type(), "string")
                properties[condition_field(name)] = {"type": "keyword" if mapped == "string" else mapped}
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        if isinstance(obj, SearchablePage):
            document[TYPE_FIELD] = obj.search_type
            document[LANGUAGE_FIELD] = obj.search_language
            # The A-Z navigation's letter and the name's order, in the alphabet of the page's
            # tree (an English fallback in the Finnish directory is listed the Finnish way).
            listing_language = obj.listing_language
            document[LETTER_FIELD] = letter(obj.title, listing_language)
            document[NAME_SORT_FIELD] = sort_key(obj.title, listing_language)
            for part, text in obj.search_annotated_texts().items():
                document[HIGHLIGHT_FIELDS[part]] = text
            for facet in lookup_facets(type(obj)):
                document[facet_field(facet.name)] = obj.facet_values(facet.name)
            for name in condition_fields(type(obj)):
                value = getattr(obj, name)
                document[condition_field(name)] = value.isoformat() if hasattr(value, "isoformat") else value
        return document


@functools.cache
def _engine_fields(mapping_class):
    fields = {}
    for field_class in (FilterField, SearchField):
        for model in searchable_models().values():
            mapping = mapping_class(model)
            for field in model.get_search_fields():
                if type(field) is field_class:
                    fields.setdefault(field.field_name, mapping.get_field_column_name(field))
    return fields


def engine_fields(backend):
    """Names of the indexed fields in the page index, by `search_fields` name.

    A name that is both a filter and a text field ("title") means the filter field.
    """
    return _engine_fields(backend.mapping_class)
