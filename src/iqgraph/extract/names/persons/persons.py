"""People's names: given name from a name list (gender-guesser's dictionary, offline), family name after it.

A name the list does not know is still taken where the context says it is a person: an academic title
before it, a role noun right before it ("Referatsleiterin Simone Solka"), or a role apposition after it, a verb
of saying, a team's lead-in, a person's name it is listed after, the body it comes from before a verb of saying.
Family names alone ("so Bußmann") are linked to a full name seen earlier in the same release; where none is, a
family name after a title, a post, "Herr"/"Frau"/"Dr." or closing a quote's attribution is read alone.

A name's letters, titles and particles and what a given name says are read in names.py, the context that says
a name is a person's in contexts.py, family names standing alone in surnames.py. This module finds full names
and tells them from the phrases that look like one ("Offene Jugendarbeit", "Der 2. Fachkräftekongress", "zog
Jonas Sommer Bilanz").
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.projects import COMPASS_WORDS, TIME_WORDS
from ...text.alternation import any_of
from ...text.spans import IntervalIndex
from ...text.text import lists_persons_with_bodies
from .contexts import (
    TITLE_REACH,
    comes_from_a_body,
    context_says_person,
    copula_role,
    listed_after,
    role_noun_before,
)
from .names import (
    ACADEMIC,
    LOWER,
    PARTICLES,
    PERSON_RE,
    UPPER,
    PersonName,
    given_name_gender,
    is_certain_gender,
    is_role_or_body,
    opens_a_phrase,
)
from .surnames import find_surnames, find_titled_surnames

__all__ = [
    "ACADEMIC",
    "PERSON_RE",
    "PersonName",
    "find_persons",
    "find_surnames",
    "find_titled_surnames",
    "given_name_gender",
    "is_certain_gender",
]

_CREDIT_REACH = 40  # characters back from a name for a credit's or title's opening
_CREDIT_OR_TITLE = re.compile(r"(?:©|(?:Foto|Bild|Fotos|Quelle)\s*:)[^\n.]{0,30}\Z|[„\"»]\Z|(?:^|\s)\?\Z")
# A double family name ends the name: "Lucia Ferreira Santos, …", "… Ferreira Santos von …", or a preposition
# opens the clause's adverbial after it: "kam Lucia Ferreira Santos nach Kassel", "… Santos in die Beratung".
_NAME_END = re.compile(
    r"[ \xa0]*(?:[,.:;()]|$)|[ \xa0]+(?:und|von|vom|aus|sowie|als|nach|in|im|ins|zum|zur|an|am|auf|für|über)\s",
    re.MULTILINE,
)
# A number before the first word makes it a counted noun, no given name: "Zwei Tage Austausch", "3 Tage Praxis"
# (a year is no count: "hat seit 2020 Karl Muster").
_NUMBER_BEFORE = re.compile(
    rf"(?<![\w-])(?:\d{{1,3}}|{'|'.join(lexicon.GERMAN_NUMBER_WORDS)})[ \xa0]+$", re.IGNORECASE
)
_NUMBER_REACH = 16  # characters back over a written number
_PARTICLE = re.compile(PARTICLES + r"[ \xa0]")
_ROMANCE_PARTICLE = re.compile(r"(?:da|do|dos|de|del|di)[ \xa0]")
_CAPITAL_NEXT = re.compile(rf"[ \xa0]+[{UPPER}0-9]")
# A small word after three capitalised ones (a verb, an adverb): the third is a noun, the object of a clause whose
# subject is the first two, a given name and a family name ("dass Gisela Marx Möbel spendete").
_LOWER_NEXT = re.compile(
    r"[ \xa0]+(?!(?:nach|in|im|ins|aus|bei|beim|mit|zu|zum|zur|am|an|auf|für|über|seit|vor|vom|von|und|oder)\b)"
    r"[a-zäöüß]"
)  # not a preposition after a double family name: "kam Lucia Ferreira Santos nach Kassel"
_COURTESY_OR_TITLE_BEFORE = re.compile(r"(?:Frau|Herr|Herrn|Dr\.|Prof\.)\s*$")
# A preposition fused with its article right before the first word: the words are a noun phrase ("zum Beispiel
# Ärzte", "im Iran Medizin studiert", "beim Anker Verlag"), never a person's name, which takes no article.
_CONTRACTED_ARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(?:zum|zur|im|am|vom|beim|ins|ans)[ \xa0]+$", re.IGNORECASE
)
_CONTRACTED_ARTICLE_REACH = 6  # characters back over the fused article and its space


def find_persons(text: str, blocked: list[tuple[int, int]]) -> list[PersonName]:
    """Full names in `text`, skipping spans already taken by organisations and places."""
    out: list[PersonName] = []
    pos = 0
    taken = IntervalIndex(blocked)
    list_start = 0  # where the list of names the last one closes starts
    while (match := PERSON_RE.search(text, pos)) is not None:
        listed = bool(out) and listed_after(text, out[-1], match)
        person = _person(text, match, taken, list_start if listed else None)
        if person is None:
            pos = match.end("first")  # "Senatorin Katrin Lange": try again from "Katrin"
            continue
        list_start = list_start if listed else person.start
        out.append(person)
        pos = max(match.end(), person.end)  # a fourth word read past the match: "Ana Lucia Ferreira Santos"
    return out


def _person(
    text: str, match: re.Match[str], blocked: IntervalIndex, list_start: int | None = None
) -> PersonName | None:
    """`list_start`: where the list starts whose last name this is ("Petra Beispiel, Amanuel Tesfay und …")."""
    listed = list_start is not None
    if not match.group("title") and _CONTRACTED_ARTICLE_BEFORE.search(
        text, max(0, match.start() - _CONTRACTED_ARTICLE_REACH), match.start()
    ):
        return None  # "zum Beispiel Ärzte", "im Iran Medizin studiert": an article's noun phrase, no name
    special = _vietnamese_name(match, blocked) or _noble_name(match, blocked)
    if special is not None:
        return special
    if match.group("middle") and (
        match.group("last") in lexicon.VERB_PHRASE_NOUNS  # "nahmen Anna Probe Platz": the verb's noun
        or match.group("last") in TIME_WORDS  # "hielt Karl Muster Ende Mai …": a time's noun
        or _particle_starts_a_body(text, match, blocked)
        or is_role_or_body(match.group("last"))
        or _object_noun_last(text, match, list_start)  # "zog Jonas Sommer Bilanz": the noun is the verb's
    ):
        return _first_two_words(text, match, blocked)
    if blocked.overlaps(match.start("first"), match.end()) or _is_not_a_name(text, match):
        return None
    if not match.group("title") and _NUMBER_BEFORE.search(
        text, max(0, match.start() - _NUMBER_REACH), match.start()
    ):
        return None
    if _credit_or_title_before(text, match.start()):
        return None  # "© Netzwerk IQ/Kathrin Jegen", "Unter dem Motto „Chance Vielfalt“"
    middle = match.group("middle")
    g = given_name_gender(match.group("first"))
    start = match.start() if match.group("title") else match.start("first")
    # a title before the name vouches for a double family name wherever it ends: "Prof. Dr. Ana Gómez Beispiel sprach"
    double = (
        middle
        and g
        and not given_name_gender(middle)
        and (
            _NAME_END.match(text, match.end())
            or match.group("title")
            or (_verb_before(text, match) and _SUBJECT_GOES_ON.match(text, match.end()))
            or (role_noun_before(text, match.start()) and _LOWER_NEXT.match(text, match.end()))
        )
    )
    if middle and g in ("f", "m") and not given_name_gender(middle) and _object_after_the_name(text, match):
        return _first_two_words(
            text, match, blocked
        )  # "…, dessen Vorsitzende Gisela Marx Möbel organisierte"
    if middle and not double and not (g and given_name_gender(middle)):
        return None  # "Staatssekretärin Susi Möbbeck": the name starts at "Susi"
    if (
        is_role_or_body(match.group("first"))
        or match.group("first") in lexicon.TERRITORY_NOUNS  # "Kreis Beispielhausen"
        or (g is None and is_event_noun(match.group("first")))
    ):
        return None
    if g is None and not (
        listed or context_says_person(text, match) or comes_from_a_body(text, match.span(), blocked)
    ):
        return None
    if g is None and match.group("last") in _WORDS_CLOSING_A_UNIT_S_NAME:
        return None  # "Projektleiterin Brücke Ost", "Koordinator Pflege Plus": a unit's name after the title
    if middle and not double and not match.group("initial"):
        four = _double_family_name_after_two_given(text, match, start, g)
        if four is not None:
            return four
    if double:  # "Lucia Ferreira Santos": a double family name
        return PersonName(
            start, match.end(), match.group("first"), f"{middle} {match.group('last')}", _gender(g)
        )
    first = match.group("first") + (" " + middle if middle else "")
    first += " " + match.group("initial") if match.group("initial") else ""  # "Karl J. Muster"
    return PersonName(start, match.end(), first, match.group("last"), _gender(g))


# Words that close a unit's name, never a family name after an unknown given name: "Brücke Ost", "Pflege Plus".
_WORDS_CLOSING_A_UNIT_S_NAME = frozenset({*COMPASS_WORDS, "Plus"})


def _vietnamese_name(match: re.Match[str], blocked: IntervalIndex) -> PersonName | None:
    """ "Nguyen Van Beispiel", "Tran Thi Probe": a Vietnamese family name, a middle name of gender, a given name."""
    first, middle = match.group("first"), match.group("middle")
    if (
        first not in lexicon.VIETNAMESE_FAMILY_NAMES
        or middle not in lexicon.VIETNAMESE_MIDDLE_NAMES
        or blocked.overlaps(match.start("first"), match.end())
    ):
        return None
    start = match.start() if match.group("title") else match.start("first")
    return PersonName(
        start, match.end(), f"{first} {middle}", match.group("last"), lexicon.VIETNAMESE_MIDDLE_NAMES[middle]
    )


def _noble_name(match: re.Match[str], blocked: IntervalIndex) -> PersonName | None:
    """ "Wolf-Dieter Graf von Hohenstein", "Marie Freifrau von Beispielburg": a title of nobility and a particle
    after a given name are the family name's, no body's name opening with "von"."""
    middle = match.group("middle")
    g = given_name_gender(match.group("first"))
    if (
        middle not in lexicon.NOBILITY_TITLES
        or not g
        or not _PARTICLE.match(match.group("last"))
        or blocked.overlaps(match.start("first"), match.end())
    ):
        return None
    start = match.start() if match.group("title") else match.start("first")
    return PersonName(start, match.end(), match.group("first"), f"{middle} {match.group('last')}", _gender(g))


# A fourth capitalised word after two given names and a family name: "Ana Lucia Ferreira Santos".
_FOURTH_WORD = re.compile(rf"[ \xa0]+(?P<word>[{UPPER}][{LOWER}]+)(?![\w-])")


def _double_family_name_after_two_given(
    text: str, match: re.Match[str], start: int, g: str | None
) -> PersonName | None:
    """Two given names and a double family name, the name's end after the fourth word ("Ana Lucia Ferreira Santos,
    …", "… Santos vom Verein X"); after a verb taking an object only with a role apposition after it ("begrüßte
    Anna Maria Muster Gäste." keeps the noun out)."""
    fourth = _FOURTH_WORD.match(text, match.end())
    if fourth is None or not g or given_name_gender(match.group("last")):
        return None
    word = fourth.group("word")
    if _not_a_family_name(word) or not _NAME_END.match(text, fourth.end()):
        return None
    if _verb_before(text, match) and not _SUBJECT_GOES_ON.match(text, fourth.end()):
        return None
    first = f"{match.group('first')} {match.group('middle')}"
    return PersonName(start, fourth.end(), first, f"{match.group('last')} {word}", _gender(g))


