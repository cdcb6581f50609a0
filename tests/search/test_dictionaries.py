"""The lemmatiser's dictionaries, prepared once as tries, give the lemmas simplemma's own give."""

from django.core.management import call_command
from django.core.management.base import CommandError

import pytest
import simplemma

from search.languages import simple

WORDS = ["cities", "stormwater", "buildings", "heating", "was", "Espoo", "mobility", "ports"]


@pytest.fixture
def dictionary_dir(settings, tmp_path, monkeypatch):
    """An empty dictionary folder; English only, which prepares in a second (Finnish takes ten)."""
    monkeypatch.setattr(simple, "LANGUAGES", ("en",))
    settings.SEARCH_DICTIONARY_DIR = tmp_path / "dictionaries"
    yield settings.SEARCH_DICTIONARY_DIR
    simple.dictionaries.cache_clear()


def test_prepared_tries_give_simplemmas_lemmas(dictionary_dir, capsys):
    with pytest.raises(CommandError, match="not prepared"):
        call_command("prepare_search_dictionaries", "--check")

    call_command("prepare_search_dictionaries")
    assert (dictionary_dir / "en.dic").exists()
    call_command("prepare_search_dictionaries", "--check")
    call_command("prepare_search_dictionaries")
    assert "already prepared" in capsys.readouterr().out

    assert simple.prepared(dictionary_dir)
    for word in WORDS:
        assert simple.lemmatize(word.lower(), "en") == simplemma.lemmatize(word.lower(), lang="en"), word
        assert simple.is_known(word.lower(), "en") == simplemma.is_known(word.lower(), lang="en"), word
    assert simple.readings("stormwater", "en") == ({"stormwater"}, [[("storm", "storm"), ("water", "water")]])


def test_without_prepared_tries_the_streams_give_the_same_lemmas(dictionary_dir):
    simple.dictionaries.cache_clear()
    for word in WORDS:
        assert simple.lemmatize(word.lower(), "en") == simplemma.lemmatize(word.lower(), lang="en"), word
