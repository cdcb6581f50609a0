"""Forms for member profiles and member accounts."""

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

from directory.shared import apply_shared_facts, is_source_language, shared_fact_names, source_page


class MemberProfileForm(WagtailAdminPageForm):
    """The member profile editor: on a page in another language than the default, the shared facts are read-only.

    They are disabled (the posted values are ignored) and copied from the
    default-language page when the form is saved, so a draft or a submission in
    Finnish or Swedish always carries the facts the English page has published.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.shares_facts = not is_source_language(self.instance)
        if self.shares_facts:
            for name in shared_fact_names(type(self.instance)):
                if name in self.fields:
                    self.fields[name].disabled = True

    def save(self, commit=True):
        page = super().save(commit=False)
        if self.shares_facts:
            apply_shared_facts(source_page(page), page)
        if commit:
            # A ClusterableModel saves its offices and parental many-to-many relations with itself.
            page.save()
        return page


class InviteRepresentativeForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the representative"))
    language = forms.ChoiceField(
        label=_("Language of the invitation"),
        choices=settings.LANGUAGES,
        help_text=_("The e-mail, the password page and the representative's admin use this language."),
    )


class ChoosePasswordForm(forms.Form):
    """Like Django's SetPasswordForm, for a person who may not have an account yet."""

    password1 = forms.CharField(
        label=_("New password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        strip=False,
    )
    password2 = forms.CharField(
        label=_("New password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        strip=False,
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        # Built per form, in the language the page is shown in.
        self.fields["password1"].help_text = format_html(
            "<p>{}</p>{}",
            _(
                "With this account you change what the public sees of your organisation, "
                "so choose a long password that you use nowhere else."
            ),
            password_validation.password_validators_help_text_html(),
        )

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            try:
                password_validation.validate_password(first, self.user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
