"""Factories for the member directory."""

from django.utils.text import slugify

import wagtail_factories

import factory

from directory.models import MemberDirectoryPage, MemberOffice, MemberProfilePage
from portal.factories import sets_related
from portal.models import OrganisationSize, OrganisationType


class MemberDirectoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MemberDirectoryPage

    title = "Members"
    slug = "members"
    show_in_menus = True


class MemberProfilePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MemberProfilePage
        skip_postgeneration_save = True

    title = factory.Faker("company")
    # Faker repeats company names; a numbered slug keeps siblings apart.
    slug = factory.LazyAttributeSequence(lambda page, number: f"{slugify(page.title)}-{number}")
    organisation_type = factory.Iterator(OrganisationType.values)
    size = factory.Iterator(OrganisationSize.values)
    summary = factory.Faker("paragraph", nb_sentences=2)
    member_since = factory.Faker("random_int", min=2022, max=2026)
    is_demo = True

    @factory.post_generation
    def offices(self, create, extracted, **kwargs):
        """`offices=[("Espoo", "FI"), ...]`; one office in Finland by default, none with `offices=[]`."""
        if not create:
            return
        offices = [("Helsinki", "FI")] if extracted is None else extracted
        if not offices:
            return
        for city, country in offices:
            MemberOffice.objects.create(page=self, city=city, country=country)
        # Offices are written after the page: saving it again updates its search document.
        self.save()

    themes = sets_related("themes")

    capabilities = sets_related("capabilities")