def _not_a_family_name(word: str) -> bool:
    """A man's or a woman's given name, a place, a role, a body, a firm's or a verb's noun, a word of time: no
    family name's second part."""
    return bool(
        given_name_gender(word) in ("f", "m")  # not "Santos", a given name of either gender and a family name
        or word in lexicon.NOT_NAMES
        or word in lexicon.LAENDER
        or word in lexicon.CITIES
        or word in lexicon.VERB_PHRASE_NOUNS
        or word in TIME_WORDS
        or is_role_or_body(word)
        or _names_a_business(word)
        or _is_role_noun_form(word.lower())
        or opens_a_phrase(word)
    )


# The verb, then at most an article and a title before the name ("zog die Leiterin Anna Probe Resümee").
_VERB_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(lexicon.VERBS_BEFORE_THEIR_OBJECT)})(?:[ \xa0]+[\w.-]+){{0,2}}[ \xa0]+$"
)
_VERB_WINDOW = 60  # characters back over the verb, an article and a title


def _object_noun_last(text: str, match: re.Match[str], list_start: int | None) -> bool:
    """A verb of the kind before the name, or before the list it closes (`list_start`), and no capital word after
    its third word: that word is the verb's object ("zog Jonas Sommer Bilanz.", "stellte Ole Muster Ergebnisse vor",
    "hielten Eva Muster und Ole Probe Vorträge"), not in "nahm Lucia Ferreira Santos Stellung"."""
    return (
        (_verb_before(text, match) or (list_start is not None and _verb_before_at(text, list_start)))
        and not _CAPITAL_NEXT.match(text, match.end())
        and not _SUBJECT_GOES_ON.match(text, match.end())
        and not _two_given_names_listed(text, match)
    )


