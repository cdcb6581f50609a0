"""Swedish lemmas and compound parts, read from Debian's `hunspell-sv` dictionary.

Swedish writes compounds as one word ("förskolorna", "spårvagnshållplatser"), often
with a linking letter between the parts ("stad" + "planering" = "stadsplanering").
The LibreOffice dictionary that Debian ships as `hunspell-sv` knows which stems may
begin, continue or end a compound, and which suffixes make a stem's linking form. The
portal reads its `.dic` and `.aff` files directly (no compiled binding) and:

- finds a form's lemma by undoing suffixes as Hunspell does ("förskolorna" →
  "förskola");
- splits a word into known parts with the cheapest reading (see `Splitter`).

Without the dictionary, compounds are split into two words simplemma knows.
See docs/search.md.
"""

import functools
import re
import sys
from pathlib import Path

from search.languages.simple import lemmatize, split_in_two

DICTIONARY_DIRECTORIES = (Path("/usr/share/hunspell"), Path(sys.prefix) / "share" / "hunspell")
DICTIONARY_NAMES = ("sv_FI", "sv_SE")

# Flags of the LibreOffice Swedish dictionary (its .aff file names them).
COMPOUND_BEGIN, COMPOUND_MIDDLE, COMPOUND_END, ONLY_IN_COMPOUND, LINKING_FORM = "X", "U", "Y", "Z", "W"
# Prefixes that begin compounds freely ("förskola", "överbyggnad").
PREFIXES = frozenset({"för", "över", "under", "efter", "mellan", "mot"})
# Letters that join two parts: "stad-s-planering", "arbet-e", "kvinn-o".
LINKING_LETTERS = "seaou"
MIN_PART = 3
MIN_SPLIT_WORD = 6
# The cheapest reading is kept if it costs at most this much; a word the dictionary
# knows as a whole is split only by a reading that costs nothing.
MAX_SPLIT_COST = 3


class Lexicon:
    """The stems of a Hunspell dictionary with their flags, and its suffix rules by the text they add."""

    def __init__(self, dic_path, aff_path):
        self.flags = {}
        with open(dic_path, encoding="utf-8") as lines:
            next(lines)  # the entry count
            for line in lines:
                word, _slash, flags = line.split(maxsplit=1)[0].partition("/") if line.strip() else ("", "", "")
                if word.isalpha() and word.islower():
                    self.flags[word] = self.flags.get(word, "") + flags
        self.suffixes = {}
        with open(aff_path, encoding="utf-8") as lines:
            for line in lines:
                fields = line.split()
                # A rule line: SFX flag strip add[/flags] condition (a header has Y/N and a count instead).
                if len(fields) < 5 or fields[0] != "SFX" or fields[2] in ("Y", "N") and fields[3].isdigit():
                    continue
                _sfx, flag, strip, added, condition = fields[:5]
                added, _slash, added_flags = added.partition("/")
                rule = (
                    "" if strip == "0" else strip,
                    flag,
                    re.compile(f"(?:{condition})$"),
                    LINKING_FORM in added_flags,
                )
                self.suffixes.setdefault("" if added == "0" else added, []).append(rule)
        self.added_lengths = sorted({len(added) for added in self.suffixes}, reverse=True)

    def readings(self, form):
        """[(stem, its flags, whether `form` is its linking form)] for every way to read `form`."""
        found = []
        if (flags := self.flags.get(form)) is not None:
            found.append((form, flags, False))
        for length in self.added_lengths:
            if length >= len(form):
                continue
            added = form[len(form) - length :] if length else ""
            for strip, flag, condition, linking in self.suffixes.get(added, ()):
                stem = form[: len(form) - length] + strip
                flags = self.flags.get(stem)
                if flags is not None and flag in flags and condition.search(stem):
                    found.append((stem, flags, linking))
        return found

    def lemmas(self, form):
        """The dictionary words `form` is an inflection of (linking forms and compound-only stems left out)."""
        return {stem for stem, flags, linking in self.readings(form) if not linking and ONLY_IN_COMPOUND not in flags}

    def is_word(self, form):
        return bool(self.lemmas(form))


