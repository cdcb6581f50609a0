from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SolversConfig(AppConfig):
    """Suggested solvers, expressions of interest and the partner board."""

    name = "solvers"
    verbose_name = _("Solvers and partners")
