"""Alphabetical order and first letters in each language, the same on every path.

Names are sorted without regard to case ("PT Arusdata" after "Pohjanranta"), accents
are folded into their base letter ("é" is "e"), and each language keeps the letters its
alphabet has beyond Z: Finnish and Swedish put Å, Ä and Ö after Z (and read Æ, Ø and Ü
as Ä, Ö and Y), while English folds them into A and O.

- `sort_key()` is a string whose code-point order is that order: the engine stores it
  in a keyword field and sorts by it, and SQLite compares with it through a collation
  registered on each connection (see search/apps.py).
- PostgreSQL sorts with its ICU collation for the language (`fi-x-icu`, ...), which
  orders letters the same way; only names that differ in accents or case alone may
  come in another order there.
- `letter()` is a name's letter in the A-Z navigation, `letter_variants()` the
  characters a name may start with to have that letter.
"""

import functools
import unicodedata

from django.db import connection
from django.db.models import Q
from django.db.models.functions import Collate, Lower

# Per language: the letters after Z, in order, and the letters read as one of them.
EXTRA_LETTERS = {
    "fi": ("åäö", {"æ": "ä", "ø": "ö", "ü": "y"}),
    "sv": ("åäö", {"æ": "ä", "ø": "ö", "ü": "y"}),
}
# Letters Unicode does not decompose into a base letter.
UNDECOMPOSED = {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i"}
# Characters after "z" in code-point order, standing for the letters after Z.
AFTER_Z = "{|}~"
# The characters a name is likely to start with: ASCII and the Latin-1 and Latin Extended-A letters.
CANDIDATE_CHARACTERS = [chr(code) for code in (*range(0x30, 0x3A), *range(0x41, 0x5B), *range(0x61, 0x7B))] + [
    chr(code) for code in range(0xC0, 0x180) if chr(code).isalpha()
]


def _base_language(language):
    return (language or "").split("-")[0].lower()


def _fold(character, language):
    """One lower-case character as the language's alphabet reads it: a base letter or one of its extra letters."""
    extra, same_as = EXTRA_LETTERS.get(_base_language(language), ("", {}))
    character = same_as.get(character, character)
    if character in extra:
        return character
    character = UNDECOMPOSED.get(character, character)
    decomposed = unicodedata.normalize("NFKD", character)
    return "".join(part for part in decomposed if not unicodedata.combining(part))


@functools.lru_cache(maxsize=50_000)
def sort_key(text, language):
    """A string whose code-point order is the language's alphabetical order of `text`, ignoring case."""
    extra, _same_as = EXTRA_LETTERS.get(_base_language(language), ("", {}))
    folded = "".join(_fold(character, language) for character in (text or "").casefold())
    return folded.translate({ord(letter): AFTER_Z[index] for index, letter in enumerate(extra)})


def letter(text, language):
    """The A-Z navigation's letter for a name: its first letter as the language's alphabet has it, upper case."""
    text = (text or "").lstrip()
    return _fold(text[:1].casefold(), language).upper()[:1] if text else ""


@functools.lru_cache(maxsize=256)
def letter_variants(chosen, language):
    """The characters, both cases, that a name may start with to be listed under `chosen`."""
    return tuple(character for character in CANDIDATE_CHARACTERS if letter(character, language) == chosen)


def starts_with_letter(chosen, language, field="title"):
    """An ORM condition: the field's text is listed under `chosen` in the A-Z navigation."""
    variants = letter_variants(chosen, language)
    condition = Q(pk__in=[])
    for character in variants:
        condition |= Q(**{f"{field}__startswith": character})
    return condition


def alphabetical(letters, language):
    """The letters of the A-Z navigation in the language's order."""
    return sorted(set(letters) - {""}, key=lambda item: sort_key(item, language))


def sqlite_collation_name(language):
    return f"scic_{_base_language(language)}"


def register_sqlite_collations(sender, connection, **kwargs):
    """Connected to `connection_created`: SQLite compares names with `sort_key` in each language."""
    if connection.vendor != "sqlite":
        return
    from django.conf import settings

    for code, _name in settings.LANGUAGES:

        def compare(first, second, code=code):
            first, second = sort_key(first, code), sort_key(second, code)
            return (first > second) - (first < second)

        connection.connection.create_collation(sqlite_collation_name(code), compare)


@functools.cache
def _postgresql_collations():
    with connection.cursor() as cursor:
        cursor.execute("SELECT collname FROM pg_collation WHERE collprovider = 'i'")
        return {row[0] for row in cursor.fetchall()}


def ordered_by_name(field, language):
    """An ORM expression ordering `field` alphabetically in `language` (see the module docstring)."""
    if connection.vendor == "sqlite":
        return Collate(field, sqlite_collation_name(language))
    if connection.vendor == "postgresql":
        for name in (f"{_base_language(language)}-x-icu", "und-x-icu"):
            if name in _postgresql_collations():
                return Collate(field, name)
    return Lower(field)
