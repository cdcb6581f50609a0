"""Language versions of the current page: the switcher, hreflang alternates, canonical link."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info

from wagtail.models import Page

from portal import locales
from portal.fragments import shared
from portal.translation import language_versions

register = template.Library()


def _shown_in_its_own_language(page, language):
    """False when the visitor reads another language's content: an alias, a fallback or a copy not translated yet."""
    if locales.by_id(page.locale_id).language_code != language:
        return False
    return not page.alias_of_id and not getattr(page, "shows_default_language_text", False)


def _source_of_text(page):
    """The page whose language the text of `page` is in."""
    if page.alias_of_id:
        return page.alias_of
    if getattr(page, "shows_default_language_text", False):
        return page.get_translation_or_none(locales.default()) or page
    return page


@register.simple_tag(takes_context=True)
def language_switcher(context):
    """One entry per language: the same page there, or its nearest translated ancestor."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    entries = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        info = get_language_info(code)
        url = f"/{code}/"
        if page is None and request.resolver_match is not None:
            # A view outside the page tree (the search page) exists in every language.
            url = translate_url(request.path, code)
            if request.GET:
                url = f"{url}?{request.GET.urlencode()}"
        elif isinstance(page, Page):
            lineage, by_key = language_versions(page)
            for depth_index, ancestor in enumerate(reversed(lineage)):
                target = by_key.get(ancestor.translation_key, {}).get(code)
                if target is not None:
                    url = target.get_url(request)
                    # The same page in another language keeps the visitor's filters and page number.
                    if depth_index == 0 and request.GET:
                        url = f"{url}?{request.GET.urlencode()}"
                    break
        entries.append(
            {"code": code, "name": info["name_local"], "url": url, "current": code == current, "bidi": info["bidi"]}
        )
    return entries


@register.simple_tag(takes_context=True)
def page_ancestors(context, page):
    """The page's ancestors below the root, as `get_ancestors()` gives them, from the query that finds its versions."""
    lineage, _by_key = language_versions(page)
    return [ancestor for ancestor in lineage if ancestor.depth < page.depth]


def _specific_versions(page, versions):
    """The versions as the page's own type, when that type can tell a copy of the English text from a translation."""
    if not hasattr(type(page), "shows_default_language_text"):
        return versions
    others = [version.pk for version in versions.values() if version.pk != page.pk]

    def find():
        # Only their addresses and whether they copy the English text are read: not their bodies.
        return type(page).objects.defer_streamfields().select_related("locale").in_bulk(others) if others else {}

    # Kept as the versions themselves are (portal/translation.py).
    specific = {**shared(f"specific-versions:{page.path}", find), page.pk: page}
    return {code: specific.get(version.pk, version) for code, version in versions.items()}


@register.simple_tag(takes_context=True)
def page_language(context):
    """What the head and the fallback notice need to know about the page's language."""
    request = context["request"]
    page = context["page"]
    language = translation.get_language()
    lineage, by_key = language_versions(page)
    versions = by_key.get(page.translation_key, {})
    own = _shown_in_its_own_language(page, language)
    source = _source_of_text(page)
    source_language = locales.by_id(source.locale_id).language_code
    default_language = settings.LANGUAGE_CODE
    versions = _specific_versions(page, versions)
    alternates = [
        {"code": code, "url": version.get_full_url(request)}
        for code, version in sorted(versions.items())
        if _shown_in_its_own_language(version, code)
    ]
    default_version = versions.get(default_language)
    return {
        "is_fallback": not own,
        "source_language": get_language_info(source_language)["name_translated"],
        "content_language": source_language,
        "canonical": (page if own else source).get_full_url(request),
        "alternates": alternates,
        "x_default": default_version.get_full_url(request) if default_version else None,
    }


@register.simple_tag
def foreign_text_language(page, known=""):
    """The language of a card's text when it is not the visitor's (an English fallback), else "".

    `known` is the language a search hit reports; otherwise the page's own (search pages know it).
    """
    language = known or getattr(page, "search_language", "")
    return language if language and language != translation.get_language() else ""
