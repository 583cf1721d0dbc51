"""Entity mentions: where a release names an organisation, network, programme, subproject, place or person.

Recognisers propose candidate spans (gazetteer, state-network patterns, the organisation-name grammar,
quoted subproject names, personal names); the longest candidate wins an overlap, and a known name wins
a tie. Every mention carries a nominative label and a key that the resolver turns into an IRI.

This module gathers the candidates, selects among them, and reads the gazetteer's names ("MigraNet plus
Franken") and stand-ins for the main entities ("das Netzwerk"). Programme and subproject names are read in
names/projects/mentions.py, venues and towns in places.py, persons and the units named after them in
names/persons/mentions.py, names met again shortened or by their short form in short_forms.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .. import lexicon
from ..roles.role_prefixes import without_role_prefix
from ..text.morphology import noun_nominative
from ..text.spans import TRAILING_ABBREVIATION, IntervalIndex, Mention, Occupancy
from .gazetteer import Gazetteer, Known
from .network_names import find_network_mentions, network_of_the_land
from .organisations.government_bodies import find_commissioner_offices, find_senator_authorities
from .organisations.land_governments import governments_of_the_land
from .organisations.names_met_again import heads_met_again, ministries_met_by_a_field, proper_names_met_again
from .organisations.organisations import find_organisations
from .own_voice import first_person_stand_ins
from .persons.mentions import person_mentions, quoted_projects_of_persons, styled_units_of_persons
from .places import TOWNS, bare_towns_as_qualified, town_mentions, venue_mentions
from .projects.item_tails import carriers_apart_from_their_items
from .projects.mentions import subproject_mentions
from .projects.names import (
    programme_units,
    quoted_new_projects,
    quoted_projects_of_bodies,
    quoted_subjects_of_services,
    repeated_project_names,
    with_the_programme_word,
)
from .projects.names_repeated import units_named_with_and_without_their_head
from .projects.names_tabled import SPACED_CELL_BREAK
from .short_forms import initials_met_again, later_short_forms, shortened_names

__all__ = ["ARTICLES", "Mention", "find_mentions", "main_entity", "select"]

ARTICLES = r"(?:der|die|das|des|dem|den|im|beim|vom|zum|zur|am)"


def _stand_in(nouns: str) -> re.Pattern[str]:
    """ "das Netzwerk", "des Programms": a definite article and a noun standing for a named entity."""
    return re.compile(rf"\b(?i:{ARTICLES})\s+(?P<n>(?:{nouns}))(?![\w-])")


_GENERIC_NETWORK = _stand_in(r"IQ[\s\-–]*(?:Landes)?[Nn]etzwerk(?:es|s)?|(?:Landes)?[Nn]etzwerk(?:es|s)?")
# "das vom BMAS finanzierte IQ Netzwerk", "des von der Bundesagentur geförderten IQ-Netzwerks": the payer's phrase and
# its participle between the article and the IQ network's head (the network itself, not the programme its "IQ" names)
_PAID_IQ_NETWORK = re.compile(
    rf"\b(?i:{ARTICLES})\s+(?:vom|von\s+der|von\s+dem|durch\s+das|durch\s+den|durch\s+die)\s+"
    r"(?:[\w.\-]+\s+){1,4}?(?:ko)?(?:gefördert|finanziert|getragen)(?:e|en|er|es)\s+"
    r"(?P<n>IQ[\s\-–]*(?:Landes)?[Nn]etzwerk(?:es|s)?)(?![\w-])"
)
_GENERIC_PROGRAMME = _stand_in(r"(?:Förderprogramm|Programm)(?:es|s)?")
_GENERIC_SUBPROJECT = _stand_in(
    r"Beratungsstelle|Anlaufstelle|Erstanlaufstelle|Servicestelle|Teilprojekt(?:es|s)?"
    # "das Projekt", not "das Projekt FAbA Plus", which names one
    r"|(?:Projekt(?:es|s)?|Modellprojekt(?:es|s)?|Vorhaben(?:s)?)(?![\w-])(?!\s+[A-ZÄÖÜ0-9])"
)


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    walled = _cells_walled(text)
    candidates = _gazetteer_mentions(walled, gazetteer)
    candidates += find_network_mentions(walled, gazetteer)
    candidates += subproject_mentions(walled, gazetteer)
    candidates += venue_mentions(text) + town_mentions(text)  # (these read a tab's cells as cells already)
    candidates += [
        with_the_programme_word(walled, without_role_prefix(walled, m)) for m in find_organisations(walled)
    ]
    candidates += find_commissioner_offices(walled) + find_senator_authorities(walled)
    if walled != text:  # no name runs over a table's cell wall
        candidates = [m for m in candidates if walled[m.start : m.end] == text[m.start : m.end]]
    chosen = select(_within_paragraphs(text, carriers_apart_from_their_items(text, candidates)))
    chosen += person_mentions(text, chosen)
    chosen += quoted_projects_of_persons(text, chosen) + styled_units_of_persons(text, chosen)
    chosen += quoted_projects_of_bodies(text, chosen) + quoted_new_projects(text, chosen)
    chosen += quoted_subjects_of_services(text, chosen)
    chosen += _generic_mentions(text, chosen, gazetteer) + governments_of_the_land(text, chosen)
    chosen += first_person_stand_ins(text, chosen)
    chosen += later_short_forms(text, chosen) + initials_met_again(text, chosen)
    chosen += proper_names_met_again(text, chosen)
    chosen += heads_met_again(text, chosen) + ministries_met_by_a_field(text, chosen)
    chosen += repeated_project_names(text, chosen)
    chosen = _outside_speech(text, select(_within_paragraphs(text, chosen)))
    bodies = BodiesNamed(chosen)
    chosen = [m for m in chosen if not _room_of_a_body_named_before(m, bodies)]
    chosen = units_named_with_and_without_their_head(programme_units(chosen, gazetteer.programme_key))
    chosen = _without_short_welfare_names(chosen)
    return sorted(bare_towns_as_qualified(shortened_names(chosen)), key=lambda m: (m.start, m.end))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\n")
_CELL_WALL = "|"  # what parts a table's cells for the name grammar, as in "Projekt | Träger"


def _cells_walled(text: str) -> str:
    """The text with a table's tabs and runs of spaces read as cell walls (same length): "Diakonisches Werk
    Lübeck<TAB>Lübeck" and "Diakonisches Werk Lübeck      Lübeck" are a body and its town, no longer name."""
    walled = text.replace("\t", _CELL_WALL)
    if "   " not in walled:
        return walled
    return SPACED_CELL_BREAK.sub(lambda run: " " + _CELL_WALL + run.group()[2:], walled)


