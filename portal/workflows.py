"""Wagtail workflows the apps create for themselves."""

from django.contrib.auth.models import Group

from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask


def approval_workflow(name, task_name, group_name):
    """A one-step workflow in which a group approves; created on first use, then found by its name."""
    workflow, created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    if created:
        task = GroupApprovalTask.objects.create(name=task_name, active=True)
        task.groups.set([Group.objects.get_or_create(name=group_name)[0]])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow
