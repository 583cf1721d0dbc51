"""Memberships without a role: "Karl Muster vom Verein Brückenbau …", "X arbeitet bei der …", "A und B
(Verein X)", "Team der Koordinierungsstelle …: A, B und C", "Zum Team der X gehören …", "Petra Beispiel, Stiftung X,
sagte …", "Petra B., tätig bei der X, …", "A, Stiftung X; B, Verein Y", "Für die Stiftung X sprach …", "Seitens /
Von Seiten des Vereins Y begrüßte …", "Die X war durch A und B vertreten", "Die X, vertreten durch A, …", "Seit 2019
arbeitet A bei der X", "Im Projekt X arbeiten A und B", founders ("A und B haben das Projekt X gestartet"), a team
naming no body ("Das Team: A, B und C": the project spoken of last)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import lexicon
from ..roles.body_references import acts_for, among_its_people, body_named_short
from ..roles.lists import listed_from, listed_up_to, singular
from ..roles.phrases import is_role_noun
from ..roles.roles import ORG_TYPES, ReleaseBodies, RoleFinding, leads
from ..text.spans import Mention
from .denials import membership_denied
from .membership_acting import acts_for_after, heads, joins, worked_at, working_attributed
from .membership_appositions import (
    APPOSITION_CLOSE,
    PARENTHESIS_CLOSE,
    in_apposition,
    several_bodies_in_parentheses,
)
from .membership_coordination import coordinated
from .membership_delegates import delegates
from .membership_deputies import ADDRESS_AND_TITLES, deputies
from .membership_founders import founders_as_the_subject, founders_in_the_passive
from .membership_origins import persons_of_a_fronted_body
from .membership_references import described_person, pronoun_person
from .membership_teams import colleagues_and_newcomers, team_members, unnamed_team

# Adverbs of time between the relative pronoun and the body: "…, die seit 2015 / seit zehn Jahren / schon bei der"
_SINCE = r"(?:(?:seit\s+(?:\w+\s+)?[\w.]+|schon|bereits|heute|inzwischen|mittlerweile|zugleich|zudem|außerdem|ebenfalls)\s+)*"
# An earlier post in a relative clause: "…, der zuvor acht Jahre im Team der Stiftung X gearbeitet hat"
_BEFORE = r"(?:(?:zuvor|vorher|davor|lange|(?:\w+|\d+)\s+Jahre(?:\s+lang)?)\s+)*"
# "Petra B., die im Verein Brückenbau e. V. die Beratung betreut": a relative clause naming where X works
_WORKS_IN = re.compile(
    rf"^\s*,\s*(?:die|der)\s+{_SINCE}{_BEFORE}(?:im|in\s+der|in\s+dem|beim|bei\s+der|bei\s+dem|bei\s+den)"
    r"(?:\s+(?:Projekt)?[Tt]eam\s+(?:der|des))?\s+$"
)
# "Petra B., die für die Stiftung X arbeitet": for whom, with the verb of working closing the clause
_WORKS_FOR_RELATIVE = re.compile(rf"^\s*,\s*(?:die|der)\s+{_SINCE}für\s+(?:die|den|das)\s+$")
# ... the body's own whole or place may follow it: "…, die für die Stelle X im Programm Y arbeitet"
_ATTRIBUTE_MAX = 80  # characters of the prepositional phrase after the body
_WORK_VERB_LAST = re.compile(
    rf"(?:[“”\"«]?\s+(?:im|in\s+der|in\s+dem|des|der|beim|bei\s+der|am|an\s+der)\s+[^,.;:!?\n]{{1,{_ATTRIBUTE_MAX}}}?)?"
    r"[“”\"«]?\s+(?:arbeitet|arbeitete|tätig\s+ist|tätig\s+war)\b"
)
# "Petra B., die (seit 2015) der Stiftung X angehört": the dative body, "angehören" closing the clause
_BELONGS_RELATIVE = re.compile(rf"^\s*,\s*(?:die|der)\s+{_SINCE}(?:dem|der)\s+$")
# ... a time may follow the body: "…, der dem Verein Y seit 2010 angehört"
_AFTER_THE_BODY = r"(?:\s+(?:seit\s+(?:\w+\s+)?[\w.]+|schon|bereits|lange|heute|noch|auch|ebenfalls))*"
_BELONG_VERB_LAST = re.compile(rf"{_AFTER_THE_BODY}\s+(?:angehört|angehörte)\b")
# The main clause, the verb's particle closing it: "Karl Muster gehört (seit Jahren) dem Verein Y (seit 2010) an"
_BELONGS_MAIN = re.compile(rf"^\s+(?:gehört|gehörte|gehören|gehörten)\s+{_SINCE}(?:auch\s+)?(?:dem|der)\s+$")
_PARTICLE_AN = re.compile(rf"{_AFTER_THE_BODY}\s+an\s*(?:[.;!]|,\s|$)")
# Who stands for a body: "Karl Muster vertrat die Stiftung X", "Die Stiftung X wurde durch Karl Muster vertreten"
_REPRESENTS = re.compile(
    r"\s+(?:vertritt|vertrat|vertreten|vertraten)(?:\s+(?:heute|dort|erneut|auch))?\s+(?:die|den|das)\s+"
)
# verb second after something else: "Heute vertritt Karl Muster die Stiftung X"
_REPRESENTS_BEFORE = re.compile(r"\b(?:vertritt|vertrat)\s+(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*$")
_ARTICLE_ONLY = re.compile(r"\s+(?:die|den|das)\s+")
_REPRESENTED_BY = re.compile(
    r"(?:\s+(?:wird|wurde|war|ist)\s+(?:(?:auch|erneut|dort|dabei)\s+)?(?:durch|von|mit)|\s+(?P<active>vertritt|vertrat|vertraten)|(?P<apposition>\s*,\s*vertreten\s+durch))"
    r"\s+(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*"
)
_REPRESENTED = re.compile(r"\s+vertreten\b")
# "A und B (beide Verein X)": the body of each name before the parenthesis
_PARENTHESIS = re.compile(r"^\s*\((?:beide|alle)?\s*$")
# The body in an apposition that says where the person works: "Petra B., tätig bei der Stiftung X, …", "Karl M.,
# seit 2015 beim Verein Y, …" (a participle or a time first, any preposition of place), "Petra B., bei der
# Stiftung X zuständig für …, …" (the bare "bei der", where the apposition closes with a comma or "zuständig").
_CHARGE_MAX = 60  # characters of what the person is in charge of
_WORKING_AT = re.compile(
    rf"^\s*,\s*(?P<marked>(?:(?:tätig|beschäftigt|angestellt|aktiv)\s+)?{_SINCE})"
    r"(?P<at>bei\s+der|bei\s+dem|bei\s+den|beim|im|in\s+der|in\s+dem|für\s+die|für\s+den|für\s+das|vom|von\s+der|von\s+dem)\s+$"
    # what the person is in charge of there: "Petra B., zuständig für die Beratung bei der Stiftung X, …" (only "bei":
    # "zuständig für … im Landkreis Y" names the area served)
    rf"|^\s*,\s*(?P<charge>(?:zuständig|verantwortlich)\s+für\s+[^,;.:()\n]{{1,{_CHARGE_MAX}}}?\s+(?:bei\s+der|bei\s+dem|beim))\s+$"
    # or "in der" a unit that is no area: "Petra B., zuständig für die Pressearbeit in der IQ Koordination, …"
    rf"|^\s*,\s*(?P<charge_in>(?:zuständig|verantwortlich)\s+für\s+[^,;.:()\n]{{1,{_CHARGE_MAX}}}?\s+(?:in\s+der|in\s+dem|im))\s+$"
    # a member of the body: "Karl M., (langjähriges) Mitglied im Verein Y, …"
    r"|^\s*,\s*(?P<member>(?:[a-zäöü]\w*(?:e|es|er)\s+)?Mitglied\s+(?:des|der|im|in\s+der|in\s+dem|beim|bei\s+der)\s+)$"
)
# Where "zuständig für … in der / im" names a workplace, not the area served ("im Landkreis Y", "in der Stadt Z": an
# agency or place)
_WORKPLACES_NO_AREA = frozenset(
    {"CoordinationOffice", "Subproject", "StateNetwork", "Organisation", "Ministry"}
)
# "…, bei der Stiftung X zuständig für …", "…, bei der Stiftung X für die Beratung zuständig, …"
_APPOSITION_END = re.compile(
    rf"\s*,|(?:\s+für\s+[^,;.:()\n]{{1,{_CHARGE_MAX}}}?)?\s+(?:zuständig|verantwortlich)\b"
)
# A seat on a body's board: "A ist (seit 2019) im Vorstand der X", "A sitzt im Beirat des Y", "A, Mitglied des
# Kuratoriums der X,", "A gehört dem Vorstand der X an" (the dative closed by "an" after the body)
_BOARD = r"[A-ZÄÖÜ]?\w*(?:[Vv]orstand|[Bb]eirat|[Aa]ufsichtsrat|[Pp]räsidium|[Kk]uratorium|[Vv]erwaltungsrat|[Ss]tiftungsrat)"
_ON_THE_BOARD = re.compile(
    rf"^\s+(?:ist|war|sitzt|saß|arbeitet|arbeitete)\s+{_SINCE}(?:auch\s+)?im\s+{_BOARD}\s+(?:der|des)\s+$"
    rf"|^(?:\s*,|\s+(?:ist|war))\s+{_SINCE}(?:auch\s+)?Mitglied\s+(?:des|im)\s+{_BOARD}(?:e?s)?\s+(?:der|des)\s+$"
    rf"|^\s+(?P<belongs>gehört|gehörte)\s+{_SINCE}(?:auch\s+)?dem\s+{_BOARD}\s+(?:der|des)\s+$"
)
_BELONGS_CLOSE = re.compile(r"\s+an\b")
# "A vom Verein X", "A und B, beide vom Verein X", "A aus dem Team der Stiftung X", "A und B, beide Stiftung X"
_MEMBER_LINK = re.compile(
    r"^(?:\s*,\s*(?:beide|alle\s+\w+)|\s+(?:beide|alle\s+\w+)\s*,?)?\s+"
    r"(?:vom|von|von\s+der|von\s+dem|aus\s+dem|aus\s+der|der|des)(?:\s+(?:Team|Vorstand|Beirat|Präsidium|Kuratorium)\s+(?:der|des|vom|von(?:\s+der)?))?\s+$"
    r"|^\s*,\s*(?:beide|alle\s+\w+)\s+$"
)
_MEMBER_GAP_MAX = 50
_RELATIVE_CLAUSE_MAX = 130  # characters of a relative clause about the person before the verb of working
# A relative clause about the person between the name and the verb: "Petra B., die das Projekt lange geprägt hat,
# arbeitet heute bei der Stiftung X".
_RELATIVE_ABOUT_THE_PERSON = rf"(?:\s*,\s*(?:die|der)\s+[^,;.:\n]{{1,{_RELATIVE_CLAUSE_MAX}}}?,)?"
# A department of the body before it: "im Beratungsbereich der Stiftung X", "in der Abteilung Migration von Y"
# or a service of the body: "für die Anerkennungsberatung der Stiftung X", "in der Geschäftsstelle des Vereins Y"
_SERVICE_UNIT = rf"[A-ZÄÖÜ]\w*(?:{'|'.join(lexicon.BODY_SERVICE_HEADS)})"
_DEPARTMENT = rf"(?:\w+(?:bereich|abteilung|referat)|(?:Bereich|Abteilung|Referat)\s+[A-ZÄÖÜ]\w+|Team|{_SERVICE_UNIT})\s+(?:der|des|von|vom|beim|bei\s+der|bei\s+dem)\s+"
# Times and adverbs between a verb of work and the body: "arbeitet seit 2019 bei …", "ist inzwischen beim …"
_WORK_ADVERBS = (
    r"seit\s+(?:\w+\s+)?[\w.]+|heute|jetzt|inzwischen|mittlerweile|ehrenamtlich|"
    + "|".join(lexicon.ADDING_ADVERBS)  # "ist zudem Mitglied im Verein Y"
    # an earlier post: "arbeitete zuvor fünf Jahre für die Stiftung X"
    + r"|zuvor|vorher|davor|lange|(?:\w+|\d+)\s+Jahre(?:\s+lang)?"
)
# The trade or post the person works in, before the body: "arbeitet als Elektriker bei der Firma X", "ist seit 2020
# als Pflegefachkraft beim Verein Y tätig" (a role noun there is read as a role, with the body).
_TRADE = rf"als\s+(?:[a-zäöü]\w*e[nr]?\s+)?[A-ZÄÖÜ][\w-]*\w(?:\s+(?:{_WORK_ADVERBS}))*"
_AS_A_TRADE = rf"(?:\s+{_TRADE})?"
# A first predicate of the person before the verb of working, joined by "und": "Petra B. ist Juristin und arbeitet
# seit 2015 bei der Stiftung X", "Karl M. studierte in Kassel und ist heute beim Verein Y tätig" (a verb first, not
# a second name: "Petra B. und Karl M. arbeiten …").
_FIRST_PREDICATE_MAX = 60
_FIRST_PREDICATE = (
    rf"(?:\s+(?!(?:und|sowie|oder)\s)[a-zäöü]\w*[^,;.:!?()\n]{{0,{_FIRST_PREDICATE_MAX}}}?\s+und)?"
)
_MEMBER_VERB = re.compile(
    r"(?:\s*\(\d{1,3}\))?"  # an age after the name: "Petra Beispiel (43) ist seit 2018 bei der Stiftung X"
    + _RELATIVE_ABOUT_THE_PERSON
    + _FIRST_PREDICATE
    + r"\s+(?P<verb>"
    + "|".join(sorted(lexicon.MEMBER_VERBS + lexicon.MEMBER_VERBS_PLURAL, key=len, reverse=True))
    + r")"
    rf"(?:\s+(?:{_WORK_ADVERBS}|neu))*(?:\s+(?P<member>(?:Gründungs)?[Mm]itglied))?{_AS_A_TRADE}"
    r"\s+(?P<at>bei\s+der|bei\s+dem|bei\s+den|beim|im|in\s+der|in\s+dem|für\s+die|für\s+den|für\s+das|der|des|zum|zur)"
    rf"(?:\s+[a-zäöü]\w*(?:e|en|er|es|em))?\s+(?:{_DEPARTMENT})?"
)
# "ist beim Verein Y tätig", "ist bei der Stiftung X für die Beratung zuständig": what says a form of "sein" is work
_SINCE_AT = re.compile(r"\bseit\s+[^,;]*\b(?:bei\s+der|bei\s+dem|beim)\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[.;!]|,\s)")
_ACTIVE = re.compile(
    r"\s+(?:tätig|beschäftigt|aktiv|angestellt|(?:für\s+[^,.;:\n]{1,60}?\s+)?(?:zuständig|verantwortlich))(?![\w-])"
)
# What the person does at the body, the body after "bei" between the verb and its object: "X leitet bei der Stiftung Y
# die Beratung", "X koordiniert seit 2019 beim Verein Y die Kurse" (only "bei": "berät im Landkreis Y" names an area)
_DOES_AT = re.compile(
    rf"\s+(?:{'|'.join(lexicon.WORK_AT_VERBS)})"
    rf"(?:\s+(?:{_WORK_ADVERBS}|auch))*"
    r"\s+(?:bei\s+der|bei\s+dem|beim)\s+"
)
# "X forscht (seit 2019) an der Hochschule Y": academic work at the body
_WORKS_AT_A_UNIVERSITY = re.compile(
    rf"\s+(?:{'|'.join(lexicon.ACADEMIC_WORK_VERBS)})(?:\s+(?:{_WORK_ADVERBS}|auch))*\s+(?:an\s+der|an\s+dem|am)\s+"
)
_DOES_IN = re.compile(
    rf"\s+(?:{'|'.join(lexicon.WORK_AT_VERBS)})(?:\s+(?:{_WORK_ADVERBS}|auch))*\s+(?:im|in\s+dem)\s+(?:Projekt\s+)?[„\"»]?"
)
# "Senatsverwaltung für Arbeit: Herr Karl Muster", "Brückenbau gGmbH: Dr. Petra Beispiel": a list that names
# the body, a colon, then who stands for it.
_BODY_COLON = re.compile(r"[ \xa0]*:[ \xa0]*(?:(?:Frau|Herr|Herrn)[ \xa0]+)?(?:(?:Dr|Prof)\.[ \xa0]*)*")


# Working somewhere with the verb before its subject, after a fronted adverbial ("Seit 2019 arbeitet Petra B. bei der
# Stiftung X", "Inzwischen ist Petra B. Mitglied im Verein Y", "Heute ist Karl M. beim Verein Y tätig") or after
# the body opening the sentence ("Im Projekt X arbeiten A und B", "Bei der Stiftung X ist Petra B. seit 2015 tätig").
_WORK_VERBS = r"(?P<verb>arbeitet|arbeitete|arbeiten|arbeiteten|ist|war|sind|waren)"
_TO_BE = ("ist", "war", "sind", "waren")
_WORK_VERB_BEFORE = re.compile(rf"(?<![\w-]){_WORK_VERBS}\s+{ADDRESS_AND_TITLES}$")
_VERB_REACH = 30  # characters before a name for the verb and "Frau Dr. Prof."
_APPOSITION_MAX = 80  # characters of an apposition about the persons: "…, beide Beraterinnen der Kammer, …"
_AT_THE_BODY = re.compile(
    rf"(?:\s*,[^,;:\n]{{1,{_APPOSITION_MAX}}}?,)?\s+{_SINCE}(?P<member>Mitglied(?:er)?\s+)?(?:{_TRADE}\s+)?"
    r"(?:bei\s+der|bei\s+dem|bei\s+den|beim|im|in\s+der|in\s+dem|für\s+die|für\s+den|für\s+das)\s+"
)
# "Seit 2019 ist Petra B. bei der Stiftung X.": a time of being there, fronted, the clause ending with the body
_FRONTED_SINCE = re.compile(r"\s*Seit\s+(?:\w+\s+)?[\w.]+\s+")
_CLOSES = re.compile(r"[ \t]*(?:[.;!]|\n|$)")
_BODY_OPENING = re.compile(
    r"\s*(?:Bei\s+der|Bei\s+dem|Bei\s+den|Beim|Im|In\s+der|In\s+dem|Für\s+die|Für\s+den|Für\s+das)\s+"
)
_WORK_VERB_AFTER_BODY = re.compile(rf"\s+{_WORK_VERBS}\s+{_SINCE}{ADDRESS_AND_TITLES}")
# "… ist Petra B. seit 2015 tätig", "… ist Petra B. für die Beratung zuständig"
_ACTIVE_LAST = re.compile(
    rf"\s+{_SINCE}(?:tätig|beschäftigt|aktiv|angestellt|für\s+[^,;.:()\n]{{1,{_CHARGE_MAX}}}?\s+(?:zuständig|verantwortlich))(?![\w-])"
)


@dataclass(frozen=True)
class MembershipFinding:
    person: Mention
    organisation: Mention
    title: str | None = (
        None  # the role noun a description names the person by ("Die Beraterin arbeitet bei …")
    )


def find_memberships(
    text: str,
    sentence: tuple[int, int],
    mentions: list[Mention],
    project: Mention | None = None,
    release: ReleaseBodies | None = None,
) -> list[MembershipFinding]:
    """ "Karl Muster vom Verein Brückenbau …", "A und B (Verein X)", "Team der Koordinierungsstelle …: A, B und C";
    `project`: the project spoken of last before the sentence, whose team a team without a name is; `release`: the
    release's bodies, one of which a short name after a person ("Karl Muster vom Jobcenter") may stand for."""
    out = []
    described = described_person(text, sentence, release, mentions)
    pronoun = pronoun_person(text, sentence, release) or (described[0] if described else None)
    mentions = [pronoun, *mentions] if pronoun is not None else mentions
    orgs = [m for m in mentions if m.type in ORG_TYPES - {"Programme"}]
    people = [m for m in mentions if m.type == "Person"]
    projects = [m for m in mentions if m.type == "Subproject"]
    for p in people:
        for org in orgs:
            if not 0 < org.start - p.end <= _MEMBER_GAP_MAX + _RELATIVE_CLAUSE_MAX:
                continue
            gap = text[p.end : org.start]
            if _MEMBER_LINK.match(gap) and not _told_to(text, gap, p):  # "A und B vom Verein X": both
                listed = coordinated(text, p, people, sentence[0], projects)
                out += [MembershipFinding(q, org) for q in listed]
            elif _represents(text, gap, p):  # "A und B vertraten die Stiftung X": both
                out += [MembershipFinding(q, org) for q in coordinated(text, p, people)]
            elif _named_after_the_person(text, gap, p, org):
                out += [MembershipFinding(q, org) for q in _subjects(text, gap, p, people)]
            elif _PARENTHESIS.match(gap) and PARENTHESIS_CLOSE.match(text, org.end):  # "A und B (Verein X)"
                out += [MembershipFinding(q, org) for q in coordinated(text, p, people)]
        out += [MembershipFinding(p, org) for org in several_bodies_in_parentheses(text, p, orgs)]
        out += [MembershipFinding(p, org) for org in orgs if _BODY_COLON.fullmatch(text, org.end, p.start)]
        body = body_named_short(text, sentence, p, mentions, release)  # "Karl Muster vom Jobcenter"
        out += [MembershipFinding(q, body) for q in coordinated(text, p, people, sentence[0])] if body else []
        first = coordinated(text, p, people)[-1]  # "Von der Stiftung X kamen A und B": B after A
        out += [MembershipFinding(p, org) for org in orgs if acts_for(text, sentence, org, first.start)]
        out += [
            MembershipFinding(p, org) for org in orgs if among_its_people(text, sentence, org, first.start)
        ]
        out += [MembershipFinding(q, org) for org in orgs for q in _represented_by(text, org, p, mentions)]
    out += [MembershipFinding(p, o) for p, o in team_members(text, sentence, orgs, mentions)]
    out += [MembershipFinding(p, o) for p, o in colleagues_and_newcomers(text, sentence, orgs, mentions)]
    out += _working_there_verb_first(text, sentence, orgs, mentions)
    out += _working_at_the_body_opening(text, sentence, orgs, mentions)
    out += [MembershipFinding(p, o) for p, o in founders_as_the_subject(text, sentence, orgs, mentions)]
    out += [MembershipFinding(p, o) for p, o in founders_in_the_passive(text, sentence, orgs, mentions)]
    out += [MembershipFinding(p, o) for p, o in persons_of_a_fronted_body(text, sentence, mentions)]
    out += [MembershipFinding(p, o) for p, o in unnamed_team(text, sentence, mentions, project)]
    out += [MembershipFinding(*pair) for pair in deputies(text, sentence, orgs, people)]
    out += [MembershipFinding(*pair) for pair in delegates(text, sentence, orgs, mentions)]
    out += [
        MembershipFinding(p, o)
        for p in people
        for o in orgs
        if working_attributed(text, (o.start, o.end), p.start)
    ]
    # "X ist nicht Mitglied im Verein Y"
    out = [f for f in out if not membership_denied(text, f.person, f.organisation)]
    return _with_the_description_s_title(out, described)


