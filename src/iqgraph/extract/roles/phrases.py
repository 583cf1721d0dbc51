"""The role phrase: a role noun with its modifiers, what the title keeps, and the organisation named after it.

"die stellvertretende Leiterin der Abteilung Beratung des Vereins Brückenbau": modifiers ("stellvertretende"), the
role noun ("Leiterin"), what the title keeps ("der Abteilung Beratung", "für Arbeit und Soziales", a quoted
portfolio) and, after "des", "im", "beim" …, the organisation, split off the title. Also whether a role makes its
holder head of the body it names ("Leiterin des Teilprojekts X" leads X).
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.persons.persons import given_name_gender
from ..text.alternation import any_of
from ..text.spans import Mention
from .titles import GENDER_MARK

STEMS = any_of(sorted(lexicon.ROLE_STEMS, key=len, reverse=True))
_TIME_ADJECTIVES = any_of(lexicon.ROLE_TIME_ADJECTIVES)
_ABBREVIATED = (
    "(?:"
    + "|".join(re.escape(a) for a in sorted(lexicon.ROLE_ABBREVIATIONS, key=len, reverse=True))
    + r")(?=[ \xa0])"
)
# A Land's adjective in "-er", which does not inflect: "Thüringer Ministerin", "Hamburger Senatorin".
_LAND_ER_ADJECTIVES = "(?:" + "|".join(sorted(a for a in lexicon.LAND_ADJECTIVES if a.endswith("er"))) + ")"
ROLE_HEAD = re.compile(
    # an ordinal of a board's seats: "1. Vorsitzender", "Zweite Vorsitzende", "Erster Bürgermeister"
    r"(?<![\w.])(?P<pre>(?:(?:[1-3]\.|(?:Erst|Zweit|Dritt)(?:e|en|er|es|em)|stellv\.|(?=[a-zäöü])[\w]*(?:isch|ig|lich|al|ell|iv|är|end|neu|erst)(?:e|en|er|es|em)?"
    rf"|{_TIME_ADJECTIVES}(?:e|en|er|es|em)|[A-ZÄÖÜ]\w*isch(?:e|en|er|es|em)|{_LAND_ER_ADJECTIVES})[ \xa0]+)*)"
    rf"(?P<noun>{_ABBREVIATED}|(?:[A-ZÄÖÜ][\w]*-\s+(?:und|&)\s+)?[A-ZÄÖÜ]?[\w\-]*(?i:{STEMS})[\w]*(?:{GENDER_MARK})?"
    # "Geschäftsführerin und Gründerin der …": two role nouns coordinated make one title
    rf"(?:[ \xa0]+(?:und|&)[ \xa0]+(?=[A-ZÄÖÜ])[\w\-]*(?i:{STEMS})[\w]*(?![\w-]))?"
    rf"(?:[ \xa0]+a\.[ \xa0]?D\.)?)(?![\w-])"  # "Staatssekretär a. D.": retired, as written
)
ANY_STEM = re.compile(STEMS, re.IGNORECASE)
ANY_ROLE_WORD = re.compile(rf"(?i:{STEMS})|{_ABBREVIATED}")  # a cheap test before the full pattern
_NOT_A_ROLE = rf"(?![\w\-]*(?i:{STEMS}))"  # "für Arbeit und Projektleiter …": the next role starts
_PORTFOLIO_WORD = rf"{_NOT_A_ROLE}[A-ZÄÖÜ][\w\-]*\w"
# "für Einfache Sprache", "für Berufliche Bildung": a portfolio may be an adjective and its noun; a name
# ("für Integration Heike Beispiel") is no part of it, the narrower pattern after it then applies.
_PORTFOLIO_PHRASE = rf"(?:[A-ZÄÖÜ]\w*e[ \xa0]+)?{_PORTFOLIO_WORD}"
_WIDE_PORTFOLIO = re.compile(rf"\s+für\s+{_PORTFOLIO_PHRASE}(?:(?:\s*,\s*|\s+und\s+){_PORTFOLIO_PHRASE})*")
# "der Geschäftsführung", "des Dezernats", "der Integrationsabteilung": a unit inside the organisation, with
# its name when one follows ("des Fachbereichs Migration", read by _unit_after_noun).
_UNIT_IN_ORGANISATION = re.compile(
    r"\s+(?:der|des)\s+(?=[A-ZÄÖÜ])[\w\-]*(?i:" + "|".join(lexicon.TITLE_UNIT_NOUNS) + r")(?:e?s)?(?![\w-])"
)
_NO_UNITS_AFTER_IM = (
    "team",
    "projekt",
)  # "Beraterin im Team der Stiftung X": the team is no unit of the title
# "Teamleiter im Arbeitgeberservice der Agentur …", "Referentin in der Abteilung Migration des …": a unit after "im"
# stays in the title where the organisation's genitive follows it (else "im Ministerium" names the organisation).
_UNIT_IN_BEFORE_GENITIVE = re.compile(
    r"\s+(?:im|in\s+der)\s+(?=[A-ZÄÖÜ])[\w\-]*(?i:"
    + "|".join(
        u for u in (*lexicon.TITLE_UNIT_NOUNS, *lexicon.BODY_SERVICE_HEADS) if u not in _NO_UNITS_AFTER_IM
    )
    + r")(?![\w-])(?:\s+[A-ZÄÖÜ][\w\-]*\w)?(?=\s+(?:der|des)\s)"
)
_KEEP = (
    _WIDE_PORTFOLIO,
    _UNIT_IN_BEFORE_GENITIVE,
    re.compile(rf"\s+für\s+{_PORTFOLIO_WORD}(?:(?:\s*,\s*|\s+und\s+){_PORTFOLIO_WORD})*"),
    re.compile(r"\s+[„\"“][^„\"“”\n]{2,80}[“\"”]"),
    _UNIT_IN_ORGANISATION,
    re.compile(r"\s+des\s+(?:Landes\s+)?(?:" + "|".join(lexicon.LAND_GENITIVES) + r")(?![\w-])"),
    # "Integrationsbeauftragte des Landes", "Sozialdezernentin der Stadt": the Land, Federation, town or district
    # the release is about, named no further
    re.compile(r"\s+(?:des\s+(?:Landes|Bundes|Kreises|Landkreises)|der\s+Stadt)(?![\w-])(?!\s+[A-ZÄÖÜ])"),
)
# "Leiterin Personal und Finanzen der …", "Referent Öffentlichkeitsarbeit bei …": the unit a title names
# right after its noun, without an article, up to a comma or the link to the organisation.
_UNIT_WORD = r"[A-ZÄÖÜ][\w\-]*\w"
UNIT_WORDS_MAX = 4
_UNIT_AFTER_NOUN = re.compile(
    rf"[ \xa0]+{_NOT_A_ROLE}{_UNIT_WORD}(?:[ \xa0]+(?:(?:und|&)[ \xa0]+)?{_NOT_A_ROLE}{_UNIT_WORD}){{0,{UNIT_WORDS_MAX - 1}}}"
    # or closing its line in a contact block: "Referent Öffentlichkeitsarbeit\nVerein X"
    r"(?=\s*[,;)–]|\s+(?:der|des|im|in\s+der|in\s+dem|beim|bei|vom|von|am|an\s+der)\s|[ \t]*(?:\n|$))"
)
# The article (and an adjective: "der kanadischen …") between a role and the organisation named with it.
_ORG_LINK = re.compile(
    r"\s+(?:des|der|im|in\s+der|in\s+dem|beim|bei\s+der|bei\s+dem|vom|von|von\s+der|von\s+dem|am|an\s+der"
    r"|aus\s+dem|aus\s+der)"
    # "der in Kassel ansässigen …", "des in Erfurt gegründeten …": a participle with its place before the name
    r"(?:\s+(?:in|im|aus)\s+[A-ZÄÖÜ][\w\-]*)?(?:\s+[a-zäöü]\w*(?:e|en|er|es|em))?"
    # "Koordinatorin im Projekt X": a project's kind noun before its name
    r"(?:\s+(?:Teil)?[Pp]rojekt(?:s|es)?)?\s+$"
    # a name without an article after "bei", maybe in quotes: "Beraterin bei „Werkbank“", "Referent bei Lernwerk e. V."
    r"|\s+bei\s+[„\"»]?$"
    # the body a post works for: "Beraterin für die Stiftung X", "Referent für das Projekt Y"
    r"|\s+für\s+(?:die|den|das)\s+$"
)
ORG_LINK_MAX = 50  # characters from the role phrase to the organisation named right after it
# "Leiterin der Abteilung Beratung und Betreuung … der Universität X": words of the title before the
# organisation; the tail ends at punctuation or a word that is no part of a name.
ROLE_TAIL_MAX = 110
_TAIL_LINKS = r"(?:und|für|durch|des|der|dem|im|beim|bei|vom|von|aus|am|an|in)(?![\w-])"
# A small word other than a link right after the title is the verb of the title's clause ("Die Ministerin dankte den
# Gästen, X": no tail, and X no holder of the title).
TAIL_WORDS = re.compile(
    rf"(?!\s+(?!{_TAIL_LINKS})[a-zäöü])"
    rf"(?:\s+(?:[A-ZÄÖÜ0-9][\w\-.&+]*|{_TAIL_LINKS}|[a-zäöü]+(?:er|en|e|es)(?![\w-])))*"
)
ORG_TYPES = frozenset(
    {"Ministry", "Agency", "Organisation", "StateNetwork", "CoordinationOffice", "Subproject", "Programme"}
)
_COMPOUND_GLUE = re.compile(r"-\w")


# Nouns of an office or a body that hold a role stem: "Kanzleramt", "Ministerium", "Präsidium", "Ministerien".
_BODY_NOUN_ENDINGS = ("ung", "ungen", "schaft", "schaften", "amt", "amts", "amtes", "ium", "iums", "ien")


def is_role_noun(noun: str) -> bool:
    low = noun.lower()
    return (
        noun in lexicon.ROLE_ABBREVIATIONS
        or any(stem in low for stem in lexicon.ROLE_STEMS)
        and not low.endswith(_BODY_NOUN_ENDINGS)
        or low.endswith(tuple(s + e for s in ("koordination", "leitung") for e in ("", "en")))
    )


def parse_complements(text: str, pos: int, mentions: list[Mention], limit: int) -> tuple[int, Mention | None]:
    """End of the role phrase and the organisation it names, if any."""
    pos = _unit_after_noun(text, pos, mentions, limit)
    while True:
        for pattern in _KEEP:
            match = pattern.match(text, pos, limit)
            if (
                match
                and not _starts_mention(match, mentions)
                and not (pattern is _WIDE_PORTFOLIO and _holds_a_name(match, mentions))
            ):
                pos = _before_a_name(text, match, mentions)
                if pattern is _UNIT_IN_ORGANISATION:
                    pos = _unit_after_noun(text, pos, mentions, limit)
                break
        else:
            break
    org = _mention_after(text, pos, mentions, limit)
    return (org.end, org) if org else (pos, None)


_GENITIVE_LINK = re.compile(r"\s+(?:des|der)\s+")


def owner_end(text: str, org: Mention, mentions: list[Mention]) -> int:
    """Where the body's name ends. An office's mention is its head alone, its network named apart: the holder
    of "Als Leiter der Koordinierungsstelle des IQ Netzwerks X stellte Y …" is looked for after the network."""
    link = _GENITIVE_LINK.match(text, org.end) if org.type == "CoordinationOffice" else None
    owner = next((m for m in mentions if link and m.start == link.end() and m.type == "StateNetwork"), None)
    if owner is not None:
        return owner.end
    # "Projektleiterin des Teilprojekts Brücke Ost ist …": a unit's head stands in for the name right after it
    named = next(
        (m for m in mentions if org.generic and m.key == org.key and _names_it_next(text, org.end, m)), None
    )
    return org.end if named is None else named.end


def _names_it_next(text: str, end: int, m: Mention) -> bool:
    return not m.generic and m.start > end and not text[end : m.start].strip()


_SEPARATOR_BEFORE = re.compile(r"(?:\s*,|\s+und)\s*$")


def _before_a_name(text: str, match: re.Match[str], mentions: list[Mention]) -> int:
    """Where a kept complement ends: before the comma or "und" that joins a name to it ("Beauftragte für
    Integration, Petra Beispiel": the portfolio is "Integration"; "Referentin für Migration, Brückenbau e. V.":
    the organisation closes the apposition)."""
    name = min(
        (
            m.start
            for m in mentions
            if (m.type == "Person" or m.type in ORG_TYPES) and match.start() < m.start < match.end()
        ),
        default=None,
    )
    if name is None:
        return match.end()
    separator = _SEPARATOR_BEFORE.search(text, match.start(), name)
    return separator.start() if separator else match.end()


def _unit_after_noun(text: str, pos: int, mentions: list[Mention], limit: int) -> int:
    """End of the unit named right after a role noun ("Leiterin Betrieb und Personal"), else `pos`: no
    name, place or organisation ("Geschäftsführerin Petra Beispiel", "Landrat Kassel") is a unit."""
    match = _UNIT_AFTER_NOUN.match(text, pos, limit)
    if match is None or any(pos <= m.start < match.end() for m in mentions):
        return pos
    words = re.findall(r"[\w\-]+", match.group(0))
    if any(_is_no_unit(w) for w in words if w not in ("und",)):
        return pos
    return match.end()


def _is_no_unit(word: str) -> bool:
    return (
        word in lexicon.GERMAN_PLACES
        or word in lexicon.LAENDER
        or word in lexicon.NOT_NAMES
        or given_name_gender(word) is not None
        or word.lower().endswith(tuple(lexicon.ORG_HEADS))
    )


def _holds_a_name(match: re.Match[str], mentions: list[Mention]) -> bool:
    return any(m.type == "Person" and match.start() < m.start < match.end() for m in mentions)


def _starts_mention(match: re.Match[str], mentions: list[Mention]) -> bool:
    """ "des Senats" stays in a title, "des IQ Netzwerks Hessen" names the organisation ("des Saarlandes",
    a place, stays)."""
    words = re.match(r"\s+(?:der|des|im|in\s+der)\s+", match.group(0))
    return bool(words) and any(
        m.start == match.start() + words.end() and m.type in ORG_TYPES  # type: ignore[union-attr]
        for m in mentions
    )


def _mention_after(text: str, pos: int, mentions: list[Mention], limit: int) -> Mention | None:
    for m in _whole_names(text, mentions):
        gap = text[pos : m.start]
        if (
            m.type in ORG_TYPES
            and pos <= m.start < min(limit, pos + ORG_LINK_MAX)
            and (_ORG_LINK.fullmatch(gap) or not gap.strip())
        ):
            return m
    return None


def _whole_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions that are not the first part of a compound ("IQ" in "IQ-Fachberatung Passau")."""
    return [m for m in mentions if not _COMPOUND_GLUE.match(text, m.end)]


