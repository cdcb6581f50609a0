"""The member profile editor's panels: the shared facts, edited in the default language only, and the languages."""

from django.urls import reverse

from wagtail.admin.panels import MultiFieldPanel, Panel

from directory.languages import language_states
from directory.shared import is_source_language, source_page


class SharedFactsPanel(MultiFieldPanel):
    """The facts every language shares (type, logo, themes, capabilities, offices, contact).

    On the default-language page they are edited as usual. On the other languages' pages
    they are shown read-only, with a link to the default-language editor: the form
    disables the fields and copies the facts from that page (directory/forms.py). The
    fields stay in the page, hidden, so that the offices' formset is posted whole.
    """

    class BoundPanel(MultiFieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.editable_here = self.instance is None or is_source_language(self.instance)
            if not self.editable_here:
                self.template_name = "directory/admin/shared_facts_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            if not self.editable_here:
                source = source_page(self.instance)
                context["source"] = source
                if source is not None and source.permissions_for_user(self.request.user).can_edit():
                    context["source_edit_url"] = reverse("wagtailadmin_pages:edit", args=[source.pk])
            return context


class MemberLanguagesPanel(Panel):
    """Where the profile stands in each language, with links: what a moderator reviewing one language sees of all."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "directory/admin/member_languages_panel.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["languages"] = language_states(source_page(self.instance) or self.instance)
            context["current"] = self.instance
            return context
