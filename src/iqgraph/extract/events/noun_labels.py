"""Event nouns and the labels they give: "Der 4. IQ-Fachtag „Vielfalt“ findet am 3. Mai statt" gives the noun
"Fachtag" with the label "4. IQ-Fachtag „Vielfalt“". A label keeps the ordinal, an adjective of extent and the
programme's "IQ" before the noun ("das sachsenweite IQ-Netzwerktreffen"), and after it a year ("Jahrestagung
2024"), a quoted title, a Land in apposition ("Netzwerktreffen Hessen") or a genitive attribute ("Verleihung
des Integrationspreises der Stadt X"), an organisation in it by its name ("Fachtag des IQ Landesnetzwerks
Berlin"). An event noun opening the quoted name of a project ("Projekte „A“ und „Infotag B“") is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..lexicon.events import EVENT_TOPIC_FIELDS, MONTH_NAMES
from ..lexicon.names import WEEKDAYS
from ..names.mentions import BODY_TYPES, Mention
from ..names.places import TOWNS
from ..text.alternation import any_of, longest_first
from ..text.morphology import gender, genitive_with_article, noun_nominative
from ..text.spans import ByStart, IntervalIndex

_NOUN_SUFFIXES = any_of(
    n.lower() for n in sorted(lexicon.EVENT_NOUNS + lexicon.MORE_EVENT_NOUNS, key=len, reverse=True)
)
# A head that names an event only closing a compound of one word: three small letters before it, no first part that
# makes it a time, a body or a day of a life ("Werkstatttag", not "Dienstag", "Landtag", "Diversity-Tag").
_COMPOUND_HEADS = "|".join(
    head + "".join(f"(?<!{ending})" for ending in endings)
    for head, endings in lexicon.COMPOUND_EVENT_HEADS.items()
)
EVENT_NOUN = re.compile(
    rf"(?<![\w-])(?P<noun>(?=[A-ZÄÖÜ])[\w\-]*?(?P<head>(?i:{_NOUN_SUFFIXES})"
    rf"|(?<=[a-zäöüß]{{3}})(?=[ta])(?i:{_COMPOUND_HEADS})))(?P<infl>es|s|e|en|n)?(?![\w-])"
)
# What a label keeps before the noun: an ordinal ("4.", "ersten") and the programme's "IQ" with the words of a
# hyphenated name ("IQ Good Practice-Ausstellung").
_ORDINAL = r"(?P<ordinal>\d{1,2}\.|(?i:" + "|".join(lexicon.ORDINAL_STEMS) + r")(?:e|er|es|en|em))"
# ... and an adjective of extent ("das sachsenweite IQ-Netzwerktreffen", "beim 3. bundesweiten Fachtag").
_EXTENT = r"(?P<extent>[A-Za-zÄÖÜäöü]+weit(?:e|er|es|en|em))"
# ... and a capitalised adjective, which German writes so only in a name ("der 3. Hessische Integrationskongress",
# "beim Kasseler Fachtag"): one of a Land or a nation, inflected, or a town's in -er, no determiner ("Dieser").
_PROPER = (
    r"(?P<proper>(?<![\w-])(?!(?:" + "|".join(lexicon.CAPITALISED_DETERMINERS) + r")\s)"
    r"(?:[A-ZÄÖÜ][a-zäöü]+sch(?:e|er|es|en|em)|[A-ZÄÖÜ][a-zäöü]{2,}er))"
)
# "\Z", not "$": a "$" also matches before a line break ending the window, so a heading line's last words ("… beim
# IQ Netzwerk X") and a blank line would prefix the noun opening the next line; "IQ" and its words share the line.
_LABEL_PREFIX = re.compile(
    rf"(?:{_ORDINAL}\s+)?(?:{_EXTENT}\s+)?(?:{_PROPER}\s+)?(?P<iq>IQ(?:[ \t]+[A-Z][a-z]+){{0,2}}[ \t-])?\Z"
)
_TOWN_ADJECTIVE = re.compile(r"[a-zäöü]er$")  # "Kasseler", "Berliner": never inflected
LABEL_YEAR = re.compile(r"\s+(?P<year>(?:19|20)\d\d)\b")
# What a label keeps after the noun, as written: a quoted title ("Workshop „…“") or a genitive attribute
# ("Verleihung des Integrationspreises der Stadt X", "Sitzung des Landesbeirats").
_QUOTED_TITLE = re.compile(r"\s*(?P<title>[„\"“‚»][^„\"“”‚‘«»\n]{3,120}[“\"”‘«])")
# An event noun opening the quoted name of a project or programme ("Projekte „A“ und „Infotag B“") is no event.
_QUOTE_OPEN, _QUOTE_CLOSE = '[„"“‚»]', '[“"”‘«]'
_NAMES_A_THING = re.compile(
    rf"\b(?:{'|'.join(lexicon.NAMED_THING_HEADS)})\w*\s+{_QUOTE_OPEN}"
    rf"(?:[^„\"“”‚‘«»\n]{{1,80}}{_QUOTE_CLOSE}\s*(?:,|und|sowie)\s*{_QUOTE_OPEN})?$"
)
_NAMED_THING_REACH = 120  # characters before the noun in which the head and its quoted names stand
# A name in apposition right after the noun, one capitalised word before a preposition, the verb or a stop: "3.
# Fachtag Anerkennung in Kassel", "beim Netzwerktreffen Mentoring, das …" (not "Zum Fachtag Staatssekretärin X",
# nor the next line's "Termin:" after a heading "Einladung zum Fachtag").
_NAME_ENDS = (
    r"(?=\s+(?:in|im|am|an|vom|von|für|mit|zum|zur|des|der|fand|findet|statt|ist|war|wird|wurde|hat|hatte"
    r"|fanden|finden|sind|waren|werden|wurden|haben|hatten)\b"
    r"|\s*[,.;:!?]|[ \t]*\n)"
)
# ... or two such words joined by "und", and the year closing the name ("Regionalkonferenz Migration und Arbeit 2031").
_APPOSITION_NAME = re.compile(
    r"[ \t]+(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?\w+)*)"
    r"(?:[ \t]+und[ \t]+(?P<second>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?\w+)*))?(?:[ \t]+(?:19|20)\d\d)?"
    + _NAME_ENDS
)
# ... which a field of work may close ("Fachtag Anerkennung in der Pflege"): a sector, not a venue or town.
_TOPIC_FIELD = re.compile(
    rf"[ \t]+(?:in[ \t]+der|im|in[ \t]+den)[ \t]+(?:{longest_first(map(re.escape, EVENT_TOPIC_FIELDS))})"
    + _NAME_ENDS
)
# An unquoted project's name after its noun: up to three words, those after the first capitalised, the last maybe
# an infinitive before the finite verb or a stop ("des Projekts Brücken bauen fand", "des Projekts Neue Wege"; not
# "des Projekts Brücke kamen am"), before what ends a name in apposition.
_THING_NAME = re.compile(
    r"[ \t]+(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?\w+)*(?:[ \t]+[A-ZÄÖÜ][a-zäöüß]+){0,2}?"
    r"(?:[ \t]+[a-zäöüß]+[^\Wr]en(?=\s+(?:fand|findet|ist|war|wird|wurde|hat|hatte|fanden|finden)\b"
    r"|\s*[,.;:!?]))?)" + _NAME_ENDS
)
# Words that follow an event noun without naming it: times ("Fachtag Anfang Mai", "Treffen Montag früh").
_NOT_NAMES = frozenset({"Anfang", "Mitte", "Ende", "Beginn", *MONTH_NAMES, *WEEKDAYS})
_GENITIVE_LINK = re.compile(r"\s+(?:des|der)\s+")
# The noun of a genitive attribute with up to two adjectives before it, a town's among them ("des Hamburger
# Integrationspreises", "der bayerischen Staatsregierung").
_GENITIVE_NOUN = re.compile(
    r"(?:(?:[a-zäöü]+(?:en|er)|[A-ZÄÖÜ][a-zäöü]+er(?=\s+[A-ZÄÖÜ]))\s+){0,2}[A-ZÄÖÜ][\w\-]*"
)
_SPACE = re.compile(r"[ \t]+")
# A genitive noun whose name may follow it unquoted ("des Projekts Brücke"): the heads of named things.
_NAMED_THING = re.compile(
    rf"(?i:{'|'.join(lexicon.NAMED_THING_HEADS)})\w*$"
)  # "Teilprojekts", "neuen Projekts"
# A cardinal before the noun, perhaps with an adjective between ("sechs Workshops", "12 parallele Fachforen"): the
# noun is counted in the plural, parts of an event's programme or several events, none the event itself (an
# ordinal "4." ends in a stop and is no cardinal, a year "2031 die Messe" none either).
_COUNTED_BEFORE = re.compile(
    rf"(?<![\w.])(?:(?!(?:19|20)\d\d\s)\d+|(?i:{'|'.join(lexicon.GERMAN_NUMBER_WORDS)}))"
    r"\s+(?:[a-zäöü]{3,}e[nr]?\s+)?$"
)
_COUNTED_REACH = 40  # characters before the noun holding the cardinal and an adjective
_COMPOUND_REST = re.compile(r"-[A-ZÄÖÜa-zäöü][\w\-]*")
_GENITIVE_LINKS = 2  # "des Integrationspreises der Staatsregierung": at most two genitives in a row
ORG_TYPES = BODY_TYPES


@dataclass(frozen=True)
class EventNoun:
    """An event noun in the text: where, its nominative form, its head ("kongress") and the label it gives."""

    start: int
    end: int
    noun: str
    head: str
    label: str
    generic: bool


def find_event_nouns(text: str, mentions: list[Mention]) -> list[EventNoun]:
    """Event nouns outside names; "IQ-Partnerforum" counts though "IQ" is a name of its own."""
    out = []
    named, by_start = IntervalIndex((m.start, m.end) for m in mentions), ByStart(mentions)
    keys_in_full = keys_named_in_full(mentions)
    for match in EVENT_NOUN.finditer(text):
        if named.overlaps(match.start("head"), match.start("head") + 1):  # the head inside a name
            continue
        if _NAMES_A_THING.search(text, max(0, match.start() - _NAMED_THING_REACH), match.start()):
            continue
        if _COUNTED_BEFORE.search(text, max(0, match.start() - _COUNTED_REACH), match.start()):
            continue
        word = match.group("noun")
        noun = _singular(word, noun_nominative(word + (match.group("infl") or "")))
        prefix = _prefix(text, match.start(), noun)
        iq_named = "IQ" in prefix or noun.startswith("IQ")
        label = prefix + noun + attribute_after(text, match.end(), by_start, keys_in_full, iq_named)
        generic = word in lexicon.GENERIC_EVENT_NOUNS
        head = match.group("head").lower()
        out.append(EventNoun(match.start(), match.end(), noun, head, label, generic))
    out += _multiword_nouns(text, named, by_start, keys_in_full)
    return sorted(out + _starts_of_things(text, by_start, keys_in_full), key=lambda n: n.start)


_MULTIWORD = tuple(
    (re.compile(rf"(?<![\w-]){pattern}(?![\w-])"), noun, gender_noun)
    for noun, pattern, gender_noun in lexicon.MULTIWORD_EVENT_NOUNS
)


def _multiword_nouns(
    text: str, named: IntervalIndex, by_start: ByStart[Mention], keys_in_full: frozenset[str]
) -> list[EventNoun]:
    """ "beim 3. Runden Tisch Anerkennung", "zum Tag der offenen Tür des Jobcenters X": names of several words."""
    out = []
    for pattern, noun, gender_noun in _MULTIWORD:
        for match in pattern.finditer(text):
            if named.overlaps(match.start(), match.end()):  # "Verein Runder Tisch e. V.": a body's name
                continue
            prefix = _prefix(text, match.start(), gender_noun)
            written = noun or " ".join(match.group(0).split())  # "Career Day": as written
            label = prefix + written + attribute_after(text, match.end(), by_start, keys_in_full)
            out.append(EventNoun(match.start(), match.end(), written, written.lower(), label, False))
    return out


# A start named with what started, a nominalised action ("Der Start der Beratung folgt am 2. April", "zum Start des
# Projekts „X“"); a bare "Start" ("an den Start", "seit dem Start") is no event noun.
_START_OF = re.compile(r"(?<![\w-])Start(?:s|es)?(?=\s+(?:des|der)\s)")


def _starts_of_things(text: str, by_start: ByStart[Mention], keys_in_full: frozenset[str]) -> list[EventNoun]:
    out = []
    for match in _START_OF.finditer(text):
        attribute = attribute_after(text, match.end(), by_start, keys_in_full)
        if attribute:
            out.append(EventNoun(match.start(), match.end(), "Start", "start", "Start" + attribute, False))
    return out


_PREFIX_REACH = 48  # characters before an event noun in which its ordinal and adjectives stand
_STRONG_ENDING = {"m": "er", "f": "e", "n": "es"}  # "Erster Kongress", "Erste Tagung", "Erstes Treffen"


def _prefix(text: str, start: int, noun: str) -> str:
    """The ordinal and "IQ" words before an event noun, the ordinal in the nominative."""
    prefix = _LABEL_PREFIX.search(text, max(0, start - _PREFIX_REACH), start)
    if prefix is None or not prefix.group(0):
        return ""
    ending = _STRONG_ENDING[gender(noun.split("-")[-1])]
    ordinal = prefix.group("ordinal") or ""
    if ordinal and not ordinal[0].isdigit():
        ordinal = _strong(ordinal, ending)
    extent = prefix.group("extent") or ""
    if extent:  # "das 3. bundesweite …": small after the ordinal, capital first
        extent = _strong(extent, ending)
        extent = extent.lower() if ordinal else extent
    proper = prefix.group("proper") or ""
    if proper and _opens_its_line(text, prefix.start("proper")) and not _of_a_town(proper):
        proper = (
            ""  # "Gelungener Auftakt", "Erfolgreicher Infotag": a headline's first word, no town's adjective
        )
    if proper and not (_TOWN_ADJECTIVE.search(proper) and not proper.endswith("scher")):
        proper = _strong(proper, ending)  # "Hessischen" -> "Hessischer"; "Kasseler" stays
    parts = (ordinal, extent, proper, prefix.group("iq") or "")
    return "".join(f"{part.strip()} " for part in parts if part)


_TOWNS = TOWNS | frozenset(lexicon.LAENDER)  # "Bremer", "Hamburger": a city state's too


def _opens_its_line(text: str, at: int) -> bool:
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


def _of_a_town(adjective: str) -> bool:
    """ "Kasseler", "Bremer", "Hessischer": a town's adjective (its name before "-er", "-en" dropped) or a Land's."""
    if not _TOWN_ADJECTIVE.search(adjective):
        return True  # "Hessischer", "Sächsische": a Land's or nation's, which only a name capitalises
    stem = adjective[:-2]
    return any(town in _TOWNS for town in (stem, stem + "en", stem + "n", stem + "e"))


def _strong(adjective: str, ending: str) -> str:
    """ "vierten", "sachsenweite" -> "Viertes", "Sachsenweites": the adjective as the label's first word."""
    stem = re.sub(r"(?:e|er|es|en|em)$", "", adjective)
    return stem[:1].upper() + stem[1:] + ending


