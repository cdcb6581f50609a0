"""Pieces of the JSON API that every app's records share: themes, countries, links to pages."""

import re

from django.utils.html import strip_tags

from wagtail.fields import RichTextField
from wagtail.models import Page

from ninja import Schema

from portal.facets import theme_choices

BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


class ThemeSchema(Schema):
    slug: str
    name: str


class CountrySchema(Schema):
    code: str
    name: str


class ChoiceSchema(Schema):
    value: str
    label: str


class PageLinkSchema(Schema):
    id: int
    title: str
    url: str


def themes_json(page):
    """The page's themes, named in the active language."""
    names = theme_choices()
    themes = [{"slug": theme.slug, "name": names.get(theme.slug, theme.name)} for theme in page.themes.all()]
    return sorted(themes, key=lambda theme: theme["name"].casefold())


def country_json(country):
    return {"code": country.code, "name": str(country.name)}


def choice_json(page, field):
    value = getattr(page, field)
    return {"value": value, "label": str(getattr(page, f"get_{field}_display")())} if value else None


def link_json(page, request):
    return {"id": page.pk, "title": page.title, "url": page.get_full_url(request)}


def translations_json(page):
    """{language code: id} of the page's live versions, itself included."""
    versions = (
        Page.objects.live().filter(translation_key=page.translation_key).values_list("locale__language_code", "pk")
    )
    return dict(sorted(versions))


def html_text(html):
    """Rich text as plain text: a line for each paragraph or list item."""
    return strip_tags(BLOCK_END.sub("\n", html)).strip()


def plain_text(page, *fields):
    """The plain text of some of a page's fields (streams and rich text included), paragraphs apart."""
    texts = []
    for name in fields:
        if isinstance(page._meta.get_field(name), RichTextField):
            texts.append(html_text(getattr(page, name)))
        else:
            texts.extend(strip_tags(text).strip() for text in page.field_texts(name))
    return "\n\n".join(text for text in texts if text)
