"""Factories for the shared taxonomies and images; used by tests, the demo and bulk content."""

import io

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.models import Locale

import factory
from factory.django import DjangoModelFactory
from PIL import Image

from portal.models import Theme


def set_themes(page, create, extracted, **kwargs):
    """A page factory's `themes=[...]`: sets them, then saves so the search document carries them.

    Used as `themes = factory.PostGeneration(set_themes)`.
    """
    if create and extracted:
        page.themes.set(extracted)
        page.save()


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.LazyAttribute(lambda theme: slugify(theme.name))
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