def after_name(text: str, end: int) -> int:
    """Where the words that name an event after its noun end: after its year ("Jahrestagung 2024") or its
    quoted title ("Fachtag „Vielfalt“"); at the noun's end where neither follows."""
    named = LABEL_YEAR.match(text, end) or _QUOTED_TITLE.match(text, end)
    return named.end() if named else end


def attribute_after(
    text: str, end: int, mentions: ByStart[Mention], keys_in_full: frozenset[str], iq_named: bool = False
) -> str:
    """What names the event after its noun: a year, a quoted title, or (unless "IQ" names it already) a genitive
    attribute as written, an organisation in it by its name ("des IQ Landesnetzwerks Berlin")."""
    year = LABEL_YEAR.match(text, end)
    if year:
        return f" {year.group('year')}"
    title = _QUOTED_TITLE.match(text, end)
    if title:
        return " " + title.group("title")
    words, pos = [], end
    name = _APPOSITION_NAME.match(text, end)
    named_there = [*mentions.at(name.start("name")), *mentions.at(name.start("second"))] if name else []
    # a Land right after the noun names it ("Netzwerktreffen Hessen"); a town (its venue), a person or a body not
    if (
        name is not None
        and not _NOT_NAMES.intersection((name.group("name"), name.group("second")))
        and all(m.label in lexicon.LAENDER for m in named_there)
    ):
        field = _TOPIC_FIELD.match(text, name.end())
        pos = field.end() if field else name.end()
        words.append(" ".join(text[name.start("name") : pos].split()))
    for _ in range(0 if iq_named else _GENITIVE_LINKS):
        link = _GENITIVE_LINK.match(text, pos)
        if link is None:
            break
        named = next(iter(mentions.at(link.end())), None)
        noun = _GENITIVE_NOUN.match(text, link.end())
        if named is not None and named.type in ORG_TYPES | {"Programme"}:
            words.append(_genitive_named(text, link, named, keys_in_full))
            break
        if noun is None or (named is not None and not _town_adjective(named)):
            break
        title = _QUOTED_TITLE.match(text, noun.end())  # "des Netzwerks „Integration durch Anerkennung“"
        # "der Stadt Kiel", "des Landkreises Kassel", "des Projekts Brücke": the noun's name after it
        named_end = _town_after(text, noun.end(), mentions) or _name_of_a_thing(text, noun)
        pos = title.end() if title else named_end or noun.end()
        words.append(" ".join(text[link.start() : pos].split()))
        if title or named_end:
            break
    return "".join(f" {w}" for w in words)