# A name listed after the match: "trafen sich Anna Maria Muster und Karl Probe".
_NAME_LISTED_AFTER = re.compile(
    rf"[ \xa0]*(?:,|und|sowie)[ \xa0]+(?P<next>[{UPPER}][{LOWER}]+)[ \xa0]+[{UPPER}]"
)


def _two_given_names_listed(text: str, match: re.Match[str]) -> bool:
    """Two given names, a third word that is none and a person's name listed after them: the third is the family
    name ("trafen sich Anna Maria Muster und Karl Probe"), no verb's object."""
    listed = _NAME_LISTED_AFTER.match(text, match.end())
    return (
        listed is not None
        and given_name_gender(match.group("middle")) in ("f", "m")
        and not given_name_gender(match.group("last"))
        and given_name_gender(listed.group("next")) in ("f", "m")
    )


def _verb_before(text: str, match: re.Match[str]) -> bool:
    return _verb_before_at(text, match.start())


def _verb_before_at(text: str, start: int) -> bool:
    return bool(_VERB_BEFORE.search(text, max(0, start - _VERB_WINDOW), start))


# An article after the third word opens the verb's object, a role apposition the subject's, so the three words are
# the subject's name: "begrüßte Lucia Ferreira Santos die Gäste", "… Santos, Leiterin der Beratungsstelle, …".
_SUBJECT_GOES_ON = re.compile(
    r"[ \xa0]+(?:die|der|den|das|dem|ein|eine|einen|einem|alle|zahlreiche|viele)[ \xa0]"
    rf"|[ \xa0]*,[ \xa0]*(?:\w+[ \xa0]+)?(?i:\w*{any_of(lexicon.ROLE_STEMS)})"
)