def titled_role(found: MembershipFinding) -> RoleFinding:
    """The role a membership said of a description by a role noun gives: "Die Beraterin arbeitet für X"."""
    title = found.title or ""
    return RoleFinding(
        found.person, title, found.organisation, leads(singular(title), "", found.organisation)
    )


def _with_the_description_s_title(
    found: list[MembershipFinding], described: tuple[Mention, str] | None
) -> list[MembershipFinding]:
    """ "Die Beraterin arbeitet für die Stiftung X": a description by a role noun gives the role at the body too."""
    if described is None or not is_role_noun(described[1]):
        return found
    return [replace(f, title=described[1]) if f.person == described[0] else f for f in found]


def _subjects(text: str, gap: str, person: Mention, people: list[Mention]) -> list[Mention]:
    """Who a verb of working after `person` is said of: with a plural verb, the names listed up to the person ("A und
    B arbeiten beim Verein X"), none where the person stands alone ("Sie arbeiten …" after two names)."""
    if not (_PLURAL_VERB.match(gap) or gap.startswith(" werden ")):  # "A und B werden beim Y arbeiten"
        return [person]
    listed = listed_up_to(text, person, people)
    return listed if len(listed) > 1 else []


def _working_there_verb_first(
    text: str, sentence: tuple[int, int], orgs: list[Mention], mentions: list[Mention]
) -> list[MembershipFinding]:
    """ "Seit 2019 arbeitet Petra B. bei der Stiftung X", "Inzwischen ist Petra B. Mitglied im Verein Y"."""
    out = []
    for person in (m for m in mentions if m.type == "Person"):
        verb = _WORK_VERB_BEFORE.search(text, max(sentence[0], person.start - _VERB_REACH), person.start)
        if verb is None:
            continue
        listed = listed_from(text, person, mentions)
        for org in orgs:
            at = _AT_THE_BODY.fullmatch(text, listed[-1].end, org.start)
            if at is None:
                continue
            closed = _CLOSES.match(text, org.end) or text[org.end - 1] == "."  # "… beim Verein X e. V. Sie …"
            since = _FRONTED_SINCE.fullmatch(text, sentence[0], verb.start()) and closed
            if since or _says_working(verb.group("verb"), at.group("member"), text, org.end):
                out += [MembershipFinding(p, org) for p in listed]
    return out


