"""Ties read over the whole release once every sentence is read.

"IQ Netzwerk Hessen" -> the Land Hessen is a place the release names
"Regionaldirektion Nord der Bundesagentur für Arbeit" -> partOf the Bundesagentur für Arbeit
"das IQ Netzwerk X" in a release about the IQ programme -> partOf the programme; "Teilprojekt „Y“" -> partOf
the release's network
"Petra Beispiel (SPD)" -> memberOf the SPD
"Das Land Y fördert folgende Projekte:" and a list -> each listed project fundedBy Y
"Zum Netzwerk gehören:" and a list -> each listed body memberOf the network
"Projekt | Träger | Fördersumme" and its rows -> each row's figures its project's counts
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..models import Count
from . import lexicon
from .collector import Collector
from .counts.table_rows import tabled_counts
from .names.mentions import Mention, main_entity
from .names.organisations.organisations import find_organisations
from .relations.actors import RelationFinding
from .relations.funding.listed import payers_of_listed_projects, payers_of_shares
from .relations.hosting.listed import carriers_of_listed_projects, carriers_on_the_next_line
from .relations.item_fields import facts_of_item_fields
from .relations.member_blocks import members_of_blocks
from .relations.table_rows import facts_of_table_rows
from .roles.phrases import is_role_noun
from .text.blocks import list_block

# "Petra Beispiel (SPD)", "(GRÜNE)", "(Die Linke)": parliamentary style writes the party in any case
# and with a mandate before the party: "Karl Muster (MdL, SPD)", "Petra Beispiel, MdB (Grüne)"
_MANDATES = "|".join(lexicon.MANDATES)
_PARTY = re.compile(
    rf"\s*(?:,?\s*(?:{_MANDATES})\s*)?\((?:(?:{_MANDATES})\s*,\s*)?"
    + r"(?P<party>(?i:"
    + "|".join(re.escape(p) for p in lexicon.PARTIES)
    + r"))\)"
)
_PARTY_NAMES = {abbreviation.casefold(): name for abbreviation, name in lexicon.PARTIES.items()}
# A party opening the compound of a politician's title: "SPD-Landtagsabgeordneter Karl Muster", "die Grünen-Politikerin
# Petra Beispiel" before the name, "Karl Muster, CDU-Fraktionschef," after it.
_PARTY_IN_COMPOUND = (
    r"(?<![\w-])(?P<party>"
    + "|".join(map(re.escape, lexicon.PARTY_COMPOUND_FORMS))
    + r")-(?P<noun>[A-ZÄÖÜ]\w+)"
)
_PARTY_TITLE_BEFORE = re.compile(_PARTY_IN_COMPOUND + r"[ \xa0]+(?:(?:Dr|Prof)\.[ \xa0]*)*$")
_PARTY_TITLE_AFTER = re.compile(r"[ \xa0]*,[ \xa0]*" + _PARTY_IN_COMPOUND)
PARTY_TITLE_REACH = 60  # characters back from a name over the compound title and "Dr."
# "Karl Muster ist (seit 2010) Mitglied der SPD", "Petra Beispiel, Mitglied der Grünen,"
_PARTY_MEMBER_AFTER = re.compile(
    r"(?:[ \xa0]+(?:ist|war)(?:[ \xa0]+seit[ \xa0]+[\w.]+)?|[ \xa0]*,)[ \xa0]+Mitglied[ \xa0]+der[ \xa0]+"
    r"(?P<party>" + "|".join(map(re.escape, lexicon.PARTY_COMPOUND_FORMS)) + r")(?![\w-])"
)


def networks_in_their_land(c: Collector, mentions: list[Mention]) -> None:
    """The Land a network is named after is a place the release names. That the network is located there is
    no fact the text states (the reference data knows it of the networks it lists)."""
    for m in mentions:
        if m.type != "StateNetwork" or m.generic:
            continue
        land = _land_in(m.label)
        if land:
            key = c.gazetteer.land_places.get(land, "place:" + land)
            place = Mention(m.start, m.end, "Place", key, land, land)
            c.entity(place, alias=False)


@lru_cache(maxsize=1024)
def _land_in(label: str) -> str | None:
    """The Land a name holds as a word of its own (kept: a long release names its network again and again)."""
    return next((x for x in lexicon.LAENDER if re.search(rf"(?<![\w-]){re.escape(x)}(?![\w-])", label)), None)


_UNIT_HEADS = (
    "regionaldirektion",
    "außenstelle",
    "geschäftsstelle",
    "zweigstelle",
    "niederlassung",
    "landesverband",
)
_OF = re.compile(r"\s(?:der|des)\s")


def units_of_their_body(c: Collector, mentions: list[Mention]) -> None:
    """ "Regionaldirektion Nord der Bundesagentur für Arbeit" is part of the Bundesagentur für Arbeit."""
    for m in mentions:
        if m.generic or not m.label.split()[0].lower().startswith(_UNIT_HEADS):
            continue
        of = _OF.search(c.text, m.start, m.end)
        if of is None:
            continue
        body = _known_body(c, of.end(), m.end)
        if body is not None:
            c.entity(body)
            c.relation(RelationFinding(m, "partOf", body), (m.start, m.end))


def _known_body(c: Collector, start: int, end: int) -> Mention | None:
    """The body named at `start`, read in its sentence up to `end` (reading the whole text before it for each
    unit made a long release quadratic)."""
    first = c.spans[c.sentence_at(start)][0]
    segment = c.text[first:end]
    known = [
        Mention(first + s, first + e, k.type, k.key, k.label, segment[s:e], priority=3)
        for s, e, k in c.gazetteer.find(segment)
        if first + s == start and k.type in ("Agency", "Ministry", "Organisation")
    ]
    found = known or [
        replace(o, start=first + o.start, end=first + o.end)
        for o in find_organisations(segment)
        if first + o.start == start
    ]
    return max(found, key=lambda o: o.end, default=None)


# A line leading in a list of the network's projects: "Teilprojekte im IQ Netzwerk X:", "Zum IQ Netzwerk X gehören
# folgende Teilprojekte:", "Die Angebote des Netzwerks X im Überblick:" (its last sentence; not its partners':
# "kooperiert mit …")
_LISTS_PARTS = re.compile(
    r"(?m)^(?:[^\n]*[.!?][^\S\n]+)?(?P<line>[^\n.!?]*?\b(?:Teil|Modell)?(?:[Pp]rojekte|[Vv]orhaben|[Aa]ngebote)\b"
    r"[^\n.:]*?):[^\S\n]*$"
)
_NOT_PARTS = re.compile(
    r"\b(?:kooperier\w*|zusammen|[Pp]artner\w*|außerhalb|fördert|finanziert)\b", re.IGNORECASE
)


def projects_listed_under_their_network(c: Collector, mentions: list[Mention]) -> None:
    """Each project the lines after a lead-in naming a network's projects list is that network's."""
    for lead_in in _LISTS_PARTS.finditer(c.text):
        line = lead_in.group("line")
        networks = [
            m
            for m in mentions
            if lead_in.start("line") <= m.start < lead_in.end() and m.type == "StateNetwork"
        ]
        if len(networks) != 1 or networks[0].generic or _NOT_PARTS.search(line):
            continue
        body, end = list_block(c.text, lead_in.end())
        for unit in (
            m for m in mentions if body <= m.start < end and m.type == "Subproject" and not m.generic
        ):
            c.relation(RelationFinding(unit, "partOf", networks[0]), (unit.start, unit.end))


def networks_of_the_programme(c: Collector, mentions: list[Mention], programme: Mention | None) -> None:
    """A network named in a release about the IQ programme is one of its networks, an IQ Fachstelle one
    of its competence centres, and a subproject it names ("IQ Servicestelle in …", "Teilprojekt „…“") part of
    the release's network, unless the text placed it elsewhere."""
    network = main_entity(mentions, "StateNetwork")
    if programme is None or programme.key != c.gazetteer.programme_key:
        # a release about several programmes names IQ beside them: the IQ networks are still its own
        programme = next((m for m in mentions if m.key == c.gazetteer.programme_key), programme)
    is_iq = programme is not None and programme.key == c.gazetteer.programme_key
    placed = {r.subject for r in c.relations.values() if r.predicate == "partOf"}
    # the sole network a release names holds its projects, unless the text places projects outside it
    sole = len({m.key for m in mentions if m.type == "StateNetwork" and not m.generic}) == 1
    sole = sole and not _placed_outside(c, mentions) and not _only_a_partner_s(c, mentions, network)
    carried = _carried_elsewhere(c, placed) | _of_another_programme(c)
    # where the text says which projects are the network's, the others are not its by default
    chosen = network is not None and _placed_in(c, network)
    for m in mentions:
        if m.type not in ("StateNetwork", "Subproject") or (m.generic and m.type != "StateNetwork"):
            continue  # "das IQ-Netzwerk" stands for the release's network: that one is the programme's too
        if (
            m.type == "Subproject"
            and network
            and m.key not in placed
            and _of_the_network(
                c,
                m,
                network,
                sole and m.key not in carried and not (chosen and not _another_of_them(c, m)),
                mentions,
            )
        ):
            c.relation(RelationFinding(m, "partOf", network), (m.start, m.end))
        elif programme is not None and is_iq and _of_the_programme(m, network):
            c.relation(RelationFinding(m, "partOf", programme), (m.start, m.end))


