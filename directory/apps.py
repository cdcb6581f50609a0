from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def ensure_roles(plan=None, **kwargs):
    """The editor roles, member groups and the review workflow, after every `migrate`."""
    if plan is None:
        # `flush` (between transactional tests) sends post_migrate too, without a plan;
        # the data restored after it brings its own groups.
        return
    from django.apps import apps as installed

    from directory.access import ensure_roles as ensure

    ensure(installed.get_app_configs())


class DirectoryConfig(AppConfig):
    """The member directory, member profile pages and member accounts."""

    name = "directory"
    verbose_name = _("Member directory")

    def ready(self):
        from directory import signals  # noqa: F401 - connects the receivers

        post_migrate.connect(ensure_roles, sender=self, dispatch_uid="directory_roles")
