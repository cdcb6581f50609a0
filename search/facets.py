"""The facets every listing, the search page and the API offer, declared once.

A facet knows its URL parameter, its label, its values with labels in the current
language, and how to filter and count on both paths: as an engine query clause and
aggregation, and as Django ORM lookups on the searchable page models (which declare
the lookup in `facet_lookups`). The search service combines them: values within a facet
OR, facets AND, and each facet is counted with every selection but its own. See
docs/search.md.
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Count, Q
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale
from wagtail.search.index import get_indexed_models

from django_countries import countries

from portal.models import OrganisationType, Theme
from portal.searchable import SearchablePage

THEME_CHOICES_CACHE_KEY = "search:theme-choices"


def forget_theme_choices(**kwargs):
    """Connected to Theme's save and delete signals in search/apps.py."""
    for language_code in [None, *Locale.objects.values_list("language_code", flat=True)]:
        cache.delete(f"{THEME_CHOICES_CACHE_KEY}:{language_code}")


@functools.cache
def searchable_models():
    """Page models that take part in site search, by their `type` facet value."""
    return {model.search_kind: model for model in get_indexed_models() if issubclass(model, SearchablePage)}


def current_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


class Facet:
    """A facet: `name` is its URL parameter; `kinds` the page types that carry it (None: all)."""

    name = None
    label = None
    kinds = None

    def choices(self):
        """{value: label} for every valid value, labels in the active language."""
        raise NotImplementedError

    def models(self):
        return [model for kind, model in searchable_models().items() if self.kinds is None or kind in self.kinds]

    # Engine path: query clauses on the indexed fields.
    def engine_filter(self, fields, values):
        raise NotImplementedError

    def engine_aggregation(self, fields, choices):
        """The aggregation counting this facet's `choices` ({value: label})."""
        raise NotImplementedError

    def engine_counts(self, aggregation):
        raise NotImplementedError

    # Database path: Django lookups on the page models.
    def db_filter(self, values):
        raise NotImplementedError

    def db_counts(self, pages):
        """{value: count} among `pages`, a queryset of Page."""
        raise NotImplementedError


class TermFacet(Facet):
    """A facet whose values are stored on the page: themes, countries, organisation types."""

    def __init__(self, name, label, indexed_field, kinds=None):
        self.name, self.label, self.indexed_field, self.kinds = name, label, indexed_field, kinds

    def models(self):
        return [model for model in super().models() if self.name in model.facet_lookups]

    def engine_filter(self, fields, values):
        return {"terms": {fields[self.indexed_field]: list(values)}}

    def engine_aggregation(self, fields, choices):
        # Ask for every known value: the engine's default of ten buckets would hide some.
        return {"terms": {"field": fields[self.indexed_field], "size": max(len(choices), 1)}}

    def engine_counts(self, aggregation):
        return {bucket["key"]: bucket["doc_count"] for bucket in aggregation["buckets"]}

    def db_filter(self, values):
        condition = Q(pk__in=[])
        for model in self.models():
            lookup = model.facet_lookups[self.name]
            condition |= Q(pk__in=model.objects.filter(**{f"{lookup}__in": list(values)}).values("pk"))
        return condition

    def db_counts(self, pages):
        counts = {}
        for model in self.models():
            lookup = model.facet_lookups[self.name]
            rows = (
                model.objects.filter(pk__in=pages.values("pk"))
                .exclude(**{f"{lookup}__isnull": True})
                .values(lookup)
                .annotate(count=Count("pk", distinct=True))
                .order_by()
            )
            for row in rows:
                counts[row[lookup]] = counts.get(row[lookup], 0) + row["count"]
        return counts


class ThemeFacet(TermFacet):
    def __init__(self):
        super().__init__("theme", _("Theme"), "search_themes")

    def choices(self):
        # Asked for on every search; themes change rarely (the cache is cleared when they do).
        try:
            language_code = get_supported_content_language_variant(get_language())
        except LookupError:
            language_code = None  # Locale.get_active() falls back to the default locale
        key = f"{THEME_CHOICES_CACHE_KEY}:{language_code}"
        choices = cache.get(key)
        if choices is None:
            choices = self._choices(current_locale())
            cache.set(key, choices, 300)
        return choices

    def _choices(self, locale):
        # Pages point at default-language themes, so slugs are the values; names come
        # from the visitor's language where a theme has been translated.
        default = Locale.get_default()
        names = dict(Theme.objects.filter(locale=default).values_list("slug", "name"))
        if locale != default:
            names.update(Theme.objects.filter(locale=locale).values_list("slug", "name"))
        return dict(sorted(names.items(), key=lambda item: item[1].casefold()))


