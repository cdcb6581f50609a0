"""Lemmas from simplemma, and compounds split into two words it knows (English; the fallbacks)."""

import simplemma

# English compounds written as one word ("stormwater") split only into longer parts.
MIN_ENGLISH_PART = 4


def lemmas(word, language):
    return {simplemma.lemmatize(word, lang=language)}


def split_in_two(word, language, min_part=3):
    """[(head, head), (tail, its lemma)] for a word simplemma does not know but knows both halves of; else []."""
    if len(word) < 2 * min_part or simplemma.is_known(word, lang=language):
        return []
    for cut in range(min_part, len(word) - min_part + 1):
        head, tail = word[:cut], word[cut:]
        if simplemma.is_known(head, lang=language) and simplemma.is_known(tail, lang=language):
            return [(head, head), (tail, simplemma.lemmatize(tail, lang=language))]
    return []


def readings(word, language):
    """(lemmas, compound splits) of a lower-case word in a language simplemma covers."""
    minimum = MIN_ENGLISH_PART if language == "en" else 3
    split = split_in_two(word, language, min_part=minimum) if word.isalpha() else []
    return lemmas(word, language), [split] if split else []
