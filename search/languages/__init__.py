"""Per-language lemmas and compound parts: what `search.analysis` builds index terms from.

Finnish uses Voikko when the system has it (search.languages.finnish), Swedish the
hunspell-sv dictionary when installed (search.languages.swedish), and both fall back to
simplemma, which also serves English (search.languages.simple). A language without
any of these is only folded.
"""

import functools
import logging

from search.languages import finnish, simple, swedish

logger = logging.getLogger(__name__)

# Languages the portal lemmatises; others are only folded.
LEMMATISED = ("en", "fi", "sv")


def readings(word, language):
    """(lemmas, compound splits) of a lower-case word; a split is [(surface, base form), ...]."""
    if language == "fi":
        return finnish.readings(word)
    if language == "sv":
        return swedish.readings(word)
    if language in LEMMATISED:
        return simple.readings(word, language)
    return set(), []


# A word of each language that reaches its dictionaries (a compound: the splitter too).
SAMPLE_WORDS = {"en": "cities", "fi": "kaupunkialueilla", "sv": "stadsdelarna"}


def prepare():
    """Load every language's dictionaries now: the first search in a new process then waits for
    none (the Swedish dictionary alone takes seconds). Server processes call it before serving."""
    for language, word in SAMPLE_WORDS.items():
        readings(word, language)


def analyser_names():
    """{language: analyser} for the languages whose analyser depends on what the system has installed."""
    return {"fi": finnish.analyser_name(), "sv": swedish.analyser_name()}


@functools.cache
def announce_analysers():
    """Say once per process which analysers are in use, louder when a better one could be installed.

    Indexing says it (`search.analysis.analyse`), so that `make run` says it once, while
    loading the demo, and the server only when an editor publishes, not on every search.
    """
    names = analyser_names()
    line = f"Search analyses Finnish with {names['fi']} and Swedish with {names['sv']}"
    missing = [
        package
        for language, best, package in (("fi", "Voikko", "libvoikko1 voikko-fi"), ("sv", "hunspell-sv", "hunspell-sv"))
        if names[language] != best
    ]
    if missing:
        logger.warning("%s (install %s for better results)", line, " and ".join(missing))
    else:
        logger.info(line)