# A subordinate clause's opener, then at most a title, before the name: its verb comes last, so a noun between the
# name and a small word is the verb's object ("…, dessen Vorsitzende Gisela Marx Möbel organisierte"); in a main
# clause the verb follows the subject ("Cristina Torres Mendes animierte …": a double family name).
_SUBORDINATE_BEFORE = re.compile(
    r",[ \xa0]*(?:dessen|deren|der|die|das|dem|den|dass|weil|da|wenn|als|nachdem|ob|obwohl|während|sobald)"
    r"(?:[ \xa0]+[\w.-]+)?[ \xa0]+$"
)
_CLAUSE_OPENER_WINDOW = 50  # characters back over the comma, the opener and a title


# "… Möbel und Computer organisierte": bare nouns coordinated, no person's name after "und"
_BARE_NOUN_AFTER_UND = re.compile(
    rf"[ \xa0]+und[ \xa0]+(?P<noun>[{UPPER}][a-zäöüß]+)(?![\w-])(?![ \xa0]+[{UPPER}])"
)


def _object_after_the_name(text: str, match: re.Match[str]) -> bool:
    """In a verb-final clause the match's third word is the verb's object where a small word follows it or a bare
    noun is coordinated with it ("…, dessen Vorsitzende Gisela Marx Möbel und Computer organisierte")."""
    if _SUBORDINATE_BEFORE.search(text, max(0, match.start() - _CLAUSE_OPENER_WINDOW), match.start()) is None:
        return False
    noun = _BARE_NOUN_AFTER_UND.match(text, match.end())
    return bool(_LOWER_NEXT.match(text, match.end())) or (
        noun is not None and not given_name_gender(noun.group("noun"))
    )


