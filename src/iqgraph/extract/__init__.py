"""Extraction stage: one release's text -> entities, relations, roles, quotes, events and counts.

Rules, a gazetteer and German morphology; no statistical model (none is available offline). Every
finding keeps the sentence it was read from. Keys are local to the release; `resolve` mints the IRIs.
This module composes the passes: mentions, each sentence (sentence_passes.py), the whole release after
(release_passes.py), quotes and events; the findings are collected in collector.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..models import Event, Extraction, Quote, Release
from ..reference import Reference
from . import lexicon
from .collector import Collector
from .counts.counts import names_an_event
from .counts.lists import figure_list_owners, own_unit, topic_unit
from .counts.sections import section_projects
from .events.events import EventFinding, find_events
from .events.headlines import Headline
from .events.sessions import find_sessions
from .names.gazetteer import Gazetteer, build_gazetteer
from .names.mentions import Mention, find_mentions, main_entity
from .quotes.quotes import find_quotes
from .relations.actors import RelationFinding
from .relations.addresses import address_block_seats, dateline_seat
from .relations.relations import Before
from .release_passes import (
    counts_of_tables,
    members_of_lists,
    networks_in_their_land,
    networks_of_the_programme,
    parties,
    payers_of_lists,
    projects_listed_under_their_network,
    units_of_their_body,
)
from .roles.offices import iq_offices_of_a_land, land_office_of_the_programme
from .sentence_passes import ReleaseMentions, count_scopes, read_counts, read_sentence, starting_in
from .text.ages import blank_ages
from .text.dates import find_dates
from .text.morphology import genitive_with_article
from .text.spans import ByStart, IntervalIndex
from .text.text import blank_furniture, restore_lost_quote_marks, split_sentences
from .text.wrapped_lines import unwrap

__all__ = ["extract"]

_OFFICE = re.compile(
    # "TP 1: Koordination (Träger: …)": a numbered list's item that is the network's own coordination
    r"(?:(?P<head>(?:Koordin|Landeskoordin)(?:ierungs|ations)stelle|IQ[\s\-]Koordination|Landeskoordination|Landeskoordinierung|(?<=\d:\s)Koordination(?=\s*\(|,\s+(?:getragen|durchgeführt|in\s+Trägerschaft)\s))"
    # "Die Koordination des IQ Netzwerks X lädt ein": the network's coordination opening the sentence as an actor
    r"|(?P<acting>(?<=Die\s)Koordination(?=\s+(?:des|der)\s)))"
    r"(?:\s+(?:des|der|im|in\s+der|beim)\s+)?"
)
# "die Koordinierungsstelle" standing alone (no genitive or "für" after it, a clause or a colon list after it): the
# release's network's office
_BARE_OFFICE = re.compile(r"(?=\s+(?!des\b|der\b|für\b|im\b|in\b|von\b|vom\b)[a-zäöüß]+\b|[.,;:!?])")
_OF_THE_NETWORK = re.compile(r"\s+des\s+(?:Landes)?[Nn]etzwerk(?:e?s)(?=[;,:)]|\s*$)", re.M)
# "die Koordinierungsstelle bei der Y": an office placed at a body, so the release's own network's
_PLACED_AT = re.compile(
    r"\s+(?:(?:ist|war|befindet\s+sich|befand\s+sich)\s+(?:[\w.]+\s+){0,2}?)?(?:bei|beim)\s"
)


def extract(release: Release, reference: Reference) -> Extraction:
    gazetteer = build_gazetteer(reference)
    # same length: every offset still points into release.text
    text = unwrap(restore_lost_quote_marks(blank_furniture(release.text)))
    mentions = _mentions_with_offices(text, gazetteer)
    # "Petra Beispiel, 43, ist …": the name's clause goes on after the age (read before the sentences are split: a
    # profile's name line and its description are one sentence)
    text = blank_ages(text, mentions)
    sentences = tuple(replace(s, text=release.text[s.start : s.end]) for s in split_sentences(text))
    spans = [(s.start, s.end) for s in sentences]
    collector = Collector(text, spans, gazetteer)
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
    _read_sentences(collector, mentions, programme, network)
    counts_of_tables(collector, mentions)
    networks_in_their_land(collector, mentions)
    seat = dateline_seat(text, mentions, spans)
    if seat is not None:
        collector.relation(seat, (seat.subject.start, seat.subject.end))
    for found in address_block_seats(text, mentions):
        collector.relation(found, (found.subject.start, found.object.end))
    units_of_their_body(collector, mentions)
    projects_listed_under_their_network(collector, mentions)
    networks_of_the_programme(collector, mentions, programme)
    payers_of_lists(collector, mentions)
    members_of_lists(collector, mentions)
    parties(collector, mentions)
    holders = _role_holders(collector, mentions)  # every sentence is read: the roles are all known here
    _read_quotes(collector, mentions, holders)
    named = _read_events(collector, release, mentions, holders)
    reported = list(collector.events)  # the events the release reports, before the sessions held at them
    _sessions_of_events(collector, spans, mentions, named)
    for count in collector.event_counts:
        # the event the count's sentence speaks of; one named by its bare noun takes none (not an earlier one's)
        in_scope = _event_in_scope(reported, count.sentence)
        if in_scope is not None and any(in_scope is e for e in named):
            collector.counts.append(replace(count, subject=in_scope.key))
    return collector.result(release, sentences)


def _mentions_with_offices(text: str, gazetteer: Gazetteer) -> list[Mention]:
    mentions = find_mentions(text, gazetteer)
    offices = _offices(text, mentions)
    taken = {o.start for o in offices}  # "IQ Koordination": the office, not a mention of the programme
    return [m for m in mentions if m.start not in taken] + offices


def _read_sentences(
    collector: Collector, mentions: list[Mention], programme: Mention | None, network: Mention | None
) -> None:
    """Each sentence in turn, with the mentions starting in it: its relations and roles, then its counts."""
    spans = collector.spans
    about_a_subproject = any(m.type == "Subproject" and not m.generic for m in mentions)
    starting = starting_in(spans, mentions)
    scopes = count_scopes(spans, mentions, starting)
    before, release_mentions = Before(mentions, collector.text), ReleaseMentions(mentions)
    named = [[mentions[i] for i in here] for here in starting]
    own = own_unit(mentions, network)
    owners = figure_list_owners(collector.text, spans, named, own)
    sections = section_projects(collector.text, spans, named)
    topic = topic_unit(mentions, network)
    for span, here, scope, owner, section in zip(spans, named, scopes, owners, sections, strict=True):
        read_sentence(collector, span, here, release_mentions, programme, network, before)
        read_counts(collector, span, scope, (programme, network), (about_a_subproject, owner, topic, section))


def _read_quotes(collector: Collector, mentions: list[Mention], holders: list[tuple[Mention, str]]) -> None:
    for q in find_quotes(collector.text, mentions, holders):
        collector.quotes.append(
            Quote(q.speaker.key, q.text, q.start, q.end, collector.sentence_at(q.speaker.start))
        )


def _read_events(
    collector: Collector, release: Release, mentions: list[Mention], holders: list[tuple[Mention, str]]
) -> list[Event]:
    """The events the release reports, collected; those with a name to count for returned."""
    named = []
    published = _latest_day(release)
    for event in find_events(
        collector.text,
        collector.spans,
        mentions,
        find_dates(collector.text, release.date, release.date_precision),
        holders,
        published,
        _headline(release),
    ):
        collector.event(event)
        if names_an_event(event.label):  # a bare "Kongress" or "IQ-Kongress" is no name to count for
            named.append(collector.events[-1])
    return named


def _sessions_of_events(
    c: Collector, spans: list[tuple[int, int]], mentions: list[Mention], named: list[Event]
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


def _role_holders(c: Collector, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """(person, title) of the roles found, for quotes attributed to "die Ministerin"."""
    first = {m.key: m for m in reversed(mentions) if m.type == "Person"}
    return [(first[r.person], r.title) for r in c.roles if r.person in first]


def _offices(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Koordinierungsstelle des IQ Landesnetzwerks Berlin": the office of the network named after it."""
    out = iq_offices_of_a_land(text, mentions)  # "die IQ Koordinierungsstelle Hessen"
    network = main_entity(mentions, "StateNetwork")
    # looked up, not scanned for each match: a long release names many offices
    inside = IntervalIndex(
        [(m.start, m.end) for m in mentions if m.surface != "IQ"] + [(o.start, o.end) for o in out]
    )
    networks = ByStart(m for m in mentions if m.type == "StateNetwork")
    for match in _OFFICE.finditer(text):
        if inside.overlaps(match.start(), match.start() + 1):
            continue
        target = next(iter(networks.at(match.end())), None)
        if match.group("acting"):
            if target is not None and _coordination_acting(text, match.start(), target.end):
                label = f"Koordination {genitive_with_article(target.label)}"
                out.append(_office(match.start(), match.end("acting"), target, label, "Koordination"))
            continue
        placed = _PLACED_AT.match(text, match.end("head")) or _BARE_OFFICE.match(text, match.end("head"))
        # "a) Koordinierungsstelle des Netzwerks; Träger: …": the release's network by its kind noun
        of_the_network = _OF_THE_NETWORK.match(text, match.end("head"))
        if target is None and (not match.group("head").endswith("stelle") or placed or of_the_network):
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
        elif head.endswith("stelle"):  # "Koordinationsstelle", "Landeskoordinierungsstelle": as written
            label = f"{head} {genitive_with_article(target.label)}"
        else:
            label = f"Koordinierungsstelle {genitive_with_article(target.label)}"
        end = of_the_network.end() if of_the_network else match.start() + len(match.group("head"))
        out.append(_office(match.start(), end, target, label, head))
    return out


# Where the coordination is hosted or handed on, the network is ("Die Koordination des Netzwerks X liegt bei der Y",
# "… wechselt von der Y zur Z", "… geht an die Z"): no office
_HOSTING_AFTER = re.compile(
    r"\s+(?:(?:liegt|lag|obliegt|oblag|ist|war|wird|wurde)\s+(?:[\w.]+\s+){0,3}?(?:bei|beim|angesiedelt)"
    r"|wechselt|wechselte|geht|ging)\b"
)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n\s*)Die\s$")
_OPENING_REACH = 8  # characters back from "Koordination" over "Die" and the sentence's end before it


def _coordination_acting(text: str, start: int, network_end: int) -> bool:
    opening = _SENTENCE_OPENING.search(text[max(0, start - _OPENING_REACH) : start])
    return opening is not None and _HOSTING_AFTER.match(text, network_end) is None


def _office(start: int, end: int, network: Mention, label: str, surface: str) -> Mention:
    key = "coordinationoffice:" + network.key
    return Mention(start, end, "CoordinationOffice", key, label, surface, priority=2)


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
