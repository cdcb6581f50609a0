"""Finnish lemmas and compound parts: Voikko when the system has it, simplemma otherwise.

Voikko (Debian's `libvoikko1` and `voikko-fi`) gives each reading of a word its base
form and its structure, e.g. "+vesi(vesi)+joh(johtaa)+to(+to)+verkosto(verkosto)"
for "vesijohtoverkoston": the parts as written, each with its base form in brackets,
and derivational suffixes ("+to") that belong to the part before them ("johto"). Without
Voikko, a word simplemma does not know is split into two words it does. See docs/search.md.
"""

import functools
import logging
import re
import threading

from search.languages.simple import is_known, lemmatize, split_in_two

logger = logging.getLogger(__name__)

# "+surface" or "+surface(base)" in Voikko's WORDBASES.
_SEGMENT_RE = re.compile(r"\+([^+()]*)(?:\(([^()]*)\))?")
# Letters Voikko lists as a segment of their own inside a derivation ("halli" + "n" + "ta").
_JOINED_SEGMENT = 2

# Case endings a foreign name takes in Finnish text ("Kirkenesin", "Nusantaralla").
NAME_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä", "in", "n")
MIN_NAME_STEM = 4

_voikko_lock = threading.Lock()


@functools.cache
def voikko():
    """The Voikko analyser, or None when the system lacks the library or its Finnish dictionary."""
    try:
        import libvoikko
    except ImportError:
        return None
    try:
        # Opening the library first: a Voikko object whose library is missing fails
        # again when it is garbage-collected, and Python prints that as a traceback.
        libvoikko.VoikkoLibrary.open()
        return libvoikko.Voikko("fi")
    except (OSError, libvoikko.VoikkoException) as error:
        logger.debug("Voikko is not available: %s", error)
        return None


def analyser_name():
    return "Voikko" if voikko() is not None else "simplemma"


def segments(wordbases):
    """[(surface, base or None), ...] of the parts in a WORDBASES string, derivations joined to their stem."""
    found = []
    for surface, base in _SEGMENT_RE.findall(wordbases):
        surface, base = surface.casefold(), base.casefold()
        joins = base.startswith("+") or not base and len(surface) <= _JOINED_SEGMENT
        if found and joins:
            previous, _previous_base = found[-1]
            found[-1] = (previous + surface, None)
        elif "=" in base:
            # A lexicalised compound: "+energiatehokas(energia=tehokas)".
            found += [(part, part) for part in base.split("=") if part]
        elif surface:
            found.append((surface, base or None))
    return found


def name_stems(word):
    """The word without each case ending it may have, keeping at least MIN_NAME_STEM letters."""
    return {
        word[: -len(ending)]
        for ending in NAME_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= MIN_NAME_STEM
    }


def readings(word):
    """(lemmas, compound splits) of a lower-case Finnish word; each split is [(surface, base), ...].

    What Voikko does not know is mostly a foreign name: it is not split ("Kirkenesin" is
    no "kirken" + "esin"), and its lemma is simplemma's only if simplemma knows the word
    (it guesses wildly at others: "kestora" would be "kesto"); a Finnish case ending is
    taken off instead ("Kirkenesin", "Kirkenes").
    """
    analyser = voikko()
    if analyser is not None:
        # libvoikko is not thread-safe, and runserver and WSGI servers use threads.
        with _voikko_lock:
            analyses = analyser.analyze(word)
        if analyses:
            return _voikko_readings(analyses)
        known = {lemmatize(word, "fi")} if is_known(word, "fi") else set()
        return known | name_stems(word), []
    split = split_in_two(word, "fi")
    return {lemmatize(word, "fi")}, [split] if split else []


def _voikko_readings(analyses):
    lemmas, splits = set(), []
    for analysis in analyses:
        if baseform := analysis.get("BASEFORM"):
            lemmas.add(baseform.casefold())
        parts = [(surface, base or surface) for surface, base in segments(analysis.get("WORDBASES", ""))]
        if len(parts) > 1 and parts not in splits:
            splits.append(parts)
    return lemmas, splits
