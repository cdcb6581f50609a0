"""The page head: description, share preview and structured data (portal.head)."""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from wagtail.models import Page

from portal import head

register = template.Library()


@register.simple_tag(takes_context=True)
def page_head(context, page=None):
    """What the head shows about `page` (None: a view outside the page tree)."""
    request = context["request"]
    page = page if isinstance(page, Page) else None
    language = translation.get_language()
    info = {"description": head.page_description(page), "og_locale": head.og_locale(language)}
    if page is None:
        return info
    image_url, width, height = head.page_image(page)
    info.update(
        image={"url": image_url, "width": width, "height": height},
        og_type="article" if getattr(page, "search_type", None) == "news" else "website",
        json_ld=mark_safe(head.json_ld(head.structured_data(page, request))),  # noqa: S308 - escaped by json_ld()
    )
    return info


@register.filter
def og_locale(language):
    """Open Graph's name of a language (`fi_FI`)."""
    return head.og_locale(language)
