from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    """The member directory, member profile pages and member accounts."""

    name = "directory"
    verbose_name = _("Member directory")

    def ready(self):
        from directory import signals  # noqa: F401 - connects the receivers