def _working_at_the_body_opening(
    text: str, sentence: tuple[int, int], orgs: list[Mention], mentions: list[Mention]
) -> list[MembershipFinding]:
    """ "Im Projekt X arbeiten A und B", "Bei der Stiftung X ist Petra B. seit 2015 tätig"."""
    org = next((o for o in orgs if _BODY_OPENING.fullmatch(text, sentence[0], o.start)), None)
    verb = _WORK_VERB_AFTER_BODY.match(text, org.end) if org is not None else None
    first = next((m for m in mentions if m.type == "Person" and verb and m.start == verb.end()), None)
    if org is None or verb is None or first is None:
        return []
    listed = listed_from(text, first, mentions)
    if not _says_working(verb.group("verb"), None, text, listed[-1].end):
        return []
    return [MembershipFinding(p, org) for p in listed]


def _says_working(verb: str, member: str | None, text: str, after: int) -> bool:
    """A form of "sein" says only with "Mitglied" before the body or "tätig" after it that one works there."""
    return verb not in _TO_BE or bool(member) or _ACTIVE_LAST.match(text, after) is not None


def _named_after_the_person(text: str, gap: str, person: Mention, org: Mention) -> bool:
    """The body after the person: where they work or belong, whom they stand for, the body in apposition."""
    return bool(
        _WORKS_IN.match(gap)
        or _works_for(text, gap, org)
        or in_apposition(text, person, org)
        or _represents(text, gap, person)
        or _works_for_in_a_relative_clause(text, gap, org)
        or bool(_BELONGS_RELATIVE.match(gap) and _BELONG_VERB_LAST.match(text, org.end))
        or bool(_BELONGS_MAIN.match(gap) and _PARTICLE_AN.match(text, org.end))
        or _works_at_in_apposition(text, gap, org)
        or _on_the_board(text, gap, org)
        or acts_for_after(text, gap, person.start)
        or joins(gap)
        or worked_at(text, gap, org.end)
        or heads(gap, org.type)
        or bool(_WILL_WORK_AT.fullmatch(gap) and _WORK_INFINITIVE.match(text, org.end))
    )


