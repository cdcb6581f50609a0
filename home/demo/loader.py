"""Build or refresh the demo site from the data files in `content/`.

Idempotent: each object is found by its slug (or title, for images); what is missing
is created through the apps' factories, what differs from the data is updated and
published as a new revision, and what already matches is left alone, so a second run
writes nothing. Challenge dates are set relative to the day the demo is first loaded
and then kept, so the calls stay a realistic mix of open, upcoming and closed.

The whole run is one transaction: a failed run leaves the database as it was. What
Wagtail and the apps would do at each save or publish waits until the end and is done
once for each object the run wrote: search indexing (in bulk), the reference index,
the new members' groups and rights, and front-end cache purges. The renditions that
pages show of the demo's images (those each image's use needs) are drawn in another
process while the pages are written, and saved at the end, so that no first visitor
waits for them.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Collection, Locale, Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from directory.models import MemberProfilePage
from home.demo.content import DemoContent
from home.demo.images import illustration_file, logo_file
from home.demo.pages import DemoPages, assign
from home.demo.receivers import front_end_purged_at_end, member_access_granted_at_end
from home.demo.translations import MemberTranslator, PageTranslator, translate_terms
from home.models import HomePage
from portal.apps import ensure_locales
from portal.factories import IllustrationFactory, LogoFactory
from portal.models import Capability, ContactSettings, Theme
from portal.renditions import RenditionsAhead, prepare_with_progress
from search.pages import deferred_indexing


def ensure_site(content=None, report=None):
    """The locales, the tree's root, the English home page and the site, as `migrate` leaves them."""
    ensure_locales(plan=[])
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    default = Locale.get_default()
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=default))
    home = HomePage.objects.filter(depth=2, locale=default).first()
    if home is None:
        title = (content or DemoContent()).home["title"]
        home = root.add_child(instance=HomePage(title=title, slug="home", locale=default))
        if report:
            report("home page", home.title, "created")
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home})
    return home


