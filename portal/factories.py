"""Factories for the shared taxonomies and images; used by tests, the demo and bulk content."""

import io

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.models import Locale

import factory
from factory.django import DjangoModelFactory
from PIL import Image

from portal.models import Capability, Theme


def sets_related(name):
    """A page factory's `<name>=[...]` for a many-to-many: sets it, then saves so the search document carries it."""

    def set_related(page, create, extracted, **kwargs):
        if create and extracted:
            getattr(page, name).set(extracted)
            page.save()

    return factory.PostGeneration(set_related)


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.LazyAttribute(lambda theme: slugify(theme.name))
    locale = factory.LazyFunction(Locale.get_default)


class CapabilityFactory(DjangoModelFactory):
    class Meta:
        model = Capability
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Capability {n}")
    slug = factory.LazyAttribute(lambda capability: slugify(capability.name))
    theme = factory.SubFactory(ThemeFactory)
    locale = factory.LazyFunction(Locale.get_default)


class IllustrationFactory(DjangoModelFactory):
    """An image: a plain picture of `size` in `colour`, unless a `file` is given."""

    class Meta:
        model = get_image_model()

    class Params:
        size = (1200, 675)
        colour = "#6fa8dc"

    title = factory.Sequence(lambda n: f"Illustration {n}")
    description = ""

    @factory.lazy_attribute
    def file(self):
        buffer = io.BytesIO()
        Image.new("RGB", self.size, self.colour).save(buffer, format="PNG")
        return ImageFile(buffer, name=f"{slugify(self.title) or 'image'}.png")


class LogoFactory(IllustrationFactory):
    """An organisation's logo, in a logo's proportions."""

    class Params:
        size = (480, 240)
        colour = "#0b5394"

    title = factory.Sequence(lambda n: f"Logo {n}")