# The future: "Petra B. wird ab Juni beim Verein Y arbeiten", "A und B werden künftig für die Stiftung X tätig sein"
_WILL_WORK_AT = re.compile(
    rf"\s+(?:wird|werden)\s+(?:(?:ab\s+[\w.]+|künftig|zukünftig|dann|bald|demnächst|{_WORK_ADVERBS})\s+)*"
    r"(?:bei\s+der|bei\s+dem|beim|für\s+die|für\s+den|für\s+das|im|in\s+der|in\s+dem)\s+"
)
_WORK_INFINITIVE = re.compile(
    r"(?:\s+(?:als\s+)?[A-ZÄÖÜ][\w-]*)?\s+(?:arbeiten|mitarbeiten|tätig\s+sein|beschäftigt\s+sein)(?![\w-])"
)


def _on_the_board(text: str, gap: str, org: Mention) -> bool:
    board = _ON_THE_BOARD.match(gap)
    return board is not None and (not board.group("belongs") or bool(_BELONGS_CLOSE.match(text, org.end)))


def _works_at_in_apposition(text: str, gap: str, org: Mention) -> bool:
    """ "Petra B., tätig bei der Stiftung X, …", "Karl M., seit 2015 beim Verein Y, …", "Petra B., bei der Stiftung
    X zuständig für …" (not "sagte Petra B., bei der Stiftung X gebe es …")."""
    match = _WORKING_AT.match(gap)
    if match is None:
        return False
    if match.group("marked") or match.group("charge"):
        return True
    if match.group("charge_in"):
        return org.type in _WORKPLACES_NO_AREA
    closed = _APPOSITION_END.match(text, org.end) or APPOSITION_CLOSE.match(text, org.end)
    return closed is not None and (
        bool(match.group("member")) or match.group("at").startswith(("bei", "vom", "von"))
    )