def _gender(g: str | None) -> str | None:
    return g if g != "x" else None


def _particle_starts_a_body(text: str, match: re.Match[str], blocked: IntervalIndex) -> bool:
    """ "Lenke Muster von Club Brückenbau e. V.", "Greta Probe von Brückenbau gGmbH": "von" starts the
    organisation (a name taken, or more capitalised words follow), not a family name."""
    if not _PARTICLE.match(match.group("last")) or _ROMANCE_PARTICLE.match(match.group("last")):
        return False  # "Luis Pérez de la Cruz": no body's name starts with "de la"
    return (
        blocked.overlaps(match.start("last"), match.end())
        or not given_name_gender(match.group("middle"))
        or bool(_CAPITAL_NEXT.match(text, match.end()))
    )


def _first_two_words(text: str, match: re.Match[str], blocked: IntervalIndex) -> PersonName | None:
    """The name is the match's first two words when the third starts something else: a body ("Greta Probe von
    Brückenbau gGmbH") or a role after a fronted copula ("Zuvor war Petra Beispiel Referentin im …")."""
    first, last = match.group("first"), match.group("middle")
    start = match.start() if match.group("title") else match.start("first")
    g = given_name_gender(first)
    if (
        blocked.overlaps(match.start("first"), match.end("middle"))
        or {first, last} & lexicon.NOT_NAMES
        or _names_a_business(last)
        or opens_a_phrase(first)
        or last in lexicon.LAENDER
        or last in lexicon.CITIES
        or is_role_or_body(first)
        or (
            g is None
            and not match.group(
                "title"
            )  # "Prof. Dr. Yeganeh Ostadzadeh von der Hochschule X": the title vouches
            and not comes_from_a_body(text, (start, match.end("middle")), blocked)
            and not copula_role(text, match)
        )
        or _credit_or_title_before(text, match.start())
    ):
        return None
    return PersonName(start, match.end("middle"), first, last, _gender(g))


def _credit_or_title_before(text: str, start: int) -> bool:
    """A photo credit or a quoted title just before a name (a caption listing persons with their bodies, "Foto:
    A (Verein X) und B (Stiftung Y)", is no credit)."""
    credit = _CREDIT_OR_TITLE.search(text, max(0, start - _CREDIT_REACH), start)
    return credit is not None and not lists_persons_with_bodies(text, credit.start())


