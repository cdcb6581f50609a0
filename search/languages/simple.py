"""Lemmas from simplemma, and compounds split into two words it knows (English; the fallbacks).

simplemma's dictionaries are compressed streams that take seconds to decode in each process
(Finnish alone 3.5 s, Swedish 0.8 s). `manage.py prepare_search_dictionaries` turns them
into MARISA tries under SEARCH_DICTIONARY_DIR once per installation; each process then opens
them at once, and keeps a fraction of the memory. Without them, the streams are decoded as
before. Either way the lemmas are the same.
"""

import functools
import os
import tempfile
from pathlib import Path

from django.conf import settings

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import DefaultDictionaryFactory, TrieDictionaryFactory
from simplemma.utils import normalize_token

# The languages simplemma serves here: English, and the fallbacks for Finnish and Swedish.
LANGUAGES = ("en", "fi", "sv")
# English compounds written as one word ("stormwater") split only into longer parts.
MIN_ENGLISH_PART = 4


def dictionary_dir():
    """Where the prepared tries are kept, or None when they are not used."""
    folder = getattr(settings, "SEARCH_DICTIONARY_DIR", None)
    return Path(folder) if folder else None


def prepared(folder):
    return folder is not None and all((folder / f"{language}.dic").exists() for language in LANGUAGES)


def prepare_dictionaries(folder):
    """Write the tries into `folder`, each built aside and then moved into place, so that a
    process starting meanwhile sees a whole trie or none."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as building:
        factory = TrieDictionaryFactory(disk_cache_dir=building)
        for language in LANGUAGES:
            factory.get_dictionary(language)
            os.replace(Path(building, f"{language}.dic"), folder / f"{language}.dic")
    dictionaries.cache_clear()


@functools.cache
def dictionaries():
    """(lemmatizer, lookup) on the prepared tries when they are there, else on the streams."""
    folder = dictionary_dir()
    factory = TrieDictionaryFactory(disk_cache_dir=str(folder)) if prepared(folder) else DefaultDictionaryFactory()
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)), DictionaryLookupStrategy(
        dictionary_factory=factory
    )


def lemmatize(word, language):
    return dictionaries()[0].lemmatize(word, language)


def is_known(word, language):
    return dictionaries()[1].get_lemma(normalize_token(word), language) is not None


def lemmas(word, language):
    return {lemmatize(word, language)}


def split_in_two(word, language, min_part=3):
    """[(head, head), (tail, its lemma)] for a word simplemma does not know but knows both halves of; else []."""
    if len(word) < 2 * min_part or is_known(word, language):
        return []
    for cut in range(min_part, len(word) - min_part + 1):
        head, tail = word[:cut], word[cut:]
        if is_known(head, language) and is_known(tail, language):
            return [(head, head), (tail, lemmatize(tail, language))]
    return []


def readings(word, language):
    """(lemmas, compound splits) of a lower-case word in a language simplemma covers."""
    minimum = MIN_ENGLISH_PART if language == "en" else 3
    split = split_in_two(word, language, min_part=minimum) if word.isalpha() else []
    return lemmas(word, language), [split] if split else []
