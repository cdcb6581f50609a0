"""Catching up after an engine outage: index changes the engine missed, replayed through django-tasks."""

import logging

from wagtail.search.backends import get_search_backend

from django_tasks import task

from search.backends.engine import CatchUpMixin, engine_errors
from search.models import PendingIndexChange

logger = logging.getLogger(__name__)

CATCH_UP_BATCH = 500


def catch_up_after_outage():
    """The engine answers: replay what it missed while it was down."""
    if PendingIndexChange.objects.exists():
        catch_up_index.enqueue()


@task()
def catch_up_index():
    """Replay index changes remembered while the engine was down, oldest first."""
    backend = get_search_backend("default")
    if not isinstance(backend, CatchUpMixin):
        return 0
    replayed = 0
    for change in PendingIndexChange.objects.select_related("content_type").order_by("noticed_at")[:CATCH_UP_BATCH]:
        model = change.content_type.model_class()
        obj = model.objects.filter(pk=change.object_id).first() if model else None
        try:
            if obj is not None:
                backend.replay(obj.get_indexed_instance() or obj, deleted=False)
            elif model is not None:
                backend.replay(model(pk=change.object_id), deleted=True)
        except engine_errors():
            logger.info("Search engine still unavailable; %s changes wait", PendingIndexChange.objects.count())
            break
        change.delete()
        replayed += 1
    return replayed
