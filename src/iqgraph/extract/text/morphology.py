"""German noun-phrase morphology for names: nominative and genitive forms, and inflection-tolerant patterns.

Names in releases stand in every case ("beim Beauftragten des Berliner Senats", "des IQ Landesnetzwerks");
labels must be nominative. Only the head noun and the adjectives before it inflect; what follows the head
(a genitive attribute, "für Arbeit und Soziales") is fixed. Gender comes from the head's ending.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.names import ABBREVIATION_GENDERS
from ..lexicon.places import CITIES, CITY_STATES, GERMAN_PLACES, LAND_ADJECTIVES, NOT_TOWN_ADJECTIVES

_FEMININE = (
    "ung",
    "ion",
    "stelle",
    "agentur",
    "schaft",
    "kammer",
    "tät",
    "ei",
    "regierung",
    "verwaltung",
    "behörde",
    "stiftung",
    "gala",
    "schule",
    "akademie",
    "kanzlei",
    "union",
    "initiative",
    "koordination",
    "leitung",
    "zeitung",
    "feier",
    "messe",
    "konferenz",
    "tagung",
    "ausstellung",
    "werkstatt",
    "diskussion",
    "direktion",
    "partei",
    "gewerkschaft",
    "gesellschaft",
    "universität",
    "fachstelle",
    "agentur",
    "arbeitsgemeinschaft",
    "rin",
    "in",
    "kommission",
    "hilfe",
    "linie",
    # "der Stadt Jena", "der Arbeiterwohlfahrt", "der Caritas": not "des Stadts"
    "stadt",
    "fahrt",
    "heit",
    "keit",
    "klinik",
    "republik",
    "caritas",
    "bank",
    "bahn",
)
_NEUTER = (
    "ium",
    "werk",
    "amt",
    "institut",
    "zentrum",
    "netzwerk",
    "programm",
    "projekt",
    "center",
    "büro",
    "forum",
    "treffen",
    "bündnis",
    "land",
    "jobcenter",
    "haus",
    "kolleg",
    "portal",
    "kompetenzzentrum",
    # neuter heads in "-um" and others whose genitive takes "-s": "des Klinikums" -> "Klinikum"
    "klinikum",
    "museum",
    "bistum",
    "gericht",
    "parlament",  # "Europäisches Parlament", "des Europäischen Parlaments"
)
_MASCULINE = (
    "saal",
    "hof",
    "platz",
    "palast",
    "garten",
    "turm",
    "keller",
    "raum",
    "fonds",
    "verein",
    "verband",
    "rat",
    "senat",
    "tag",
    "kongress",
    "empfang",
    "workshop",
    "festakt",
    "träger",
    "bund",
    "kreis",
    "bezirk",
    "ausschuss",
    "beirat",
    "dienst",
    "sozialfonds",
    "rundfunk",
    # events ("Dritter Integrationsgipfel", "des Besuchs"); not "-tisch", the end of "praktisch"
    "besuch",
    "auftakt",
    "gipfel",
    "stammtisch",
    "abend",
    "spatenstich",
    "rundgang",
    "start",
    "talk",
    "austausch",
    "dialog",
    "roundtable",
    "kick-off",
    "kickoff",
)
_NOUN_HEADS = tuple(h for h in (*_FEMININE, *_NEUTER, *_MASCULINE) if len(h) >= 4)
# Nominative heads that end in -s and must keep it.
_KEEPS_S = ("fonds", "haus", "kongress", "bündnis", "campus", "kurs", "iq")
# Heads whose genitive is their nominative ("des Fonds", "des Campus"); "Haus", "Kongress" take "-es".
_GENITIVE_UNCHANGED = ("fonds", "campus", "iq")
_ADJ_SUFFIXES = ("sch", "al", "ell", "iv", "ig", "lich", "ar", "är", "sam", "bar", "ant", "ent", "ern")
_SHORT_ADJECTIVES = frozenset({"alt", "neu", "groß", "klein", "jung", "erst", "hoch", "offen", "frei", "rot"})
_ADJ_ENDINGS = ("en", "em", "er", "es", "e")
_STRONG_ENDING = {"m": "er", "f": "e", "n": "es"}


def gender(noun: str) -> str:
    """'m', 'f' or 'n' for a noun (compounds take the gender of their last part)."""
    low = noun.lower()
    return known_gender(noun) or (
        "m" if low.endswith(("er", "or", "ent", "ant")) else "f" if low.endswith("e") else "n"
    )


def known_gender(noun: str) -> str | None:
    """'m', 'f' or 'n' where the noun ends in a part whose gender is listed ("-stelle", "-netzwerk", "-verein")."""
    if noun.isupper():  # "IHK", "DGB": the gender of the head noun it stands for
        return ABBREVIATION_GENDERS.get(noun)
    low = noun.lower().rstrip("s") if noun.lower().endswith(("ums", "erks", "ats", "mts")) else noun.lower()
    for suffixes, g in ((_MASCULINE, "m"), (_NEUTER, "n"), (_FEMININE, "f")):
        if low.endswith(suffixes):
            return g
    return None


def is_adjective(word: str) -> bool:
    """A capitalised attributive adjective in a name ("Europäischen", "Regionales", "Alte")."""
    stem = adjective_stem(word)
    return stem is not None


def adjective_stem(word: str) -> str | None:
    low = word.lower()
    if low.endswith(_NOUN_HEADS):  # "Jobcenter", "Zentrum": nouns, whatever their ending looks like
        return None
    for ending in _ADJ_ENDINGS:
        if low.endswith(ending):
            stem = low[: -len(ending)]
            if stem.endswith(_ADJ_SUFFIXES) or stem in _SHORT_ADJECTIVES:
                return word[: len(stem)]
    return None


_PLURAL_ONLY_DATIVES = ("stadtwerken", "verkehrsbetrieben", "unternehmensverbänden", "unternehmerverbänden")


def noun_nominative(word: str) -> str:
    """Singular nominative of a declined head noun: "Landesnetzwerks" -> "Landesnetzwerk"."""
    low = word.lower()
    if low.endswith(_KEEPS_S) or not word[:1].isupper() or word.isupper():
        return word
    if low.endswith(_PLURAL_ONLY_DATIVES):
        return word[:-1]  # "Stadtwerken" -> "Stadtwerke": a plural-only name's dative
    for ending in ("es", "s"):
        if low.endswith(ending) and _is_known_head(low[: -len(ending)]):
            return word[: -len(ending)]
    if low.endswith("nisses"):  # "Bündnisses" -> "Bündnis": a noun in "-nis" doubles its "s"
        return word[:-3]
    return word


def _is_known_head(stem: str) -> bool:
    """A masculine or neuter head (their genitive takes -s); a stem in -in or -e is feminine, except "Verein"."""
    return stem.endswith(_NEUTER + _MASCULINE) and (not stem.endswith(("in", "e")) or stem.endswith("verein"))


def head_index(words: list[str]) -> int:
    """Index of the head noun: the first word that is neither an adjective nor the "IQ" prefix. A truncated
    first conjunct ("Industrie- und Handelskammertag") shares the head after its conjunction."""
    for i, word in enumerate(words):
        before_noun = i + 1 < len(words) and words[i + 1][:1].isupper()
        if word in ("IQ", "IQ-") or (before_noun and (is_adjective(word) or _is_place_adjective(word))):
            continue
        if word.endswith("-") and i + 2 < len(words) and words[i + 1] in _CONJUNCTIONS:
            return i + 2
        return i
    return 0


_CONJUNCTIONS = ("und", "oder", "sowie")


def _is_place_adjective(word: str) -> bool:
    """ "Berliner", "Thüringer": a place's invariable adjective (it never inflects, so it stays as written)."""
    return (
        word[:1].isupper()
        and word.endswith("er")
        and len(word) > 5
        and not word.lower().endswith(_NOUN_HEADS)
    )


