"""Translate the demo pages the way an outside translator would: through PO files.

For each page and language, wagtail-localize exports the page's PO file, the demo data's
own translation of every source string is written into it, and the file is imported
back, so the translated page is a real wagtail-localize translation that editors can
keep working on in the admin, and that stays in sync with the English source.
"""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue

from portal.models import Theme


def translation_memory(item, language, source_language="en"):
    """{source text: translated text} for every translatable text in a demo data item."""
    memory = {}

    def walk(value):
        if isinstance(value, dict):
            if source_language in value and language in value:
                pair(value[source_language], value[language])
            else:
                for child in value.values():
                    walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    def pair(source, target):
        if isinstance(source, str) and isinstance(target, str):
            if source:
                memory[source] = target
        elif isinstance(source, list) and isinstance(target, list):
            for source_child, target_child in zip(source, target, strict=True):
                pair(source_child, target_child)
        else:
            walk(source)

    walk(item)
    return memory


class PageTranslator:
    """Keeps the translations of demo pages in step with their English source and the data."""

    def __init__(self, report):
        self.report = report
        self.locales = list(Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"))

    def translate_page(self, page, item, source_changed):
        source, created = TranslationSource.get_or_create_from_instance(page)
        if source_changed and not created:
            source.update_from_db()
        for locale in self.locales:
            memory = translation_memory(item, locale.language_code)
            if not memory:
                continue
            translation, started = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            strings_changed = self.fill_from_po(translation, memory, page)
            target = page.get_translation_or_none(locale)
            stale = target is None or target.alias_of_id or not target.live
            if started or strings_changed or source_changed or stale:
                translation.save_target(publish=True)
                self.report(f"{page._meta.verbose_name} ({locale.language_code})", page.title, "updated")

    def fill_from_po(self, translation, memory, page):
        """Write the data's translations into the page's PO file and import it; say if anything changed."""
        po = translation.export_po()
        changed = False
        missing = []
        for entry in po:
            text = StringValue(entry.msgid).render_text()
            if text not in memory:
                missing.append(text)
                continue
            wanted = StringValue.from_plaintext(memory[text]).data
            if entry.msgstr != wanted:
                entry.msgstr = wanted
                changed = True
        if missing:
            raise ValueError(
                f"The demo data has no {translation.target_locale.language_code} translation "
                f"for these strings of {page.title!r}: {missing}"
            )
        if changed:
            translation.import_po(po, tool_name="load_demo_content")
        return changed


def translate_themes(item_by_slug, report):
    """Each theme in every language, sharing its default-language theme's translation key and slug."""
    default = Locale.get_default()
    for locale in Locale.objects.exclude(pk=default.pk):
        language = locale.language_code
        for theme in Theme.objects.filter(locale=default):
            item = item_by_slug[theme.slug]
            if language not in item["name"]:
                continue
            values = {"name": item["name"][language], "description": item["description"][language]}
            translated = theme.get_translation_or_none(locale)
            if translated is None:
                translated = theme.copy_for_translation(locale)
                for field, value in values.items():
                    setattr(translated, field, value)
                translated.save()
                report(f"theme ({language})", translated.name, "created")
            elif any(getattr(translated, field) != value for field, value in values.items()):
                for field, value in values.items():
                    setattr(translated, field, value)
                translated.save()
                report(f"theme ({language})", translated.name, "updated")
