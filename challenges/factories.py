"""Factories for challenge calls and references."""

import datetime

import wagtail_factories

import factory

from challenges.models import (
    ChallengeIndexPage,
    ChallengePage,
    ReferenceIndexPage,
    ReferencePage,
    call_today,
)
from portal.factories import sets_related
from portal.models import OrganisationType

COUNTRIES = ["FI", "ES", "NO", "ID", "SA", "SE", "EE", "DE", "NL", "DK"]


class ChallengeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ChallengeIndexPage

    title = "Challenges"
    slug = "challenges"
    show_in_menus = True


class ChallengePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ChallengePage
        skip_postgeneration_save = True

    title = factory.Faker("catch_phrase")
    summary = factory.Faker("paragraph", nb_sentences=3)
    owner_name = factory.Faker("city")
    owner_type = OrganisationType.CITY
    owner_country = factory.Iterator(COUNTRIES)
    city = factory.Faker("city")
    country = factory.Iterator(COUNTRIES)
    opens_on = factory.LazyFunction(lambda: call_today() - datetime.timedelta(days=10))
    closes_on = factory.LazyAttribute(lambda challenge: challenge.opens_on + datetime.timedelta(days=60))

    themes = sets_related("themes")


class ReferenceIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ReferenceIndexPage

    title = "References"
    slug = "references"
    show_in_menus = True


class ReferencePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ReferencePage
        skip_postgeneration_save = True

    title = factory.Faker("catch_phrase")
    summary = factory.Faker("paragraph", nb_sentences=3)
    city = factory.Faker("city")
    country = factory.Iterator(COUNTRIES)
    start_year = factory.Faker("random_int", min=2019, max=2025)

    themes = sets_related("themes")