# A fund pays for the programme's own projects too ("aus Mitteln des ESF Plus"): only another programme takes a project
_FUND = re.compile(r"fonds|Europäisch|\b(?:ESF|AMIF)\b", re.IGNORECASE)


def _of_another_programme(c: Collector) -> set[str]:
    """The projects the text funds from or places in another programme ("wird über das Bundesprogramm KompAS
    gefördert"): no project of the release's IQ network by default."""
    iq = c.gazetteer.programme_key
    others = {
        key
        for key, e in c.entities.items()
        if e.type == "Programme" and key != iq and not _FUND.search(e.label)
    }
    kinds = {key: e.type for key, e in c.entities.items()}
    return {
        r.subject
        for r in c.relations.values()
        if r.predicate in ("fundedBy", "partOf")
        and r.object in others
        and kinds.get(r.subject) == "Subproject"
    }


def _placed_in(c: Collector, network: Mention) -> bool:
    """Whether the text itself places a project in the network ("X ist ein Teilprojekt des IQ Netzwerks Y")."""
    kinds = {key: e.type for key, e in c.entities.items()}
    return any(
        r.predicate == "partOf" and r.object == network.key and kinds.get(r.subject) == "Subproject"
        for r in c.relations.values()
    )


# "Ein weiteres Angebot ist X", "Das zweite Teilprojekt, X, …": one more of the units named before, the same whole's
_ANOTHER_UNIT = re.compile(
    r"\b(?:[Ee]in|[Ee]ine|[Dd]as|[Dd]er|[Dd]ie|[Aa]ls)\s+(?:weitere|zweite|dritte|vierte|fünfte)[rs]?\s+"
    r"(?:Teilprojekt|Projekt|Angebot|Beratungsangebot|Beratungsstelle|Anlaufstelle|Baustein)\b"
)