def _represents(text: str, gap: str, person: Mention) -> bool:
    """ "Karl Muster vertrat die Stiftung X", "Heute vertritt Karl Muster die Stiftung X"."""
    verb_before = _REPRESENTS_BEFORE.search(text, max(0, person.start - _MEMBER_GAP_MAX), person.start)
    return bool(_REPRESENTS.fullmatch(gap) or (verb_before and _ARTICLE_ONLY.fullmatch(gap)))


def _represented_by(text: str, org: Mention, person: Mention, mentions: list[Mention]) -> list[Mention]:
    """ "Die Stiftung X wurde durch Karl Muster (und Petra Beispiel) vertreten", the object first: "Den Verein X
    vertrat Karl Muster", "Die Stiftung X, vertreten durch Karl Muster, …": the person right after the agent's
    preposition and every name listed with them."""
    gap = _REPRESENTED_BY.fullmatch(text, org.end, person.start)
    if gap is None or not 0 < person.start - org.end <= _MEMBER_GAP_MAX:
        return []
    listed = listed_from(text, person, mentions)
    said = gap.group("active") or gap.group("apposition") or _REPRESENTED.match(text, listed[-1].end)
    return listed if said else []


# "…, sagte (Präsidentin) Petra B. der Zeitung X": after a verb of saying, the body in the dative after the speaker's
# name is whom it was said to, not the speaker's (a genitive would follow a title: "Präsidentin der Zeitung X")
_SPEECH_VERB_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(lexicon.QUOTE_VERBS)})\s+(?:(?:[A-ZÄÖÜ][\w-]*|Dr\.|Prof\.)\s+){{0,3}}$"
)
_TOLD_REACH = 60  # characters before the name for the verb and a title or two


