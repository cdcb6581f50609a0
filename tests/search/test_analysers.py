"""Which analysers a machine has: said once, and no traceback when Voikko is missing."""

import gc
import logging
import sys

import libvoikko
import pytest

from search import analysis, languages
from search.languages import finnish, swedish


@pytest.fixture
def fresh_analysers():
    def clear():
        for cached in (
            finnish.voikko,
            swedish.dictionary_files,
            swedish.dictionary,
            languages.announce_analysers,
            analysis.analyse_word,
            analysis.standalone_terms,
            analysis._readings,
        ):
            cached.cache_clear()

    clear()
    yield
    clear()


@pytest.fixture
def no_libvoikko(monkeypatch, fresh_analysers):
    """A machine without Debian's libvoikko1: the Python binding cannot open the library."""

    def missing(cls, path=None):
        raise OSError("libvoikko.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(libvoikko.VoikkoLibrary, "open", classmethod(missing))


def test_without_libvoikko_finnish_falls_back_without_a_traceback(no_libvoikko, monkeypatch):
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    assert finnish.voikko() is None
    gc.collect()
    assert unraisable == []
    assert analysis.lemmatiser_name("fi") == "simplemma"
    assert "kaupunki" in analysis.analyse("kaupungeissa", "fi").split()


def test_the_analysers_are_named_once_in_one_line(no_libvoikko, caplog):
    with caplog.at_level(logging.INFO, logger="search.languages"):
        analysis.analyse("Kaupungeissa asuu ihmisiä", "fi")
        analysis.analyse("Städerna och skolorna", "sv")
    lines = [record.getMessage() for record in caplog.records if record.name == "search.languages"]
    assert len(lines) == 1
    assert lines[0].startswith("Search analyses Finnish with simplemma and Swedish with ")
    assert "install libvoikko1 voikko-fi" in lines[0]
    assert caplog.records[0].levelno == logging.WARNING


def test_without_the_swedish_dictionary_compounds_split_in_two(monkeypatch, fresh_analysers):
    monkeypatch.setattr(swedish, "DICTIONARY_DIRECTORIES", ())
    assert swedish.analyser_name() == "simplemma"
    assert swedish.split("hamnlogistik") == [("hamn", "hamn"), ("logistik", "logistik")]