class DemoLoader(DemoPages):
    """Brings the database in line with the demo content; `run()` says how many objects it created or updated."""

    def __init__(self, write, content=None):
        self.write = write
        self.content = content or DemoContent()
        self.counts = {"created": 0, "updated": 0, "unchanged": 0}
        # (English page, whether this run changed it), in tree order.
        self.to_translate = []
        # Objects written by this run, whose references the reference index records at the end.
        self.written = []
        # The data of each member, by slug, for its pages in the other languages.
        self.member_items = {}
        # Every image of the demo, whether this run wrote it or not.
        self.images = []
        self.renditions = None

    # --- helpers -------------------------------------------------------------------------
    def report(self, kind, name, outcome):
        self.counts[outcome] += 1
        if outcome != "unchanged":
            self.write(f"  {outcome:8} {kind}: {name}")

    assign = staticmethod(assign)

    @staticmethod
    def set_relations(page, relations):
        changed = False
        for name, objects in relations.items():
            wanted = [obj.pk for obj in objects]
            if sorted(getattr(page, name).values_list("pk", flat=True)) != sorted(wanted):
                getattr(page, name).set(objects)
                changed = True
        return changed

    def publish(self, page):
        page.save_revision().publish()
        self.written.append(page)

    def mark_changed(self, page):
        """Translations must follow a change made after the page was first upserted."""
        self.to_translate = [(p, changed or p.pk == page.pk) for p, changed in self.to_translate]

    def upsert_page(self, parent, factory, slug, values, relations=None, create_only=None, after_create=None):
        """Create the page under `parent` through its factory, or bring it in line with `values`."""
        model = factory._meta.model
        page = model.objects.child_of(parent).filter(slug=slug).first()
        relations = relations or {}
        if page is None:
            page = factory(parent=parent, slug=slug, **values, **(create_only or {}))
            if after_create:
                after_create(page)
            self.set_relations(page, relations)
            self.publish(page)
            self.report(model._meta.verbose_name, page.title, "created")
            self.to_translate.append((page, True))
            return page
        changed = self.assign(page, values)
        changed = self.set_relations(page, relations) or changed
        if changed or not page.live:
            self.publish(page)
        self.report(model._meta.verbose_name, page.title, "updated" if changed else "unchanged")
        self.to_translate.append((page, changed))
        return page

    def image(self, key, title, alt, use="image"):
        """The illustration drawn for `key`, found by its title; `use`: the field pages show it in."""
        return self.upsert_image(IllustrationFactory, title, alt, lambda: illustration_file(key, slugify(title)), use)

    def logo(self, key, title, initials):
        return self.upsert_image(LogoFactory, title, "", lambda: logo_file(key, initials, slugify(title)), "logo")

    def upsert_image(self, factory, title, alt, draw, use):
        model = factory._meta.model
        image = model.objects.filter(title=title).first()
        created = image is None
        if created:
            image = factory(title=title, description=alt, file=draw())
            self.written.append(image)
            self.report("image", title, "created")
        elif self.assign(image, {"description": alt}):
            image.save(update_fields=["description"])
            self.written.append(image)
            self.report("image", title, "updated")
        self.images.append(image)
        self.renditions.start(image, {use}, new=created)
        return image

    # --- the run -------------------------------------------------------------------------
    def run(self):
        with (
            transaction.atomic(),
            disable_reference_index_auto_update(),
            deferred_indexing(),
            member_access_granted_at_end(),
            front_end_purged_at_end(self.written),
        ):
            # The images' renditions are drawn in another process while the pages are written.
            with RenditionsAhead() as self.renditions:
                self.load()
                drawn = self.renditions.save()
            self.write(f"Drew {drawn} image renditions while loading.")
            self.update_reference_index()
            # What the pages' use of an image needs and was not drawn ahead. Inside the
            # transaction: at its commit, the tasks that saving the images queued then find
            # them made, rather than making them in silence. A run that wrote nothing changed
            # no image's uses: the run that last did made what they need.
            if self.written:
                prepare_with_progress(dict.fromkeys(self.images), self.write)
        return self.counts

    def update_reference_index(self):
        """Record the references of each object written, as saved (the objects in hand may be stale)."""
        pks_by_model = {}
        for instance in self.written:
            pks_by_model.setdefault(type(instance), set()).add(instance.pk)
        for model, pks in pks_by_model.items():
            if ReferenceIndex.is_indexed(model):
                for instance in model.objects.filter(pk__in=pks):
                    ReferenceIndex.create_or_update_for_object(instance)

    def load(self):
        home = ensure_site(self.content, self.report)
        themes = self.load_terms(Theme, self.content.themes, {})
        capabilities = self.load_terms(Capability, self.content.capabilities, {"theme": themes})
        self.load_pages(home, themes, capabilities)
        self.load_settings()
        languages = [locale.language_code for locale in Locale.objects.exclude(pk=Locale.get_default().pk)]
        catalogues = {language: self.content.translations(language) for language in languages}
        slugs = {language: self.content.translations(language, context="slug") for language in languages}
        self.written += translate_terms(Theme, self.content.themes, catalogues, self.report)
        self.written += translate_terms(Capability, self.content.capabilities, catalogues, self.report)
        translator = PageTranslator(catalogues, slugs, self.report)
        members = MemberTranslator(catalogues, slugs, self.report)
        for page, changed in self.to_translate:
            if isinstance(page, MemberProfilePage):
                self.written += members.translate_member(page, self.member_items[page.slug])
            else:
                self.written += translator.translate_page(page, changed)

    def load_terms(self, model, items, relations):
        """A taxonomy's default-language terms, by slug; `relations` maps a field to {slug: object}."""
        locale = Locale.get_default()
        kind = model._meta.verbose_name
        terms = {}
        for item in items:
            term = model.objects.filter(slug=item["slug"], locale=locale).first()
            values = {"name": item["name"], "description": item.get("description", "")}
            values.update({name: objects[item[name]] for name, objects in relations.items()})
            if term is None:
                term = model.objects.create(slug=item["slug"], locale=locale, **values)
                self.written.append(term)
                self.report(kind, term.name, "created")
            elif self.assign(term, values):
                term.save()
                self.written.append(term)
                self.report(kind, term.name, "updated")
            else:
                self.report(kind, term.name, "unchanged")
            terms[item["slug"]] = term
        return terms

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
            self.written.append(contact)
            self.report("settings", "contact details", "updated")
