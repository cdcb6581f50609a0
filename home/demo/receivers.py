"""Receivers the demo's writers hold back while they write, to do their work once at the end."""

import contextlib

from django.db.models.signals import post_save

from wagtail.contrib.frontend_cache.signal_handlers import page_published_signal_handler
from wagtail.contrib.frontend_cache.utils import get_backends, purge_pages_from_cache
from wagtail.models import Locale, Page, get_page_models
from wagtail.signals import page_published

from directory.access import grant_member_access
from directory.models import MemberProfilePage, MemberSettings
from directory.signals import give_new_member_page_its_group

# Receivers connected with a dispatch_uid are disconnected and reconnected with it.
DISPATCH_UIDS = {give_new_member_page_its_group: "directory_member_access"}


@contextlib.contextmanager
def paused(signal, handler, models):
    """Disconnect `handler` from `signal` for each of `models` inside the block; then reconnect those it was on."""
    uid = DISPATCH_UIDS.get(handler)
    disconnected = [model for model in models if signal.disconnect(handler, sender=model, dispatch_uid=uid)]
    try:
        yield
    finally:
        for model in disconnected:
            signal.connect(handler, sender=model, dispatch_uid=uid)


@contextlib.contextmanager
def member_access_granted_at_end():
    """Member pages created inside the block (any language) get their group and its rights at its end, in one go."""
    keys = set()

    def note_new_member_page(sender, instance, created, raw=False, **kwargs):
        if created and not raw:
            keys.add(instance.translation_key)

    with paused(post_save, give_new_member_page_its_group, [MemberProfilePage]):
        post_save.connect(note_new_member_page, sender=MemberProfilePage, weak=False)
        try:
            yield
        finally:
            post_save.disconnect(note_new_member_page, sender=MemberProfilePage)
    sources = MemberProfilePage.objects.filter(translation_key__in=keys, locale=Locale.get_default())
    grant_member_access(sources.values_list("pk", flat=True), publish=not MemberSettings.load().changes_need_review)


@contextlib.contextmanager
def front_end_purged_at_end(written):
    """Purge the front-end caches of the pages among `written` (filled inside the block) at its end.

    Not at each publish, as Wagtail would: it works out every address of the page each
    time, even when no front-end cache is configured, and a load publishes pages often.
    """
    with paused(page_published, page_published_signal_handler, get_page_models()):
        yield
    if get_backends():
        purge_pages_from_cache(dict.fromkeys(obj for obj in written if isinstance(obj, Page)))
