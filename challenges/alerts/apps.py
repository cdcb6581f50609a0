from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """E-mail alerts about new challenge calls: subscriptions without an account, and their digests."""

    name = "challenges.alerts"
    label = "alerts"
    verbose_name = _("E-mail alerts")

    def ready(self):
        from challenges.alerts import signals  # noqa: F401 - connects the receivers
