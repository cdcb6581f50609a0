"""Synthetic content at any scale, for benchmarks: members, challenges, references and news.

Pages are built by the apps' factories (realistic values from Faker, seeded so that the
same seed gives the same content) and written in batches straight into the page tree:
the tree paths are computed here instead of one `add_child` per page, and search-index
and reference-index updates are paused while writing (run `update_index` and
`rebuild_references_index` afterwards). Member groups and collections are created in
bulk after the members rather than one page at a time. Each page is written
in every language whose section page exists, with the same translation key, as
wagtail-localize would link them.
"""

import contextlib
import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone

from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page
from wagtail.signal_handlers import disable_reference_index_auto_update

import factory.random
from faker import Faker

from challenges.factories import ChallengePageFactory, ReferencePageFactory
from challenges.models import ChallengeIndexPage, ReferenceIndexPage, ReferencePage, call_today
from directory.access import grant_member_access
from directory.factories import MemberProfilePageFactory
from directory.models import MemberDirectoryPage, MemberOffice, MemberProfilePage, MemberSettings
from directory.signals import give_new_member_page_its_group
from home.demo.receivers import paused
from home.factories import NewsPageFactory
from home.models import NewsIndexPage
from portal.models import Capability, OrganisationType, Theme
from portal.tree import next_child_paths

BATCH_SIZE = 500
BULK_NAMESPACE = uuid.UUID("a3e0f3f6-3c1e-4e55-9a53-7f0f0e9b1c2d")
# Members offer capabilities; calls seek them (and suggested solvers are ranked by them).
CAPABLE = ("members", "challenges")
FAKER_LOCALES = {"en": "en_GB", "fi": "fi_FI", "sv": "sv_SE"}
COUNTRIES = ["FI", "FI", "FI", "SE", "NO", "EE", "ES", "DE", "NL", "DK", "ID", "SA", "FR", "IT", "PL"]
MEMBER_CITIES = {
    "FI": ["Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Vantaa", "Jyväskylä", "Lahti", "Kuopio", "Rovaniemi"],
    "SE": ["Stockholm", "Göteborg", "Malmö", "Luleå"],
    "NO": ["Oslo", "Tromsø", "Kirkenes", "Bergen"],
    "EE": ["Tallinn", "Tartu"],
}


class SectionMissing(Exception):
    pass