def org_in_tail(text: str, pos: int, mentions: list[Mention], limit: int) -> Mention | None:
    """The organisation after the rest of a title: "Leiter des Geschäftsbereichs Berufsbildung der IHK X"."""
    tail = TAIL_WORDS.match(text, pos, min(limit, pos + ROLE_TAIL_MAX))
    end = tail.end() if tail else pos
    next_role = ROLE_HEAD.search(text, pos, end)
    end = next_role.start() if next_role else end  # "… und Projektleiter des …": another role starts
    for m in _whole_names(text, mentions):
        if pos < m.start <= end and m.type == "Person":
            return None  # a name ends the title
        if pos < m.start <= end and m.type in ORG_TYPES and _ORG_LINK.search(text[pos : m.start]):
            return m
    return None


def title_end(text: str, head_end: int, phrase_end: int, org: Mention | None) -> int:
    if org is None or org.end != phrase_end:
        return phrase_end
    link = _ORG_LINK.search(text[head_end : org.start])
    return head_end + link.start() if link else org.start


def leads(noun: str, pre: str, org: Mention | None) -> bool:
    if (
        org is None
        or org.type not in ("StateNetwork", "Subproject", "CoordinationOffice")
        or "stellv" in pre.lower()
    ):
        return False
    return is_head_noun(noun) and "stell" not in noun.lower()


def is_contact_noun(noun: str) -> bool:
    """ "Ansprechpartnerin: Petra Beispiel": a contact person named on a label line, as a head is."""
    return any(stem in noun.lower() for stem in lexicon.CONTACT_ROLE_STEMS)


def is_head_noun(noun: str) -> bool:
    """ "Leiterin", "Projektleitung", "Koordinators": a noun for the head of what it names."""
    return noun.lower().endswith(tuple(s + e for s in lexicon.LEADER_STEMS for e in ("", "in", "s")))
