"""Every change an editor makes reaches the engine's index through the task queue."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Locale

import pytest

from challenges.factories import ChallengeIndexPageFactory, ChallengePageFactory
from home.models import HomePage
from portal.factories import ThemeFactory
from tests.support.search import indexed, run, slugs, translate


@pytest.fixture
def backend(search_engine):
    """Freshness is about the engine's index: the database index is part of the transaction."""
    return "default"


def test_publishing_and_editing_update_the_index(search_engine, sections):
    with indexed():
        page = ChallengePageFactory(parent=sections["challenge"], title="Harbour cranes", slug="cranes")
    assert slugs(run("default", q="cranes")) == ["cranes"]

    page.title = "Harbour tugboats"
    with indexed():
        page.save_revision().publish()
    assert slugs(run("default", q="tugboats")) == ["cranes"]
    assert slugs(run("default", q="cranes")) == []


def test_drafts_do_not_reach_the_index_until_published(search_engine, sections):
    with indexed():
        page = ChallengePageFactory(parent=sections["challenge"], title="Harbour cranes", slug="cranes")
        page.title = "Draft title"
        page.save_revision()
    assert slugs(run("default", q="draft")) == []
    assert slugs(run("default", q="cranes")) == ["cranes"]


def test_themes_chosen_when_publishing_are_facets_at_once(search_engine, sections):
    water = ThemeFactory(name="Water")
    with indexed():
        page = ChallengePageFactory(parent=sections["challenge"], slug="c")
    page.themes = [water]
    with indexed():
        page.save_revision().publish()
    assert slugs(run("default", theme=water.slug)) == ["c"]


def test_unpublishing_and_deleting_remove_pages(search_engine, sections):
    with indexed():
        unpublished = ChallengePageFactory(parent=sections["challenge"], title="Quay lighting", slug="quay")
        deleted = ChallengePageFactory(parent=sections["challenge"], title="Quay heating", slug="heating")
    assert sorted(slugs(run("default", q="quay"))) == ["heating", "quay"]

    with indexed():
        unpublished.unpublish()
    assert slugs(run("default", q="quay")) == ["heating"]
    with indexed():
        deleted.delete()
    assert slugs(run("default", q="quay")) == []


def test_moving_updates_the_page_s_place_in_the_index(search_engine, sections, home_page):
    other_home = home_page.get_parent().add_child(instance=HomePage(title="Other site", slug="other"))
    other_index = ChallengeIndexPageFactory(parent=other_home, slug="challenges-elsewhere")
    with indexed():
        page = ChallengePageFactory(parent=sections["challenge"], title="Moving call", slug="moving")

    with indexed():
        page.move(other_index, pos="last-child")
    page.refresh_from_db()
    document = search_engine.es.get(index=search_engine.get_index_for_model(type(page)).name, id=str(page.pk))
    assert document["_source"]["path_filter"] == page.path


def test_translating_adds_the_page_in_its_language(search_engine, sections):
    with indexed():
        page = ChallengePageFactory(parent=sections["challenge"], title="Snow ploughs", slug="snow")
    assert slugs(run("default", "fi", q="lumiaura")) == []
    translate(page, "fi", title="Lumiaurat", summary="Kaupungin lumiaurat.")
    assert slugs(run("default", "fi", q="lumiaura")) == ["snow"]
    assert Locale.objects.get(language_code="fi").pk != page.locale_id


def test_update_index_rebuilds_everything(search_engine, sections):
    # Not indexed when written: the rebuild finds it.
    ChallengePageFactory(parent=sections["challenge"], title="Harbour cranes", slug="cranes")
    index = search_engine.get_index_for_model(type(sections["challenge"]))
    search_engine.es.indices.delete(index=index.name)
    call_command("update_index", backend_name="default", stdout=StringIO())
    assert slugs(run("default", q="cranes")) == ["cranes"]
