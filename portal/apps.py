from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """What every app shares: base templates, static assets, taxonomies, blocks."""

    name = "portal"
    verbose_name = _("Portal")
