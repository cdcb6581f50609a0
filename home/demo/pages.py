"""What each demo page's data file becomes: the page's fields, relations and images."""

import datetime
import json
import uuid

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from wagtail.fields import StreamField

from challenges.factories import (
    ChallengeIndexPageFactory,
    ChallengePageFactory,
    ReferenceIndexPageFactory,
    ReferencePageFactory,
)
from challenges.models import ConsortiumMember, call_today
from directory.factories import MemberDirectoryPageFactory, MemberProfilePageFactory
from directory.models import MemberOffice
from home.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory

INDEX_FACTORIES = {
    "members": MemberDirectoryPageFactory,
    "challenges": ChallengeIndexPageFactory,
    "references": ReferenceIndexPageFactory,
    "news": NewsIndexPageFactory,
}
DEMO_NAMESPACE = uuid.UUID("6f1c2b9e-3f4c-4a8e-9d7e-2b8a1c0d5e42")


def stored_form(field, instance):
    """A field's value as stored, comparable across databases (PostgreSQL reorders JSON keys)."""
    value = field.value_to_string(instance)
    if isinstance(field, StreamField):
        return json.loads(value)
    return value


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


def stream(key, blocks):
    """Raw StreamField data with stable block ids, so that reloading changes nothing."""
    return [
        {"type": block_type, "value": value, "id": str(uuid.uuid5(DEMO_NAMESPACE, f"{key}:{index}"))}
        for index, (block_type, value) in enumerate(blocks)
    ]


def paragraph_stream(key, paragraphs):
    return stream(key, [("paragraph", paragraphs_html([paragraph])) for paragraph in paragraphs])


def offering_stream(slug, offers):
    """A member's "what we offer": a name and a description per offer."""
    return stream(
        f"offering:{slug}",
        [("offer", {"name": offer["name"], "description": offer["description"]}) for offer in offers],
    )


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)