def _told_to(text: str, gap: str, person: Mention) -> bool:
    return gap.strip() == "der" and bool(
        _SPEECH_VERB_BEFORE.search(text, max(0, person.start - _TOLD_REACH), person.start)
    )


def _works_for_in_a_relative_clause(text: str, gap: str, org: Mention) -> bool:
    """ "Petra B., die für die Stiftung X arbeitet, …", "Karl M., der an der Hochschule Y (zu Migration) forscht"."""
    return bool(_WORKS_FOR_RELATIVE.match(gap) and _WORK_VERB_LAST.match(text, org.end)) or bool(
        _AT_A_UNIVERSITY_RELATIVE.match(gap) and _ACADEMIC_VERB_LAST.match(text, org.end)
    )


def workplace_in_a_relative_clause(text: str, person: Mention, orgs: list[Mention]) -> Mention | None:
    """The body a relative clause right after the person says she works at: "Beraterin X, die beim Verein Y
    arbeitet", "Professor X, der an der Hochschule Y forscht" (not a clause saying she is a member)."""
    for org in orgs:
        if 0 < org.start - person.end <= _MEMBER_GAP_MAX:
            gap = text[person.end : org.start]
            works_in = _WORKS_IN.match(gap) and _WORK_VERB_OR_ACTIVE_LAST.match(text, org.end)
            if works_in or _works_for_in_a_relative_clause(text, gap, org):
                return org
    return None