def _town_after(text: str, end: int, mentions: ByStart[Mention]) -> int | None:
    """Where a town named right after a genitive noun ends ("der Stadt Kiel"), else None."""
    gap = _SPACE.match(text, end)
    town = next((m for m in mentions.at(gap.end()) if m.type == "Place"), None) if gap else None
    return town.end if town is not None else None


def _name_of_a_thing(text: str, noun: re.Match[str]) -> int | None:
    """Where the unquoted name after a project's or programme's noun ends ("des Projekts Brücke")."""
    name = _THING_NAME.match(text, noun.end()) if _NAMED_THING.search(noun.group(0)) else None
    return name.end() if name and name.group("name") not in _NOT_NAMES else None


def _town_adjective(m: Mention) -> bool:
    """ "Hamburger", "Kieler": a town named by its adjective, part of the genitive noun phrase it stands in."""
    return m.type == "Place" and m.surface != m.label and m.surface.endswith("er")


def _genitive_named(text: str, link: re.Match[str], named: Mention, keys_in_full: frozenset[str]) -> str:
    """An organisation by its name ("des IQ Landesnetzwerks Berlin"), also where only referred to ("des
    IQ Landesnetzwerks") when the text names it in full elsewhere; else as written ("des IQ-Netzwerks")."""
    compound = _COMPOUND_REST.match(text, named.end)  # "des IQ-Netzwerks": the name is only its first part
    # "des Projekts „Wege“": a project named by its head and a quoted name keeps both, as written
    headed = named.type == "Subproject" and named.surface != named.label
    if compound or headed or not named_in_full(named, keys_in_full):
        return " ".join(text[link.start() : compound.end() if compound else named.end].split())
    return genitive_with_article(named.label)


def keys_named_in_full(mentions: list[Mention]) -> frozenset[str]:
    """The bodies a text names by their names, not only refers to ("das IQ-Netzwerk")."""
    return frozenset(m.key for m in mentions if not m.generic)


def named_in_full(m: Mention, keys_in_full: frozenset[str]) -> bool:
    """Whether the text names the body of a mention by its name: "das IQ-Netzwerk" in a text that never
    names the network leaves open which one it is."""
    return not m.generic or m.key in keys_in_full


def _singular(stem: str, nominative_form: str) -> str:
    """The noun in the nominative: a day's noun in the plural names days ("zu den Aktionstagen" -> "Aktionstage"),
    else the singular."""
    if stem.endswith("tag") and nominative_form.endswith(("tage", "tagen")):
        return stem + "e"
    return (
        stem
        if nominative_form.lower().endswith(("en", "n")) and not stem.lower().endswith("en")
        else nominative_form
    )