def _is_not_a_name(text: str, match: re.Match[str]) -> bool:
    last = match.group("last")
    words = {match.group("first"), last, match.group("middle") or ""}
    if words & lexicon.NOT_NAMES or last in lexicon.LAENDER or last in lexicon.CITIES:
        return True
    if _names_people_or_a_country(last):
        return True
    if _names_a_business(last) or _names_a_business(match.group("middle") or ""):
        return True  # "Kaya Logistik", "Demir Bau": a firm named after its owner
    if not match.group("title") and _FIRM_KIND_BEFORE.search(
        text, max(0, match.start() - TITLE_REACH), match.start()
    ):
        return True  # "die Gärtnerei Rose Beispiel": the firm's name
    if not match.group("title") and opens_a_phrase(match.group("first")):
        return True
    low = last.lower()
    noun_suffix = len(low) > 5 and low.endswith(
        ("ung", "keit", "heit", "schaft", "arbeit", "politik")
    )  # not "Jung", a family name; "Offene Jugendarbeit" after a role noun is a unit
    return (
        low.endswith(tuple(lexicon.ORG_HEADS))
        or (noun_suffix and not _surname_like_a_noun(text, match))
        or _is_role_noun_form(low)
        or last in lexicon.ROLE_NOUNS_NO_FAMILY_NAME  # "Vorher war Demir Referent beim …": a name met again
    )


# Countries whose genitive may follow a plural noun: "aus allen Regionen Deutschlands", "Städte Europas".
_COUNTRIES = frozenset({"Deutschland", "Europa", "Österreich"})


def _names_people_or_a_country(last: str) -> bool:
    """A group of people after "von" ("die Lage von Migrantinnen", "Teams von Fachkräften") or a country's or
    Land's genitive ("Regionen Deutschlands", "Städte Hessens"): a noun phrase, no family name."""
    word = _PARTICLE.sub("", last, count=1).lower()
    if word.endswith(lexicon.PEOPLE_NOUN_ENDINGS) or word.endswith(("kräften", "männern", "ärzten")):
        return True
    return last.endswith("s") and (last[:-1] in _COUNTRIES or last[:-1] in lexicon.LAENDER)


# A capitalised noun of a firm's kind right before the name: "die Firma Karl Muster", "Malerbetrieb Jonas Probe"
# (not the verb "betrieb": "seit 2010 betrieb Karl Muster …").
_FIRM_KIND_BEFORE = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])[\w-]*(?i:{'|'.join(lexicon.FIRM_KIND_ENDINGS)})[ \xa0]+$"
)


def _names_a_business(word: str) -> bool:
    """ "Logistik", "Metallbau", "Pflege": a business's noun, which names a firm after a family name."""
    return word.lower().endswith(lexicon.BUSINESS_NOUN_ENDINGS)


def _surname_like_a_noun(text: str, match: re.Match[str]) -> bool:
    """A family name with a noun's ending ("Hartung") after a word that is only ever a given name, with an
    academic title or "Frau"/"Herr" before it: "Dr. Lisa Hartung", "Frau Anna Hartung"."""
    before = text[max(0, match.start() - TITLE_REACH) : match.start("first")]
    titled = bool(match.group("title")) or _COURTESY_OR_TITLE_BEFORE.search(before) is not None
    return titled and given_name_gender(match.group("first")) in ("f", "m")


# "Seine Stellvertreterin, Ministerin …": a role noun's feminine form or a compound of one is no family name
# ("Leiter" and "Sprecher" alone are); a compound has a first part of its own before the role stem.
_ROLE_NOUN_FORM = re.compile(
    rf"(?:\w{{3,}}(?:{any_of(lexicon.ROLE_STEMS)})\w*|\w*(?:{any_of(lexicon.GENDERED_ROLE_STEMS)})in(?:nen)?)"
)


def _is_role_noun_form(low: str) -> bool:
    return _ROLE_NOUN_FORM.fullmatch(low) is not None


# "Der 2. Fachkräftekongress Nordhessen fand …": a word ending in an event noun opens an event's name, no person's.
_EVENT_NOUN_ENDINGS = tuple(n.lower() for n in (*lexicon.EVENT_NOUNS, *lexicon.MORE_EVENT_NOUNS))


def is_event_noun(word: str) -> bool:
    return word.lower().endswith(_EVENT_NOUN_ENDINGS)
