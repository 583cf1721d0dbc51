"""The head words organisation names are built on, and the class of body each one signals.

"Arbeitsministeriums" ends in the head "ministerium" (a Ministry), "Ausländerbehörde" in "behörde" (an Agency);
"Jobcentern" is a plural and names no body. A legal form read as a word makes a company of any head ("Agentur
Mehrwert GmbH"), and a bare authority with a portfolio is a city-state's ministry ("Behörde für Schule und
Berufsbildung"). Also the words the other organisation modules share: towns, the endings of common nouns, the
articles and prepositions a name follows, and whether a word names a body at all ("Vereins", "Landkreis").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon

_HEADS = tuple(sorted(lexicon.ORG_HEADS, key=len, reverse=True))
# "Bündnisses": a head in "-nis" doubles its "s" in the genitive
_HEAD_AT_END = re.compile(rf"(?P<head>{'|'.join(_HEADS)})(?:(?P<plural>en|n|ien|er)|s|es|(?<=nis)ses)?$")
COMMON_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "ismus", "en", "ern", "chen", "nis")
LEGAL_FORM = (
    r"(?:gemeinnützige\s+GmbH|GmbH\s*&\s*Co\.\s*KG|e\.\s?V\.?|gGmbH|GmbH|mbH|g?UG\s*\(haftungsbeschränkt\)|gUG|eG|kAöR"
    r"|gAG|AG|SE|KGaA|KG|OHG|GbR|Ltd\.?)"
    r"(?![\w])"
)
TOWNS = frozenset({*lexicon.CITIES, *lexicon.GERMAN_PLACES}) - set(lexicon.LAENDER)
_BARE_OK = ("ministerium", "senatsverwaltung", "staatskanzlei", "kanzleramt")  # compounds naming one body


# A proper name before a head that stands as a word of its own: "die Bertelsmann Stiftung", "der Robert Beispiel
# Stiftung", "die Bruderhaus Diakonie". After an article or preposition, so that a sentence's first word is not
# taken; the name words are neither adjectives ("die Neue Stiftung") nor common nouns ("die Bildung Stiftung").
ARTICLES = ("der", "die", "das", "den", "dem", "des")
PREPOSITIONS = ("von", "vom", "bei", "beim", "mit", "zur", "zum", "durch", "für", "am", "im", "an")


# Items that name a body or territory of their own: "die Stadt, Lernweg und Partner gGmbH" lists two bodies.
_TERRITORY_WORDS = frozenset({*lexicon.LOCAL_BODY_GENITIVES.values(), "Land", "Bund", "Region"})


def names_a_body(word: str) -> bool:
    return (
        bool(common_body_noun(word) or head_suffix(word) or word in _TERRITORY_WORDS or word in TOWNS)
        or word in lexicon.LAENDER
    )


@lru_cache(maxsize=65536)
def head_suffix(word: str) -> str | None:
    """The organisation head a word ends in ("Arbeitsministeriums" -> "ministerium"); plurals are not names."""
    low = word.lower()
    # "Gesinnung", "Besinnung" end in a guild's head ("innung") and name none
    if "netzwerk" in low or low.endswith(("handwerk", "handwerks", "ehrenamt", "hauptamt", "sinnung")):
        return None
    plural_only = next((h for h in _PLURAL_ONLY_HEADS if low.endswith((h, h + "n"))), None)
    if plural_only is not None:
        return plural_only  # "Stadtwerken": the dative of a plural-only name
    match = _HEAD_AT_END.search(low)
    if match is None or match.group("plural"):
        return None
    return match.group("head")


# Heads that are plural only and name one body: "die Stadtwerke Kassel", "bei den Stadtwerken Kassel", "die
# Leipziger Verkehrsbetriebe".
_FEDERATIONS_BY_MEMBERS = ("unternehmensverbände", "unternehmerverbände")
_PLURAL_ONLY_HEADS = ("stadtwerke", "verkehrsbetriebe", *_FEDERATIONS_BY_MEMBERS)
# ... and the associations a federation gathers ("Landesverband der Migrantenorganisationen in X"), heads in the
# singular ("die Migrantenorganisation X")
_MEMBERS_IN_THE_PLURAL = (
    "migrantenorganisationen",
    "migrantinnenorganisationen",
    "migrantenselbstorganisationen",
)

_CITY_STATE_ADJECTIVES = frozenset({"Hamburger", "Bremer", "Berliner"})


def _agency_word(label: str) -> str:
    """The word holding the "agentur" head, its hyphens dropped: "Deutsche Presse-Agentur" -> "presseagentur"."""
    words = [w for w in label.split() if w.lower().endswith("agentur")]
    return (words[0] if words else label.split()[0]).replace("-", "").lower()


def type_of(label: str, head: str) -> str:
    """The class the head signals; a bare authority with a portfolio ("Behörde für Schule und Berufsbildung") is
    a city-state's ministry, while a compound ("Ausländerbehörde der Stadt X") stays an agency."""
    first, _, rest = label.partition(" ")
    if first in _CITY_STATE_ADJECTIVES:  # "Hamburger Behörde für Arbeit …": the city-state's own ministry
        first, _, rest = rest.partition(" ")
    if first.lower() in lexicon.PORTFOLIO_AUTHORITIES and rest.startswith("für "):
        return "Ministry"
    if not rest and first.lower() in lexicon.PORTFOLIO_AUTHORITY_COMPOUNDS:  # "die (Hamburger) Schulbehörde"
        return "Ministry"
    if head == "agentur" and _agency_word(label).startswith(lexicon.PRIVATE_AGENCY_PREFIXES):
        return "Organisation"  # "Werbeagentur Nordlicht", "Deutsche Presse-Agentur": a company
    if first == "Agentur" and rest[:1].isupper():
        return (
            "Organisation"  # "Agentur Mehrwert": a company by its proper name (a public one is "für" a field)
        )
    if head in lexicon.COUNCIL_HEADS and _OF_A_MUNICIPALITY.search(label):
        return "Agency"  # "Migrationsrat der Stadt Fulda": the town's council, not an association
    if head == "kommission" and _PUBLIC_COMMISSION.search(label):
        return "Agency"  # "die Europäische Kommission", "die Härtefallkommission des Landes": a public body
    if _LEGAL_FORM_AT_END.search(label):
        return (
            "Organisation"  # "Agentur Mehrwert GmbH": a company, whatever its head (the form read as a word)
        )
    return lexicon.ORG_HEADS[head]


