"""Extraction stage: one release's text -> entities, relations, roles, quotes, events and counts.

Rules, a gazetteer and German morphology; no statistical model (none is available offline). Every
finding keeps the sentence it was read from. Keys are local to the release; `resolve` mints the IRIs.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import cast

from ..models import Count, Entity, Event, Extraction, Quote, Relation, Release, Role, Sentence
from ..reference import Reference
from ..vocab import EntityType, Predicate
from . import lexicon
from .counts import CountScope, find_counts, names_an_event
from .dates import find_dates
from .event_headlines import Headline
from .event_sessions import find_sessions
from .events import EventFinding, find_events
from .gazetteer import Gazetteer, build_gazetteer
from .leaders import find_leaders
from .memberships import find_memberships
from .mentions import Mention, find_mentions, main_entity
from .morphology import genitive_with_article
from .offices import find_offices, land_office_of_the_programme
from .organisations import find_organisations
from .quotes import find_quotes
from .relation_actors import RelationFinding
from .relation_hosting import carriers_of_led_projects
from .relations import Before, find_relations, paid_in_the_land
from .role_context import (
    with_body_of_the_sentence_before,
    with_body_on_the_line_above,
    with_ministry_of_the_release,
    with_possessive_organisation,
    with_the_release_s_one_project,
)
from .roles import ReleaseBodies, find_roles, is_compound_of
from .spans import ByStart, IndexedMentions, IntervalIndex
from .text import blank_furniture, restore_lost_quote_marks, split_sentences, unwrap

__all__ = ["extract"]

_OFFICE = re.compile(
    # "TP 1: Koordination (Träger: …)": a numbered list's item that is the network's own coordination
    r"(?P<head>Koordinierungsstelle|IQ[\s\-]Koordination|Landeskoordination|Landeskoordinierung|(?<=\d:\s)Koordination(?=\s*\())"
    r"(?:\s+(?:des|der|im|in\s+der|beim)\s+)?"
)
# "die Koordinierungsstelle" standing alone (no genitive or "für" after it): the release's network's office
_BARE_OFFICE = re.compile(r"(?=\s+(?!des\b|der\b|für\b|im\b|in\b|von\b|vom\b)[a-zäöüß]+\b|[.,;!?])")
# "die Koordinierungsstelle bei der Y": an office placed at a body, so the release's own network's
_PLACED_AT = re.compile(
    r"\s+(?:(?:ist|war|befindet\s+sich|befand\s+sich)\s+(?:[\w.]+\s+){0,2}?)?(?:bei|beim)\s"
)
# "Petra Beispiel (SPD)", "(GRÜNE)", "(Die Linke)": parliamentary style writes the party in any case
_PARTY = re.compile(r"\s*\((?P<party>(?i:" + "|".join(re.escape(p) for p in lexicon.PARTIES) + r"))\)")
_PARTY_NAMES = {abbreviation.casefold(): name for abbreviation, name in lexicon.PARTIES.items()}


def extract(release: Release, reference: Reference) -> Extraction:
    gazetteer = build_gazetteer(reference)
    # same length: every offset still points into release.text
    text = unwrap(restore_lost_quote_marks(blank_furniture(release.text)))
    sentences = tuple(replace(s, text=release.text[s.start : s.end]) for s in split_sentences(text))
    spans = [(s.start, s.end) for s in sentences]
    mentions = find_mentions(text, gazetteer)
    offices = _offices(text, mentions)
    taken = {o.start for o in offices}  # "IQ Koordination": the office, not a mention of the programme
    mentions = [m for m in mentions if m.start not in taken] + offices
    collector = _Collector(text, spans, gazetteer)
    for m in mentions:
        collector.entity(m)
    programme = main_entity(mentions, "Programme") or _programme_in_a_network_s_name(
        text, mentions, gazetteer
    )
    if programme is not None and programme not in mentions:
        collector.entity(programme)
    # "das IQ-Netzwerk" alone, where the text names one Land: that Land's network is the release's
    network = main_entity(mentions, "StateNetwork") or next(
        (m for m in mentions if m.type == "StateNetwork"), None
    )
    about_a_subproject = any(m.type == "Subproject" and not m.generic for m in mentions)
    starting = _starting_in(spans, mentions)
    scopes = _count_scopes(spans, mentions, starting)
    before, release_mentions = Before(mentions, text), _ReleaseMentions(mentions)
    for span, here, scope in zip(spans, starting, scopes, strict=True):
        _read_sentence(
            collector, span, [mentions[i] for i in here], release_mentions, programme, network, before
        )
        _read_counts(collector, span, scope, (programme, network), about_a_subproject)
    _networks_in_their_land(collector, mentions)
    _units_of_their_body(collector, mentions)
    _networks_of_the_programme(collector, mentions, programme)
    _parties(collector, mentions)
    holders = _role_holders(collector, mentions)  # every sentence is read: the roles are all known here
    quotes = find_quotes(text, mentions, holders)
    for q in quotes:
        collector.quotes.append(
            Quote(q.speaker.key, q.text, q.start, q.end, collector.sentence_at(q.speaker.start))
        )
    named = []
    published = _latest_day(release)
    for event in find_events(
        text,
        spans,
        mentions,
        find_dates(text, release.date, release.date_precision),
        holders,
        published,
        _headline(release),
    ):
        collector.event(event)
        if names_an_event(event.label):  # a bare "Kongress" or "IQ-Kongress" is no name to count for
            named.append(collector.events[-1])
    _sessions_of_events(collector, spans, mentions, named)
    for count in collector.event_counts:
        in_scope = _event_in_scope(named, count.sentence)
        if in_scope is not None:
            collector.counts.append(replace(count, subject=in_scope.key))
    return collector.result(release, sentences)


def _sessions_of_events(
    c: _Collector, spans: list[tuple[int, int]], mentions: list[Mention], named: list[Event]
) -> None:
    """A session a body offers at the event in scope ("bot die Stiftung X einen Workshop „Y“ an"): an event on
    that event's day, part of it, organised by the body."""
    for session in find_sessions(c.text, spans, mentions):
        parent = _event_in_scope(named, session.sentence)
        if parent is None or parent.date is None:
            continue
        span = spans[session.sentence]
        finding = EventFinding(
            session.label, session.noun, parent.date, None, span, (session.organiser,), None, ()
        )
        whole = Mention(span[0], span[0], "Event", parent.key, parent.key, parent.key)
        c.relation(RelationFinding(c.event(finding), "partOf", whole), span)


