"""Template tags for following a listing: its feed, calendar, export and alert links."""

from django import template

from portal.templatetags.portal_tags import request_cache

register = template.Library()


@register.simple_tag(takes_context=True)
def follow_links(context, page):
    """The page's `FollowLink`s for the filters in the address; none for a page that is not a listing."""
    if not hasattr(page, "follow_links"):
        return []
    request = context["request"]
    return request_cache(context, ("follow", page.pk), lambda: page.specific.follow_links(request))
