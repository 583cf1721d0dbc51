"""One sentence read after another: its relations, roles (with the organisation a role leaves out, found in the
sentence before, on the line above or in the release), leaders, memberships, the networks its offices belong to,
and its counts ("Das IQ Netzwerk X hat 12 Teilprojekte"), each with the mentions the sentence reads.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace

from ..models import Count, Role
from .collector import Collector
from .counts.counts import CountScope, find_counts
from .counts.funded_money import money_for_the_funded, sources_of_money
from .counts.numbers import find_numbers
from .names.mentions import Mention
from .relations.actors import RelationFinding
from .relations.hosting.led_projects import carriers_of_led_projects
from .relations.leaders import find_leaders, led_pronoun_units, with_a_pronoun_head
from .relations.membership_references import pronoun_person
from .relations.memberships import find_memberships, titled_role, workplace_in_a_relative_clause
from .relations.relations import Before, find_relations, paid_in_the_land
from .relations.topic_pronouns import pronoun_genders
from .roles.context import (
    someone_s_boss,
    with_body_of_the_sentence_before,
    with_body_of_the_unit_before,
    with_body_on_the_line_above,
    with_ministry_of_the_release,
    with_possessive_organisation,
    with_the_body_there,
    with_the_paragraph_s_project,
    with_the_release_s_one_network,
    with_the_release_s_one_project,
    with_the_section_s_project,
)
from .roles.kind_titles import with_the_body_of_its_kind
from .roles.offices import find_offices
from .roles.possessives import with_the_possessor_s_body
from .roles.roles import ORG_TYPES, ReleaseBodies, RoleFinding, find_roles, leads
from .roles.successions import with_the_post_named_before
from .text.spans import IndexedMentions


def starting_in(spans: list[tuple[int, int]], mentions: list[Mention]) -> list[list[int]]:
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


def count_scopes(
    spans: list[tuple[int, int]], mentions: list[Mention], starting: list[list[int]]
) -> Iterator[list[Mention]]:
    """For each sentence, the mentions counts read there, in their order: those starting in it or in the
    sentence before, and any begun earlier that runs into it (counts ask about no others)."""
    running = _running_into(spans, mentions)
    for index, here in enumerate(starting):
        before = starting[index - 1] if index > 0 else []
        yield [mentions[i] for i in sorted({*running[index], *before, *here})]


def read_sentence(
    c: Collector,
    span: tuple[int, int],
    here: list[Mention],
    release: ReleaseMentions,
    programme: Mention | None,
    network: Mention | None,
    before: Before,
) -> None:
    iq = programme if programme is not None and programme.key == c.gazetteer.programme_key else None
    for r in find_relations(c.text, span, here, programme, before.up_to(span[0]), network):
        c.relation(paid_in_the_land(r, iq, network), span)
    memberships = find_memberships(c.text, span, here, before.last("project"), release.bodies)
    read = [
        *find_roles(c.text, span, here, release.bodies),
        *find_offices(c.text, span, here, release.all),
        *(titled_role(m) for m in memberships if m.title),
    ]
    heads: list[tuple[Mention, Mention]] = []
    for role in _with_bodies_from_context(c, span, read, release):
        if someone_s_boss(role, c.text):
            continue
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
    # "Er leitet seit Januar das Netzwerk X": the person named shortly before, where the pronoun's gender fits
    pronoun = pronoun_person(c.text, span, release.bodies)
    for org, head in find_leaders(c.text, with_a_pronoun_head(c.text, here, pronoun)):
        c.relation(RelationFinding(org, "ledBy", head), span)
        heads.append((org, head))
    # "Es wird von Petra Beispiel geleitet": the unit spoken of last whose gender fits the pronoun
    unit = before.up_to(span[0]).last("topic", pronoun_genders(c.text, span[0]))
    for led in led_pronoun_units(c.text, span, here, unit):
        c.relation(led, span)
        heads.append((led.subject, led.object))
    members = [(m.person, m.organisation) for m in memberships]
    for person, body in members:
        c.relation(RelationFinding(person, "memberOf", body), span)
    for carried in carriers_of_led_projects(c.text, heads, members):
        c.relation(carried, span)
    for office in (m for m in here if m.type == "CoordinationOffice"):
        network = _network_of(c, office, release.networks)
        if network is not None:
            c.entity(network, alias=False)
            c.relation(RelationFinding(office, "partOf", network), span)


def _with_bodies_from_context(
    c: Collector, span: tuple[int, int], read: list[RoleFinding], release: ReleaseMentions
) -> Iterator[RoleFinding]:
    """The roles read, each completed lazily by the organisation its context gives."""
    found = (_with_the_workplace_of_its_clause(r, c.text, release.indexed) for r in read)
    found = (with_possessive_organisation(r, c.text, release.indexed) for r in found)
    found = (with_body_on_the_line_above(r, c.text, release.indexed) for r in found)
    found = (with_the_body_of_its_kind(r, release.bodies) for r in found)  # "Vereinsvorsitzender"
    previous = c.spans[c.index(span) - 1] if c.index(span) > 0 else None
    found = (with_the_release_s_one_project(r, release.one_project) for r in found)  # before a body nearby
    found = (with_the_release_s_one_network(r, release.one_network) for r in found)
    found = (with_the_section_s_project(r, c.text, release.indexed) for r in found)
    found = (with_the_paragraph_s_project(r, c.text, span, release.indexed) for r in found)
    found = (with_body_of_the_sentence_before(r, c.text, (span, previous), release.indexed) for r in found)
    found = (with_the_body_there(r, c.text, (span, previous), release.indexed) for r in found)
    found = (with_body_of_the_unit_before(r, c.text, (span, previous), release.indexed) for r in found)
    said_before = _roles_of_sentence(c.roles, c.index(span) - 1) if previous else []
    found = (with_the_post_named_before(r, previous, said_before, release.indexed) for r in found)
    found = (with_ministry_of_the_release(r, c.text, release.ministries) for r in found)
    return with_the_possessor_s_body(c.text, found)  # "Vorsitzende ist Petra B., ihr Stellvertreter Karl M."


WORKPLACE_REACH = 80  # characters from the name over the relative pronoun to the body


def _with_the_workplace_of_its_clause(
    finding: RoleFinding, text: str, mentions: IndexedMentions
) -> RoleFinding:
    """ "Die Beraterin X, die beim Verein Y arbeitet": a title before the name, its body in the relative clause after."""
    person = finding.person
    if finding.organisation is not None or not 0 <= finding.head < person.start:
        return finding
    orgs = [m for m in mentions.starting_in(person.end, person.end + WORKPLACE_REACH) if m.type in ORG_TYPES]
    body = workplace_in_a_relative_clause(text, person, orgs)
    return (
        finding
        if body is None
        else replace(finding, organisation=body, leads=leads(finding.title, finding.title, body))
    )


def _roles_of_sentence(roles: list[Role], sentence: int) -> list[Role]:
    """The roles read in `sentence`: sentences are read in order, so they close the list (kept linear)."""
    found = []
    for role in reversed(roles):
        if role.sentence < sentence:
            break
        if role.sentence == sentence:
            found.append(role)
    return found[::-1]


def read_counts(
    c: Collector,
    span: tuple[int, int],
    mentions: list[Mention],
    main: tuple[Mention | None, Mention | None],
    about: tuple[bool, Mention | None, Mention | None, Mention | None],
) -> None:
    """`main`: the release's programme and network; `about`: whether the release names a subproject, the owner
    of the figure list the sentence is a line of, the unit the release is about (its subproject or network)
    and the project whose name heads the sentence's paragraph."""
    programme, network = main
    index = c.index(span)
    previous = c.spans[index - 1] if index > 0 else None
    mentions = [m for m in mentions if not _answering_for(c, m, about[2])]
    scope = CountScope(
        c.text, span, mentions, network, programme, previous, *about, c.count_subjects.get(index - 1)
    )
    read: list[Count] = []
    for count in find_counts(scope):
        if count.subject is None:  # the event's participants or items: known once the event is
            c.event_counts.append(Count("", count.what, count.value, index))
        else:
            read.append(Count(count.subject.key, count.what, count.value, index, count.is_subprojects))
            c.count_subjects[index] = count.subject
    here, before = c.fundings.get(index, []), c.fundings.get(index - 1, [])
    if here or before:  # (the amounts read again only where a funding was read)
        money = [n for n in find_numbers(c.text, span, mentions) if n.money]
        names_none = not any(span[0] <= m.start < span[1] for m in mentions)
        sources = sources_of_money(c.text, span, mentions)
        here = [f for f in here if f[0] not in sources]
        read = money_for_the_funded(read, money, (here, before), names_none, index)
    c.counts += read