# "…, die beim Verein Y (als Beraterin) arbeitet / tätig ist / beschäftigt ist": the verb of work closing the clause
_WORK_VERB_OR_ACTIVE_LAST = re.compile(
    r"(?:\s+als\s+[A-ZÄÖÜ][\w-]*)?\s+(?:arbeitet|arbeitete|tätig\s+ist|tätig\s+war|beschäftigt\s+ist|angestellt\s+ist)\b"
)


# "Karl M., der (seit 2019) an der Hochschule Y zu Migration forscht": academic work, its verb closing the clause
_AT_A_UNIVERSITY_RELATIVE = re.compile(rf"^\s*,\s*(?:die|der)\s+{_SINCE}(?:an\s+der|an\s+dem|am)\s+$")
_TOPIC_MAX = 60  # characters of what the person researches or teaches, between the body and the verb
_ACADEMIC_VERB_LAST = re.compile(
    rf"(?:\s+(?:zu|zum|zur|über)\s[^,.;:!?\n]{{1,{_TOPIC_MAX}}}?)?\s+(?:{'|'.join(lexicon.ACADEMIC_WORK_VERBS)})(?![\w-])"
)


# The verb right after the last name of a list is plural: the list's names are all its subject.
_PLURAL_VERB = re.compile(
    r"\s+(?:" + "|".join(sorted(lexicon.MEMBER_VERBS_PLURAL, key=len, reverse=True)) + r")(?![\w-])"
)
_BELONGING = re.compile(r"gehör(?:t|te|en|ten)$")
# the particle closing the clause or a second predicate after it: "gehört der Y an und berät …"
_PARTICLE_AN_OR_AND = re.compile(rf"{_AFTER_THE_BODY}\s+an(?:\s*(?:[.;!,]|$)|\s+(?:und|sowie)\s)")
_IN_THE_TEAM = re.compile(r"\bim\s+Team\s+(?:der|des)\s+$")


