"""The task backends (portal/tasks.py). In development and tests tasks run after the commit; an
index update queued by each of a publication's saves runs once; any other task runs as often as
queued. In production (the database queue) such an update is written once per transaction."""

import functools
from collections import Counter

from django.db import transaction

import pytest
from django_tasks import task
from django_tasks.signals import task_finished

from challenges.factories import ChallengePageFactory
from challenges.models import ChallengePage

INDEX_UPDATE = "modelsearch.tasks.insert_or_update_object_task"
REFERENCE_INDEX_UPDATE = "wagtail.tasks.update_reference_index_task"
calls = []


@task()
def note(text):
    calls.append(text)


@pytest.fixture
def runs():
    """Counter of (task, repr(list(args))) for every task run while the test runs."""
    counter = Counter()

    def finished(sender, task_result, **kwargs):
        counter[(task_result.task.module_path, repr(list(task_result.args)))] += 1

    task_finished.connect(finished, dispatch_uid="test-task-runs")
    yield counter
    task_finished.disconnect(dispatch_uid="test-task-runs")


def found(title):
    return list(ChallengePage.objects.live().search(title).results())


def queued(callbacks, task_path, args):
    """How many of the transaction's commit callbacks run `task_path` with `args`."""
    return sum(
        1
        for callback in callbacks
        if isinstance(callback, functools.partial)
        and getattr(callback.args[0], "module_path", None) == task_path
        and tuple(callback.args[1]) == args
    )


def test_a_publication_saves_the_page_several_times_and_indexes_it_once(
    challenge_index, runs, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        call = ChallengePageFactory(parent=challenge_index, title="Harbour ice sensors", live=False)
        for _ in range(2):
            call.save_revision().publish()
    page_key = ("challenges", "challengepage", str(call.pk))
    # The creation, and each publication's saves of the page, queued an update each.
    assert queued(callbacks, INDEX_UPDATE, page_key) >= 3
    assert runs[(INDEX_UPDATE, repr(list(page_key)))] == 1
    assert runs[(REFERENCE_INDEX_UPDATE, repr(list(page_key)))] == 1
    assert [page.pk for page in found("harbour ice")] == [call.pk]


def test_a_later_change_is_indexed_again(challenge_index, runs, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call = ChallengePageFactory(parent=challenge_index, title="Harbour ice sensors")
    with django_capture_on_commit_callbacks(execute=True):
        call.title = "Snow load sensors"
        call.save_revision().publish()
    assert runs[(INDEX_UPDATE, repr(["challenges", "challengepage", str(call.pk)]))] == 2
    assert [page.pk for page in found("snow load")] == [call.pk]
    assert found("harbour ice") == []


def test_each_page_of_a_transaction_is_indexed(challenge_index, runs, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        calls_made = [ChallengePageFactory(parent=challenge_index, title=f"Tram stop {n}") for n in range(3)]
    for call in calls_made:
        assert runs[(INDEX_UPDATE, repr(["challenges", "challengepage", str(call.pk)]))] == 1
    assert sorted(page.pk for page in found("tram stop")) == sorted(call.pk for call in calls_made)


def test_other_tasks_run_as_often_as_they_are_queued(db, django_capture_on_commit_callbacks):
    calls.clear()
    with django_capture_on_commit_callbacks(execute=True):
        note.enqueue("sent")
        note.enqueue("sent")
    assert calls == ["sent", "sent"]


def test_a_task_waits_for_the_commit_and_a_rolled_back_one_never_runs(transactional_db):
    calls.clear()
    with transaction.atomic():
        note.enqueue("kept")
        assert calls == []
    with transaction.atomic():
        note.enqueue("rolled back")
        transaction.set_rollback(True)
    note.enqueue("outside a transaction")
    assert calls == ["kept", "outside a transaction"]


@task()
def flaky(text):
    calls.append(text)
    if calls.count(text) == 1:
        raise RuntimeError("the first run fails")


def test_a_run_that_failed_leaves_the_next_one_to_try_again(db, monkeypatch, django_capture_on_commit_callbacks):
    from portal import tasks

    monkeypatch.setattr(tasks, "RUN_ONCE_PER_COMMIT", tasks.RUN_ONCE_PER_COMMIT | {flaky.module_path})
    calls.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            flaky.enqueue("update")
    # The first run failed, the second did the work, the third had nothing left to do.
    assert calls == ["update", "update"]


# Production's backend: the tasks wait in the database for `db_worker`.
QUEUE_IN_DATABASE = {"default": {"BACKEND": "portal.tasks.DatabaseBackend"}}


def written(task_path, args):
    """How many queued rows run `task_path` with `args`."""
    from django_tasks_db.models import DBTaskResult

    return sum(1 for row in DBTaskResult.objects.filter(task_path=task_path) if row.args_kwargs["args"] == list(args))


def test_production_writes_a_publications_index_update_once(challenge_index, settings):
    settings.TASKS = QUEUE_IN_DATABASE
    with transaction.atomic():
        call = ChallengePageFactory(parent=challenge_index, title="Harbour ice sensors", live=False)
        for _ in range(2):
            call.save_revision().publish()
    page_key = ["challenges", "challengepage", str(call.pk)]
    assert written(INDEX_UPDATE, page_key) == 1
    assert written(REFERENCE_INDEX_UPDATE, page_key) == 1
    note.enqueue("sent")
    note.enqueue("sent")
    assert written(note.module_path, ["sent"]) == 2


def test_production_writes_the_update_again_for_a_later_transaction(transactional_db, challenge_index, settings):
    settings.TASKS = QUEUE_IN_DATABASE
    with transaction.atomic():
        call = ChallengePageFactory(parent=challenge_index, title="Harbour ice sensors")
    page_key = ["challenges", "challengepage", str(call.pk)]
    assert written(INDEX_UPDATE, page_key) == 1
    # The worker may have read the page already: each change needs an update of its own.
    for count, title in enumerate(("Snow load sensors", "Road salt sensors"), start=2):
        with transaction.atomic():
            call.title = title
            call.save_revision().publish()
        assert written(INDEX_UPDATE, page_key) == count


@pytest.mark.parametrize("written_before", [False, True], ids=["nothing before", "another page before"])
def test_production_writes_the_update_again_after_a_rolled_back_savepoint(
    transactional_db, challenge_index, settings, written_before
):
    settings.TASKS = QUEUE_IN_DATABASE
    with transaction.atomic():
        call = ChallengePageFactory(parent=challenge_index, title="Harbour ice sensors")
    page_key = ["challenges", "challengepage", str(call.pk)]
    with transaction.atomic():
        if written_before:  # the transaction's first task is written outside the savepoint
            ChallengePageFactory(parent=challenge_index, title="Tram stop sensors")
        with transaction.atomic():
            call.save_revision().publish()
            transaction.set_rollback(True)
        assert written(INDEX_UPDATE, page_key) == 1  # the creation's
        call = ChallengePage.objects.get(pk=call.pk)
        call.title = "Snow load sensors"
        call.save_revision().publish()
    assert written(INDEX_UPDATE, page_key) == 2