_STEM = 6  # letters of a welfare association's short name that its longer names share ("Diakon", "Carita")


def _without_short_welfare_names(chosen: list[Mention]) -> list[Mention]:
    """ "bei der Diakonie" where the release names the "Diakonie Saar", the "Bruderhaus Diakonie" or a "Caritasverband
    für …": the short name of that body (read by the roles and memberships), not the nationwide association."""
    longer = {m.label for m in chosen if m.type in BODY_TYPES and m.label not in lexicon.WELFARE_SHORT_NAMES}
    # the stem too: "die Diakonie" after the "Diakonisches Werk Hessen" is its short name
    named = {
        short for short in lexicon.WELFARE_SHORT_NAMES if any(short[:_STEM] in label for label in longer)
    }
    return [m for m in chosen if m.label not in named]


def _within_paragraphs(text: str, mentions: list[Mention]) -> list[Mention]:
    """No name runs over a blank line: a headline's last words and the dateline's town are two paragraphs."""
    return [m for m in mentions if not _PARAGRAPH_BREAK.search(text, m.start, m.end)]


# Bodies a genitive can point back to, and that hold events (not the programme, not persons or places).
BODY_TYPES = frozenset(
    {"StateNetwork", "Ministry", "Agency", "Organisation", "CoordinationOffice", "Subproject"}
)


def _room_of_a_body_named_before(m: Mention, bodies: BodiesNamed) -> bool:
    """ "im Foyer der Verwaltung" after "die Stadtverwaltung Jena": a room of a body the text names otherwise."""
    words = m.surface.split()
    if m.type != "Place" or len(words) < 3 or words[-2] not in ("der", "des"):
        return False
    return bodies.before(words[-1], m.start)


def of_a_body_named_before(owner: str, mentions: list[Mention], pos: int) -> bool:
    """ "des Ministeriums" after "das Arbeitsministerium": a genitive that refers back to a body named before."""
    return BodiesNamed(mentions).before(owner, pos)


class BodiesNamed:
    """The bodies among some mentions, asked whether one named before a place has a word ending in a noun:
    each ending of their words indexed once with where a body having it first ends (asking every mention
    for each place of a long release was quadratic)."""

    def __init__(self, mentions: list[Mention]) -> None:
        first_end: dict[tuple[str, str], int] = {}
        for m in mentions:
            if m.type in BODY_TYPES:
                first_end[m.surface, m.label] = min(m.end, first_end.get((m.surface, m.label), m.end))
        self._ending: dict[str, int] = {}
        for (surface, label), end in first_end.items():
            for word in f"{surface} {label}".split():
                low = word.lower()
                for cut in range(len(low) + 1):  # every ending, the empty one too (any word ends in it)
                    if end < self._ending.get(low[cut:], end + 1):
                        self._ending[low[cut:]] = end

    def before(self, owner: str, pos: int) -> bool:
        """Whether a body ending at or before `pos` has a word ending in the nominative of `owner`."""
        return self._ending.get(noun_nominative(owner).lower(), pos + 1) <= pos


