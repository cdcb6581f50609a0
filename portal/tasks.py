"""The task backend of development and tests: each task runs in the process, once the transaction commits.

Work a save enqueues (modelsearch's index update, Wagtail's reference index) must see
everything the save wrote, and a page's relations (themes, offices) are written after
its `post_save` signal. Inside a transaction, the task therefore waits for the commit;
outside one it runs at once. Requests are transactions (ATOMIC_REQUESTS), so an editor's
publish is indexed after it. django-tasks dropped its own ENQUEUE_ON_COMMIT option in
0.10, leaving this to projects. In production the database backend needs no such help: a
task it queues inside a transaction reaches the worker when the transaction commits.
"""

import functools

from django.db import transaction

from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id


class OnCommitImmediateBackend(ImmediateBackend):
    """Django-tasks' immediate backend, run after the current transaction commits."""

    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        transaction.on_commit(functools.partial(super().enqueue, task, args, kwargs))
        # What the caller learns is that the task is queued; the run has its own result.
        return TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=None,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
