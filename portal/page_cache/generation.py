"""The content generation: one value in the shared cache that every content change replaces.

Every stored page is keyed by the generation it was rendered in, so replacing the value
makes all of them stale at once, in every worker process that shares the cache. The
value is the time of the change, which is also what `Last-Modified` says.
"""

import datetime
import time

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

GENERATION_KEY = "page-cache:generation"
# Background tasks whose work no page shows, by module path (see `changes_no_page`).
_tasks_changing_no_page = set()


def _now_value():
    return f"{time.time():.6f}"


def current():
    """The generation pages are rendered in now."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        # The cache lost it (evicted, restarted, emptied): begin a new one, so that a page
        # stored in an older generation can never be taken for a current one.
        cache.add(GENERATION_KEY, _now_value(), timeout=None)
        value = cache.get(GENERATION_KEY) or _now_value()
    return value


def replace():
    cache.set(GENERATION_KEY, _now_value(), timeout=None)


def content_changed():
    """Make every stored page stale, now and again when the current transaction commits.

    Now, so that the writer's own next request already sees the change; at the commit,
    because a page another request rendered in between read the data as it was before.
    Code that changes what pages show without a model signal (`QuerySet.update()`) calls
    this itself.
    """
    replace()
    transaction.on_commit(replace, robust=True)


def changes_no_page(task):
    """Mark a django-tasks task whose work no page shows: finishing it leaves the page cache alone.

    Every other task replaces the generation when it finishes (a search-index update
    changes listings and search). Used as a decorator above `@task()`.
    """
    _tasks_changing_no_page.add(task.module_path)
    return task


def task_changes_pages(task):
    return task.module_path not in _tasks_changing_no_page


def today():
    """The day in the cluster's time zone (TIME_ZONE): what a call's status depends on."""
    return timezone.localdate()


def last_modified(generation):
    """When the content of a page rendered in `generation` last changed, as a timestamp."""
    midnight = datetime.datetime.combine(today(), datetime.time(), tzinfo=timezone.get_current_timezone())
    return max(float(generation), midnight.timestamp())


def seconds_until_midnight():
    """How long a page rendered now stays true if nothing else changes."""
    now = timezone.localtime()
    tomorrow = datetime.datetime.combine(now.date() + datetime.timedelta(days=1), datetime.time(), tzinfo=now.tzinfo)
    return max(1, int((tomorrow - now).total_seconds()))