def nominative(phrase: str) -> str:
    """Nominative of a name phrase without its article: "Europäischen Sozialfonds" -> "Europäischer Sozialfonds"."""
    words = phrase.split(" ")
    h = head_index(words)
    head = noun_nominative(words[h])
    g = gender(head)
    out = [_strong_adjective(w, g) for w in words[:h]] + [head] + words[h + 1 :]
    return " ".join(out)


def _strong_adjective(word: str, g: str) -> str:
    stem = adjective_stem(word)
    if stem is None or town_of_adjective(word) is not None:
        return word  # "Leipziger Volkszeitung": a town's adjective never inflects ("Leipzig" ends like "-ig")
    return stem + _STRONG_ENDING[g]


def _weak_adjective(word: str) -> str:
    stem = adjective_stem(word)
    if stem is None or town_of_adjective(word) is not None:
        return word  # "der Wuppertaler Stadtwerke": a town's adjective never inflects
    return stem + "en"


def _names_a_town(stem: str) -> bool:
    return stem in GERMAN_PLACES or stem in CITIES or stem in CITY_STATES  # Bremen: a Land and a town


def town_of_adjective(word: str) -> str | None:
    """The town a town's adjective in "-er" names: the town and "-er" ("Kasseler"), or its "-en" dropped
    ("Saarbrücker" of Saarbrücken, "Bremer" of Bremen), also with an "n" kept ("Dresdner" of Dresden), or the town
    and "-r" ("Eschweger" of Eschwege). Not a noun or given name so spelt ("Lehrer", "Werner")."""
    if not word.endswith("er") or word in NOT_TOWN_ADJECTIVES:
        return None
    stem = word[:-2]
    candidates = (stem, stem + "en", stem[:-1] + "en" if stem.endswith("n") else "", stem + "e")
    return next((town for town in candidates if town and _names_a_town(town)), None)


