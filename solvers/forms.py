"""The forms a member representative fills in on a call page and on the partner board."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from portal.models import Capability
from solvers.models import MAX_MESSAGE_LENGTH, Interest


class LocalizedCapabilityField(forms.ModelMultipleChoiceField):
    """Default-language capabilities, each labelled as the active language names it."""

    def __init__(self, **kwargs):
        # The default-language terms are chosen when the form is made (see `InterestForm`).
        super().__init__(Capability.objects.none(), widget=forms.CheckboxSelectMultiple, required=False, **kwargs)
        self.names = None

    def label_from_instance(self, obj):
        if self.names is None:
            here = Capability.objects.filter(locale=Locale.get_active())
            self.names = dict(here.values_list("translation_key", "name"))
        return self.names.get(obj.translation_key, obj.name)


class InterestForm(forms.ModelForm):
    """Our organisation's interest in a call: role, what we bring, what we seek, a message."""

    member = forms.ModelChoiceField(queryset=None, label=_("Our organisation"), empty_label=None)
    capabilities = LocalizedCapabilityField(label=_("Capabilities we bring"))
    seeks = LocalizedCapabilityField(
        label=_("Capabilities we seek in partners"), help_text=_("Only when you are looking for partners.")
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=MAX_MESSAGE_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("At most 1,000 characters. The call's contact and the cluster's editors read it."),
    )

    class Meta:
        model = Interest
        fields = ["member", "role", "capabilities", "seeks", "message", "show_publicly"]
        widgets = {"role": forms.RadioSelect}

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = members
        if len(members) == 1:
            self.fields["member"].widget = forms.HiddenInput()
        self.fields["role"].choices = [choice for choice in self.fields["role"].choices if choice[0]]
        for name in ("capabilities", "seeks"):
            self.fields[name].queryset = Capability.objects.in_default_locale().order_by("theme__name", "name")


class PartnerMessageForm(forms.Form):
    """A message to a member looking for partners, sent by the portal."""

    sender = forms.ModelChoiceField(queryset=None, label=_("On behalf of"), empty_label=None)
    body = forms.CharField(
        label=_("Your message"),
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("At most 1,000 characters. The portal sends it with your name and e-mail address for the reply."),
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sender"].queryset = members
        if len(members) == 1:
            self.fields["sender"].widget = forms.HiddenInput()