# Direct speech: a quotation long enough to be a sentence, not a quoted name ("„Wir wollen in Kiel …“").
_SPEECH = re.compile(r"[„\"“»][^„\"“”»«\n]{40,}?[“\"”«]")


def _outside_speech(text: str, chosen: list[Mention]) -> list[Mention]:
    """A place a speaker names in passing is not a place the release is about."""
    speech = IntervalIndex(m.span() for m in _SPEECH.finditer(text))
    return [m for m in chosen if m.type != "Place" or not speech.encloses(m.start, m.end)]


def select(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longest first, then the higher priority (known names)."""
    ordered = sorted(candidates, key=lambda m: (-m.length, -m.priority, m.start, m.key))
    longer = [m for m in ordered if m.length > 0]
    taken = _select_disjoint(longer)
    return taken + _select_empty(ordered[len(longer) :], IntervalIndex((t.start, t.end) for t in taken))


def _select_disjoint(ordered: list[Mention]) -> list[Mention]:
    """The non-empty candidates, longest first: each taken is disjoint from those before it."""
    occupied = Occupancy(max((m.end for m in ordered), default=0))
    taken = []
    for m in ordered:
        if not occupied.overlaps(m.start, m.end):
            occupied.take(m.start, m.end)
            taken.append(m)
    return taken


def _select_empty(rest: list[Mention], longer: IntervalIndex) -> list[Mention]:
    """Empty (and reversed) candidates come last in the order: the non-empty ones taken are all known."""
    taken: list[Mention] = []
    for m in rest:
        if not longer.overlaps(m.start, m.end) and not any(
            m.start < t.end and t.start < m.end for t in taken
        ):
            taken.append(m)
    return taken


def _may_abbreviate(known: Known, abbreviation: str) -> bool:
    """ "Nordrhein-Westfalen (NRW)"; in "Zentrum für Arbeit Thüringen (ZfAT)" the short form is the whole name's."""
    return known.type != "Place" or abbreviation[:1].upper() == known.name[:1].upper()


# "der IQ eines Menschen", "ein hoher IQ", "einen IQ von 130", "IQ-Test": the intelligence quotient is masculine
# (the programme is "das IQ-Programm" or "IQ" alone) and has a value and tests.
_QUOTIENT_BEFORE = re.compile(
    r"(?<![\w-])(?:[Dd]er|[Dd]en|[Ee]in|[Ee]inen|[Ss]ein(?:en)?|[Ii]hr(?:en)?"
    r"|(?:hoh|niedrig|durchschnittlich|überdurchschnittlich|unterdurchschnittlich|gemessen)(?:e|er|en|em))\s+$"
)
_QUOTIENT_AFTER = re.compile(r"(?:\s+(?:von|über|unter)\s+\d|-(?:Test|Wert|Punkte)(?![\w-]))")
_IQ_REACH = 20  # characters before a bare "IQ" for its article or adjective


# "IQ" as a word of its own, not a compound's first part (whose article is its head's: "der IQ-Fachtag")
_ALONE = re.compile(r"(?![-–]|\s+[A-ZÄÖÜ])")


def _intelligence_quotient(text: str, start: int, end: int) -> bool:
    if text[start:end] != "IQ":
        return False
    if _QUOTIENT_AFTER.match(text, end):
        return True
    alone = _ALONE.match(text, end) is not None
    return alone and _QUOTIENT_BEFORE.search(text, max(0, start - _IQ_REACH), start) is not None


def _gazetteer_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for start, end, known in gazetteer.find(text):
        if known.type == "Programme" and _intelligence_quotient(text, start, end):
            continue
        abbreviation = known.name if known.is_abbreviation else None
        trailing = TRAILING_ABBREVIATION.match(text, end)
        if (
            trailing and not abbreviation and _may_abbreviate(known, trailing.group("abbr"))
        ):  # "Europäischen Sozialfonds (ESF)" is one mention with its abbreviation
            abbreviation, end = trailing.group("abbr"), trailing.end()
        out.append(Mention(start, end, known.type, known.key, known.label, text[start:end], abbreviation, 3))
        region = None
        if known.type == "StateNetwork":
            part = _REGION_AFTER_PLUS if text[start:end].endswith(" plus") else _REGIONAL_PART
            region = part.match(text, end)
        if region and region.group("region") not in lexicon.NOT_NAMES:
            label = re.sub(r"\s+", " ", text[start : region.end()])
            key = "statenetwork:" + label.lower()
            out.append(Mention(start, region.end(), "StateNetwork", key, label, label, priority=3))
            out += _coordinated_regional_parts(text, region.end(), label[: -len(region.group("region"))])
    return out


# "MigraNet plus Franken, Südostbayern und Region Musterland": further regional parts of the same network.
_NEXT_REGION = re.compile(r"(?:\s*,\s*|\s+und\s+)(?P<region>(?:Region\s+)?[A-ZÄÖÜ][\w\-]+)(?![\w-])")


def _coordinated_regional_parts(text: str, end: int, network: str) -> list[Mention]:
    out = []
    while (match := _NEXT_REGION.match(text, end)) is not None and _is_region(match.group("region")):
        label = network + re.sub(r"\s+", " ", match.group("region"))
        start, end = match.span("region")
        out.append(
            Mention(start, end, "StateNetwork", "statenetwork:" + label.lower(), label, label, priority=3)
        )
    return out


def _is_region(name: str) -> bool:
    return name.startswith("Region ") or name in TOWNS or name in lexicon.LAENDER


# "MigraNet plus Franken", "MigraNet plus Region Beispiel": a known network's regional part network.
_REGION_AFTER_PLUS = re.compile(r"\s+(?P<region>(?:Region\s+)?[A-ZÄÖÜ][\w\-]+)(?![\w-])")
_REGIONAL_PART = re.compile(r"\s+plus" + _REGION_AFTER_PLUS.pattern)


def _generic_mentions(text: str, chosen: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "das Netzwerk", "das Programm": the release's main network or programme, where it has one."""
    network = main_entity(chosen, "StateNetwork") or network_of_the_land(text, chosen, gazetteer)
    iq = next((m for m in chosen if m.key == gazetteer.programme_key), None)
    # "Das Programm wird vom BMAS und vom ESF gefördert": a fund is no programme "das Programm" stands for
    programme = iq or main_entity([m for m in chosen if not lexicon.names_a_fund(m.label)], "Programme")
    subproject = main_entity(chosen, "Subproject")
    return [
        *_stand_ins(network, _GENERIC_NETWORK, text),
        *_stand_ins(network, _PAID_IQ_NETWORK, text),
        *_stand_ins(programme, _GENERIC_PROGRAMME, text),
        *_project_stand_ins(chosen, subproject, text),
        *_carrier_stand_ins(chosen, text),
    ]


# "die Stiftung", "der Verein", "die gGmbH", "das Bildungswerk", "die Stadt", "das Land": a body's kind noun with its
# article, standing for the one body of that kind named before it ("Die Stiftung X … Die Stiftung setzt das Projekt Y
# um"); not before a name of its own ("die Stiftung Z"), nor where two of that kind came before. The kinds and the
# words a body's label holds for it to be one of them are lexicon.BODY_KIND_NOUNS.
# (no preposition before it: a subject, "Die Stiftung setzt … um", "setzt die gGmbH … um", or the dative after "und"
# that shares the first body's preposition, "von der Stiftung X und dem Landkreis"; "des Vereins", "leiten den Verein"
# are the role readers' to resolve)
# "Unser Verein ist Mitglied …", "unsere Stiftung": a page's own body, named by its kind with the writer's possessive
_OWN = r"[Uu]nser(?:e|em|en)?"
_GENERIC_BODY = re.compile(
    rf"(?<![\w-])(?:Die|Der|Das|Dem|die|der|das|dem|{_OWN})\s+(?P<n>{'|'.join(sorted(lexicon.BODY_KIND_NOUNS, key=len, reverse=True))})"
    r"(?![\w-])(?!\s*[„\"»(]|\s+[A-ZÄÖÜ0-9])"
)
_BODY_TYPES = ("Organisation", "Agency")  # a kind noun stands for an NGO, a company or a public body


_WORD_BEFORE = 16  # characters back to the word before the article


def _carrier_stand_ins(chosen: list[Mention], text: str) -> list[Mention]:
    bodies = sorted((m for m in chosen if m.type in _BODY_TYPES and not m.generic), key=lambda m: m.end)
    if not bodies:
        return []
    ends = [m.end for m in bodies]
    out = []
    for match in _GENERIC_BODY.finditer(text):
        word_before = text[max(0, match.start() - _WORD_BEFORE) : match.start()].split()[-1:]
        if word_before and word_before[0].lower() in lexicon.PREPOSITIONS:
            continue  # "mit der Stiftung", "für die Akademie": no subject
        kind = lexicon.BODY_KIND_NOUNS[match.group("n")]
        earlier = bodies[: bisect_right(ends, match.start())]
        named = [m for m in earlier if any(word in f" {m.label.lower()} " for word in kind)]
        if len({m.key for m in named}) == 1:  # of two bodies of that kind before, the noun names neither
            stand_in = Mention.named(match.start("n"), match.end("n"), named[-1].type, "", match.group("n"))
            out.append(_standing_for(named[-1], stand_in))
    return out


def _project_stand_ins(chosen: list[Mention], main: Mention | None, text: str) -> list[Mention]:
    """ "Das Projekt wird von der Y umgesetzt": in a release naming several projects, the one named last before
    the noun (a profile's heading, the paragraph's name), or the last whose name holds the noun ("die Servicestelle"
    after "Servicestelle X" and "Projekt Y" means X); the release's main one before any is named."""
    named = sorted((m for m in chosen if m.type == "Subproject" and not m.generic), key=lambda m: m.end)
    bare = _bare_iq_units(text, named)
    # a bare unit of its own is one a later "die Servicestelle" may stand for
    named = sorted([*named, *(m for m in bare if not m.generic)], key=lambda m: m.end)
    if len({m.key for m in named}) < 2:
        return [*bare, *_stand_ins(main, _GENERIC_SUBPROJECT, text)]
    out = []
    starts = {m.start: m for m in named}
    for stand_in in _stand_ins(main, _GENERIC_SUBPROJECT, text):
        # "des Teilprojekts Tandem Handwerk": the noun right before a name is that name's head
        spaces = _SPACES.match(text, stand_in.end)
        assert spaces is not None  # " *" matches anywhere
        after = starts.get(spaces.end())
        earlier = named[: bisect_right([m.end for m in named], stand_in.start)]
        noun = _NOUN_STEM.sub("", stand_in.surface)
        of_its_kind = [m for m in earlier if noun in m.label or noun in m.surface]
        meant = [after] if after is not None else of_its_kind or earlier
        out.append(_standing_for(meant[-1], stand_in) if meant else stand_in)
    return [*bare, *out]


_SPACES = re.compile(" *")

# "Träger der IQ Servicestelle ist …": an IQ unit named by its kind alone, no name after it (its "IQ" is no mention of
# the programme).
_BARE_IQ_UNIT = re.compile(
    rf"\b(?i:{ARTICLES})\s+(?P<n>IQ[\s\-]+(?P<kind>(?:Service|Beratungs|Anlauf|Fach|Informations)stelle))"
    r"(?![\w-])(?!\s+[A-ZÄÖÜ0-9„\"])"
)


def _bare_iq_units(text: str, named: list[Mention]) -> list[Mention]:
    """Each IQ unit named by its kind alone: the last unit of that kind named before it ("die IQ Servicestelle
    Lippe … die IQ Servicestelle"), else a unit of its own, labelled by the kind ("IQ Servicestelle")."""
    out = []
    for m in _BARE_IQ_UNIT.finditer(text):
        earlier = [u for u in named if u.end <= m.start() and m.group("kind") in u.label]
        label = "IQ " + m.group("kind")
        unit = Mention.named(m.start("n"), m.end("n"), "Subproject", label, m.group("n"))
        out.append(_standing_for(earlier[-1], unit) if earlier else unit)
    return out


# "Projekts" -> "Projekt": the noun as a name holds it
_NOUN_STEM = re.compile(r"(?:es|s)$")


def _standing_for(entity: Mention, stand_in: Mention) -> Mention:
    return replace(
        entity, start=stand_in.start, end=stand_in.end, surface=stand_in.surface, generic=True, priority=0
    )


def _stand_ins(entity: Mention | None, pattern: re.Pattern[str], text: str) -> list[Mention]:
    if entity is None:
        return []
    return [
        replace(entity, start=m.start("n"), end=m.end("n"), surface=m.group("n"), generic=True, priority=0)
        for m in pattern.finditer(text)
        if not _NAMED_NEXT.match(text, m.end("n"))  # "des Programms „X“" names X, not the main programme
    ]


_NAMED_NEXT = re.compile(r"\s*[„\"“»]")


def main_entity(mentions: list[Mention], type_: str) -> Mention | None:
    """The entity of a type a release names most often (first named on a tie)."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.type == type_ and not m.generic:
            counts[m.key] = counts.get(m.key, 0) + 1
            first.setdefault(m.key, m)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first[k].start))
    return first[best]
