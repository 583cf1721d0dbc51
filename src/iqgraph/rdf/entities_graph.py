"""The entities graph: what is known of each entity, once, whichever releases name it.

    <base>graph/entities   each entity's classes (its iq: class and the standard one beside it), its
                           canonical rdfs:label, every other name a release or the reference data gives it
                           (skos:altLabel) and, for an event, its schema:startDate; each role title
                           (org:Role) with its rdfs:label; each membership (org:Membership: a person's role
                           in an organisation) with its member, role and organisation

A release graph says which entities the release names (`iq:mentions`) and what it states about them, never
their names or classes: those are here only, so a query over the union of all graphs finds each entity
once. So does a membership: the releases attesting it say so in their graphs (`iq:attestedOn`,
`iq:evidence`), what it is stands here. (Release graphs used to repeat them: one person's label stood in 127 graphs of a 3,000-release build,
the programme's in 3,001.) The triples are those the release graphs and the reference graph held before,
each now in one place: the names a release gives are taken from the first mention of each key in it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from rdflib import URIRef

from ..models import Entity, Extraction
from ..reference import Reference
from ..resolve import Resolution, ResolvedEntity, slug
from .quads import Quad, iri_text
from .terms import CLASS, T, german, typed


def entities_graph_iri(base: str) -> URIRef:
    return URIRef(f"{base}graph/entities")


def role_iri(base: str, title: str) -> str:
    """One role node per title ("Leiterin"), shared by every membership with that title."""
    return f"{base}role/{slug(title)}"


def membership_iri(base: str, person: str, organisation: str | None, title: str) -> str:
    """One membership per person, organisation (or none) and title, whichever releases attest it."""
    org_part = slug(organisation.rsplit("/", 1)[-1]) if organisation else "ohne-organisation"
    return f"{base}membership/{slug(person.rsplit('/', 1)[-1])}/{org_part}/{slug(title)}"


def entity_quads(
    extractions: Sequence[Extraction], resolution: Resolution, reference: Reference, base: str
) -> list[Quad]:
    """The quads of the entities graph, unsorted."""
    graph = iri_text(str(entities_graph_iri(base)))
    names = _names(extractions, resolution)
    dates = _event_dates(extractions, resolution)
    triples: list[tuple[str, str, str]] = []
    for iri, entity in resolution.entities.items():
        known = reference.by_iri(iri) if entity.from_reference else None
        given = names[iri] | set(known.aliases if known else ())
        triples += _entity(iri_text(iri), entity, given, dates[iri])
    for role, titles in _roles(extractions, base).items():
        triples.append((role, T["type"], T["Role"]))
        triples += [(role, T["label"], german(title)) for title in titles]
    for node, (person, role, organisation) in _memberships(extractions, resolution, base).items():
        triples += [(node, T["type"], T["Membership"]), (node, T["member"], person), (node, T["role"], role)]
        triples += [(node, T["organization"], organisation)] if organisation else []
    return [(s, p, o, graph) for s, p, o in triples]


def _entity(
    node: str, entity: ResolvedEntity, names: set[str], dates: set[str]
) -> list[tuple[str, str, str]]:
    iq_class, standard_class = CLASS[entity.type]
    triples = [(node, T["type"], iq_class), (node, T["type"], standard_class)]
    triples.append((node, T["label"], german(entity.label)))
    triples += [(node, T["altLabel"], german(name)) for name in sorted(names - {entity.label})]
    triples += [(node, T["startDate"], date) for date in sorted(dates)]
    return triples


def _names(extractions: Sequence[Extraction], resolution: Resolution) -> dict[str, set[str]]:
    """Every name the releases give each entity (by IRI): a key repeated in one release is named as where
    it came first."""
    names: dict[str, set[str]] = defaultdict(set)
    for extraction in extractions:
        first: dict[str, Entity] = {}
        for entity in extraction.entities:
            first.setdefault(entity.key, entity)
        for key, entity in first.items():
            names[resolution.iri(key)].update((entity.label, *entity.aliases))
    return names


def _event_dates(extractions: Sequence[Extraction], resolution: Resolution) -> dict[str, set[str]]:
    dates: dict[str, set[str]] = defaultdict(set)
    for extraction in extractions:
        for event in extraction.events:
            date = _event_date(event.key, event.date)
            if date is not None:
                dates[resolution.iri(event.key)].add(date)
    return dates


def _event_date(key: str, date: dt.date | None) -> str | None:
    """A full date where the release gives one, else the day and month its key holds ("…@--09-21")."""
    if date is not None:
        return typed(date.isoformat(), "date")
    if "@--" in key:
        return typed(key.rsplit("@", 1)[1], "gMonthDay")
    return None


def _roles(extractions: Sequence[Extraction], base: str) -> dict[str, set[str]]:
    """Each role node (IRI text) with the titles it stands for (titles with the same slug share one)."""
    roles: dict[str, set[str]] = defaultdict(set)
    for extraction in extractions:
        for role in extraction.roles:
            roles[iri_text(role_iri(base, role.title))].add(role.title)
    return roles


def _memberships(
    extractions: Sequence[Extraction], resolution: Resolution, base: str
) -> dict[str, tuple[str, str, str | None]]:
    """Each membership node (IRI text) with its member, role and organisation (IRI texts)."""
    found: dict[str, tuple[str, str, str | None]] = {}
    for extraction in extractions:
        for role in extraction.roles:
            person = resolution.iri(role.person)
            organisation = resolution.iri(role.organisation) if role.organisation else None
            node = iri_text(membership_iri(base, person, organisation, role.title))
            found[node] = (
                iri_text(person),
                iri_text(role_iri(base, role.title)),
                iri_text(organisation) if organisation else None,
            )
    return found