def _another_of_them(c: Collector, m: Mention) -> bool:
    return bool(_ANOTHER_UNIT.search(c.text, *c.spans[c.sentence_at(m.start)]))


def _placed_outside(c: Collector, mentions: list[Mention]) -> bool:
    """Whether the text places projects outside the network in a sentence that names none ("Die Projekte sind nicht
    Teil des IQ Netzwerks"): any may be outside; a sentence naming its project places only that one."""
    named = {c.sentence_at(m.start) for m in mentions if m.type == "Subproject" and not m.generic}
    return any(
        c.sentence_at(outside.start()) not in named for outside in _OUTSIDE_THE_NETWORK.finditer(c.text)
    )


# A sentence of working together: "Die Y arbeitet eng mit dem Zentrum X zusammen, einem Teilprojekt des IQ Netzwerks Z",
# or of sending people on to the network.
_WORKING_TOGETHER = re.compile(
    # the verb last in its clause in one word: "die eng mit dem IQ Netzwerk Y zusammenarbeitet"
    r"\b(?:kooperier\w*|arbeite\w*\s[^.]{0,60}?\bzusammen|zusammen(?:arbeite\w*|gearbeitet)|Kooperationspartner\w*"
    r"|(?:in|In)\s+(?:Kooperation|Zusammenarbeit)\s+mit"
    # sending people on to it: "verweist Ratsuchende an die Beratung des IQ Netzwerks Y", "… an das Y vermittelt"
    r"|(?:verweis|vermittel)\w*\s[^.]{0,60}?\ban\s+(?:die|den|das)\b"
    r"|\ban\s+(?:die|den|das)\s[^.]{0,80}?\b(?:verwiesen|vermittelt)\b)"
)


