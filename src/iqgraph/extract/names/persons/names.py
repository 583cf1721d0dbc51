"""A person's name as written and what its given name says: letters of names from across Europe, Turkey and
Vietnam ("Kovačević", "Dvořák", "Szőke"), academic titles before it ("Prof. Dr. med."), an initial ("Karl J.
Muster"), particles before a family name ("van der Beek", "de la Cruz") and family names joined by one
("Ferreira da Silva"). A given name's gender comes from gender-guesser's dictionary (offline) and the
lexicon's names ("Petra" a woman's, "Uli" either's). Role nouns, bodies' heads and nouns of belonging
("Referentin", "Stiftung", "Mitglied") are no part of a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ... import lexicon

# Letters of names from across Europe, Turkey and Vietnam written in Latin script ("Kovačević", "Dvořák", "Szőke").
UPPER = "A-ZÄÖÜÇŞĞİÉÈÁÀÓÒÚŁŚŻŹĆŃČŠŽŘĎŤŇĚŮÝÍÂÊÎÔÛÃÕÑŐŰĄĘŢȘȚÅØ"
LOWER = (
    "a-zäöüßçşğıéèáàóòúíñłśżźćńëïâêîôûčšžřďťňěůýãõőűąęţșțåøìùươạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
)
_NAME = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# Academic titles and degrees before a name, any number: "Prof. Dr.", "Dipl.-Ing.", "Mag. (FH)".
_DEGREE = "(?:" + "|".join(lexicon.ACADEMIC_TITLES) + ")"
ACADEMIC = rf"(?:{_DEGREE}[ \xa0]*)*"
# Particles before a family name, the longer first ("van der Beek", "von der Heide", "de la Cruz", "dos Santos"); not
# "zu" of a phrase after a name ("war Petra Beispiel zu Gast", "kam Jan Muster zu Wort").
_ZU_PHRASES = r"(?![ \xa0]+(?:Gast|Wort|Besuch|Beginn|Ende)\b)"
PARTICLES = (
    r"(?:van[ \xa0]+der|van[ \xa0]+den|von[ \xa0]+der|de[ \xa0]+la|von|van|de|di|da|dos|del|zu"
    + _ZU_PHRASES
    + r"|ten|ter)"
)
# Irish, Scottish and Italian family names open with a letter and an apostrophe or "Mc"/"Mac" before a capital:
# "O'Connor", "D'Angelo", "McKenzie".
_SURNAME_OPENING = rf"(?:[{UPPER}]['’](?=[{UPPER}])|Ma?c(?=[{UPPER}]))?"
_SURNAME = (
    rf"(?:{PARTICLES}[ \xa0]+|(?:al|el)-)?{_SURNAME_OPENING}[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}]+)?"
)
# Spanish and Portuguese family names join two names by a particle: "Ferreira da Silva", "Pérez de la Cruz"
# (not "das", a German article: "Greta Muster das Angebot").
_JOINED_SURNAME = rf"(?:[ \xa0]+(?:da|do|dos|de|del|de[ \xa0]+la)[ \xa0]+[{UPPER}][{LOWER}]+)?"
PERSON_RE = re.compile(
    rf"(?<![\w-])(?P<title>(?:{_DEGREE}[ \xa0]*)+)?(?P<first>{_NAME})(?:[ \xa0]+(?P<middle>{_NAME}))?"
    rf"(?:[ \xa0]+(?P<initial>[{UPPER}]\.))?[ \xa0]+(?P<last>{_SURNAME}{_JOINED_SURNAME})(?![\w-])"
)


@dataclass(frozen=True)
class PersonName:
    start: int
    end: int
    first: str
    last: str
    gender: str | None  # "f", "m" or None

    @property
    def label(self) -> str:
        return f"{self.first} {self.last}".strip()

    @property
    def key(self) -> str:
        return "person:" + self.label.lower()


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as gd  # loads a 4 MB name list: only when first needed

    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def given_name_gender(word: str) -> str | None:
    """'f' or 'm' for a known given name, 'x' for a known name of either gender, None for no name."""
    if word in lexicon.NOT_NAMES or word in lexicon.WORDS_NOT_GIVEN_NAMES or len(word) < 2:
        return None
    if word in lexicon.MORE_GIVEN_NAMES:
        return lexicon.MORE_GIVEN_NAMES[word]
    answer = _detector().get_gender(word.split("-")[0])
    return {"female": "f", "mostly_female": "f", "male": "m", "mostly_male": "m", "andy": "x"}.get(answer)


def is_certain_gender(label: str) -> bool:
    """Whether a person's given name is only ever a woman's or only ever a man's ("Uli" is not)."""
    first = label.split(" ")[0]
    if first in lexicon.MORE_GIVEN_NAMES:
        return lexicon.MORE_GIVEN_NAMES[first] != "x"
    return bool(first) and _detector().get_gender(first.split("-")[0]) in ("female", "male")


# A preposition, a numeral, a quantifier or an adverb opens a phrase, never a person's name, though the name list
# holds some ("Ab", "Seit"): "Drei Angebote stellten sich vor", "Ab Herbst sollen …", "Zu Gast war Ministerin …",
# "Viele Betriebe sagten ab".
_PHRASE_OPENERS = (
    lexicon.PREPOSITIONS
    | frozenset(w for w in lexicon.GERMAN_NUMBER_WORDS if " " not in w)
    | lexicon.PHRASE_OPENING_WORDS
)


def opens_a_phrase(word: str) -> bool:
    """Whether a capitalised word is a preposition, a numeral, a quantifier or an adverb opening a phrase."""
    return word.lower() in _PHRASE_OPENERS


def is_role_or_body(word: str) -> bool:
    """A role noun, a body's head or a noun of belonging ("ist Petra Beispiel Mitglied im …")."""
    low = word.lower()
    return (
        any(stem in low for stem in lexicon.ROLE_STEMS)
        or low.endswith(tuple(lexicon.ORG_HEADS))
        or word in lexicon.MEMBER_NOUNS
        or word in lexicon.MEMBER_PLURALS  # "sind Anna Probe und Karl Muster Mitglieder im …"
    )
