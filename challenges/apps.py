from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChallengesConfig(AppConfig):
    """Challenge calls, their stages, references, and the intake of challenge submissions."""

    name = "challenges"
    verbose_name = _("Challenges and references")

    def ready(self):
        from challenges import signals  # noqa: F401 - connects the receivers