def _only_a_partner_s(c: Collector, mentions: list[Mention], network: Mention | None) -> bool:
    """Whether the release names its network only where someone works with it or with a unit of it: the network
    is a partner's, not the whole of the projects the release is about."""
    if network is None:
        return False
    named = [m for m in mentions if m.key == network.key and not m.generic]
    sentences = {c.spans[c.sentence_at(m.start)] for m in named}
    return bool(sentences) and all(_WORKING_TOGETHER.search(c.text, *span) for span in sentences)


def _carried_elsewhere(c: Collector, placed: set[str]) -> set[str]:
    """The subprojects of a carrier whose other unit the text itself places in a network, not placed there
    themselves ("Die Stelle X ist ein Angebot der Y gGmbH und Teil des IQ Netzwerks Z. Seit 2019 führt die Y auch
    das Projekt W durch"): the text said which of the carrier's units are the network's, W is the carrier's own."""
    kinds = {key: e.type for key, e in c.entities.items()}
    in_a_network = {
        r.subject
        for r in c.relations.values()
        if r.predicate == "partOf"
        and kinds.get(r.subject) == "Subproject"
        and kinds.get(r.object) == "StateNetwork"
    }
    carried = [
        r for r in c.relations.values() if r.predicate == "hostedBy" and kinds.get(r.subject) == "Subproject"
    ]
    carriers = {r.object for r in carried if r.subject in in_a_network}
    return {r.subject for r in carried if r.object in carriers and r.subject not in placed}


def _of_the_programme(m: Mention, network: Mention | None) -> bool:
    """A network, an IQ Fachstelle, or an IQ office where the release names no network, is the programme's."""
    iq_office = m.label.startswith("IQ ") and (network is None or m.label.startswith("IQ Fachstelle"))
    line = network is None and m.type == "Subproject" and bool(_PROGRAMME_LINE.search(m.surface))
    return m.type == "StateNetwork" or iq_office or line


# "die Programmlinie „X“", "der Förderschwerpunkt „X“": a line of the programme itself, where no network is named
_PROGRAMME_LINE = re.compile(r"^(?:Programmlinie|Förderlinie|Förderschwerpunkt|Handlungsschwerpunkt)\w*\b")


