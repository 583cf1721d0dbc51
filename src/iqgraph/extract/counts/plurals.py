"""The counted noun phrase in the nominative plural, where a preposition put it in the dative.

    DATIVE PLURAL := "an 17 Standorten" -> "Standorte", "mit rund 150 Teilnehmenden" -> "Teilnehmende",
                     "von 16 Landesnetzwerken" -> "Landesnetzwerke", "aus 8 Beraterinnen und Beratern" ->
                     "Beraterinnen und Berater", "in fünf neuen Regionen" -> "neue Regionen"

In the dative plural every noun ends in -n (plurals in -s aside). The nominative drops it where the plural ends in
-e (listed: "Standorte", "Betriebe"; the spelling alone cannot tell "Betrieben" from "Menschen"), in -er
("Beratern", except "Kammern") and for nouns made of adjectives ("Teilnehmenden", "Geflüchteten"); the attributes
before the noun take the strong ending -e ("neuen" -> "neue"). Plurals in -en stay as written.
"""

from __future__ import annotations

from .. import lexicon

_ADJECTIVAL = tuple(ending + "n" for ending in lexicon.ADJECTIVAL_NOUN_ENDINGS)
_E_PLURAL_DATIVES = tuple(plural + "n" for plural in lexicon.E_PLURALS)


def nominative_plural(phrase: str) -> str:
    """The phrase of a dative plural count in the nominative: "verschiedenen Standorten" -> "verschiedene Standorte"."""
    return " ".join(_nominative(word) for word in phrase.split(" "))


def _nominative(word: str) -> str:
    low = word.lower()
    if word in ("und", "oder") or word.isupper() or not low.endswith("n"):
        return word
    if word[:1].islower():
        return word[:-1] if low.endswith("en") else word  # a strong attribute: "neuen" -> "neue"
    if low.endswith(_E_PLURAL_DATIVES):
        return word[:-1]
    if low.endswith("ern") and not low.endswith(lexicon.PLURALS_IN_ERN):
        return word[:-1]
    if low.endswith(_ADJECTIVAL) and not low.endswith(lexicon.NOT_ADJECTIVAL_NOUNS):
        return word[:-1]
    return word
