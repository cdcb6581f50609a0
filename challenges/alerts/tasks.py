"""The digest as a django-tasks task: run by the worker in production, after the commit in development."""

from django_tasks import task

from challenges.alerts.digest import send_digests


@task()
def send_alert_digests(frequency):
    """One digest run for the alerts of `frequency` (immediately, daily or weekly)."""
    run = send_digests(frequency)
    return {"alerts": run.alerts, "emails": run.emails, "calls": run.calls, "searches": run.searches}