# "Außerhalb des IQ Netzwerks setzt die Y das Projekt X um", "X ist nicht Teil des Netzwerks", "Nicht zum Netzwerk
# gehört X", "X gehört nicht zum IQ Netzwerk": placed elsewhere
_OUTSIDE_THE_NETWORK = re.compile(
    # (or no longer: "X ist seit 2020 nicht mehr Teil des …", "kein Teilprojekt des … mehr")
    r"\b[Aa]ußerhalb\s+(?:des|der|vom)\b|\bnicht\s+(?:mehr\s+|länger\s+)?(?:Teil|Bestandteil)\s+(?:des|der)\b"
    # belonging denied: "Nicht zum Netzwerk gehört das Vorhaben X", "X gehört nicht zum …", "X ist kein Teil des …"
    r"|\b[Nn]icht\s+(?:zum|zur)\s[^.]{0,60}?\bgehör\w*|\b[Nn]icht\s+zum\s+(?:IQ[\s\-]+)?(?:Landes)?[Nn]etzwerk"
    r"|\bgehör\w*\s+(?:[\w.]+\s+){0,2}?nicht\s+(?:mehr\s+)?(?:zum|zur|dem|der)\b"
    r"|\bkein(?:e[rs]?)?\s+(?:Teil|Bestandteil|Teilprojekt)\s+(?:des|der)\b"
)

# The network a project works with or sends people to: "kooperiert mit dem IQ Netzwerk", "arbeitet mit dem Netzwerk
# zusammen", "verweist Ratsuchende an das IQ Netzwerk".
_NETWORK_AS_A_PARTNER = re.compile(
    r"\b(?:kooperier\w*|arbeite\w*\s+[^.]{0,60}?zusammen|verweis\w*|vermittel\w*)\b[^.]{0,80}?"
    r"\b(?:mit|an)\s+(?:dem|das|den)\s+(?:IQ[\s\-]+)?(?:Landes)?[Nn]etzwerk"
    r"|\b(?:mit|an)\s+(?:dem|das)\s+(?:IQ[\s\-]+)?(?:Landes)?[Nn]etzwerk[^.]{0,80}?\b(?:zusammen|kooperier\w*)\b"
)

# A unit named as the object of complementing, working with or sending people to: another's service, not a part.
_COMPLEMENTED = re.compile(
    r"\b(?:ergänzt|ergänzen|ergänzte|kooperiert|kooperieren|verweist|verweisen|vermittelt|vermitteln)\s+"
    r"(?:[\w.]+\s+){0,3}?(?:die|den|das|mit\s+der|mit\s+dem|an\s+die|an\s+den|an\s+das)\s+[„\"»]?$"
)
_COMPLEMENT_REACH = 60  # characters back from the unit to the verb: adverbs, a preposition and an article
_SUBPROJECT_CUE = re.compile(r"\b(?:Teilprojekt\w*|TP\s*\d+|IQ[\s\-]+(?:Teil)?[Pp]rojekt\w*)")


def _of_the_network(
    c: Collector, subproject: Mention, network: Mention, sole: bool, mentions: list[Mention]
) -> bool:
    """A subproject belongs to the release's network when it is an IQ office, the release names no other
    network, or its sentence calls it a subproject or names the network (not an IQ Fachstelle: those belong to
    the programme)."""
    if "Fachstelle" in subproject.label:
        return False
    start, end = c.spans[c.sentence_at(subproject.start)]
    sentence = c.text[start:end]
    if _OUTSIDE_THE_NETWORK.search(sentence):
        return False
    if _NETWORK_AS_A_PARTNER.search(sentence) and not _SUBPROJECT_CUE.search(sentence):
        return (
            False  # "Das Projekt X kooperiert mit dem IQ Netzwerk Y": a partner of the network, no part of it
        )
    if _COMPLEMENTED.search(c.text, max(start, subproject.start - _COMPLEMENT_REACH), subproject.start):
        return False  # "Die Fachberatung ergänzt die X des Caritasverbandes": a service beside the network's
    if subproject.label.startswith("IQ ") or sole:
        return True
    return bool(_SUBPROJECT_CUE.search(sentence)) or (
        network.surface in sentence and not _names_other_networks(mentions, network, start, end)
    )