def bullet_list_html(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def site_address(url_name):
    """The full address of one of the portal's own views, in the default language.

    Its translations point at the same view in their language (see `PageTranslator`).
    """
    with translation.override(settings.LANGUAGE_CODE):
        return f"{settings.WAGTAILADMIN_BASE_URL}{reverse(url_name)}"


def about_block_value(block):
    if block["type"] == "heading":
        return block["text"]
    if block["type"] == "button":
        return {"text": block["text"], "page": None, "url": site_address(block["link"])}
    return paragraphs_html([block["text"]])


def initials(name):
    words = [word for word in name.replace("-", " ").split() if word[0].isupper()]
    return "".join(word[0] for word in words[:3]) or name[:2].upper()


class DemoPages:
    """The page-by-page part of `DemoLoader`: one method per kind of page."""

    def load_pages(self, home, themes, capabilities):
        self.themes = themes
        self.capabilities = capabilities
        self.load_home(home)
        indexes = {key: self.upsert_index(home, key) for key in INDEX_FACTORIES}
        self.members = {item["slug"]: self.load_member(indexes["members"], item) for item in self.pages("members")}
        self.challenges = {
            item["slug"]: self.load_challenge(indexes["challenges"], item) for item in self.pages("challenges")
        }
        for item in self.pages("references"):
            self.load_reference(indexes["references"], item)
        for item in self.pages("news"):
            self.load_news(indexes["news"], item)
        self.load_about(home)

    def pages(self, key):
        return self.content.pages[key]

    def illustration(self, kind, item):
        return self.image(f"{kind}:{item['slug']}", f"Demo: {item['title']}", self.content.images["illustration"])

    def themes_of(self, item):
        return [self.themes[slug] for slug in item["themes"]]

    def load_home(self, home):
        values = {
            "title": self.content.home["title"],
            "intro": self.content.home["intro"],
            "hero_image": self.image("home", "Demo: skyline", self.content.images["hero"], use="hero_image"),
        }
        changed = self.assign(home, values)
        if changed or home.has_unpublished_changes:
            self.publish(home)
        self.report("home page", home.title, "updated" if changed else "unchanged")
        self.to_translate.append((home, changed))

    def upsert_index(self, home, key):
        section = self.content.sections[key]
        values = {"title": section["title"], "intro": section["intro"], "show_in_menus": True}
        return self.upsert_page(home, INDEX_FACTORIES[key], key, values)

    def load_member(self, parent, item):
        values = {
            "title": item["name"],
            "organisation_type": item["organisation_type"],
            "size": item["size"],
            "is_demo": item["is_demo"],
            "member_since": item["member_since"],
            "website": item["website"],
            "contact_email": item.get("contact_email", ""),
            "summary": item["summary"],
            "description": paragraph_stream(f"member:{item['slug']}", item["description"]),
            "offering": offering_stream(item["slug"], item["offering"]),
            "logo": self.logo(f"logo:{item['slug']}", f"Demo logo: {item['name']}", initials(item["name"])),
        }
        offices = [tuple(office) for office in item["offices"]]

        def place_offices(page):
            page.offices = [MemberOffice(city=city, country=country) for city, country in offices]

        page = self.upsert_page(
            parent,
            MemberProfilePageFactory,
            item["slug"],
            values,
            relations={
                "themes": self.themes_of(item),
                "capabilities": [self.capabilities[slug] for slug in item["capabilities"]],
            },
            # A new member's offices are saved by its first publication, not by the factory.
            create_only={"offices": []},
            after_create=place_offices,
        )
        self.member_items[item["slug"]] = item
        if [(office.city, office.country.code) for office in page.offices.all()] != offices:
            place_offices(page)
            self.publish(page)
            self.mark_changed(page)
            self.report("member offices", page.title, "updated")
        return page

    def load_challenge(self, parent, item):
        owner = self.members[item["owner_member"]] if "owner_member" in item else None
        today = call_today()
        values = {
            "title": item["title"],
            "summary": item["summary"],
            "body": paragraph_stream(f"challenge:{item['slug']}", item["body"]),
            "owner_member": owner,
            "owner_name": "" if owner else item["owner_name"],
            "owner_type": "" if owner else item["owner_type"],
            "owner_country": "" if owner else item["owner_country"],
            "city": item["city"],
            "country": item["country"],
            "expected_outcomes": bullet_list_html(item["expected_outcomes"]),
            "budget": item.get("budget", ""),
            "contact_name": item["contact_name"],
            "contact_email": item["contact_email"],
            "image": self.illustration("challenge", item),
            "stage": item.get("stage", ""),
            "stage_note": item.get("stage_note", ""),
        }
        dates = {
            "opens_on": today + datetime.timedelta(days=item["opens_in_days"]),
            "closes_on": today + datetime.timedelta(days=item["closes_in_days"]),
        }
        page = self.upsert_page(
            parent,
            ChallengePageFactory,
            item["slug"],
            values,
            relations={
                "themes": self.themes_of(item),
                "capabilities": [self.capabilities[slug] for slug in item.get("capabilities", [])],
            },
            create_only=dates,
            # A new call is published once, with its consortium.
            after_create=lambda page: self.set_consortium(page, item, publish=False),
        )
        self.set_consortium(page, item)
        return page

    def set_consortium(self, page, item, publish=True):
        """The call's consortium: `consortium_lead`, then `consortium_partners`, as in the data.

        Publishes the call when the consortium changes, unless told not to.
        """
        slugs = [item["consortium_lead"], *item.get("consortium_partners", [])] if "consortium_lead" in item else []
        wanted = [(self.members[slug], "lead" if index == 0 else "partner") for index, slug in enumerate(slugs)]
        current = [(row.member_id, row.role) for row in page.consortium.all()]
        if current != [(member.pk, role) for member, role in wanted]:
            page.consortium = [ConsortiumMember(member=member, role=role) for member, role in wanted]
            if publish:
                self.publish(page)
                self.mark_changed(page)
                self.report("consortium", page.title, "updated")

    def load_reference(self, parent, item):
        values = {
            "title": item["title"],
            "summary": item["summary"],
            "body": paragraph_stream(f"reference:{item['slug']}", item["body"]),
            "city": item["city"],
            "country": item["country"],
            "start_year": item["start_year"],
            "end_year": item.get("end_year"),
            "outcome": paragraphs_html(item["outcome"]),
            "image": self.illustration("reference", item),
        }
        relations = {
            "themes": self.themes_of(item),
            "partners": [self.members[slug] for slug in item["partners"]],
            "challenges": [self.challenges[slug] for slug in item["challenges"]],
        }
        return self.upsert_page(parent, ReferencePageFactory, item["slug"], values, relations=relations)

    def load_news(self, parent, item):
        values = {
            "title": item["title"],
            "date": item["date"],
            "lead": item["lead"],
            "body": paragraph_stream(f"news:{item['slug']}", item["body"]),
            "image": self.illustration("news", item),
        }
        relations = {
            "themes": self.themes_of(item),
            "related_challenges": [self.challenges[slug] for slug in item["related_challenges"]],
            "related_members": [self.members[slug] for slug in item["related_members"]],
        }

        def tag(page):
            page.tags.set(item["tags"])

        page = self.upsert_page(parent, NewsPageFactory, item["slug"], values, relations=relations, after_create=tag)
        if sorted(page.tags.names()) != sorted(item["tags"]):
            tag(page)
            self.publish(page)
            self.mark_changed(page)
            self.report("news tags", page.title, "updated")
        return page

    def load_about(self, home):
        about = self.content.about
        blocks = [(block["type"], about_block_value(block)) for block in about["body"]]
        values = {
            "title": about["title"],
            "intro": about["intro"],
            "body": stream("about", blocks),
            "show_in_menus": True,
        }
        return self.upsert_page(home, StandardPageFactory, "about", values)