def _works_for(text: str, gap: str, org: Mention) -> bool:
    """ "X arbeitet bei der Brückenbau gGmbH", "X ist Mitglied im Verein …", "X ist beim Verein … tätig"."""
    match = _MEMBER_VERB.fullmatch(gap)
    if match is None:  # "X berät seit 2027 im Projekt Y": a project is no area served, its work is hers
        return (
            _DOES_AT.fullmatch(gap) is not None
            or _WORKS_AT_A_UNIVERSITY.fullmatch(gap) is not None
            or (org.type == "Subproject" and _DOES_IN.fullmatch(gap) is not None)
        )
    if _BELONGING.match(match.group("verb")) and match.group("at") == "der" and not match.group("member"):
        # "gehört der Stiftung X an" with its particle; "X gehört der Kammer Y zufolge zu den besten …" cites a source
        return _PARTICLE_AN_OR_AND.match(text, org.end) is not None
    if match.group("verb") not in _TO_BE or match.group("member") or _ACTIVE.match(text, org.end):
        return True  # "ist zudem Mitglied im Verein Y"
    if _IN_THE_TEAM.search(gap):
        return True  # "ist (neu) im Team der Stiftung X": being in its team is working there
    # "Karl M. ist seit 2015 bei der Stiftung X.": a time of being there, the clause ending with the body
    return bool(_SINCE_AT.search(gap) and _CLAUSE_END.match(text, org.end))
