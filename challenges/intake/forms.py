"""The public "Bring us a challenge" form."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from django_countries import countries

from challenges.intake.uploads import MAX_ATTACHMENTS, check_upload
from portal.models import OrganisationType, Theme

PHONE = re.compile(r"^\+?[\d\s().-]{5,40}$")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one file input (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.docx,.xlsx,.png,.jpg,.jpeg"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files if item]


def required(message):
    return {"required": message}


class SubmissionForm(forms.Form):
    """A challenge as its owner describes it, with up to three attachments.

    `held` are the attachments kept from an earlier post of the same form. After
    validation, `accepted_uploads` holds (file, stored name) for every new file that
    passed its checks, whether or not the rest of the form is valid.
    """

    organisation = forms.CharField(
        label=_("Organisation"), max_length=200, error_messages=required(_("Enter the name of your organisation."))
    )
    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"),
        choices=[("", "—"), *OrganisationType.choices],
        error_messages=required(_("Choose the type of your organisation.")),
    )
    contact_name = forms.CharField(
        label=_("Contact person"), max_length=200, error_messages=required(_("Enter the name of the contact person."))
    )
    email = forms.EmailField(label=_("E-mail"), error_messages=required(_("Enter an e-mail address we can reply to.")))
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    country = forms.TypedChoiceField(
        label=_("Country"), choices=[], error_messages=required(_("Choose the country of the challenge."))
    )
    city = forms.CharField(
        label=_("City or region"), max_length=200, error_messages=required(_("Enter the city or region."))
    )
    title = forms.CharField(
        label=_("Title of the challenge"),
        max_length=150,
        help_text=_("A short title that says what needs solving, e.g. “Snow-free bus stops with little energy”."),
        error_messages=required(_("Give the challenge a title.")),
    )
    problem = forms.CharField(
        label=_("The problem"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("What is the situation today, whom does it affect, and what has been tried?"),
        error_messages=required(_("Describe the problem.")),
    )
    desired_outcome = forms.CharField(
        label=_("What a good solution would achieve"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages=required(_("Describe what a good solution would achieve.")),
    )
    timeline = forms.CharField(
        label=_("Timeline"),
        max_length=300,
        help_text=_("When should a solution be in place? For example “pilot in winter 2027–2028”."),
        error_messages=required(_("Tell us the timeline.")),
    )
    budget = forms.CharField(
        label=_("Budget range (optional)"),
        max_length=200,
        required=False,
        help_text=_("For example “EUR 50,000–200,000” or “to be agreed”."),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    attachments = MultipleFileField(
        label=_("Attachments (optional)"),
        required=False,
        help_text=_("Up to three files: PDF, Word (DOCX), Excel (XLSX), PNG or JPEG, at most 10 MB each."),
    )
    remove_held = forms.MultipleChoiceField(
        label=_("Remove"), required=False, choices=[], widget=forms.CheckboxSelectMultiple
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that the cluster stores and uses these details."),
        error_messages=required(_("Accept the privacy notice to send your challenge.")),
    )
    # The honeypot: hidden from people, filled in by scripts that fill in everything.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    form_token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, held=(), **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.held = list(held)
        self.accepted_uploads = []
        self.fields["country"].choices = [("", "—"), *countries]
        self.fields["themes"].queryset = Theme.objects.in_default_locale().order_by("slug")
        names = dict(Theme.objects.filter(locale=Locale.get_active()).values_list("translation_key", "name").order_by())
        self.fields["themes"].label_from_instance = lambda theme: names.get(theme.translation_key, theme.name)
        self.fields["remove_held"].choices = [(str(item.pk), item.name) for item in self.held]
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        self.fields["phone"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})
        self.fields["email"].widget.attrs.update({"autocomplete": "email"})
        self.fields["contact_name"].widget.attrs.update({"autocomplete": "name"})
        self.fields["organisation"].widget.attrs.update({"autocomplete": "organization"})

    @property
    def organisation_fields(self):
        return [self[name] for name in ("organisation", "organisation_type", "contact_name", "email", "phone")]

    @property
    def challenge_fields(self):
        names = ("title", "country", "city", "problem", "desired_outcome", "timeline", "budget", "themes")
        return [self[name] for name in names]

    @property
    def kept_held(self):
        """The held attachments the visitor did not remove."""
        removed = set(self.cleaned_data.get("remove_held", [])) if hasattr(self, "cleaned_data") else set()
        return [item for item in self.held if str(item.pk) not in removed]

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(_("Enter the phone number in digits, for example +358 40 123 4567."))
        return phone

    def clean_attachments(self):
        accepted, errors = [], []
        for uploaded in self.cleaned_data["attachments"]:
            try:
                accepted.append((uploaded, check_upload(uploaded)))
            except forms.ValidationError as error:
                errors.append(error)
        self.accepted_uploads = accepted
        if errors:
            raise forms.ValidationError(errors)
        return accepted

    def clean(self):
        cleaned = super().clean()
        count = len(self.kept_held) + len(self.accepted_uploads)
        if count > MAX_ATTACHMENTS:
            self.accepted_uploads = []
            self.add_error(
                "attachments",
                _("Attach at most %(limit)d files; that makes %(count)d. Choose fewer, or remove some of those above.")
                % {"limit": MAX_ATTACHMENTS, "count": count},
            )
        return cleaned

    @property
    def caught_by_honeypot(self):
        return bool(self.data.get("website", "").strip())
