"""Carrying a change on to a CDN or reverse proxy in front (wagtail.contrib.frontend_cache).

Only addresses without a query string are kept by a frontend cache (see the middleware),
so these are what a change must purge: the changed page in every language, the pages
that show it (found through Wagtail's reference index), and the ancestors of each (the
section listing and the home page show their children). A setting, site or locale change
shows on every page, and purges them all. Wagtail purges each address in every language.
"""

import copy

from django.conf import settings
from django.db import transaction

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site, get_page_models

# Changes that show on every page (the footer's contact details, a restriction on a section).
SITE_WIDE = (BaseSiteSetting, BaseGenericSetting, Site, Locale, PageViewRestriction)


def _with_translations_and_ancestors(pages):
    found = {}
    for page in pages:
        found[page.pk] = page  # a deleted page is no longer found below
        for version in Page.objects.filter(translation_key=page.translation_key):
            found[version.pk] = version
    for page in list(found.values()):
        for ancestor in page.get_ancestors().filter(depth__gt=1):
            found[ancestor.pk] = ancestor
    return list(found.values())


def _pages_linking_to(instance):
    """Pages that reach `instance` through a foreign key (Wagtail's reference index) or a many-to-many field."""
    pages = []
    if ReferenceIndex.is_indexed(type(instance)):
        groups = ReferenceIndex.get_grouped_references_to(instance)
        pages += [source for source, _references in groups if isinstance(source, Page)]
    # The reference index follows foreign keys only; themes are filed through many-to-many fields.
    for model in get_page_models():
        for field in model._meta.local_many_to_many:
            if isinstance(instance, field.related_model):
                pages += model.objects.filter(**{field.name: instance})
    return pages


def affected_pages(instance):
    """The pages whose addresses must be purged when `instance` changed."""
    if isinstance(instance, SITE_WIDE):
        return list(Page.objects.live())
    pages = [instance] if isinstance(instance, Page) else []
    return _with_translations_and_ancestors([*pages, *_pages_linking_to(instance)])


def changed(instance, url_path_before=None, **kwargs):
    """Purge what `instance`'s change touched, once the transaction commits."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    batch.add_pages(affected_pages(instance))
    if url_path_before and isinstance(instance, Page):
        # A moved page's old address answers 404 now; the CDN must forget it too.
        before = copy.copy(instance)
        before.url_path = url_path_before
        batch.add_page(before)
    transaction.on_commit(batch.purge, robust=True)
