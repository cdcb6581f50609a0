from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChallengesConfig(AppConfig):
    """Challenge calls and references."""

    name = "challenges"
    verbose_name = _("Challenges and references")
