from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


def ensure_locales(using="default", plan=None, **kwargs):
    """A Wagtail locale for every configured language, kept in sync with the default one.

    Adding a language is then configuration plus a catalogue: after `migrate`, its page
    tree appears as untranslated copies (aliases) of the default-language tree, which
    editors translate with wagtail-localize.
    """
    if plan is None:
        # `flush` (between transactional tests) sends post_migrate too, without a plan;
        # the data restored after it brings its own locales.
        return
    from django.conf import settings

    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization

    default, _created = Locale.objects.using(using).get_or_create(language_code=settings.LANGUAGE_CODE)
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == default.language_code:
            continue
        locale, _created = Locale.objects.using(using).get_or_create(language_code=code)
        LocaleSynchronization.objects.using(using).get_or_create(locale=locale, defaults={"sync_from": default})


def new_release(plan=None, **kwargs):
    """Every release runs `migrate`: what the shared cache keeps (pages, cards, fragments) was
    made by the code before it, so it is all made stale (portal/page_cache/generation.py)."""
    if plan is None:
        return  # `flush` between transactional tests, not a release
    from portal.page_cache import generation

    generation.replace()


class PortalConfig(AppConfig):
    """What every app shares: base templates, static assets, taxonomies, blocks."""

    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from wagtail.images import get_image_model

        import portal.page_cache.checks  # noqa: F401 - registers the deploy check
        from portal.page_cache import signals as page_cache_signals
        from portal.renditions import image_saved

        post_migrate.connect(ensure_locales, sender=self)
        post_migrate.connect(new_release, sender=self, dispatch_uid="portal-new-release")
        page_cache_signals.connect()
        post_save.connect(image_saved, sender=get_image_model(), dispatch_uid="portal-image-renditions")