# Commissions that are public bodies: the European Union's executive and the commissions a Land sets up by law
# ("Härtefallkommission", "Landeskommission für …"); a party's or an association's commission stays theirs.
_PUBLIC_COMMISSION = re.compile(
    r"^(?:Europäische\s+Kommission|EU-Kommission|Härtefallkommission|Landeskommission)\b"
)
_LEGAL_FORM_AT_END = re.compile(rf"\s{LEGAL_FORM}$")
_OF_A_MUNICIPALITY = re.compile(r"\s(?:der\s(?:\w+)?[Ss]tadt|des\s(?:Land)?[Kk]reises|der\sGemeinde)\s")


# "das Bundesministerium", "ein Landesministerium": a level of government and a head name any ministry of it
_LEVEL_ONLY = frozenset(level + head for level in lexicon.GOVERNMENT_LEVELS for head in _BARE_OK)


def names_one_body(word: str) -> bool:
    """ "Arbeitsministerium", "Senatsverwaltung": a compound of a bare head that names one body of a government;
    "Bundesministerium" alone names none."""
    return (
        (word.endswith(_BARE_OK) and not word.startswith(_BARE_OK) and word not in _LEVEL_ONLY)
        or _federal_office(word)
        or word in lexicon.PORTFOLIO_AUTHORITY_COMPOUNDS
    )


_FEDERAL_OFFICE = re.compile(r"bundes\w{3,}amte?")  # "-amte" from "-amtes" with its "s" cut


def _federal_office(word: str) -> bool:
    """ "Bundesverwaltungsamt", "Bundeszentralamt": the federal office of a field is one body; a bare "Bundesamt"
    names none."""
    return _FEDERAL_OFFICE.fullmatch(word) is not None


def common_body_noun(word: str) -> bool:
    """ "Vereins", "Netzwerks", "Hotels", "Bündnisses": a genitive of a bare head or another noun for a body or
    venture."""
    low = word.lower()
    if low in _FEDERATIONS_BY_MEMBERS or low.endswith(_MEMBERS_IN_THE_PLURAL):
        return False  # "Vereinigung der Unternehmensverbände in X": the members a federation is named by
    stems = (
        low,
        low.removesuffix("ses"),  # "Bündnisses": a noun in "-nis" doubles its "s"
        low.removesuffix("s"),
        low.removesuffix("es"),
        low.removesuffix("en"),
        low.removesuffix("n"),
    )
    return any(stem in lexicon.ORG_HEADS or stem in lexicon.COMMON_BODY_NOUNS for stem in stems)
