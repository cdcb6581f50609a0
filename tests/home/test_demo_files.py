"""The demo's data files: every page listed once, every catalogue complete."""

import shutil

import polib
import pytest

from home.demo.content import CONTENT_DIR, SECTIONS, ContentError, DemoContent


def test_each_section_lists_its_pages_in_tree_order():
    content = DemoContent()
    assert [page["slug"] for page in content.pages["members"][:3]] == ["city-of-espoo", "city-of-tampere", "vtt"]
    for key in SECTIONS:
        assert sorted(page["slug"] for page in content.pages[key]) == sorted(
            path.stem for path in (CONTENT_DIR / key).glob("*.toml")
        )


def test_a_page_file_missing_from_its_sections_list_is_named(tmp_path):
    directory = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, directory)
    (directory / "news" / "a-new-article.toml").write_text('title = "A new article"\n', encoding="utf-8")
    with pytest.raises(ContentError, match="a-new-article"):
        DemoContent(directory)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_catalogue_translates_every_entry_without_fuzzy_ones(language):
    catalogue = polib.pofile(str(CONTENT_DIR / f"{language}.po"))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    texts, slugs = DemoContent().translations(language), DemoContent().translations(language, context="slug")
    assert len(texts) + len(slugs) == len(catalogue)
    assert len(texts) > 300 and len(slugs) > 30
