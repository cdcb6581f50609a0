"""Build or refresh the demo site from `home.demo.data`.

Idempotent: each object is found by its slug (or title, for images); what is missing
is created through the apps' factories, what differs from the data is updated and
published as a new revision, and what already matches is left alone, so a second run
writes nothing. Challenge dates are set relative to the day the demo is first loaded
and then kept, so the calls stay a realistic mix of open, upcoming and closed.
"""

import datetime
import json
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.html import escape

from wagtail.fields import StreamField
from wagtail.models import Collection, Locale, Page, Site

from challenges.factories import (
    ChallengeIndexPageFactory,
    ChallengePageFactory,
    ReferenceIndexPageFactory,
    ReferencePageFactory,
)
from challenges.models import call_today
from directory.factories import MemberDirectoryPageFactory, MemberProfilePageFactory
from directory.models import MemberOffice
from home.demo import data
from home.demo.translations import PageTranslator, translate_themes
from home.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory
from home.models import HomePage
from portal.apps import ensure_locales
from portal.factories import IllustrationFactory, LogoFactory
from portal.models import ContactSettings, Theme
from search.pages import deferred_indexing

DEMO_NAMESPACE = uuid.UUID("6f1c2b9e-3f4c-4a8e-9d7e-2b8a1c0d5e42")
LANGUAGE = "en"


def text(value, language=LANGUAGE):
    """The text of a {language: text} value, or the value itself when it is not translated."""
    return value[language] if isinstance(value, dict) else value


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)


def stream(key, blocks):
    """Raw StreamField data with stable block ids, so that reloading changes nothing."""
    return [
        {"type": block_type, "value": value, "id": str(uuid.uuid5(DEMO_NAMESPACE, f"{key}:{index}"))}
        for index, (block_type, value) in enumerate(blocks)
    ]


def paragraph_stream(key, paragraphs):
    return stream(key, [("paragraph", paragraphs_html([paragraph])) for paragraph in paragraphs])


