"""The demo content as data: one English TOML file per page, and a PO catalogue per language.

    content/themes.toml                 the themes, in display order
    content/capabilities.toml           the capabilities, each under a theme
    content/home.toml, about.toml       the home page and the About page
    content/images.toml                 the descriptions of the drawn images
    content/<section>.toml              a section's index page and the order of its pages
    content/<section>/<slug>.toml       one page of that section; the file name is its slug
    content/<language>.po               msgid: an English text of these files; msgstr: its translation
                                        (with msgctxt "slug": a page's address in that language)

See content/README.md for what each file holds.
"""

import tomllib
from pathlib import Path

import polib

CONTENT_DIR = Path(__file__).resolve().parent / "content"
# In loading order: challenges name their owner members, references and news name both.
SECTIONS = ("members", "challenges", "references", "news")


class ContentError(Exception):
    """The data files contradict each other."""


def read_toml(path):
    with path.open("rb") as file:
        return tomllib.load(file)


class DemoContent:
    """The demo's pages and themes in English, read once from the data files."""

    def __init__(self, directory=CONTENT_DIR):
        self.directory = Path(directory)
        self.themes = read_toml(self.directory / "themes.toml")["themes"]
        self.capabilities = read_toml(self.directory / "capabilities.toml")["capabilities"]
        self.home = read_toml(self.directory / "home.toml")
        self.about = read_toml(self.directory / "about.toml")
        self.images = read_toml(self.directory / "images.toml")
        self.sections = {key: read_toml(self.directory / f"{key}.toml") for key in SECTIONS}
        self.pages = {key: self.read_section_pages(key) for key in SECTIONS}
        self.catalogues = {}

    def read_section_pages(self, key):
        """The section's pages in the order its index file lists them, each with its slug."""
        listed = self.sections[key]["pages"]
        found = {path.stem for path in (self.directory / key).glob("*.toml")}
        if set(listed) != found or len(listed) != len(found):
            raise ContentError(
                f"{key}.toml lists {sorted(listed)}, but {key}/ holds {sorted(found)}: "
                "list every page once, in the order the pages appear in the tree."
            )
        return [{"slug": slug, **read_toml(self.directory / key / f"{slug}.toml")} for slug in listed]

    def translations(self, language, context=None):
        """{English text: translation} from content/<language>.po; empty if there is none.

        `context="slug"` gives the pages' addresses instead: {English slug: slug in that language}.
        """
        return {
            entry.msgid: entry.msgstr
            for entry in self.catalogue(language)
            if entry.translated() and entry.msgctxt == context
        }

    def catalogue(self, language):
        """The entries of content/<language>.po, read once; none if there is no such file."""
        if language not in self.catalogues:
            path = self.directory / f"{language}.po"
            self.catalogues[language] = polib.pofile(str(path)) if path.exists() else []
        return self.catalogues[language]