class BulkGenerator:
    """Writes `counts` pages of each kind; `progress(kind, done, total)` is called after each batch."""

    def __init__(self, seed, progress):
        self.seed = seed
        self.progress = progress
        self.rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
        factory.random.reseed_random(seed)
        self.fakers = {}
        self.themes = list(Theme.objects.in_default_locale())
        if not self.themes:
            raise SectionMissing("There are no themes yet: run load_demo_content first.")
        self.capabilities = list(Capability.objects.in_default_locale())

    def faker(self, language):
        if language not in self.fakers:
            faker = Faker(FAKER_LOCALES.get(language, "en_GB"))
            faker.seed_instance(f"{self.seed}:{language}")
            self.fakers[language] = faker
        return self.fakers[language]

    def sections(self, model):
        """The section page of this kind in each language, default language first."""
        sections = list(model.objects.select_related("locale").order_by("depth", "path"))
        default = Locale.get_default()
        sections.sort(key=lambda section: section.locale_id != default.pk)
        if not sections or sections[0].locale_id != default.pk:
            raise SectionMissing(f"No {model._meta.verbose_name} in the default language: run load_demo_content first.")
        seen, unique = set(), []
        for section in sections:
            if section.locale_id not in seen:
                seen.add(section.locale_id)
                unique.append(section)
        return unique

    def run(self, members=0, challenges=0, references=0, news=0):
        with self.paused_handlers(), disable_reference_index_auto_update():
            return self.generate_all(members, challenges, references, news)

    def generate_all(self, members, challenges, references, news):
        member_ids = self.generate("members", MemberDirectoryPage, members, self.build_member)
        publish = not MemberSettings.load().changes_need_review
        for start in range(0, len(member_ids), BATCH_SIZE):
            with transaction.atomic():
                grant_member_access(member_ids[start : start + BATCH_SIZE], publish=publish)
            self.progress("member groups", min(start + BATCH_SIZE, len(member_ids)), len(member_ids))
        challenge_ids = self.generate("challenges", ChallengeIndexPage, challenges, self.build_challenge)
        reference_ids = self.generate("references", ReferenceIndexPage, references, self.build_reference)
        news_ids = self.generate("news", NewsIndexPage, news, self.build_news)
        if reference_ids and member_ids:
            self.add_partners(reference_ids, member_ids)
        return {
            "members": len(member_ids),
            "challenges": len(challenge_ids),
            "references": len(reference_ids),
            "news": len(news_ids),
        }

    @staticmethod
    def paused_handlers():
        """Search indexing and per-member access disconnected while writing.

        Search-index updates cost several times the writes themselves (`update_index`
        catches up afterwards), and member groups are created in bulk after the members.
        """
        stack = contextlib.ExitStack()
        stack.enter_context(paused(post_save, post_save_signal_handler, get_indexed_models()))
        stack.enter_context(paused(post_save, give_new_member_page_its_group, [MemberProfilePage]))
        return stack

    # --- writing ------------------------------------------------------------------------------
    def generate(self, kind, section_model, total, build):
        """Create `total` pages under each language's section; return the default-language ids."""
        if total <= 0:
            return []
        sections = self.sections(section_model)
        first = sections[0].get_children().count()  # numbering goes on where an earlier run stopped
        default_ids = []
        done = 0
        while done < total:
            size = min(BATCH_SIZE, total - done)
            numbers = range(first + done, first + done + size)
            keys = [uuid.uuid5(BULK_NAMESPACE, f"{self.seed}:{kind}:{number}") for number in numbers]
            themes = [self.rng.sample(self.themes, self.rng.randint(1, 3)) for _ in numbers]
            capabilities = [self.pick_capabilities(chosen) if kind in CAPABLE else [] for chosen in themes]
            with transaction.atomic():
                for section in sections:
                    language = section.locale.language_code
                    pages = [build(language, number) for number in numbers]
                    ids = self.insert_children(section, pages, keys)
                    self.add_terms(pages, "themes", themes)
                    self.add_terms(pages, "capabilities", capabilities)
                    self.add_offices(pages)
                    if section is sections[0]:
                        default_ids.extend(ids)
            done += size
            self.progress(kind, done, total)
        return default_ids

    def insert_children(self, parent, pages, keys):
        """Append `pages` as the last children of `parent` in one pass; return their ids."""
        parent = Page.objects.select_for_update().get(pk=parent.pk)
        now = timezone.now()
        content_type = ContentType.objects.get_for_model(type(pages[0]))
        for page, key, path in zip(pages, keys, next_child_paths(parent, len(pages)), strict=True):
            page.path = path
            page.depth = parent.depth + 1
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.content_type = content_type
            page.locale_id = parent.locale_id
            page.translation_key = key
            page.live = True
            page.draft_title = page.title
            page.first_published_at = page.last_published_at = now
            page.save_base(force_insert=True)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        return [page.pk for page in pages]

    def pick_capabilities(self, themes):
        """One to four capabilities, mostly under the themes, as a member (or a call's editor) would choose them."""
        theme_ids = {theme.pk for theme in themes}
        under_themes = [capability for capability in self.capabilities if capability.theme_id in theme_ids]
        pool = under_themes if under_themes and self.rng.random() < 0.8 else self.capabilities
        return self.rng.sample(pool, min(len(pool), self.rng.randint(1, 4)))

    @staticmethod
    def add_terms(pages, relation, terms):
        # Every language links the default-language terms, as shared and synchronised fields do.
        model = type(pages[0])
        if not hasattr(model, relation):
            return
        field = model._meta.get_field(relation)
        through = field.remote_field.through
        column = field.m2m_field_name()
        target = field.m2m_reverse_field_name()
        rows = [
            through(**{column: page, target: term})
            for page, chosen in zip(pages, terms, strict=True)
            for term in chosen
        ]
        through.objects.bulk_create(rows, batch_size=BATCH_SIZE)

    @staticmethod
    def add_offices(pages):
        rows = [
            MemberOffice(page=page, city=city, country=country)
            for page in pages
            for city, country in getattr(page, "offices_to_add", [])
        ]
        MemberOffice.objects.bulk_create(rows, batch_size=BATCH_SIZE)

    def add_partners(self, reference_ids, member_ids):
        """Each reference gets partner members; its translations share them, as synchronised fields do."""
        through = ReferencePage.partners.through
        keys = ReferencePage.objects.filter(pk__in=reference_ids).values("translation_key")
        partners_by_key = {}
        rows = []
        for pk, key in (
            ReferencePage.objects.filter(translation_key__in=keys).order_by("pk").values_list("pk", "translation_key")
        ):
            if key not in partners_by_key:
                partners_by_key[key] = self.rng.sample(member_ids, min(3, len(member_ids)))
            rows += [through(referencepage_id=pk, memberprofilepage_id=member) for member in partners_by_key[key]]
        through.objects.bulk_create(rows, batch_size=BATCH_SIZE)

    # --- building ------------------------------------------------------------------------------
    def build_member(self, language, index):
        faker = self.faker(language)
        rng = random.Random(f"{self.seed}:member:{index}")  # noqa: S311
        name = f"{faker.company()} {index + 1}"
        country = rng.choice(COUNTRIES)
        cities = MEMBER_CITIES.get(country, [faker.city()])
        page = MemberProfilePageFactory.build(
            title=name,
            slug=f"member-{index + 1}",
            organisation_type=rng.choice(OrganisationType.values),
            summary=faker.paragraph(nb_sentences=3)[:400],
            description=[("paragraph", f"<p>{faker.paragraph(nb_sentences=6)}</p>")],
            offering=[
                ("offer", {"name": faker.catch_phrase()[:120] if language == "en" else faker.bs()[:120]})
                for _ in range(rng.randint(1, 3))
            ],
            website=f"https://member-{index + 1}.example/",
            contact_email=f"info@member-{index + 1}.example",
            is_demo=True,
        )
        # Written in its own language, as a translated page is (not a copy of the English text).
        page.texts_changed_at = timezone.now()
        page.texts_fingerprint = page.compute_texts_fingerprint()
        page.offices_to_add = [(rng.choice(cities), country) for _ in range(rng.randint(1, 2))]
        return page

    @staticmethod
    def summary_and_body(faker):
        return {
            "summary": faker.paragraph(nb_sentences=3)[:400],
            "body": [("paragraph", f"<p>{faker.paragraph(nb_sentences=8)}</p>")],
        }

    def build_challenge(self, language, index):
        faker = self.faker(language)
        rng = random.Random(f"{self.seed}:challenge:{index}")  # noqa: S311
        today = call_today()
        opens_on = today + datetime.timedelta(days=rng.randint(-400, 90))
        return ChallengePageFactory.build(
            title=f"{faker.catch_phrase() if language == 'en' else faker.sentence(nb_words=5).rstrip('.')}",
            slug=f"challenge-{index + 1}",
            **self.summary_and_body(faker),
            owner_name=faker.city(),
            owner_country=rng.choice(COUNTRIES),
            city=faker.city(),
            country=rng.choice(COUNTRIES),
            opens_on=opens_on,
            closes_on=opens_on + datetime.timedelta(days=rng.randint(14, 180)),
        )

    def build_reference(self, language, index):
        faker = self.faker(language)
        rng = random.Random(f"{self.seed}:reference:{index}")  # noqa: S311
        start = rng.randint(2018, 2026)
        return ReferencePageFactory.build(
            title=f"{faker.city()} – {faker.catch_phrase() if language == 'en' else faker.word()}",
            slug=f"reference-{index + 1}",
            **self.summary_and_body(faker),
            city=faker.city(),
            country=rng.choice(COUNTRIES),
            start_year=start,
            end_year=rng.choice([None, min(start + rng.randint(0, 3), 2026)]),
        )

    def build_news(self, language, index):
        faker = self.faker(language)
        return NewsPageFactory.build(
            title=faker.sentence(nb_words=7).rstrip("."),
            slug=f"news-{index + 1}",
            date=faker.date_between(start_date="-4y", end_date="today"),
            lead=faker.paragraph(nb_sentences=2)[:500],
            body=[("paragraph", f"<p>{faker.paragraph(nb_sentences=10)}</p>")],
        )
