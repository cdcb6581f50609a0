"""How pages in several languages relate to each other.

Relations between pages and taxonomy (a challenge's owner, a reference's partners,
themes) are synchronised by wagtail-localize from the default-language page, so in
every language they point at default-language objects. These helpers follow that
rule in both directions.
"""

from wagtail.models import Locale
from wagtail_localize.fields import TranslatableField

# The fields every page type shares, all translated: a page's address is in its own
# language too (/fi/haasteet/...); until a translator gives one, it is the English slug.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    TranslatableField("slug"),
]


def default_locale_id(instance):
    """The primary key of the default-language version of a translatable object."""
    default = Locale.get_default()
    if instance.locale_id == default.pk:
        return instance.pk
    source = instance.get_translation_or_none(default)
    return source.pk if source else instance.pk
