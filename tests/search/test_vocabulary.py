"""The vocabulary typos are corrected from follows what the index holds, page by page."""

from wagtail.models import Locale

from challenges.factories import ChallengePageFactory
from search import vocabulary
from search.models import IndexTerm
from tests.support.search import indexed

PLAIN = {"summary": "Plain text.", "city": "Oulu", "owner_name": "Oulu"}


def pages_with(term, language="en"):
    return IndexTerm.objects.filter(locale__language_code=language, term=term).values_list("pages", flat=True).first()


def test_publishing_editing_and_deleting_keep_the_counts(backend, sections):
    with indexed():
        first = ChallengePageFactory(parent=sections["challenge"], slug="a", title="Tromsø harbour", **PLAIN)
        ChallengePageFactory(parent=sections["challenge"], slug="b", title="Harbour cranes", **PLAIN)
    assert pages_with("harbour") == 2
    assert pages_with("tromso") == 1
    assert IndexTerm.objects.get(term="tromso").display == "tromsø"

    first.title = "Bodø harbour"
    with indexed():
        first.save_revision().publish()
    assert pages_with("tromso") is None
    assert pages_with("bodo") == 1
    assert pages_with("harbour") == 2

    with indexed():
        first.delete()
    assert pages_with("bodo") is None
    assert pages_with("harbour") == 1


def test_compound_parts_count_unmarked(backend, sections):
    with indexed():
        page = ChallengePageFactory(parent=sections["challenge"], slug="a", title="Stormwater drains", **PLAIN)
    assert pages_with("stormwater") == pages_with("water") == 1
    assert not IndexTerm.objects.filter(term__startswith="0p0").exists()
    assert page.pk


def test_a_page_reported_twice_counts_once(backend, sections):
    with indexed():
        page = ChallengePageFactory(parent=sections["challenge"], slug="a", title="Harbour", **PLAIN)
    # Both the engine and the database index report the pages they index.
    vocabulary.record([page.specific])
    vocabulary.record([page.specific])
    assert pages_with("harbour") == 1


def test_close_spellings_come_from_the_pages_language(backend, sections):
    with indexed():
        ChallengePageFactory(parent=sections["challenge"], slug="a", title="Harbour logistics", **PLAIN)
    english, finnish = (Locale.objects.get(language_code=code) for code in ("en", "fi"))
    assert ("logistics", "logistics", 1) in vocabulary.close_spellings(english, "logistcs", 1)
    assert vocabulary.close_spellings(finnish, "logistcs", 1) == []


def test_counting_terms_leaves_the_similar_spelling_lookups_as_they_were(postgres_db, sections):
    """Counting looks terms up by the (locale, term) index (bitmap scans off); the trigram
    lookups for similar spellings, which need them, find them on again afterwards."""
    with indexed():
        page = ChallengePageFactory(parent=sections["challenge"], slug="a", title="Harbour", **PLAIN)
    page.title = "Harbour cranes"
    vocabulary.record([page.specific])
    with postgres_db.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_bitmapscan')")
        assert cursor.fetchone() == ("on",)
    assert pages_with("cranes") == 1
