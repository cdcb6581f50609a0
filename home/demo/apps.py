from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo site and synthetic bulk content, for development, tests and benchmarks.

    Installed by the development and test settings only: no other app imports it, and
    production never loads it.
    """

    name = "home.demo"
    label = "demo"
    verbose_name = _("Demo content")
