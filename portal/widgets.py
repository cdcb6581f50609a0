"""Choosing taxonomy terms (themes, capabilities) in the admin, in the editor's language.

Pages link the default-language term, while every locale has its own copy of each term.
A plain select would list every copy: the same theme three times, in three languages.
These widgets offer each term once (its default-language row, which is what is saved)
and label it with its name in the language the editor reads the admin in.
"""

from django import forms
from django.utils import translation

from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale

from search.collation import sort_key as alphabetical_key


def names_in_active_language(model):
    """{translation key: name} of a taxonomy's terms in the active language."""
    return dict(model.objects.filter(locale=Locale.get_active()).values_list("translation_key", "name"))


def sort_key(label):
    return alphabetical_key(str(label), translation.get_language())


class TaxonomyChoicesMixin:
    """Builds the options from the field's queryset: default-language terms, named in the active language.

    `group_by` names a foreign key to another taxonomy (a capability's theme); the
    options are then grouped under that term's name.
    """

    group_by = None

    def optgroups(self, name, value, attrs=None):
        queryset = self.choices.queryset.filter(locale=Locale.get_default())
        model = queryset.model
        names = names_in_active_language(model)
        selected = {str(item) for item in value}
        groups = {}
        if self.group_by:
            related = model._meta.get_field(self.group_by).related_model
            group_names = names_in_active_language(related)
            queryset = queryset.select_related(self.group_by)
        for term in queryset:
            label = names.get(term.translation_key, term.name)
            group = ""
            if self.group_by:
                parent = getattr(term, self.group_by)
                group = group_names.get(parent.translation_key, parent.name)
            groups.setdefault(group, []).append((str(term.pk), label))
        result = []
        if not self.allow_multiple_selected and not self.is_required:
            result.append((None, [self.create_option(name, "", "---------", not selected, 0)], 0))
        for group in sorted(groups, key=sort_key):
            options = sorted(groups[group], key=lambda option: sort_key(option[1]))
            if group:
                index = len(result)
                result.append(
                    (
                        group,
                        [
                            self.create_option(name, pk, label, pk in selected, index, subindex, attrs)
                            for subindex, (pk, label) in enumerate(options)
                        ],
                        index,
                    )
                )
            else:
                # Ungrouped options are groups of one, as Django builds them, so that each has its own id.
                for pk, label in options:
                    index = len(result)
                    result.append(
                        (None, [self.create_option(name, pk, label, pk in selected, index, None, attrs)], index)
                    )
        return result


class TaxonomyCheckboxes(TaxonomyChoicesMixin, forms.CheckboxSelectMultiple):
    """Checkboxes for a many-to-many relation to a taxonomy."""

    def __init__(self, attrs=None, group_by=None):
        super().__init__(attrs)
        self.group_by = group_by


class TaxonomySelect(TaxonomyChoicesMixin, forms.Select):
    """A drop-down for a foreign key to a taxonomy."""


class TaxonomyPanel(FieldPanel):
    """A FieldPanel for a relation to a taxonomy, with checkboxes named in the editor's language."""

    def __init__(self, field_name, *args, group_by=None, **kwargs):
        kwargs.setdefault("widget", TaxonomyCheckboxes(group_by=group_by))
        super().__init__(field_name, *args, **kwargs)
        self.group_by = group_by

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "group_by": self.group_by}
