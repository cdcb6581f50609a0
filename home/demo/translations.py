"""The demo's Finnish and Swedish pages, themes and capabilities, built from the PO catalogues.

Each translated page is a real wagtail-localize translation, as if a translator had
done it in the admin: the English page's translation source holds its strings, each
string's translation is looked up by its English text in `content/<language>.po` and
stored as that string's translation, and the translated page is saved from them and
published. Editors can go on translating it, and "Sync translated pages" works. A
page's address is translated too (msgctxt "slug"); one the catalogue lacks stays English.
An address of one of the portal's own views (the About page's link to the challenge
form) is overridden, as a translator would, with that view's address in the page's
language.

Member profiles are the exception: each language's page is a page of its own that its
representatives edit (see docs/members.md), so `MemberTranslator` writes the
catalogue's texts onto it directly.
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

from directory.languages import detach_from_translation_source, start_language_version
from home.demo.content import ContentError
from home.demo.pages import assign, offering_stream, paragraph_stream

TOOL_NAME = "load_demo_content"


def other_locales(catalogues):
    return [
        locale
        for locale in Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code")
        if catalogues.get(locale.language_code)
    ]


class PageTranslator:
    """Keeps the translations of demo pages in step with their English source and the catalogues."""

    def __init__(self, catalogues, slugs, report):
        self.catalogues = catalogues
        self.slugs = slugs
        self.report = report
        self.locales = other_locales(catalogues)

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
        slugs = self.slugs.get(locale.language_code, {})
        existing = {
            (translation.translation_of_id, translation.context_id): translation
            for translation in StringTranslation.objects.filter(
                locale=locale, context__in=[segment.context_id for segment in segments]
            )
        }
        changed = False
        missing, new = [], []
        for segment in segments:
            text = segment.string.as_value().render_text()
            if segment.context.path == "slug":
                translated = slugs.get(text, text)
            elif text in catalogue:
                translated = catalogue[text]
            else:
                missing.append(text)
                continue
            data = StringValue.from_plaintext(translated).data
            translation = existing.get((segment.string_id, segment.context_id))
            if translation is None:
                translation = StringTranslation(translation_of=segment.string, locale=locale, context=segment.context)
                new.append(translation)
            elif translation.data == data and not translation.has_error:
                continue
            translation.data = data
            translation.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
            translation.tool_name = TOOL_NAME
            translation.has_error = False
            if translation.pk:
                translation.save()
            changed = True
        # New ones in one statement. Their save signal would give the translated page its
        # draft title, which saving the page from the translation does anyway.
        StringTranslation.objects.bulk_create(new)
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


class MemberTranslator:
    """Keeps the demo members' pages in the other languages in step with the catalogues.

    The pages start as copies of the English page and carry its shared facts; their
    texts and address come from the catalogues and are published when they differ.
    """

    def __init__(self, catalogues, slugs, report):
        self.catalogues = catalogues
        self.slugs = slugs
        self.report = report
        self.locales = other_locales(catalogues)

    def texts(self, item, language):
        catalogue = self.catalogues[language]
        english = [item["name"], item["summary"], *item["description"]]
        english += [text for offer in item["offering"] for text in (offer["name"], offer["description"])]
        missing = [text for text in english if text not in catalogue]
        if missing:
            raise ContentError(
                f"content/{language}.po has no translation for these texts of {item['name']!r}: {missing}"
            )
        offers = [{"name": catalogue[o["name"]], "description": catalogue[o["description"]]} for o in item["offering"]]
        return {
            "title": catalogue[item["name"]],
            "slug": self.slugs.get(language, {}).get(item["slug"], item["slug"]),
            "summary": catalogue[item["summary"]],
            "description": paragraph_stream(f"member:{item['slug']}", [catalogue[p] for p in item["description"]]),
            "offering": offering_stream(item["slug"], offers),
        }

    def translate_member(self, page, item):
        """Write the member's pages in every language that has a catalogue; return the pages written."""
        written = []
        for locale in self.locales:
            target = page.get_translation_or_none(locale)
            if target is None or target.alias_of_id:
                target = start_language_version(page, locale)
            else:
                target = target.specific
                detach_from_translation_source(target)
            texts = self.texts(item, locale.language_code)
            if assign(target, texts) or not target.live or target.has_unpublished_changes:
                target.save_revision().publish()
                written.append(target)
                self.report(f"{page._meta.verbose_name} ({locale.language_code})", page.title, "updated")
        return written


def translate_terms(model, items, catalogues, report):
    """Each taxonomy term (theme, capability) in every language, sharing its default-language term's key and slug.

    Returns the terms written.
    """
    default = Locale.get_default()
    by_slug = {item["slug"]: item for item in items}
    kind = model._meta.verbose_name
    written = []
    for locale in Locale.objects.exclude(pk=default.pk):
        catalogue = catalogues.get(locale.language_code)
        if not catalogue:
            continue
        for term in model.objects.filter(locale=default, slug__in=by_slug):
            item = by_slug[term.slug]
            texts = [item[field] for field in ("name", "description") if item.get(field)]
            missing = [text for text in texts if text not in catalogue]
            if missing:
                raise ContentError(f"content/{locale.language_code}.po has no translation for {missing}")
            values = {field: catalogue[item[field]] if item.get(field) else "" for field in ("name", "description")}
            translated = term.get_translation_or_none(locale)
            if translated is None:
                translated = term.copy_for_translation(locale)
                outcome = "created"
            elif any(getattr(translated, field) != value for field, value in values.items()):
                outcome = "updated"
            else:
                continue
            for field, value in values.items():
                setattr(translated, field, value)
            translated.save()
            written.append(translated)
            report(f"{kind} ({locale.language_code})", translated.name, outcome)
    return written
