"""Locales looked up once per request instead of once per use.

Wagtail's `Locale.get_active()` and `Locale.get_default()` ask the database each time;
a page asks for them a dozen times while it renders. Inside a request the locales are
read once, from the shared cache while the content generation lasts (portal/fragments.py;
saving or deleting a locale replaces the generation).
"""

from django.conf import settings
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from portal import fragments


def _by_code():
    return fragments.shared("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def for_language(language_code):
    """The locale of a language code, or None when the portal has no such locale."""
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError:
        return None
    return _by_code().get(code)


def default():
    """The default-language locale (LANGUAGE_CODE), as `Locale.get_default()`."""
    return for_language(settings.LANGUAGE_CODE) or Locale.get_default()


def active():
    """The locale of the active language, else the default one, as `Locale.get_active()`."""
    return for_language(translation.get_language()) or default()


def by_id(pk):
    """The locale with this primary key (what `instance.locale` would load)."""
    for locale in _by_code().values():
        if locale.pk == pk:
            return locale
    return Locale.objects.get(pk=pk)
