"""Every change that a public page may show replaces the content generation.

Connected once, for all models, and decided by kind rather than by model: new page
types, snippets and settings of any app are covered without an edit here.
"""

import functools

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from modelcluster.fields import ParentalKey
from modelsearch.tasks import insert_or_update_object_task
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
    TranslatableMixin,
)
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models
from wagtail.tasks import update_reference_index_task

from django_tasks.signals import task_finished

from portal.page_cache import frontend
from portal.page_cache.generation import content_changed, task_changes_pages

# Kinds of objects public pages show or depend on. Renditions are not among them: they
# are made ahead of the pages that show them (portal/renditions.py), or while one renders,
# and making one changes no page.
CONTENT_KINDS = (
    Page,
    PageViewRestriction,
    # Which documents a page lists as public (a call's attachments) follows the collections'.
    Collection,
    CollectionViewRestriction,
    Site,
    Locale,
    AbstractImage,
    AbstractDocument,
    BaseSiteSetting,
    BaseGenericSetting,
    TranslatableMixin,
)
# Fields Wagtail fills in on an image or a document the first time something asks for
# them, from the file it already has: saving them changes nothing a page shows.
FILE_BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})
# Tasks that every save of a model queues, given (app label, model name, pk).
MEDIA_INDEX_TASKS = frozenset(task.module_path for task in (insert_or_update_object_task, update_reference_index_task))


@functools.cache
def _is_page_child(model):
    """A model whose rows are part of a page (a member's offices, a call's attachments)."""
    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, Page) for field in model._meta.get_fields()
    )


def shows_on_pages(model):
    return issubclass(model, CONTENT_KINDS) or model in get_snippet_models() or _is_page_child(model)


def _saved_or_deleted(sender, instance, signal, raw=False, update_fields=None, **kwargs):
    if raw or not shows_on_pages(sender):
        return
    if update_fields and FILE_BOOKKEEPING_FIELDS.issuperset(update_fields):
        return
    content_changed()
    # A page reaches the CDN when it is published, unpublished, moved or deleted, not
    # with every draft saved.
    if signal is post_delete or not isinstance(instance, Page):
        frontend.changed(instance)


def _relations_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and shows_on_pages(type(instance)):
        content_changed()
        frontend.changed(instance)


def _page_event(sender, instance, **kwargs):
    content_changed()
    frontend.changed(instance, **kwargs)


def _updates_media_index(task_result):
    """A search- or reference-index update of an image or a document: only the admin looks them up there."""
    if task_result.task.module_path not in MEDIA_INDEX_TASKS:
        return False
    app_label, model_name, _pk = task_result.args
    return issubclass(apps.get_model(app_label, model_name), (AbstractImage, AbstractDocument))


def _task_finished(sender, task_result, **kwargs):
    # Background work such as a search-index update changes what listings and search show.
    if task_changes_pages(task_result.task) and not _updates_media_index(task_result):
        content_changed()


def connect():
    post_save.connect(_saved_or_deleted, dispatch_uid="page-cache-saved")
    post_delete.connect(_saved_or_deleted, dispatch_uid="page-cache-deleted")
    m2m_changed.connect(_relations_changed, dispatch_uid="page-cache-relations")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_event, dispatch_uid=f"page-cache-{id(signal)}")
    task_finished.connect(_task_finished, dispatch_uid="page-cache-task-finished")
