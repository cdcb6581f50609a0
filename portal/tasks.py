"""The task backend of development and tests: each task runs in the process, once the transaction commits.

Work a save enqueues (modelsearch's index update, Wagtail's reference index) must see
everything the save wrote, and a page's relations (themes, offices) are written after
its `post_save` signal. Inside a transaction, the task therefore waits for the commit;
outside one it runs at once. Requests are transactions (ATOMIC_REQUESTS), so an editor's
publish is indexed after it. django-tasks dropped its own ENQUEUE_ON_COMMIT option in
0.10, leaving this to projects. In production the database backend needs no such help: a
task it queues inside a transaction reaches the worker when the transaction commits.

A page is saved three times or more when it is created or published (the page, its
revision, its publication), and each save queues the same index updates. Those updates
read what the database holds when they run, so after one commit the first run does all
there is to do: the others, queued with the same arguments and run straight after it, are
skipped (`RUN_ONCE_PER_COMMIT`).

Production's backend, django-tasks' database backend (`db_worker` runs what it queues), does
the same at the other end: such a task is written once per transaction (`DatabaseBackend`).
"""

import functools

from django.db import router, transaction

from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id
from django_tasks_db.backend import DatabaseBackend as QueueInDatabase

# Tasks whose work follows from what the database holds when they run, whatever queued them.
RUN_ONCE_PER_COMMIT = frozenset(
    {
        "modelsearch.tasks.insert_or_update_object_task",
        "wagtail.tasks.update_reference_index_task",
    }
)


def same_run(task, args, kwargs):
    """What two queued runs share when they are the same: the task, its queue, priority and time, its arguments."""
    return (
        task.module_path,
        task.queue_name,
        task.priority,
        repr(task.run_after),
        repr(args),
        repr(sorted(kwargs.items())),
    )


class OnCommitImmediateBackend(ImmediateBackend):
    """Django-tasks' immediate backend, run after the current transaction commits.

    django-tasks keeps a backend instance per thread, so what it remembers is the thread's.
    """

    def __init__(self, alias, params):
        super().__init__(alias, params)
        # Tasks of RUN_ONCE_PER_COMMIT that ran since this thread last queued a task.
        self._ran_since_queued = set()

    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        # Whatever ran before may be out of date once more is queued (a save came first).
        self._ran_since_queued = set()
        transaction.on_commit(functools.partial(self._run, task, args, kwargs))
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

    def _run(self, task, args, kwargs):
        once = task.module_path in RUN_ONCE_PER_COMMIT
        key = same_run(task, args, kwargs)
        if once and key in self._ran_since_queued:
            return
        result = super().enqueue(task, args, kwargs)
        # A run that failed leaves the next one queued the same way to try again.
        if once and result.status == TaskResultStatus.SUCCESSFUL:
            self._ran_since_queued.add(key)


class DatabaseBackend(QueueInDatabase):
    """Django-tasks' database backend, writing a task of RUN_ONCE_PER_COMMIT once per transaction.

    The worker sees a task written inside a transaction only after the commit, and then reads
    what the transaction wrote: a second row for the same update, written by another save of
    the same publication, would only repeat the work. A row is reused while it is this
    transaction's own: written since the transaction began (its marker below is still among
    the transaction's commit hooks) and not undone by a savepoint's rollback (still queued).
    """

    def __init__(self, alias, params):
        super().__init__(alias, params)
        # {(task, args, kwargs): result id} of the open transaction, and its marker hook.
        self._written = {}
        self._marker = None

    def enqueue(self, task, args, kwargs):
        from django_tasks_db.models import DBTaskResult

        database = router.db_for_write(DBTaskResult)
        connection = transaction.get_connection(database)
        # Only in a transaction that an atomic block commits: one begun by hand (autocommit
        # off) may commit without running its commit hooks, which the marker relies on.
        in_atomic_transaction = connection.in_atomic_block and connection.commit_on_exit
        if task.module_path not in RUN_ONCE_PER_COMMIT or not in_atomic_transaction:
            return super().enqueue(task, args, kwargs)
        if not any(hook[1] is self._marker for hook in connection.run_on_commit):
            # A transaction of its own: what was written before has reached the worker.
            self._written = {}
            self._marker = self._written.clear
            transaction.on_commit(self._marker, using=database)
        key = same_run(task, args, kwargs)
        if key in self._written:
            queued = DBTaskResult.objects.filter(id=self._written[key], status=TaskResultStatus.READY).first()
            if queued is not None:
                return queued.task_result
        result = super().enqueue(task, args, kwargs)
        self._written[key] = result.id
        return result