# an interview's answer: a line opening with the name of the one answering and a colon
_ANSWER_LABEL = re.compile(r"[ \t]*:")


def _answering_for(c: Collector, m: Mention, unit: Mention | None) -> bool:
    """ "Petra Beispiel: Seit dem Start waren es 150 Betriebe": the name labelling an interview's answer, of a person
    the release has named as head or staff of the unit it is about, is the one speaking for that unit, not someone
    a figure is about."""
    if unit is None or m.type != "Person" or not _ANSWER_LABEL.match(c.text, m.end):
        return False
    if c.text[c.text.rfind("\n", 0, m.start) + 1 : m.start].strip():
        return False
    return (
        (unit.key, "ledBy", m.key) in c.relations
        or (m.key, "memberOf", unit.key) in c.relations
        or any(r.person == m.key and r.organisation == unit.key for r in c.roles)
    )


def _network_of(c: Collector, office: Mention, networks: dict[str, Mention]) -> Mention | None:
    """The network an office belongs to: named with it, or known from the reference data."""
    if office.key.startswith("coordinationoffice:"):
        return networks.get(office.key.split(":", 1)[1])
    known = c.gazetteer.parent_network.get(office.key)
    if known is None:
        return None
    return Mention(office.start, office.end, "StateNetwork", known[0], known[1], known[1])


class ReleaseMentions:
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
        networks = {m.key: m for m in mentions if m.type == "StateNetwork" and not m.generic}
        self.one_network = next(iter(networks.values())) if len(networks) == 1 else None
        for m in mentions:
            if m.type == "StateNetwork":
                self.networks.setdefault(m.key, m)


def _ministries(mentions: list[Mention]) -> list[Mention]:
    """Each ministry named, once per key and label, where last named: all that `with_ministry_of_the_release`
    reads of the mentions (the one fitting ministry it takes is the last one named)."""
    last = {(m.key, m.label): i for i, m in enumerate(mentions) if m.type == "Ministry" and not m.generic}
    return [mentions[i] for i in sorted(last.values())]
