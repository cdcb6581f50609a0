"""`check --deploy` says when the page cache cannot be shared by the workers."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PROCESS_LOCAL = (".LocMemCache", ".DummyCache")


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    if not settings.CACHES["default"]["BACKEND"].endswith(PROCESS_LOCAL):
        return []
    return [
        Warning(
            "CACHE_URL names a cache inside each process: the page cache is off, every piece of a "
            "page is rendered afresh, and each worker keeps its own copy of what Wagtail caches.",
            hint="Set CACHE_URL to a shared cache, e.g. redis://127.0.0.1:6379/0.",
            id="portal.W001",
        )
    ]