def genitive_with_article(label: str) -> str:
    """ "des IQ Landesnetzwerks Berlin", "der Bundesagentur für Arbeit": a label as a genitive attribute."""
    words = label.split(" ")
    h = head_index(words)
    g = gender(words[h])
    head = words[h]
    if g != "f" and not head.isupper() and not head.lower().endswith(_GENITIVE_UNCHANGED):
        head = _with_genitive_s(head)
    adjectives = [_weak_adjective(w) for w in words[:h]]
    article = "der" if g == "f" else "des"
    return " ".join([article, *adjectives, head, *words[h + 1 :]])


def _with_genitive_s(head: str) -> str:
    """ "Netzwerk" -> "Netzwerks", "Haus" -> "Hauses", "Bündnis" -> "Bündnisses"."""
    if head.endswith("nis"):
        return head + "ses"
    return head + ("es" if head.endswith(("s", "ß", "z", "x")) else "s")


# Heads of feminine nouns: no ending in any case of the singular, so an ending marks the plural.
_FEMININE_ENDINGS = ("stelle", "ung", "heit", "keit", "schaft", "tion", "tät")


@lru_cache(maxsize=4096)
def inflection_pattern(name: str) -> str:
    """A regex source matching `name` in any case: head and adjectives take any ending; spaces or hyphens vary."""
    words = name.split(" ")
    h = head_index(words)
    parts = []
    for i, word in enumerate(words):
        if i == h and word.lower().endswith(_FEMININE_ENDINGS):
            # "die Fachstellen X und Y" are two units, not the one named "Fachstelle X und Y"
            parts.append(re.escape(word))
        elif i <= h and word[:1].isupper() and len(word) > 3 and not word.isupper():
            stem = adjective_stem(word) if i < h else _noun_stem(word)
            parts.append(re.escape(stem or word) + r"(?:e|en|em|er|es|n|s|ns)?")
        else:
            parts.append(re.escape(word))
    return r"[\s\-–]*".join(parts) if len(parts) > 1 else parts[0]


def _noun_stem(word: str) -> str:
    low = word.lower()
    if low.endswith(("beauftragter", "vorsitzender")):
        return word[:-2]
    if low.endswith(("beauftragte", "vorsitzende")):
        return word[:-1]
    return word


# Endings of masculine person nouns whose genitive adds "-s" ("Leiters", "Staatssekretärs", "Landrats",
# "Koordinators", "Chefs"); no title ends so in the nominative.
_STRONG_GENITIVE_TITLES = ("ers", "ors", "ärs", "rats", "chefs")


def role_nominative(phrase: str, person_gender: str | None) -> str:
    """A role title in the nominative: "dem Beauftragten für Integration" -> "Beauftragter für Integration"."""
    words = phrase.split(" ")
    for i, word in enumerate(words):
        low = word.lower()
        if low.endswith(("beauftragten", "vorsitzenden", "abgeordneten", "angestellten")):
            words[i] = word[:-1] + ("r" if person_gender == "m" else "")
            return " ".join(words)
        if low.endswith(("präsidenten", "referenten", "dezernenten", "assistenten", "studenten")):
            words[i] = word[:-2]
            return " ".join(words)
        if low.endswith(("experten", "schirmherrn")):  # weak masculine nouns: "dem Experten"
            words[i] = word[:-1]
            return " ".join(words)
        if word[:1].isupper() and low.endswith(
            _STRONG_GENITIVE_TITLES
        ):  # "des Geschäftsführers", "des Landrats"
            words[i] = word[:-1]
            return " ".join(words)
        if i + 1 < len(words) and _invariant_place_adjective(word):
            continue  # "zum Thüringer Beauftragten": the Land's or town's adjective in "-er" never inflects
        if word[:1].isupper() and not is_adjective(word):
            return " ".join(words)
        words[i] = _weak_to_strong_adjective(word)
    return " ".join(words)


def _invariant_place_adjective(word: str) -> bool:
    """ "Thüringer", "Berliner", "Kieler": a Land's or town's adjective, the same in every case."""
    return word.endswith("er") and (word in LAND_ADJECTIVES or town_of_adjective(word) is not None)


def _weak_to_strong_adjective(word: str) -> str:
    """ "zuständigen" (after an article) -> "zuständige", as the role title stands without one."""
    if word.endswith("en") and adjective_stem(word):
        return word[:-1]
    return word
