"""Roles held by several people named in a list after one role noun: "ihre Mitarbeiterinnen A und B",
"die Leitungen der Netzwerke: A (Netzwerk X) und B (Netzwerk Y)". `phrases.py` reads the role noun and its
phrase; this module reads the list of names after it and each name's organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..names.persons.persons import ACADEMIC
from ..text.morphology import role_nominative
from ..text.spans import Mention

# Role stems of agent nouns in "-er" ("Leiter", "Berater"), whose dative plural ends in "-ern".
_AGENT_STEMS = tuple(stem for stem in lexicon.ROLE_STEMS if stem.endswith("er"))
NAME_GAP_MAX = 20  # room for "Dr. Prof. ", "Mag. (FH) " between two names of a list
_FIRST_GLUE = re.compile(r"[ \xa0]*(?:(?:Frau|Herr|Herrn)[ \xa0]+)?" + ACADEMIC)
_LIST_GLUE = re.compile(r"\s*(?:,|und|sowie|,\s*und)\s*(?:(?:Frau|Herr|Herrn)[ \xa0]+)?" + ACADEMIC)
_AND = re.compile(r"\s+und\s+")
_POSSESSIVE = re.compile(r"(?:ihre|ihren|seine|seinen)[ \xa0]+$")
POSSESSIVE_REACH = 10  # characters before the role noun that hold the possessive ("seinen ")
_COLON = re.compile(r"[ \xa0]*:[ \xa0]*")
_OPEN = re.compile(r"[ \xa0]*\(")
# A plural role phrase as the subject of a short clause whose colon lists the holders: "Die Leitungen der Netzwerke
# begrüßten die Gäste: A (Netzwerk X) und B (Netzwerk Y)" (a plural verb, up to three words of its object).
_CLAUSE_THEN_COLON = re.compile(
    r"[ \xa0]+[a-zäöüß]+(?:en|ten)(?:[ \xa0]+(?:[a-zäöüß]+|[A-ZÄÖÜ][\w*]*(?::innen)?)){0,3}[ \xa0]*:[ \xa0]*"
)
_ORG_GLUE = re.compile(r"\s*(?:,|und|sowie)\s*")
PARENTHESES_MAX = 80  # characters of an organisation's name and what follows it inside the parentheses


@dataclass(frozen=True)
class Listed:
    person: Mention
    title: str
    organisation: Mention | None


@dataclass(frozen=True)
class _Item:
    person: Mention
    organisation: Mention | None
    glue: str  # the words between the previous item and this one ("" for the first)
    bracketed: bool = False  # parentheses follow the name, whatever they hold
    more: tuple[Mention, ...] = ()  # organisations coordinated with the first in the parentheses ("X und Y")


def singular(noun: str) -> str:
    """ "Mitarbeiterinnen" -> "Mitarbeiterin", "Leitungen" -> "Leitung", "Koordinatoren" -> "Koordinator" (a
    strong noun: "-oren" is only its plural); other nouns as they stand."""
    if noun.endswith(("innen", "Innen")):  # "BeraterInnen" -> "BeraterIn", as "Berater:innen" -> "Berater:in"
        return noun[:-3]
    if noun.endswith("oren"):
        return noun[:-2]
    if noun.endswith("räte"):  # "Landräte" -> "Landrat"
        return noun[:-4] + "rat"
    if noun.endswith("äre"):  # "Staatssekretäre" -> "Staatssekretär" (its singular's cases have no "-e")
        return noun[:-3] + "är"
    if noun.endswith("isten"):  # "Prokuristen" -> "Prokurist": a weak noun's plural
        return noun[:-2]
    if noun.endswith(("stände", "ständen")):  # "Vorstände", "den Vorständen" -> "Vorstand"
        return noun[: noun.rindex("stände")] + "stand"
    if noun.endswith("ern") and noun[:-1].lower().endswith(_AGENT_STEMS):
        return noun[:-1]  # "den Geschäftsführern": an agent noun's dative plural (its singular has no "-n")
    return noun[:-2] if noun.endswith("ungen") else noun


def team_after_possessive(
    text: str, noun: str, span: tuple[int, int], people: list[Mention], previous: Mention | None
) -> list[Listed]:
    """ "Petra Beispiel, Leiterin der Brückenbau gGmbH, und ihre Mitarbeiterinnen Anna Probe und Greta Muster":
    a plural role after a possessive names people of the organisation of the role named just before.
    `span`: where the role noun starts and ends."""
    start, end = span
    if previous is None or not _POSSESSIVE.search(text, max(0, start - POSSESSIVE_REACH), start):
        return []
    return [Listed(item.person, singular(noun), previous) for item in _items(text, end, people, [])]


def named_after_colon(
    text: str,
    noun: str,
    phrase_end: int,
    mentions: list[Mention],
    organisation: Mention | None,
    portfolio: str = "",
) -> list[Listed]:
    """ "die Leitungen der Netzwerke: A (Netzwerk X) und B und C (Netzwerk Y)", "Projektleitung: Petra Beispiel
    (Brückenbau gGmbH)": the names listed after the colon that ends a role phrase hold the role in the
    organisation in parentheses after them (names joined by "und" share the next one's), else in the one
    the phrase names. `phrase_end`: where the role phrase ends, before the colon. A title with a `portfolio`
    ("Expertinnen für Einfache Sprache: A und B") is a post of its own: without a body it is held all the same."""
    colon = _COLON.match(text, phrase_end)
    if colon is None and noun != singular(noun):
        colon = _CLAUSE_THEN_COLON.match(text, phrase_end)
    if colon is None:
        return []
    people = [m for m in mentions if m.type == "Person"]
    orgs = [m for m in mentions if m.type != "Person" and m.type != "Place"]
    title = singular(noun)
    # "Expertinnen für X: A von der Y und B": where each works is passed over (a membership, not the post's body)
    items = _shared_organisations(_items(text, colon.end(), people, orgs, members=bool(portfolio)))
    label = _label_line(text, phrase_end, items) if organisation is None else None
    if label is not None:  # the label as written, its portfolio kept: "Ansprechpartner für Betriebe"
        title = " ".join([singular(noun), *label.split()[1:]])
        return [Listed(items[0].person, role_nominative(title, items[0].person.gender), None)]
    out = []
    for item in items:
        org = organisation if _phrase_body_holds(organisation) else item.organisation or organisation
        for held in (org, *item.more) if org is not None and org is item.organisation else (org,):
            if held is not None or portfolio:
                titled = role_nominative(title, item.person.gender) + portfolio
                out.append(Listed(item.person, titled, held))
    return out


# An IQ unit the role phrase names itself ("Die Leitungen der Koordinierungsstelle: A (Verein X) und B (Firma Y)"):
# the role is the unit's, the bodies in brackets are where each holder works (read as memberships elsewhere).
_UNITS_LED_BY_STAFF_OF_CARRIERS = frozenset({"StateNetwork", "CoordinationOffice", "Subproject"})


def _phrase_body_holds(organisation: Mention | None) -> bool:
    return organisation is not None and organisation.type in _UNITS_LED_BY_STAFF_OF_CARRIERS


# A line of a contact box: the role noun alone, a colon, one name and nothing after it ("Projektleitung: Dr.
# Petra Beispiel"). What the role is of, the line does not say.
# The label may keep its portfolio: "Ansprechpartner für Betriebe: Karl Muster".
LABEL_PORTFOLIO_WORDS_MAX = 3
_LABEL_BEFORE = re.compile(
    rf"(?:^|\n)[ \t]*[A-ZÄÖÜ][\w\-]*(?:[ \t]+für(?:[ \t]+[\w\-]+){{1,{LABEL_PORTFOLIO_WORDS_MAX}}})?$"
)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _label_line(text: str, phrase_end: int, items: list[_Item]) -> str | None:
    """The label of a contact box's line naming one person, or None."""
    if len(items) != 1 or items[0].organisation is not None or not _LINE_END.match(text, items[0].person.end):
        return None
    label = _LABEL_BEFORE.search(text, max(0, phrase_end - 60), phrase_end)
    return None if label is None else label.group(0).strip()


def listed_up_to(text: str, last: Mention, people: list[Mention]) -> list[Mention]:
    """`last` and the names listed right before it, nearest first: "A, B und C" for C is C, B, A."""
    out = [last]
    for p in sorted((q for q in people if q.end <= last.start), key=lambda q: -q.start):
        if out[-1].start - p.end > NAME_GAP_MAX or not _LIST_GLUE.fullmatch(text, p.end, out[-1].start):
            break
        out.append(p)
    return out


def listed_from(text: str, first: Mention, mentions: list[Mention]) -> list[Mention]:
    """ "A von der X und B (Y)": the names listed from `first` on, whatever organisation each one names."""
    people = [m for m in mentions if m.type == "Person"]
    orgs = [m for m in mentions if m.type not in ("Person", "Place")]
    return [item.person for item in _items(text, first.start, people, orgs, members=True)]


def _items(
    text: str, pos: int, people: list[Mention], orgs: list[Mention], members: bool = False
) -> list[_Item]:
    """The names listed from `pos` on ("A und B", "A (X), B und C (Y)"), each with the organisation named in
    parentheses right after it; `members`: a name's "von der X" is passed over too."""
    out: list[_Item] = []
    for p in sorted(people, key=lambda q: q.start):
        if p.start < pos:
            continue
        gap = text[pos : p.start]
        glue = _LIST_GLUE if out else _FIRST_GLUE
        if len(gap) > NAME_GAP_MAX or not glue.fullmatch(gap):
            break
        bracketed_orgs, pos = _in_parentheses(text, p.end, orgs)
        bracketed = pos > p.end
        if members and not bracketed:
            pos = _after_membership(text, p.end, orgs)
        org = bracketed_orgs[0] if bracketed_orgs else None
        out.append(_Item(p, org, gap, bracketed, tuple(bracketed_orgs[1:])))
    return out


_MEMBER_LINK = re.compile(
    r"[ \xa0]+(?:von[ \xa0]+der|von[ \xa0]+dem|vom|von|aus[ \xa0]+dem|aus[ \xa0]+der)[ \xa0]+"
)


def _after_membership(text: str, pos: int, orgs: list[Mention]) -> int:
    """Where "von der Brückenbau gGmbH" after a name ends; `pos` where no organisation is named so."""
    link = _MEMBER_LINK.match(text, pos)
    org = next((m for m in orgs if link is not None and m.start == link.end()), None)
    return org.end if org is not None else pos


def _in_parentheses(text: str, pos: int, orgs: list[Mention]) -> tuple[list[Mention], int]:
    """The organisation that opens the parentheses at `pos` ("(Brückenbau gGmbH)", "(Netzwerk X)") with those
    coordinated after it ("(Netzwerk X und Y)": both), and where the parentheses close; ([], `pos`) without
    parentheses."""
    opening = _OPEN.match(text, pos)
    if opening is None:
        return [], pos
    closing = text.find(")", opening.end(), opening.end() + PARENTHESES_MAX)
    if closing < 0 or "(" in text[opening.end() : closing]:
        return [], pos
    inside = [m for m in orgs if opening.end() <= m.start and m.end <= closing]
    found = inside[:1] if inside and inside[0].start == opening.end() else []
    for m in inside[1:] if found else []:
        if not _ORG_GLUE.fullmatch(text, found[-1].end, m.start):
            break
        found.append(m)
    return found, closing + 1


def _shared_organisations(items: list[_Item]) -> list[_Item]:
    """ "B und C (Netzwerk Y)": a name joined by "und" to the next takes that one's organisation."""
    out: list[_Item] = []
    following: _Item | None = None
    for item in reversed(items):
        shares = not item.bracketed and following is not None and _AND.fullmatch(following.glue)
        if item.organisation is None and following is not None and shares:
            item = _Item(item.person, following.organisation, item.glue, more=following.more)
        out.append(item)
        following = item
    return out[::-1]
