"""The member directory on both backends: each language's alphabet, the A-Z navigation, capabilities, fallbacks."""

from django.http import QueryDict

from wagtail.models import Locale

import pytest

from directory.factories import MemberProfilePageFactory
from portal.factories import CapabilityFactory
from search.collation import letter, sort_key
from search.query import parse_query
from search.service import search
from tests.support.search import ALL_SORTS, counts, indexed, run, translate

NAMES = ["pohjanranta", "PT Arusdata", "Äänikartta Oy", "Zeta", "Åbo Data", "Öljy Oy", "alpha"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Äänikartta Oy", "Åbo Data", "alpha", "Öljy Oy", "pohjanranta", "PT Arusdata", "Zeta"]),
        ("fi", ["alpha", "pohjanranta", "PT Arusdata", "Zeta", "Åbo Data", "Äänikartta Oy", "Öljy Oy"]),
        ("sv", ["alpha", "pohjanranta", "PT Arusdata", "Zeta", "Åbo Data", "Äänikartta Oy", "Öljy Oy"]),
    ],
)
def test_each_language_has_its_alphabet_without_regard_to_case(language, expected):
    assert sorted(NAMES, key=lambda name: sort_key(name, language)) == expected


def test_a_names_letter_is_its_first_letter_in_the_languages_alphabet():
    assert [letter(name, "fi") for name in ("Äänikartta", "Érable", "über", " vtt")] == ["Ä", "E", "Y", "V"]
    assert [letter(name, "en") for name in ("Äänikartta", "Érable", "über", "Øresund")] == ["A", "E", "U", "O"]


@pytest.fixture
def members(sections):
    """The same seven names in English and, as their own Finnish pages, in Finnish."""
    pages = {}
    for number, name in enumerate(NAMES):
        with indexed():
            page = MemberProfilePageFactory(parent=sections["member"], title=name, slug=f"member-{number}")
        pages[name] = translate(page, "fi", title=name, slug=f"jasen-{number}")
    return pages


def titles(results):
    return [hit.page.title for hit in results.items]


def by_letter(backend, language, chosen, **params):
    """A directory's search with the A-Z navigation's letter."""
    query = QueryDict(mutable=True)
    query.update({"type": "member", "letter": chosen, **params})
    locale = Locale.objects.get(language_code=language)
    return search(parse_query(query, locale=locale, sorts=ALL_SORTS, letter=True), backend)


def test_members_sort_by_name_in_the_languages_alphabet(backend, members):
    assert titles(run(backend, "en", type="member", sort="title")) == [
        "Äänikartta Oy",
        "Åbo Data",
        "alpha",
        "Öljy Oy",
        "pohjanranta",
        "PT Arusdata",
        "Zeta",
    ]
    finnish = titles(run(backend, "fi", type="member", sort="title"))
    assert finnish == ["alpha", "pohjanranta", "PT Arusdata", "Zeta", "Åbo Data", "Äänikartta Oy", "Öljy Oy"]


def test_the_a_to_z_letters_follow_the_languages_alphabet(backend, members, sections):
    assert sorted(titles(by_letter(backend, "en", "A"))) == ["alpha", "Äänikartta Oy", "Åbo Data"]
    assert titles(by_letter(backend, "fi", "a")) == ["alpha"]
    assert titles(by_letter(backend, "fi", "Ä")) == ["Äänikartta Oy"]
    assert titles(by_letter(backend, "fi", "P", sort="title")) == ["pohjanranta", "PT Arusdata"]
    finnish_directory = sections["member"].get_translation(Locale.objects.get(language_code="fi"))
    assert finnish_directory.specific.letters() == ["A", "P", "Z", "Å", "Ä", "Ö"]
    assert sections["member"].letters() == ["A", "O", "P", "Z"]


def test_members_are_found_by_capability(backend, sections, client):
    snow = CapabilityFactory(name="Snow and ice management", slug="snow-ice-management")
    twins = CapabilityFactory(name="Digital twins", slug="digital-twins", theme=snow.theme)
    with indexed():
        MemberProfilePageFactory(parent=sections["member"], slug="polar", capabilities=[snow])
        MemberProfilePageFactory(parent=sections["member"], slug="model", capabilities=[twins])
        MemberProfilePageFactory(parent=sections["member"], slug="both", capabilities=[snow, twins])

    results = run(backend, type="member", capability="snow-ice-management")
    assert sorted(hit.page.slug for hit in results.items) == ["both", "polar"]
    assert counts(results, "capability") == {"digital-twins": (2, False), "snow-ice-management": (2, True)}
    assert counts(run(backend, type="member"), "capability") == {
        "digital-twins": (2, False),
        "snow-ice-management": (2, False),
    }

    body = client.get("/api/search", {"lang": "en", "type": "member", "capability": "digital-twins"}).json()
    assert body["count"] == 2
    assert {value["value"]: value["count"] for value in body["facets"]["capability"]} == {
        "digital-twins": 2,
        "snow-ice-management": 2,
    }


def test_english_fallback_cards_say_so_in_the_visitors_language(backend, sections, client):
    finnish = Locale.objects.get(language_code="fi")
    with indexed():
        english_only = MemberProfilePageFactory(parent=sections["member"], title="Only English Oy", slug="only")
        english_only.copy_for_translation(finnish, copy_parents=True, alias=True)
        translated = MemberProfilePageFactory(parent=sections["member"], title="Translated Oy", slug="translated")
    translate(translated, "fi", title="Käännetty Oy", slug="kaannetty", summary="Suomeksi.")
    directory = sections["member"].get_translation(finnish)

    html = client.get(directory.url).content.decode()
    cards = html.split('<article class="card card--member">')[1:]
    english_card = next(card for card in cards if "Only English Oy" in card)
    finnish_card = next(card for card in cards if "Käännetty Oy" in card)
    assert '<h3 class="card__title" lang="en">' in english_card
    assert "Ei vielä käännetty: englanniksi" in english_card
    assert 'lang="en"' not in finnish_card and "Ei vielä käännetty" not in finnish_card
