"""What every app shares: the taxonomies and the site-wide settings.

Themes and capabilities are snippets editors manage, translated per locale. Pages link
to the default-language term and show its translation in the visitor's language, so a
term's slug (the facet value) is the same in every language. Organisation types and
sizes are fixed enumerations: their values are part of the public facet contract.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class OrganisationType(models.TextChoices):
    COMPANY = "company", _("Company")
    CITY = "city", _("City or region")
    RESEARCH = "research", _("Research institute")
    UNIVERSITY = "university", _("University")
    PUBLIC_AGENCY = "public_agency", _("Public agency")
    OTHER = "other", _("Other organisation")


class OrganisationSize(models.TextChoices):
    MICRO = "micro", _("Fewer than 10 people")
    SMALL = "small", _("10–49 people")
    MEDIUM = "medium", _("50–249 people")
    LARGE = "large", _("250 people or more")


class TaxonomyQuerySet(models.QuerySet):
    def in_default_locale(self):
        return self.filter(locale=Locale.get_default())


def in_default_locale():
    """`limit_choices_to` for relations to a taxonomy: pages link the default-language term."""
    return models.Q(locale=Locale.get_default())


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A smart-city theme (mobility, energy, ...) used to file challenges, members and news."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Used in addresses and filters, e.g. 'mobility'. The same in every language."),
    )
    description = models.TextField(_("description"), blank=True)

    objects = TaxonomyQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale"),
        ]

    def __str__(self):
        return self.name


class Capability(TranslatableMixin, index.Indexed, models.Model):
    """Something a member can do for a challenge ("snow and ice management"), filed under a theme."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=False,
        help_text=_("Used in addresses and filters, e.g. 'digital-twins'. The same in every language."),
    )
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="capabilities",
        limit_choices_to=in_default_locale,
    )
    description = models.TextField(_("description"), blank=True)

    objects = TaxonomyQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("theme"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # The slug and theme are what filters and pages link to: the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("theme", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("capability")
        verbose_name_plural = _("capabilities")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_capability_slug_per_locale"),
        ]

    def __str__(self):
        return self.name


@register_setting(icon="site")
class ContactSettings(BaseSiteSetting):
    """How visitors reach the cluster; shown in every page's footer."""

    email = models.EmailField(_("e-mail"), blank=True)
    address = models.TextField(_("postal address"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)

    panels = [
        FieldPanel("email"),
        FieldPanel("address"),
        MultiFieldPanel([FieldPanel("linkedin_url"), FieldPanel("youtube_url")], heading=_("Social media")),
    ]

    class Meta:
        verbose_name = _("contact details")