def _headline(release: Release) -> Headline | None:
    """The release's title with its dates: a day the text may not repeat ("Fachtag am 6. Mai in Kassel")."""
    if not release.title:
        return None
    return Headline(release.title, tuple(find_dates(release.title, release.date, release.date_precision)))


def _latest_day(release: Release) -> dt.date | None:
    """The last day a release can have been published on: its date, or the end of its month or year."""
    date = release.date
    if date is None or release.date_precision in (None, "day"):
        return date
    if release.date_precision == "year":
        return dt.date(date.year, 12, 31)
    following = dt.date(date.year + date.month // 12, date.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _event_in_scope(events: list[Event], sentence: int) -> Event | None:
    """The event a sentence speaks of: the last one reported at or before it, else the first one."""
    before = [e for e in events if e.sentence <= sentence]
    return max(before, key=lambda e: e.sentence) if before else (events[0] if events else None)


def _role_holders(c: _Collector, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """(person, title) of the roles found, for quotes attributed to "die Ministerin"."""
    first = {m.key: m for m in reversed(mentions) if m.type == "Person"}
    return [(first[r.person], r.title) for r in c.roles if r.person in first]


def _starting_in(spans: list[tuple[int, int]], mentions: list[Mention]) -> list[list[int]]:
    """Where in `mentions` the mentions are that start in each sentence (one pass, no scan per sentence)."""
    starts = [s for s, _ in spans]
    out: list[list[int]] = [[] for _ in spans]
    for i, m in enumerate(mentions):
        index = bisect.bisect_right(starts, m.start) - 1
        if index >= 0 and m.start < spans[index][1]:
            out[index].append(i)
    return out


def _running_into(spans: list[tuple[int, int]], mentions: list[Mention]) -> list[list[int]]:
    """Where in `mentions` the mentions are that begin before each sentence and run into it."""
    starts = [s for s, _ in spans]
    out: list[list[int]] = [[] for _ in spans]
    for i, m in enumerate(mentions):
        for index in range(bisect.bisect_right(starts, m.start), bisect.bisect_left(starts, m.end)):
            out[index].append(i)
    return out


def _count_scopes(
    spans: list[tuple[int, int]], mentions: list[Mention], starting: list[list[int]]
) -> Iterator[list[Mention]]:
    """For each sentence, the mentions counts read there, in their order: those starting in it or in the
    sentence before, and any begun earlier that runs into it (counts ask about no others)."""
    running = _running_into(spans, mentions)
    for index, here in enumerate(starting):
        before = starting[index - 1] if index > 0 else []
        yield [mentions[i] for i in sorted({*running[index], *before, *here})]


def _read_sentence(
    c: _Collector,
    span: tuple[int, int],
    here: list[Mention],
    release: _ReleaseMentions,
    programme: Mention | None,
    network: Mention | None,
    before: Before,
) -> None:
    iq = programme if programme is not None and programme.key == c.gazetteer.programme_key else None
    for r in find_relations(c.text, span, here, programme, before.up_to(span[0]), network):
        c.relation(paid_in_the_land(r, iq, network), span)
    read = [*find_roles(c.text, span, here, release.bodies), *find_offices(c.text, span, here, release.all)]
    heads: list[tuple[Mention, Mention]] = []
    found = (with_possessive_organisation(r, c.text, release.indexed) for r in read)
    found = (with_body_on_the_line_above(r, c.text, release.indexed) for r in found)
    previous = c.spans[c.index(span) - 1] if c.index(span) > 0 else None
    found = (with_the_release_s_one_project(r, release.one_project) for r in found)  # before a body nearby
    found = (with_body_of_the_sentence_before(r, c.text, (span, previous), release.indexed) for r in found)
    for role in (with_ministry_of_the_release(r, c.text, release.ministries) for r in found):
        if role.organisation and role.organisation.key not in c.entities:
            c.entity(role.organisation)  # a body the role names ("Osnabrücker Landrätin")
        c.roles.append(
            Role(
                role.person.key,
                role.title,
                role.organisation.key if role.organisation else None,
                c.index(span),
            )
        )
        if role.leads and role.organisation:
            c.relation(RelationFinding(role.organisation, "ledBy", role.person), span)
            heads.append((role.organisation, role.person))
    for org, head in find_leaders(c.text, here):
        c.relation(RelationFinding(org, "ledBy", head), span)
        heads.append((org, head))
    members = [
        (m.person, m.organisation)
        for m in find_memberships(c.text, span, here, before.last("project"), release.bodies)
    ]
    for person, body in members:
        c.relation(RelationFinding(person, "memberOf", body), span)
    for carried in carriers_of_led_projects(heads, members):
        c.relation(carried, span)
    for office in (m for m in here if m.type == "CoordinationOffice"):
        network = _network_of(c, office, release.networks)
        if network is not None:
            c.entity(network, alias=False)
            c.relation(RelationFinding(office, "partOf", network), span)


def _read_counts(
    c: _Collector,
    span: tuple[int, int],
    mentions: list[Mention],
    main: tuple[Mention | None, Mention | None],
    about_a_subproject: bool,
) -> None:
    """`main`: the release's programme and network."""
    programme, network = main
    index = c.index(span)
    previous = c.spans[index - 1] if index > 0 else None
    scope = CountScope(c.text, span, mentions, network, programme, previous, about_a_subproject)
    for count in find_counts(scope):
        if count.subject is None:  # the event's participants or items: known once the event is
            c.event_counts.append(Count("", count.what, count.value, index))
        else:
            c.counts.append(Count(count.subject.key, count.what, count.value, index, count.is_subprojects))


def _network_of(c: _Collector, office: Mention, networks: dict[str, Mention]) -> Mention | None:
    """The network an office belongs to: named with it, or known from the reference data."""
    if office.key.startswith("coordinationoffice:"):
        return networks.get(office.key.split(":", 1)[1])
    known = c.gazetteer.parent_network.get(office.key)
    if known is None:
        return None
    return Mention(office.start, office.end, "StateNetwork", known[0], known[1], known[1])


class _ReleaseMentions:
    """The release's mentions and what the rules of each sentence look up in them, made once: reading all
    of them again for every role or office made a long release quadratic."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.all = mentions
        self.indexed = IndexedMentions(mentions)
        self.bodies = ReleaseBodies(mentions)
        self.ministries = _ministries(mentions)
        self.networks: dict[str, Mention] = {}  # the first state network named under each key
        projects = {m.key: m for m in mentions if m.type == "Subproject" and not m.generic}
        self.one_project = next(iter(projects.values())) if len(projects) == 1 else None
        for m in mentions:
            if m.type == "StateNetwork":
                self.networks.setdefault(m.key, m)


def _ministries(mentions: list[Mention]) -> list[Mention]:
    """Each ministry named, once per key and label, where last named: all that `with_ministry_of_the_release`
    reads of the mentions (the one fitting ministry it takes is the last one named)."""
    last = {(m.key, m.label): i for i, m in enumerate(mentions) if m.type == "Ministry" and not m.generic}
    return [mentions[i] for i in sorted(last.values())]


def _offices(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Koordinierungsstelle des IQ Landesnetzwerks Berlin": the office of the network named after it."""
    out = []
    network = main_entity(mentions, "StateNetwork")
    # looked up, not scanned for each match: a long release names many offices
    inside = IntervalIndex((m.start, m.end) for m in mentions if m.surface != "IQ")
    networks = ByStart(m for m in mentions if m.type == "StateNetwork")
    for match in _OFFICE.finditer(text):
        if inside.overlaps(match.start(), match.start() + 1):
            continue
        target = next(iter(networks.at(match.end())), None)
        placed = _PLACED_AT.match(text, match.end("head")) or _BARE_OFFICE.match(text, match.end("head"))
        if target is None and (match.group("head") != "Koordinierungsstelle" or placed):
            target = network  # "in der IQ Koordination": the release's own network
        if target is None:
            programmes = land_office_of_the_programme(text, match.start(), match.end("head"), mentions)
            out.extend([programmes] if programmes else [])
            continue
        head = re.sub(r"[\s\-]+", " ", match.group("head"))
        land = next((x for x in lexicon.LAENDER if x in target.label), None)
        if head == "IQ Koordination" and land:
            label = f"IQ Koordination {land}"  # the name the release uses, made specific by the Land
        elif head == "Koordination" and land:
            label = (
                f"Koordination des IQ Netzwerks {land}"  # the list's item, of the network by its common name
            )
        else:
            label = f"Koordinierungsstelle {genitive_with_article(target.label)}"
        end = match.start() + len(match.group("head"))
        out.append(
            Mention(
                match.start(),
                end,
                "CoordinationOffice",
                "coordinationoffice:" + target.key,
                label,
                head,
                priority=2,
            )
        )
    return out


def _networks_in_their_land(c: _Collector, mentions: list[Mention]) -> None:
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


def _units_of_their_body(c: _Collector, mentions: list[Mention]) -> None:
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


def _known_body(c: _Collector, start: int, end: int) -> Mention | None:
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


def _programme_in_a_network_s_name(
    text: str, mentions: list[Mention], gazetteer: Gazetteer
) -> Mention | None:
    """ "MigraNet, das Regionale Netzwerk „Integration durch Qualifizierung“ in Bayern": a network's name that spells
    out the programme's name names the programme too (its abbreviation alone, "IQ Netzwerk X", does not)."""
    for m in mentions:
        if m.type != "StateNetwork":
            continue
        for start, end, known in gazetteer.find(text[m.start : m.end]):
            if known.key == gazetteer.programme_key and not known.is_abbreviation and " " in known.name:
                return Mention(m.start + start, m.start + end, known.type, known.key, known.label, known.name)
    return None


def _networks_of_the_programme(c: _Collector, mentions: list[Mention], programme: Mention | None) -> None:
    """A network named in a release about the IQ programme is one of its networks, an IQ Fachstelle one
    of its competence centres, and a subproject it names ("IQ Servicestelle in …", "Teilprojekt „…“") part of
    the release's network, unless the text placed it elsewhere."""
    network = main_entity(mentions, "StateNetwork")
    is_iq = programme is not None and programme.key == c.gazetteer.programme_key
    placed = {r.subject for r in c.relations.values() if r.predicate == "partOf"}
    sole = len({m.key for m in mentions if m.type == "StateNetwork" and not m.generic}) == 1
    for m in mentions:
        if m.type not in ("StateNetwork", "Subproject") or (m.generic and m.type != "StateNetwork"):
            continue  # "das IQ-Netzwerk" stands for the release's network: that one is the programme's too
        if (
            m.type == "Subproject"
            and network
            and m.key not in placed
            and _of_the_network(c, m, network, sole, mentions)
        ):
            c.relation(RelationFinding(m, "partOf", network), (m.start, m.end))
        elif programme is not None and is_iq and _of_the_programme(m, network):
            c.relation(RelationFinding(m, "partOf", programme), (m.start, m.end))


def _of_the_programme(m: Mention, network: Mention | None) -> bool:
    """A network, an IQ Fachstelle, or an IQ office where the release names no network, is the programme's."""
    iq_office = m.label.startswith("IQ ") and (network is None or m.label.startswith("IQ Fachstelle"))
    line = network is None and m.type == "Subproject" and bool(_PROGRAMME_LINE.search(m.surface))
    return m.type == "StateNetwork" or iq_office or line


# "die Programmlinie „X“", "der Förderschwerpunkt „X“": a line of the programme itself, where no network is named
_PROGRAMME_LINE = re.compile(r"^(?:Programmlinie|Förderlinie|Förderschwerpunkt|Handlungsschwerpunkt)\w*\b")


_SUBPROJECT_CUE = re.compile(r"\b(?:Teilprojekt\w*|TP\s*\d+|IQ[\s\-]+(?:Teil)?[Pp]rojekt\w*)")


def _of_the_network(
    c: _Collector, subproject: Mention, network: Mention, sole: bool, mentions: list[Mention]
) -> bool:
    """A subproject belongs to the release's network when it is an IQ office, the release names no other
    network, or its sentence calls it a subproject or names the network (not an IQ Fachstelle: those belong to
    the programme)."""
    if "Fachstelle" in subproject.label:
        return False
    if subproject.label.startswith("IQ ") or sole:
        return True
    start, end = c.spans[c.sentence_at(subproject.start)]
    sentence = c.text[start:end]
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


def _parties(c: _Collector, mentions: list[Mention]) -> None:
    for m in mentions:
        match = _PARTY.match(c.text, m.end) if m.type == "Person" else None
        if match:
            abbreviation = match.group("party")
            name = _PARTY_NAMES[abbreviation.casefold()]
            party = Mention(
                match.start("party"),
                match.end("party"),
                "Organisation",
                "organisation:" + name.lower(),
                name,
                abbreviation,
                abbreviation,
            )
            c.entity(party)
            c.relation(RelationFinding(m, "memberOf", party), (m.start, m.end))


class _Collector:
    """Accumulates one release's findings as records keyed by entity key."""

    def __init__(self, text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> None:
        self.text, self.spans, self.gazetteer = text, spans, gazetteer
        self._starts = [s for s, _ in spans]
        self.entities: dict[str, Entity] = {}
        self.relations: dict[tuple[str, str, str], Relation] = {}
        self.roles: list[Role] = []
        self.quotes: list[Quote] = []
        self.events: list[Event] = []
        self.counts: list[Count] = []
        self.event_counts: list[Count] = []  # counts about the release's event, its subject still open

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def index(self, span: tuple[int, int]) -> int:
        return self.sentence_at(span[0])

    def entity(self, m: Mention, alias: bool = True) -> None:
        known = self.entities.get(m.key)
        aliases = {m.label} if alias and not m.generic else set()
        aliases |= {name for name in (m.abbreviation, m.alias) if name}
        if known is None:
            label = m.label
            self.entities[m.key] = Entity(
                m.key, cast(EntityType, m.type), label, frozenset(aliases - {label}), m.abbreviation, m.start
            )
        else:
            merged = frozenset((known.aliases | aliases) - {known.label})
            self.entities[m.key] = Entity(
                known.key,
                known.type,
                known.label,
                merged,
                known.abbreviation or m.abbreviation,
                known.first_offset,
            )

    def relation(self, r: RelationFinding, span: tuple[int, int]) -> None:
        key = (r.subject.key, r.predicate, r.object.key)
        self.relations.setdefault(key, Relation(key[0], cast(Predicate, key[1]), key[2], self.index(span)))

    def event(self, e: EventFinding) -> Mention:
        """Collect an event with its ties; the mention standing for it, for ties read elsewhere."""
        date = (
            e.date.isoformat()
            if e.date
            else (f"--{e.month_day[0]:02d}-{e.month_day[1]:02d}" if e.month_day else "")
        )
        key = f"event:{e.label.lower()}@{date}"
        sentence = self.index(e.sentence)
        self.entities[key] = Entity(key, "Event", e.label, frozenset(), None, e.sentence[0])
        self.events.append(Event(key, e.date, sentence))
        anchor = Mention(e.sentence[0], e.sentence[0], "Event", key, e.label, e.label)
        for organiser in e.organisers:
            self.relation(RelationFinding(anchor, "organisedBy", organiser), e.sentence)
        if e.place:
            self.entity(e.place)  # a venue only the event's sentence names
            self.relation(RelationFinding(anchor, "locatedIn", e.place), e.sentence)
            if e.town:
                self.entity(e.town)
                self.relation(RelationFinding(e.place, "locatedIn", e.town), e.sentence)
        for speaker in e.speakers:
            self.relation(RelationFinding(speaker, "speakerAt", anchor), (speaker.start, speaker.end))
        return anchor

    def result(self, release: Release, sentences: tuple[Sentence, ...]) -> Extraction:
        roles = _prune_roles(self.roles)
        with_org = {(r.person, r.organisation) for r in roles if r.organisation}
        relations = [
            r
            for r in self.relations.values()
            if not (r.predicate == "memberOf" and (r.subject, r.object) in with_org)
        ]
        return Extraction(
            release,
            sentences,
            tuple(sorted(self.entities.values(), key=lambda e: e.key)),
            tuple(sorted(relations, key=lambda r: (r.subject, r.predicate, r.object))),
            tuple(roles),
            tuple(self.quotes),
            tuple(self.events),
            tuple(self.counts),
        )


def _prune_roles(roles: list[Role]) -> list[Role]:
    """One role per person, title and organisation. A role without an organisation gives way to another role
    of the same person whose title contains it ("Senatorin" to "Senatorin für Integration, …",
    "Referatsleiterin" to "zuständige Referatsleiterin" in the BMAS) or spells its compound out
    ("Integrationsbeauftragte" to "Beauftragte für Migration und Integration")."""
    kept: dict[tuple[str, str, str | None], Role] = {}
    for role in roles:
        kept.setdefault((role.person, role.title, role.organisation), role)
    return [role for key, role in kept.items() if not _covered(key, kept)]


def _covered(key: tuple[str, str, str | None], kept: dict[tuple[str, str, str | None], Role]) -> bool:
    person, title, org = key
    if org is not None:
        return False
    return any(
        p == person and (title in t or is_compound_of(title, t)) and (t, o) != (title, None)
        for p, t, o in kept
    )
