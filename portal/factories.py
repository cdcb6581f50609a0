"""Factories for the shared taxonomies and images; used by tests, the demo and bulk content."""

import io

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.models import Locale

import factory
from factory.django import DjangoModelFactory

from portal.images import generate_illustration, generate_logo
from portal.models import Theme


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.LazyAttribute(lambda theme: slugify(theme.name))
    locale = factory.LazyFunction(Locale.get_default)


class IllustrationFactory(DjangoModelFactory):
    """An image drawn on the fly: abstract shapes in colours derived from `seed`."""

    class Meta:
        model = get_image_model()

    class Params:
        seed = factory.Sequence(str)
        size = (1200, 675)
        label = ""

    title = factory.Sequence(lambda n: f"Illustration {n}")
    description = ""

    @factory.lazy_attribute
    def file(self):
        buffer = io.BytesIO()
        generate_illustration(self.seed, self.size, self.label).save(buffer, format="PNG", optimize=True)
        return ImageFile(buffer, name=f"{slugify(self.title) or 'illustration'}.png")


class LogoFactory(IllustrationFactory):
    """A wordmark logo: the organisation's initials on a coloured tile."""

    class Params:
        initials = "AB"

    @factory.lazy_attribute
    def file(self):
        buffer = io.BytesIO()
        generate_logo(self.seed, self.initials).save(buffer, format="PNG", optimize=True)
        return ImageFile(buffer, name=f"{slugify(self.title) or 'logo'}.png")
