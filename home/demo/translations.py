"""The demo's Finnish and Swedish pages and themes, built from the PO catalogues.

Each translated page is a real wagtail-localize translation, as if a translator had
done it in the admin: the English page's translation source holds its strings, each
string's translation is looked up by its English text in `content/<language>.po` and
stored as that string's translation, and the translated page is saved from them and
published. Editors can go on translating it, and "Sync translated pages" works. An
address of one of the portal's own views (the About page's link to the challenge form)
is overridden, as a translator would, with that view's address in the page's language.
"""

import json

from django.conf import settings
from django.urls import translate_url

from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from home.demo.content import ContentError
from portal.models import Theme

TOOL_NAME = "load_demo_content"


class PageTranslator:
    """Keeps the translations of demo pages in step with their English source and the catalogues."""

    def __init__(self, catalogues, report):
        self.catalogues = catalogues
        self.report = report
        self.locales = [
            locale
            for locale in Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code")
            if catalogues.get(locale.language_code)
        ]

    def translate_page(self, page, source_changed):
        """Translate `page` into every language that has a catalogue; return the pages written."""
        source, created = TranslationSource.get_or_create_from_instance(page)
        if source_changed and not created:
            source.update_from_db()
        segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
        written = []
        for locale in self.locales:
            translation, started = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            strings_changed = self.store_strings(segments, locale, page)
            strings_changed = self.store_addresses(source, locale) or strings_changed
            target = page.get_translation_or_none(locale)
            stale = target is None or target.alias_of_id or not target.live
            if started or strings_changed or source_changed or stale:
                # Published now, not by `save_target(publish=True)`: that waits for the run's
                # transaction to commit, when the page objects it holds are stale (a parent has
                # gained children since), and publishing them would write old tree fields back.
                translation.save_target(publish=False)
                target = translation.get_target_instance()
                target.get_latest_revision().publish()
                written.append(target)
                self.report(f"{page._meta.verbose_name} ({locale.language_code})", page.title, "updated")
        return written

    def store_strings(self, segments, locale, page):
        """Store the catalogue's translation of each segment; say whether any was new or different."""
        catalogue = self.catalogues[locale.language_code]
        existing = {
            (translation.translation_of_id, translation.context_id): translation
            for translation in StringTranslation.objects.filter(
                locale=locale, context__in=[segment.context_id for segment in segments]
            )
        }
        changed = False
        missing = []
        for segment in segments:
            text = segment.string.as_value().render_text()
            if text not in catalogue:
                missing.append(text)
                continue
            data = StringValue.from_plaintext(catalogue[text]).data
            translation = existing.get((segment.string_id, segment.context_id))
            if translation is None:
                translation = StringTranslation(translation_of=segment.string, locale=locale, context=segment.context)
            elif translation.data == data and not translation.has_error:
                continue
            translation.data = data
            translation.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
            translation.tool_name = TOOL_NAME
            translation.has_error = False
            translation.save()
            changed = True
        if missing:
            raise ContentError(
                f"content/{locale.language_code}.po has no translation for these texts of {page.title!r}: {missing}"
            )
        return changed

    @staticmethod
    def store_addresses(source, locale):
        """Point addresses of the portal's own views (a link button's) at the view in `locale`'s language.

        Wagtail-localize copies such an address as it is, unless the translation overrides it.
        Says whether an override was new or different.
        """
        changed = False
        for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
            address = json.loads(segment.data_json)
            if not isinstance(address, str) or not address.startswith(f"{settings.WAGTAILADMIN_BASE_URL}/"):
                continue
            data_json = json.dumps(translate_url(address, locale.language_code))
            override, created = SegmentOverride.objects.get_or_create(
                locale=locale, context=segment.context, defaults={"data_json": data_json}
            )
            if not created:
                if override.data_json == data_json:
                    continue
                override.data_json = data_json
                override.save()
            changed = True
        return changed


def translate_themes(items, catalogues, report):
    """Each theme in every language, sharing its default-language theme's translation key and slug.

    Returns the themes written.
    """
    default = Locale.get_default()
    by_slug = {item["slug"]: item for item in items}
    written = []
    for locale in Locale.objects.exclude(pk=default.pk):
        catalogue = catalogues.get(locale.language_code)
        if not catalogue:
            continue
        for theme in Theme.objects.filter(locale=default, slug__in=by_slug):
            item = by_slug[theme.slug]
            missing = [item[field] for field in ("name", "description") if item[field] not in catalogue]
            if missing:
                raise ContentError(f"content/{locale.language_code}.po has no translation for {missing}")
            values = {field: catalogue[item[field]] for field in ("name", "description")}
            translated = theme.get_translation_or_none(locale)
            if translated is None:
                translated = theme.copy_for_translation(locale)
                outcome = "created"
            elif any(getattr(translated, field) != value for field, value in values.items()):
                outcome = "updated"
            else:
                continue
            for field, value in values.items():
                setattr(translated, field, value)
            translated.save()
            written.append(translated)
            report(f"theme ({locale.language_code})", translated.name, outcome)
    return written