class Splitter:
    """The cheapest reading of a word as known parts, each of at least three letters.

    A non-final part costs nothing when the dictionary lets it begin or continue a
    compound (a stem flagged so, or a linking form such as "stads"), or when it is a
    productive prefix; another dictionary word costs 1, and a word found only by
    dropping or restoring a linking letter costs 2. The final part is any inflected
    form of a dictionary word: free when the word may end a compound, else 1 (2 for a
    three-letter word). The cheapest reading wins, then the one with the fewest parts,
    then the most even one.
    """

    def __init__(self, lexicon):
        self.lexicon = lexicon

    @functools.lru_cache(maxsize=100_000)  # noqa: B019 - one splitter per process, kept for its life
    def head(self, part):
        """(lemma, cost) of `part` as a non-final part of a compound, or None."""
        flags = self.lexicon.flags
        plain = None
        for stem, stem_flags, linking in self.lexicon.readings(part):
            if linking or stem == part and (COMPOUND_BEGIN in stem_flags or COMPOUND_MIDDLE in stem_flags):
                return self.listed_word(stem), 0
            if stem == part and ONLY_IN_COMPOUND not in stem_flags:
                plain = (stem, 1)
        if part in PREFIXES:
            return part, 0
        if plain:
            return plain
        candidates = [part[:-1]] if part[-1] in LINKING_LETTERS else []
        for candidate in [*candidates, part + "a", part + "e"]:
            if len(candidate) >= MIN_PART and ONLY_IN_COMPOUND not in flags.get(candidate, ONLY_IN_COMPOUND):
                return candidate, 2
        return None

    def listed_word(self, stem):
        """The dictionary word behind a compound-only stem ("samarbets" → "samarbete")."""
        flags = self.lexicon.flags
        if ONLY_IN_COMPOUND not in flags.get(stem, "") or stem[-1] not in LINKING_LETTERS:
            return stem
        for candidate in (stem[:-1] + "e", stem[:-1] + "a", stem[:-1]):
            if ONLY_IN_COMPOUND not in flags.get(candidate, ONLY_IN_COMPOUND):
                return candidate
        return stem

    @functools.lru_cache(maxsize=100_000)  # noqa: B019
    def tail(self, part):
        """(lemma, cost) of `part` as the final part of a compound, or None."""
        best = None
        for stem, flags, linking in self.lexicon.readings(part):
            if linking or ONLY_IN_COMPOUND in flags or len(stem) < MIN_PART:
                continue
            cost = 0 if COMPOUND_END in flags else (1 if len(stem) >= 4 else 2)
            if best is None or (cost, len(stem)) < (best[1], len(best[0])):
                best = (stem, cost)
        return best

    def split(self, word):
        """[(surface, lemma), ...] of the parts of `word`, or [] when it is not a compound.

        An inflected form of a dictionary word is split as its lemma is: the endings
        would otherwise make other readings look as good ("stadsplane" + "ringen").
        """
        for lemma in sorted(self.lexicon.lemmas(word), key=len, reverse=True):
            if lemma != word and (parts := self.split_form(lemma)):
                head = "".join(surface for surface, _lemma in parts[:-1])
                if word.startswith(head):
                    return [*parts[:-1], (word[len(head) :], parts[-1][1])]
        return self.split_form(word)

    @functools.lru_cache(maxsize=100_000)  # noqa: B019
    def split_form(self, word):
        if len(word) < MIN_SPLIT_WORD or not word.isalpha():
            return []

        @functools.cache
        def best_from(start):
            """(cost, parts) of the cheapest reading of word[start:], or None."""
            options = []
            if (last := self.tail(word[start:])) is not None:
                options.append((last[1], ((word[start:], last[0]),)))
            for cut in range(start + MIN_PART, len(word) - MIN_PART + 1):
                heads = [word[start:cut]]
                # "fall" + "lucka" is written "fallucka": a tripled letter loses one.
                if word[cut - 1] == word[cut] and word[cut - 1] != word[cut - 2]:
                    heads.append(word[start:cut] + word[cut])
                for surface in heads:
                    head = self.head(surface)
                    rest = best_from(cut) if head is not None else None
                    if rest is not None:
                        options.append((head[1] + rest[0], ((word[start:cut], head[0]), *rest[1])))
            return min(options, key=_preference) if options else None

        readings = []
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            if (head := self.head(word[:cut])) is not None and (rest := best_from(cut)) is not None:
                readings.append((head[1] + rest[0], ((word[:cut], head[0]), *rest[1])))
        if not readings:
            return []
        cost, parts = min(readings, key=_preference)
        allowed = 0 if self.tail(word) is not None else MAX_SPLIT_COST
        return list(parts) if cost <= allowed else []


def _preference(reading):
    cost, parts = reading
    return cost, len(parts), -min(len(surface) for surface, _lemma in parts)


@functools.cache
def dictionary_files():
    """(.dic, .aff) of the installed Swedish Hunspell dictionary, or None."""
    for directory in DICTIONARY_DIRECTORIES:
        for name in DICTIONARY_NAMES:
            dic, aff = directory / f"{name}.dic", directory / f"{name}.aff"
            if dic.exists() and aff.exists():
                return dic, aff
    return None


@functools.cache
def dictionary():
    """The Swedish `Splitter`, or None when no Swedish Hunspell dictionary is installed."""
    files = dictionary_files()
    return Splitter(Lexicon(*files)) if files else None


def analyser_name():
    return "hunspell-sv" if dictionary_files() is not None else "simplemma"


def lemmas(word):
    """Lemmas of a lower-case Swedish word: simplemma's and the dictionary's."""
    found = {lemmatize(word, "sv")}
    if (splitter := dictionary()) is not None:
        found |= splitter.lexicon.lemmas(word)
    return found


def split(word):
    """[(surface, lemma), ...] of the parts of a lower-case Swedish compound, or []."""
    if (splitter := dictionary()) is not None:
        return splitter.split(word)
    return split_in_two(word, "sv")


def readings(word):
    """(lemmas, compound splits) of a lower-case Swedish word; a split is [(surface, lemma), ...]."""
    parts = split(word)
    return lemmas(word), [parts] if parts else []