class CountryFacet(TermFacet):
    def __init__(self):
        super().__init__("country", _("Country"), "search_countries")

    def choices(self):
        return dict(countries)


class ChoicesFacet(TermFacet):
    def __init__(self, name, label, indexed_field, choices_class, kinds):
        super().__init__(name, label, indexed_field, kinds)
        self.choices_class = choices_class

    def choices(self):
        return {choice.value: choice.label for choice in self.choices_class}


class KindFacet(Facet):
    """The page type: challenge, member, reference or news."""

    name = "type"
    label = _("Type")

    def choices(self):
        labels = {kind: capfirst(model._meta.verbose_name_plural) for kind, model in searchable_models().items()}
        return dict(sorted(labels.items(), key=lambda item: str(item[1]).casefold()))

    def engine_filter(self, fields, values):
        return {"terms": {fields["search_type"]: list(values)}}

    def engine_aggregation(self, fields, choices):
        return {"terms": {"field": fields["search_type"], "size": len(searchable_models())}}

    def engine_counts(self, aggregation):
        return {bucket["key"]: bucket["doc_count"] for bucket in aggregation["buckets"]}

    def db_filter(self, values):
        models = [searchable_models()[value] for value in values]
        return Q(content_type__in=ContentType.objects.get_for_models(*models).values())

    def db_counts(self, pages):
        kind_of = {ContentType.objects.get_for_model(model).pk: kind for kind, model in searchable_models().items()}
        rows = pages.order_by().values("content_type").annotate(count=Count("pk"))
        return {kind_of[row["content_type"]]: row["count"] for row in rows if row["content_type"] in kind_of}


class StatusFacet(Facet):
    """A challenge's status, derived from its dates on the day of the search."""

    name = "status"
    label = _("Status")
    kinds = ("challenge",)

    def choices(self):
        from challenges.models import ChallengeStatus

        statuses = (ChallengeStatus.OPEN, ChallengeStatus.UPCOMING, ChallengeStatus.CLOSED)
        return {status.value: status.label for status in statuses}

    @staticmethod
    def _today():
        from challenges.models import call_today

        return call_today().isoformat()

    def _engine_clause(self, fields, status):
        today = self._today()
        opens, closes = fields["opens_on"], fields["closes_on"]
        if status == "upcoming":
            return {"range": {opens: {"gt": today}}}
        if status == "closed":
            return {"range": {closes: {"lt": today}}}
        return {"bool": {"filter": [{"range": {opens: {"lte": today}}}, {"range": {closes: {"gte": today}}}]}}

    def engine_filter(self, fields, values):
        return {"bool": {"should": [self._engine_clause(fields, value) for value in values], "minimum_should_match": 1}}

    def engine_aggregation(self, fields, choices):
        return {"filters": {"filters": {status: self._engine_clause(fields, status) for status in choices}}}

    def engine_counts(self, aggregation):
        return {status: bucket["doc_count"] for status, bucket in aggregation["buckets"].items()}

    def db_filter(self, values):
        from challenges.models import ChallengePage

        condition = Q(pk__in=[])
        for value in values:
            condition |= Q(pk__in=ChallengePage.objects.with_status(value).values("pk"))
        return condition

    def db_counts(self, pages):
        from challenges.models import ChallengePage

        challenges = ChallengePage.objects.filter(pk__in=pages.values("pk"))
        return {status: challenges.with_status(status).count() for status in self.choices()}


FACETS = {
    facet.name: facet
    for facet in (
        KindFacet(),
        ThemeFacet(),
        CountryFacet(),
        StatusFacet(),
        ChoicesFacet("org_type", _("Organisation type"), "search_org_type", OrganisationType, kinds=("member",)),
    )
}