def _names_other_networks(mentions: list[Mention], network: Mention, start: int, end: int) -> bool:
    """A sentence that names several networks lists them ("an die Netzwerke A und B sowie an C"): naming the
    release's network there says nothing of where a subproject in the list belongs."""
    return any(
        m.type == "StateNetwork" and not m.generic and m.key != network.key and start <= m.start < end
        for m in mentions
    )


def parties(c: Collector, mentions: list[Mention]) -> None:
    for m in mentions:
        match = _party_of(c.text, m) if m.type == "Person" else None
        if match:
            written = match.group("party")
            name = _PARTY_NAMES.get(written.casefold()) or lexicon.PARTY_COMPOUND_FORMS[written]
            # a short form only where the text writes one: not "Grünen-" of a compound, not the name in full
            abbreviation = written if written.casefold() in _PARTY_NAMES and written != name else None
            party = Mention(
                match.start("party"),
                match.end("party"),
                "Organisation",
                "organisation:" + name.lower(),
                name,
                written,
                abbreviation,
            )
            c.entity(party)
            c.relation(RelationFinding(m, "memberOf", party), (m.start, m.end))


def _party_of(text: str, person: Mention) -> re.Match[str] | None:
    """The party a person is said to belong to: in brackets after the name, in a compound title, as a member."""
    return (
        _PARTY.match(text, person.end)
        or _party_in_title(text, person)
        or _PARTY_MEMBER_AFTER.match(text, person.end)
    )


def _party_in_title(text: str, person: Mention) -> re.Match[str] | None:
    """The party opening a politician's compound title right before or after the name."""
    match = _PARTY_TITLE_BEFORE.search(text, max(0, person.start - PARTY_TITLE_REACH), person.start)
    match = match or _PARTY_TITLE_AFTER.match(text, person.end)
    if match is None:
        return None
    noun = match.group("noun").lower()
    return match if is_role_noun(noun) or "politiker" in noun else None


def members_of_lists(c: Collector, mentions: list[Mention]) -> None:
    """ "Zum Netzwerk gehören:" and a body a line: each listed body is a member of the whole."""
    for finding in members_of_blocks(c.text, mentions):
        c.relation(finding, (finding.subject.start, finding.subject.end))


def payers_of_lists(c: Collector, mentions: list[Mention]) -> None:
    """The payer of a list's lead-in funds each project the list names; its carrier carries each; a table's row
    names its project's carrier and place."""
    for finding in payers_of_listed_projects(c.text, mentions):
        c.relation(finding, (finding.subject.start, finding.subject.end))
    for finding in payers_of_shares(c.text, mentions, c.spans):
        c.relation(finding, (finding.subject.start, finding.subject.end))
    for finding in [
        *carriers_of_listed_projects(c.text, mentions),
        *carriers_on_the_next_line(c.text, mentions),
        *facts_of_table_rows(c.text, mentions),
        *facts_of_item_fields(c.text, mentions),
    ]:
        c.relation(finding, (finding.subject.start, finding.subject.end))


def counts_of_tables(collector: Collector, mentions: list[Mention]) -> None:
    """A project table's figures are its rows' projects' (counts/table_rows.py); a figure read line by line inside
    a row for anyone else (the carrier's cell on the line before an amount) gives way."""
    for row, project, figures in tabled_counts(collector.text, mentions):
        first, last = collector.sentence_at(row.project[0]), collector.sentence_at(row.end - 1)
        collector.counts = [
            c for c in collector.counts if not (first <= c.sentence <= last and c.subject != project.key)
        ]
        read = {(c.subject, c.value) for c in collector.counts}
        for f in figures:
            if (f.subject.key, f.value) not in read:
                collector.counts.append(Count(f.subject.key, f.what, f.value, collector.sentence_at(f.at)))