def bullet_list_html(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def stored_form(field, instance):
    """A field's value as stored, comparable across databases (PostgreSQL reorders JSON keys)."""
    value = field.value_to_string(instance)
    if isinstance(field, StreamField):
        return json.loads(value)
    return value


def initials(name):
    words = [word for word in name.replace("-", " ").split() if word[0].isupper()]
    return "".join(word[0] for word in words[:3]) or name[:2].upper()


class DemoLoader:
    def __init__(self, write):
        self.write = write
        self.counts = {"created": 0, "updated": 0, "unchanged": 0}
        # (English page, its demo data item, whether this run changed it), in tree order.
        self.to_translate = []

    # --- helpers -------------------------------------------------------------------------
    def report(self, kind, name, outcome):
        self.counts[outcome] += 1
        if outcome != "unchanged":
            self.write(f"  {outcome:8} {kind}: {name}")

    @staticmethod
    def assign(instance, values):
        """Set field values; say whether anything changed, as the database would store it."""
        changed = False
        for name, value in values.items():
            field = instance._meta.get_field(name)
            before = stored_form(field, instance)
            setattr(instance, name, value)
            if stored_form(field, instance) != before:
                changed = True
        return changed

    def mark_changed(self, page):
        """Translations must follow a change made after the page was first upserted."""
        self.to_translate = [(p, item, changed or p.pk == page.pk) for p, item, changed in self.to_translate]

    @staticmethod
    def set_relations(page, relations):
        changed = False
        for name, objects in relations.items():
            wanted = [obj.pk for obj in objects]
            if sorted(getattr(page, name).values_list("pk", flat=True)) != sorted(wanted):
                getattr(page, name).set(objects)
                changed = True
        return changed

    def upsert_page(self, parent, factory, slug, values, item, relations=None, create_only=None, after_create=None):
        """Create the page under `parent` through its factory, or bring it in line with `values`.

        `item` is the page's demo data, whose other languages become the page's translations.
        """
        model = factory._meta.model
        page = model.objects.child_of(parent).filter(slug=slug).first()
        relations = relations or {}
        if page is None:
            page = factory(parent=parent, slug=slug, **values, **(create_only or {}))
            if after_create:
                after_create(page)
            self.set_relations(page, relations)
            page.save_revision().publish()
            self.report(model._meta.verbose_name, page.title, "created")
            self.to_translate.append((page, item, True))
            return page
        changed = self.assign(page, values)
        changed = self.set_relations(page, relations) or changed
        if changed or not page.live:
            page.save_revision().publish()
        self.report(model._meta.verbose_name, page.title, "updated" if changed else "unchanged")
        self.to_translate.append((page, item, changed))
        return page

    def image(self, key, title, alt, factory=IllustrationFactory, **params):
        model = factory._meta.model
        image = model.objects.filter(title=title).first()
        if image is None:
            image = factory(title=title, description=alt, seed=key, **params)
            self.report("image", title, "created")
        elif self.assign(image, {"description": alt}):
            image.save(update_fields=["description"])
            self.report("image", title, "updated")
        return image

    # --- content ---------------------------------------------------------------------------
    def run(self):
        with deferred_indexing():
            return self._run()

    def _run(self):
        home = self.ensure_site()
        themes = self.load_themes()
        home = self.load_home(home)
        members_index = self.upsert_index(home, MemberDirectoryPageFactory, "members")
        challenges_index = self.upsert_index(home, ChallengeIndexPageFactory, "challenges")
        references_index = self.upsert_index(home, ReferenceIndexPageFactory, "references")
        news_index = self.upsert_index(home, NewsIndexPageFactory, "news")
        members = {item["slug"]: self.load_member(members_index, item, themes) for item in data.MEMBERS}
        challenges = {
            item["slug"]: self.load_challenge(challenges_index, item, themes, members) for item in data.CHALLENGES
        }
        for item in data.REFERENCES:
            self.load_reference(references_index, item, themes, members, challenges)
        for item in data.NEWS:
            self.load_news(news_index, item, themes, members, challenges)
        self.load_about(home)
        self.load_settings()
        translate_themes({item["slug"]: item for item in data.THEMES}, self.report)
        translator = PageTranslator(self.report)
        for page, item, changed in self.to_translate:
            translator.translate_page(page, item, changed)
        return self.counts

    def load_themes(self):
        locale = Locale.get_default()
        themes = {}
        for item in data.THEMES:
            theme = Theme.objects.filter(slug=item["slug"], locale=locale).first()
            values = {"name": text(item["name"]), "description": text(item["description"])}
            if theme is None:
                theme = Theme.objects.create(slug=item["slug"], locale=locale, **values)
                self.report("theme", theme.name, "created")
            elif self.assign(theme, values):
                theme.save()
                self.report("theme", theme.name, "updated")
            else:
                self.report("theme", theme.name, "unchanged")
            themes[item["slug"]] = theme
        return themes

    def ensure_site(self):
        """The locales, the tree's root, the English home page and the site, as `migrate` leaves them."""
        ensure_locales(plan=[])
        if not Collection.get_first_root_node():
            Collection.add_root(name="Root")
        default = Locale.get_default()
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=default))
        home = HomePage.objects.filter(depth=2, locale=default).first()
        if home is None:
            home = root.add_child(instance=HomePage(title=text(data.HOME["title"]), slug="home", locale=default))
            self.report("home page", home.title, "created")
        Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home})
        return home

    def load_home(self, home):
        values = {
            "title": text(data.HOME["title"]),
            "intro": text(data.HOME["intro"]),
            "hero_image": self.image("home", "Demo: skyline", "A stylised city skyline at dawn"),
        }
        changed = self.assign(home, values)
        if changed or home.has_unpublished_changes:
            home.save_revision().publish()
        self.report("home page", home.title, "updated" if changed else "unchanged")
        self.to_translate.append((home, data.HOME, changed))
        return home

    def upsert_index(self, home, factory, key):
        section = data.SECTIONS[key]
        values = {"title": text(section["title"]), "intro": text(section["intro"]), "show_in_menus": True}
        return self.upsert_page(home, factory, section["slug"], values, section)

    def load_member(self, parent, item, themes):
        name = text(item["name"])
        values = {
            "title": name,
            "organisation_type": item["organisation_type"],
            "size": item["size"],
            "is_demo": item["is_demo"],
            "member_since": item["member_since"],
            "website": item["website"],
            "contact_email": item["contact_email"],
            "summary": text(item["summary"]),
            "description": paragraph_stream(f"member:{item['slug']}", text(item["description"])),
            "capabilities": stream(
                f"capabilities:{item['slug']}",
                [
                    ("capability", {"name": text(c["name"]), "description": text(c["description"])})
                    for c in item["capabilities"]
                ],
            ),
            "logo": self.image(
                f"logo:{item['slug']}",
                f"Demo logo: {name}",
                "",
                factory=LogoFactory,
                initials=initials(name),
            ),
        }
        offices = [tuple(office) for office in item["offices"]]
        page = self.upsert_page(
            parent,
            MemberProfilePageFactory,
            item["slug"],
            values,
            item,
            relations={"themes": [themes[slug] for slug in item["themes"]]},
            create_only={"offices": offices},
        )
        current = [(office.city, office.country.code) for office in page.offices.all()]
        if current != offices:
            page.offices = [MemberOffice(city=city, country=country) for city, country in offices]
            page.save_revision().publish()
            self.mark_changed(page)
            self.report("member offices", page.title, "updated")
        return page

    def load_challenge(self, parent, item, themes, members):
        owner = members.get(item["owner_member"]) if item["owner_member"] else None
        today = call_today()
        values = {
            "title": text(item["title"]),
            "summary": text(item["summary"]),
            "body": paragraph_stream(f"challenge:{item['slug']}", text(item["body"])),
            "owner_member": owner,
            "owner_name": "" if owner else text(item["owner_name"]),
            "owner_type": "" if owner else item["owner_type"],
            "owner_country": "" if owner else item["owner_country"],
            "city": text(item["city"]),
            "country": item["country"],
            "expected_outcomes": bullet_list_html(text(item["expected_outcomes"])),
            "budget": text(item["budget"]),
            "contact_name": item["contact_name"],
            "contact_email": item["contact_email"],
            "image": self.image(
                f"challenge:{item['slug']}", f"Demo: {text(item['title'])}", "An illustration of a city skyline"
            ),
        }
        dates = {
            "opens_on": today + datetime.timedelta(days=item["opens_in_days"]),
            "closes_on": today + datetime.timedelta(days=item["closes_in_days"]),
        }
        return self.upsert_page(
            parent,
            ChallengePageFactory,
            item["slug"],
            values,
            item,
            relations={"themes": [themes[slug] for slug in item["themes"]]},
            create_only=dates,
        )

    def load_reference(self, parent, item, themes, members, challenges):
        values = {
            "title": text(item["title"]),
            "summary": text(item["summary"]),
            "body": paragraph_stream(f"reference:{item['slug']}", text(item["body"])),
            "city": text(item["city"]),
            "country": item["country"],
            "start_year": item["start_year"],
            "end_year": item["end_year"],
            "outcome": paragraphs_html(text(item["outcome"])),
            "image": self.image(
                f"reference:{item['slug']}", f"Demo: {text(item['title'])}", "An illustration of a city skyline"
            ),
        }
        return self.upsert_page(
            parent,
            ReferencePageFactory,
            item["slug"],
            values,
            item,
            relations={
                "themes": [themes[slug] for slug in item["themes"]],
                "partners": [members[slug] for slug in item["partners"]],
                "challenges": [challenges[slug] for slug in item["challenges"]],
            },
        )

    def load_news(self, parent, item, themes, members, challenges):
        values = {
            "title": text(item["title"]),
            "date": datetime.date.fromisoformat(item["date"]),
            "lead": text(item["lead"]),
            "body": paragraph_stream(f"news:{item['slug']}", text(item["body"])),
            "image": self.image(
                f"news:{item['slug']}", f"Demo: {text(item['title'])}", "An illustration of a city skyline"
            ),
        }

        def tag(page):
            page.tags.set(item["tags"])

        page = self.upsert_page(
            parent,
            NewsPageFactory,
            item["slug"],
            values,
            item,
            relations={
                "themes": [themes[slug] for slug in item["themes"]],
                "related_challenges": [challenges[slug] for slug in item["related_challenges"]],
                "related_members": [members[slug] for slug in item["related_members"]],
            },
            after_create=tag,
        )
        if sorted(page.tags.names()) != sorted(item["tags"]):
            tag(page)
            page.save_revision().publish()
            self.mark_changed(page)
            self.report("news tags", page.title, "updated")
        return page

    def load_about(self, home):
        blocks = []
        for block in data.ABOUT["body"]:
            if block["type"] == "heading":
                blocks.append(("heading", text(block["text"])))
            else:
                blocks.append(("paragraph", paragraphs_html([text(block["text"])])))
        values = {
            "title": text(data.ABOUT["title"]),
            "intro": text(data.ABOUT["intro"]),
            "body": stream("about", blocks),
            "show_in_menus": True,
        }
        return self.upsert_page(home, StandardPageFactory, data.ABOUT["slug"], values, data.ABOUT)

    def load_settings(self):
        site = Site.objects.get(is_default_site=True)
        # Full URLs (canonical links, sitemap, e-mail) use the site's address: the configured BASE_URL.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        port = address.port or (443 if address.scheme == "https" else 80)
        if self.assign(site, {"hostname": address.hostname, "port": port, "site_name": "SCIC"}):
            site.save()
            self.report("settings", "site address", "updated")
        contact = ContactSettings.for_site(site)
        if self.assign(contact, {"email": "info@scic.example"}):
            contact.save()
            self.report("settings", "contact details", "updated")
