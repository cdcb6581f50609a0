"""Shared facts: what every language version of a member profile says alike.

A member's pages in English, Finnish and Swedish are edited and reviewed each on its
own (see docs/members.md), but some fields are facts, not texts: organisation type,
size, logo, themes, capabilities, offices, website and contact details. They are edited
on the default-language page and, whenever it is published (by a representative, on a
moderator's approval, by an editor, on a schedule or a revert), copied onto the other
languages' pages in the same transaction:

- onto the live page, as a new revision published at once, so that the public pages in
  every language show the new logo or contact the moment the English page does;
- onto a pending draft, as a new latest revision, so that the language's own text
  stays unpublished (and under review, if it was submitted) and goes live with the
  current facts when it is approved.

The fields are those the page model declares as `SynchronizedField`s, except the slug:
each language's address is its own.
"""

import contextlib
import contextvars

from django.db import transaction

from modelcluster.fields import ParentalManyToManyField
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField

# True while a language's live page is published with new facts: that publish must
# leave a pending review of the language's own text in place, where Wagtail would
# cancel it (read by MemberProfilePage.current_workflow_state).
publishing_shared_facts = contextvars.ContextVar("publishing_shared_facts", default=False)

LOG_ACTION = "directory.shared_facts"


def shared_fact_names(model):
    """The names of the fields every language version of `model` shares."""
    return [
        field.field_name
        for field in model.translatable_fields
        if isinstance(field, SynchronizedField) and field.field_name != "slug"
    ]


def source_page(page):
    """The default-language version of a member page (as published), or None if there is none but `page`."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return None
    return type(page).objects.filter(translation_key=page.translation_key, locale=default).first()


def is_source_language(page):
    """Whether the shared facts are edited on this page: the default-language one, or a page without it."""
    return page.locale_id is None or source_page(page) is None


def _child_rows(relation):
    return [
        {
            field.attname: getattr(child, field.attname)
            for field in child._meta.concrete_fields
            if not field.primary_key and not field.is_relation and field.name != "sort_order"
        }
        for child in relation.all()
    ]


def apply_shared_facts(source, target):
    """Copy the shared facts from `source` onto `target` in memory; say whether anything differed."""
    changed = False
    for name in shared_fact_names(type(source)):
        field = source._meta.get_field(name)
        if isinstance(field, ParentalManyToManyField):
            wanted = list(getattr(source, name).all())
            if sorted(item.pk for item in wanted) != sorted(item.pk for item in getattr(target, name).all()):
                getattr(target, name).set(wanted)
                changed = True
        elif field.one_to_many:
            if _child_rows(getattr(source, name)) != _child_rows(getattr(target, name)):
                source.copy_child_relation(name, target)
                changed = True
        elif getattr(source, field.attname) != getattr(target, field.attname):
            setattr(target, field.attname, getattr(source, field.attname))
            changed = True
    return changed


@contextlib.contextmanager
def _keeping_pending_reviews():
    token = publishing_shared_facts.set(True)
    try:
        yield
    finally:
        publishing_shared_facts.reset(token)


def sync_shared_facts(source):
    """Carry the just-published `source` page's facts to its pages in the other languages."""
    model = type(source)
    targets = model.objects.filter(translation_key=source.translation_key, alias_of__isnull=True).exclude(
        locale_id=source.locale_id
    )
    with transaction.atomic():
        for target in targets.select_for_update():
            if _update_language(source, target):
                log(instance=target, action=LOG_ACTION)


def _update_language(source, target):
    """Put the facts on the target's live page and on its pending draft; say whether either changed."""
    draft = target.get_latest_revision() if target.has_unpublished_changes or not target.live else None
    changed = False
    if target.live:
        live = target.live_revision.as_object() if target.live_revision_id else target
        if apply_shared_facts(source, live):
            revision = live.save_revision(changed=False, clean=False)
            with _keeping_pending_reviews():
                PublishPageRevisionAction(revision, changed=False, log_action=False).execute(
                    skip_permission_checks=True
                )
            changed = True
    if draft is not None:
        page = draft.as_object()
        if apply_shared_facts(source, page):
            # The draft stays its author's: approving it then counts as their review.
            page.save_revision(user=draft.user, clean=False)
            changed = True
    return changed
