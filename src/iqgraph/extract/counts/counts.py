"""Counts a release states: "rund 80 Gäste", "mehr als 9 000 Beratungen", "1,5 Millionen Euro", "zwölf Teilprojekte".

A count is a number phrase (qualifier, number, scale) and the counted noun phrase after it. What the count is
about, its subject, comes from the construction around it, tried in this order:
1. "eines von 16 Landesnetzwerken": the programme the networks belong to;
2. a genitive attribute: "die 40 Teilprojekte des Netzwerks";
3. participants and programme items of an event ("rund 120 Gäste", "28 Workshops"): the event the release
   reports (resolved by the caller, which knows the events);
4. the clause's grammatical subject: "Das Netzwerk hat 40 Teilprojekte", "Die Stelle X beriet 1.100 Unternehmen";
   the agent of a passive clause: "Rund 500 Personen wurden vom Netzwerk X beraten"; the genitive attribute of
   the noun phrase opening the clause: "Die Beratungsstellen des Netzwerks X berieten 900 Fachkräfte"; the unit
   named as the source of people served (sources.py): "Nach Angaben des Netzwerks X wurden 900 Menschen beraten";
5. a container: "im Netzwerk arbeiten 29 Institutionen", "39 Beispiele im Förderprogramm", "in Bayern wurden
   2500 Anträge gestellt"; for money also the beneficiary: "für das Netzwerk wurden 50.000 Euro bewilligt";
6. subprojects ("43 Teilprojekte") with none of these: the release's main network.
When none holds there is no count: a wrong subject is worse than a missing count. Not counts: dates, years,
times, ordinals ("2. Fachtag"), percentages, durations, numbers inside names or after a label ("§ 17").

A count may also share the subject of the figure before it: joined to it ("35 Runde Tische und 3 Fachtage"), in a
relative clause on it ("12 Teilprojekte, die 4.300 Menschen berieten") or going on from it (continuations.py:
"Davon waren …", "Hinzu kamen …", "Damit werden … finanziert").

Number phrases and their values are read in numbers.py (number words in number_words.py, the nominative plural in
plurals.py); this module finds what each count is about, with the clause and the case of a name read in
clauses.py, owners and containers in owners.py, bodies in bodies.py, an event's audience in audience.py, the
release's own unit in own_unit.py and sections.py, subjects the sentence's shape names in sentence_shapes.py,
owners inferred where the clause names none in inferred.py, what the words right around a number say of it in
number_context.py, subjects that keep a figure from an owner in other_subjects.py, and what a pronoun subject
stands for in pronoun_antecedents.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import lexicon
from ..names.mentions import Mention
from .audience import (
    another_edition,
    attended,
    limited_seats,
    small_audience,
    the_events_audience,
    took_part_in_an_event,
)
from .bodies import (
    blockers_of,
    joined_body,
    names_someone,
)
from .clauses import RELATIVE_PREPOSITIONS, CountScope, case_of, clause_of, passive_voice
from .continuations import continuation
from .inferred import genitive_heads, inferred_owner
from .money import pays_someone_named
from .number_context import RATE_AFTER, a_ratio, nationwide, one_of, other_attribute, part_of, surveyed
from .numbers import (
    NumberPhrase,
    after_act_preposition,
    find_ellipses,
    find_listed_figure,
    find_numbers,
    find_numbers_of,
)
from .other_subjects import joint_subjects, named_by_a_post, some_of_them
from .own_unit import offers, own_unit_subject, speakers_unit
from .owners import (
    OWNERS,
    containers_of,
    is_land,
    is_owner,
    network_of_its_land,
    some_other,
    stand_ins_in,
    there_container,
    whole_container,
)
from .participants import takes_part_now, took_part_in_the_project
from .pronoun_antecedents import pronoun_antecedent
from .sentence_shapes import headline, item_unit, listed_after_colon, relative_antecedent, topic_of
from .sources import reported_by_source
from .unit_descriptions import unit_descriptions

__all__ = ["CountFinding", "CountScope", "find_counts", "names_an_event"]


_GENITIVE = re.compile(r"\s+(?:des|der|von|vom)\s+(?:[a-zäöüß]\w*\s+)?$")
_COORDINATED = re.compile(
    r"(?:\s+[A-ZÄÖÜ][\w*‐-]*)?(?:\s+[a-zäöüß]\w*(?:t|en))?\s*(?:"
    + "|".join(re.escape(c) for c in lexicon.COUNT_CONJUNCTIONS)
    + r")\s*"
)
_PROGRAMME_PREFIX = re.compile(r"^IQ(?:[\s-]+|$)")
# Constructions that make people taking part the owner's participants: the owner acts on them or contains them.
_PARTICIPANTS_OF = frozenset(
    {"subject", "agent", "container", "body-subject", "body-agent", "pronoun", "antecedent"}
)


@dataclass(frozen=True)
class CountFinding:
    subject: Mention | None  # None: the event the sentence reports (the caller knows the events)
    what: str
    value: int
    is_subprojects: bool
    rule: str = ""  # the construction the subject was read from (see the module's docstring)
    start: int = -1  # where the number phrase starts


def find_counts(scope: CountScope) -> list[CountFinding]:
    # "die Informationsstelle" for the one "IQ Informationsstelle X" named: the unit, here and in the sentence before
    around = (scope.previous[0] if scope.previous is not None else scope.sentence[0], scope.sentence[1])
    described = unit_descriptions(scope.text, around, scope.mentions, scope.own_unit)
    if described:
        scope = replace(scope, mentions=sorted(scope.mentions + described, key=lambda m: m.start))
    out: list[CountFinding] = []
    listed = find_listed_figure(scope.text, scope.sentence) if scope.list_owner is not None else None
    if listed is not None:  # "- Beratungen: 412" under a heading: the heading's owner's, nothing else to read
        is_sub = listed.head.lower().startswith(lexicon.SUBPROJECT_COUNT_STEMS)
        return [CountFinding(scope.list_owner, listed.what, listed.value, is_sub, "list", listed.start)]
    before: tuple[NumberPhrase, Mention | None, str] | None = None
    numbers = find_numbers(scope.text, scope.sentence, scope.within(scope.sentence))
    for number in sorted(numbers + find_numbers_of(scope.text, scope.sentence), key=lambda n: n.start):
        subject, rule = _subject(scope, number)
        going_on = _going_on(scope, number) if subject is None and rule != "event" else None
        if going_on is not None:  # "Davon waren 3.218 Frauen", "Damit werden 5 Stellen finanziert"
            figure = _figure_before(scope, out, number.start)
            if going_on == "funded" and figure is not None and not figure.what.startswith("Euro"):
                figure = None  # what "damit" pays for needs money before it
            if (
                going_on == "fronted"
                and figure is not None
                and figure.what.startswith("Euro") != number.money
            ):
                figure = None  # "Bewilligt wurden 90.000 €" sets money against money
            subject, rule = (figure.subject, going_on) if figure is not None else (None, "")
            if going_on == "reached" and figure is None:
                clause = clause_of(scope.text, scope.sentence, number.start)
                subject, rule = _means_before(scope, clause), going_on
        subject, rule = _shared_with_before(scope, before, number, (subject, rule))
        if subject is None and not rule and scope.list_owner is not None:
            subject, rule = scope.list_owner, "list"  # "- 3.912 Beratungen" under "Bilanz des Netzwerks X"
            number = replace(number, what=_with_the_line(scope, number))
        before = (number, subject, rule)
        if number.value < 2 or (subject is None and (rule != "event" or small_audience(number))):
            continue
        is_sub = not number.money and number.head.lower().startswith(lexicon.SUBPROJECT_COUNT_STEMS)
        out.append(
            CountFinding(
                subject, number.what, number.value, is_sub and subject is not None, rule, number.start
            )
        )
    return out + _elliptic_counts(scope, out)


def _elliptic_counts(scope: CountScope, found: list[CountFinding]) -> list[CountFinding]:
    """ "2014 wurden 2 870 Anträge gestellt, 2015 waren es 3 412": a number without its noun counts what the figure
    before it (in this sentence or the one before) counts, for the same subject; so does a part of it ("212 von
    ihnen fanden eine Stelle"), smaller than that figure."""
    out = []
    for ellipsis in find_ellipses(scope.text, scope.sentence):
        model = _figure_before(scope, found, ellipsis.start)
        if model is None or ellipsis.value < 2 or (ellipsis.part and ellipsis.value >= model.value):
            continue
        noun = _QUALIFIED.sub("", model.what)
        what = f"{noun} ({ellipsis.qualifier})" if ellipsis.qualifier else noun
        out.append(CountFinding(model.subject, what, ellipsis.value, model.is_subprojects, "ellipsis"))
    return out


_QUALIFIED = re.compile(r"\s*\([^()]*\)$")
_LINE_JOINER = re.compile(
    r"[\s,]*\b(?:und|sowie|oder)$"
)  # "- 250 Personen qualifiziert und" before the last line


def _with_the_line(scope: CountScope, number: NumberPhrase) -> str:
    """What a line of a figure list counts is all the line says after its number: "312 Teilnehmende in Kursen"."""
    rest = _LINE_JOINER.sub("", " ".join(scope.text[number.end : scope.sentence[1]].split()).rstrip(".;,"))
    qualifier = _QUALIFIED.search(number.what)
    noun = _QUALIFIED.sub("", number.what)
    return f"{noun} {rest}{qualifier.group() if qualifier else ''}" if rest else number.what


# "Zum Netzwerk X gehören neun Teilprojekte und die Koordinierungsstelle": a name joined to the counted phrase
# is counted with it, no subject of it.
_COUNTED_WITH = re.compile(r"\s+(?:und|sowie|oder)\s+(?:(?:der|die|das|den|dem|ihre|seine)\s+)?")


_REACHING = frozenset({"Subproject", "StateNetwork"})


# "das Projekt", "mit dem Vorhaben": the release's one project referred to by its kind
_THE_PROJECT = re.compile(r"\b(?:[Dd]as|[Dd]em|[Dd]ieses|[Dd]iesem)\s+(?:Projekt|Vorhaben|Modellprojekt)\b")


def _means_before(scope: CountScope, clause: tuple[int, int]) -> Mention | None:
    """ "Das Projekt X startet im Mai. Damit sollen 40 Frauen erreicht werden": the project or network the sentence
    before is about; else the release's own project where that sentence or the clause calls it "das Projekt" and
    names no other unit."""
    if scope.previous is None:
        return None
    topic = topic_of(scope, scope.previous)
    if topic is not None:
        return topic if topic.type in _REACHING else None
    own, text = scope.own_unit, scope.text
    if own is None or own.type != "Subproject":
        return None
    # (a person or body giving the news or running the project may be named: "Nach Angaben von X muss das
    # Projekt erst aufgebaut werden")
    others = [m for m in scope.within(scope.previous) if m.type in OWNERS and m.key != own.key]
    called = _THE_PROJECT.search(text, *scope.previous) or _THE_PROJECT.search(text, *clause)
    return own if called and not others else None


def _figure_before(scope: CountScope, found: list[CountFinding], pos: int) -> CountFinding | None:
    """The last count with a subject before `pos`: in this sentence, else in the sentence before."""
    before = [f for f in found if f.start < pos]
    if not before and scope.previous is not None:
        previous = replace(scope, sentence=scope.previous, previous=None)
        before = [f for f in find_counts(previous) if f.rule != "ellipsis"]
    return before[-1] if before and before[-1].subject is not None else None


_EXPLICIT = ("attribute", "one-of")  # rules that read the subject off the count's own phrase


def names_an_event(label: str) -> bool:
    """Whether an event's label names one event, so that counts may be about it: more than its event noun, the
    programme's "IQ" aside ("IQ Kongress 2016", "Jahrestagung des IQ Netzwerks X"). "Kongress", "IQ-Kongress" or
    "LAT-Treffen" is how a text refers to an event it names more fully elsewhere: a count on it would carry the
    wrong name."""
    return len(_PROGRAMME_PREFIX.sub("", label).split()) > 1


def _shared_with_before(
    scope: CountScope,
    before: tuple[NumberPhrase, Mention | None, str] | None,
    number: NumberPhrase,
    found: tuple[Mention | None, str],
) -> tuple[Mention | None, str]:
    """A count joined to the one before it ("35 Runde Tische und 3 Fachtage") or in a relative clause on it ("12
    Teilprojekte, die 4.300 Menschen berieten") shares its subject."""
    subject, rule = found
    if before is None:
        return found
    if before[2] and rule not in _EXPLICIT and _coordinated(scope.text, before[0], number):
        return before[1], before[2]
    if subject is None and rule != "event" and before[1] is not None:
        return (before[1], "relative") if _of_its_relative_clause(scope, before[0], number) else found
    return found


# (also after a preposition: "45 Kurse, an denen 600 Personen teilnahmen")
_RELATIVE_AFTER = re.compile(
    # a participle or particle that closes the main clause may stand before the comma ("… 45 Kurse organisiert, an
    # denen …")
    rf"(?:\s+[a-zäöüß]+)?\s*,\s+(?P<opening>(?:(?:{RELATIVE_PREPOSITIONS})\s+(?=denen|welchen))?)(?P<pronoun>die|welche|denen|welchen)\s"
)


def _of_its_relative_clause(scope: CountScope, before: NumberPhrase, number: NumberPhrase) -> bool:
    """ "die zwölf Teilprojekte, die seit 2019 mehr als 4.300 Menschen beraten haben": a figure in a relative clause
    on a counted plural is the tally of what was counted, its owner's (none where the clause names someone)."""
    relative = _RELATIVE_AFTER.match(scope.text, before.end)
    if relative is None or relative.end() > number.start:
        return False
    clause = clause_of(scope.text, scope.sentence, number.start)
    return clause[0] == relative.start("opening") and not names_someone(scope, clause)


def _coordinated(text: str, before: NumberPhrase, number: NumberPhrase) -> bool:
    """A count joined to the one before it shares its subject: "35 Runde Tische und 3 Fachtage", "20 000
    Beratungen durchgeführt und 12 000 Abschlüsse registriert", "500 Gäste in 4 Panels"."""
    return _COORDINATED.fullmatch(text, before.end, number.start) is not None


def _subject(scope: CountScope, number: NumberPhrase) -> tuple[Mention | None, str]:
    """The entity a count is about and the rule that found it (see the module's docstring); (None, "event")
    for the event's participants or items, (None, "") for no subject."""
    text = scope.text
    if one_of(text, number) and lexicon.NETWORK_NOUN_STEM in number.head.lower():
        return scope.programme, "one-of"
    if surveyed(text, scope.sentence, number) or RATE_AFTER.match(text, number.end):
        return None, ""  # a survey's sample, a rate ("600 Euro Zuschuss pro Person")
    clause = clause_of(text, scope.sentence, number.start)
    if limited_seats(text, number):  # "Die Zahl der Plätze bleibt auf 90 begrenzt": the event's, if one
        return None, "event"
    named = [
        m
        for m in scope.within(clause)
        if m.type in OWNERS
        and not (m.generic and some_other(text, clause, m.start, m.end))
        and not _EXAMPLES_OF_THE_COUNTED.search(text, number.end, max(number.end, m.start))
    ]
    stand_ins = stand_ins_in(text, clause, scope.mentions, scope.network, scope.programme)
    owners = [m for m in named if is_owner(text, m)] + stand_ins
    attribute = _attribute(text, named + stand_ins, number)
    lands = [
        m
        for m in scope.within((clause[0], number.start))
        if is_land(m) and case_of(text, scope.sentence[0], m) in lexicon.CONTAINER_PREPOSITIONS
    ]
    if attribute is not None and attribute.type == "Programme" and lands:
        return lands[
            -1
        ], "container"  # "In Bayern gibt es drei IQ Beratungsstellen": Bayern's, not the programme's
    if attribute is not None:
        # "Die Ministerin besuchte drei Projekte des Netzwerks X": some of X's projects a person acted on
        return (None, "") if some_of_them(scope, clause, number) else (attribute, "attribute")
    head = number.head.lower()
    part = part_of(text, number)
    if part and head.startswith(lexicon.EVENT_COUNT_STEMS) and a_ratio(text, number):
        return None, ""  # "3 von 4 Teilnehmerinnen finden Arbeit": a ratio, no audience
    if part and not head.startswith(lexicon.EVENT_COUNT_STEMS):
        # "zwei von acht Projekten im Netzwerk X": the whole is X's; the part named as subject has none of it
        # ("eines der drei Workshopthemen": an event's items stay the event's)
        whole = whole_container(text, scope.sentence[0], owners, number)
        return (whole, "container") if whole is not None else (None, "")
    if took_part_in_the_project(scope, clause, number):
        # "Das Projekt X … . Insgesamt nahmen im ersten Jahr 40 Frauen teil": a project's page naming no event
        topic = (topic_of(scope, scope.previous) if scope.previous is not None else None) or scope.own_unit
        return (topic, "participants") if _is_project(topic) else (None, "")
    if not number.money and head.startswith(lexicon.EVENT_COUNT_STEMS):
        was_there = attended(text, scope.sentence, number, clause)
        # "Das Projekt hat 640 Teilnehmende begleitet": a project's participants, when nobody is said to attend
        if was_there or not head.startswith(lexicon.PROGRAMME_PARTICIPANT_STEMS):
            # "Jedes Jahr bietet das Projekt (bieten wir) vier Workshops an": the project's offer
            offered = (
                _construction(scope, owners, number, clause) if offers(scope, clause, was_there) else None
            )
            if offered is not None and offered[1] == "subject" and _is_project(offered[0]):
                return offered
            audience = head.startswith(lexicon.AUDIENCE_COUNT_STEMS)
            was_there = was_there or the_events_audience(text, scope.sentence, scope.previous, number)
            told_before = another_edition(text, scope.sentence)
            return None, ("" if (audience and not was_there) or told_before else "event")
        subject, rule = _construction(scope, owners, number, clause)
        # "Der Fachtag des Projekts X richtete sich an 60 Teilnehmende": the event's, not the project's
        return (subject, rule) if rule in _PARTICIPANTS_OF else (None, "")
    if takes_part_now(scope, clause, number) and scope.previous is not None:
        # "Derzeit nehmen 24 Frauen und Männer teil" after a sentence about a project: its participants
        topic = topic_of(scope, scope.previous) or scope.own_unit
        return (topic, "participants") if _is_project(topic) else (None, "")
    if took_part_in_an_event(scope, owners, number):
        # "Es nahmen 130 Personen teil": the audience of the event the release reports, not of last year's
        return None, ("" if another_edition(text, scope.sentence) else "event")
    if other_attribute(text, number):
        return None, ""
    if number.value < lexicon.MIN_INFERRED and after_act_preposition(text, scope.sentence, number):
        return None, ""
    subject, rule = _construction(scope, owners, number, clause)
    if subject is not None and number.money and not _money_of(scope, subject, rule):
        return None, ""
    if subject is not None and subject.type != "Programme" and nationwide(text, clause):
        return None, ""  # "bundesweit 300 Beratungsstellen" is no Land's or Land network's count
    return subject, rule


# Items of what is counted, named after it: "20 Teilprojekte, darunter das Projekt X" - X is one of the twenty,
# not whose they are ("unter ihnen", "unter anderem", "wie etwa", "zum Beispiel" alike)
_EXAMPLES_OF_THE_COUNTED = re.compile(
    r"[,(–-]\s*(?:darunter|unter\s+(?:ihnen|anderem)|u\.\s*a\.|wie\s+(?:etwa|zum\s+Beispiel|z\.\s*B\.)"
    r"|etwa|zum\s+Beispiel|z\.\s*B\.|beispielsweise)\s"
)


def _is_project(m: Mention | None) -> bool:
    return m is not None and m.type == "Subproject"


def _construction(
    scope: CountScope, owners: list[Mention], number: NumberPhrase, clause: tuple[int, int]
) -> tuple[Mention | None, str]:
    """Rules 4 to 6 of the module's docstring: the clause's subject, a container, the topic of a passive
    clause, the main network."""
    text, start = scope.text, scope.sentence[0]
    containers = containers_of(scope, owners, number, clause) + there_container(scope, clause, owners, number)
    if number.money:  # "Der Bund stellt für das Netzwerk 5 Mio. Euro bereit": the money is the network's
        beneficiaries = [m for m in containers if case_of(text, start, m) in lexicon.BENEFICIARY_PREPOSITIONS]
        beneficiaries += [
            m for m in owners if _FOR_ITS_OFFERS.search(text, max(clause[0], m.start - _FOR_WINDOW), m.start)
        ]
        if beneficiaries:
            return _nearest(beneficiaries, number), "beneficiary"
    relative = relative_antecedent(scope, clause)
    if relative is not None and number.money and pays_someone_named(scope, clause, relative):
        relative = None  # the money of whom the payer's relative clause funds
    explicit = (
        relative
        or headline(scope, clause, number)
        or listed_after_colon(scope, clause, number)
        or item_unit(scope, number)
    )
    if explicit is not None:
        return explicit, "antecedent"
    speaker = speakers_unit(scope, clause, number)
    if speaker is not None:  # "„Wir haben 500 Menschen beraten“, sagte X, Leiterin des Projekts Y"
        return speaker, "speaker"
    source = None if containers else reported_by_source(scope, number, clause)
    if source is not None:  # "Nach Angaben des Netzwerks X wurden 3.000 Menschen beraten"
        return source, "source"
    blockers = [] if number.money else blockers_of(scope, clause, number)
    subjects = [
        m
        for m in owners
        if case_of(text, start, m) == "subject"
        and not any(b.start > m.start for b in blockers)
        and not _COUNTED_WITH.fullmatch(text, number.end, m.start)
    ]
    if subjects and joint_subjects(scope, clause, subjects):
        return None, ""  # "Das Netzwerk X und die Kammer Y haben 5.000 Menschen beraten": a joint figure
    if subjects:
        return _nearest(subjects, number), "subject"
    own = None if blockers else own_unit_subject(scope, clause, number)
    if own is not None:  # "Das Team besteht aus 8 Beratern"
        return own, "own-unit"
    antecedent = pronoun_antecedent(scope, clause) if not owners else None
    if antecedent is not None:  # "Die Stelle X gibt es seit 2019. Sie hat 900 Menschen beraten."
        return antecedent, "pronoun"
    passive = passive_voice(text, clause)
    agents = [m for m in owners if passive and case_of(text, start, m) in lexicon.AGENT_PREPOSITIONS]
    if agents and not blockers and not number.money:  # "Rund 500 Personen wurden vom Netzwerk X beraten";
        # money "vom Netzwerk" is what it gives, not what it has
        return _nearest(agents, number), "agent"
    heads = genitive_heads(text, clause, owners, number)
    if heads and not blockers:  # "Die Beratungsstellen des Netzwerks X berieten 900 Fachkräfte"
        return heads[0], "head-genitive"
    if containers and not blockers and not named_by_a_post(text, clause, number):
        container = _nearest(containers, number)
        return network_of_its_land(scope, container, number) or container, "container"
    joined = None if number.money or blockers else joined_body(scope, clause, number)
    if joined is not None:  # "Sieben Partner haben sich zum Bündnis X zusammengeschlossen"
        return joined, "joined"
    if number.value < lexicon.MIN_INFERRED:
        return None, ""
    return inferred_owner(scope, number, clause, blockers, passive)


# Money for what an owner offers or runs: "für die Angebote des Netzwerks X", "in die Beratungsstellen des Netzwerks X"
_FOR_ITS_OFFERS = re.compile(
    r"\b(?:[Ff]ür|[Ii]n)\s+(?:die|den|das|seine|ihre)\s+(?:[a-zäöüß]\w*\s+)?[A-ZÄÖÜ][\w-]*\s+(?:des|der)\s+$"
)
_FOR_WINDOW = 60  # characters back from the owner over "für die (neuen) Angebote des"


def _going_on(scope: CountScope, number: NumberPhrase) -> str | None:
    """How a clause goes on from the figure before it (continuations.py); one naming a person or another body
    gives their figure."""
    clause = clause_of(scope.text, scope.sentence, number.start)
    return None if names_someone(scope, clause) else continuation(scope.text, clause, number)


def _money_of(scope: CountScope, subject: Mention, rule: str) -> bool:
    """Money is a programme's only as what it receives or as the release's programme with no other body named:
    "Der ESF fördert das Netzwerk mit 5 Mio. Euro" gives the ESF's money to the network."""
    if subject.type != "Programme" or rule == "beneficiary":
        return True
    main = scope.programme.key if scope.programme is not None else None
    others = [m for m in scope.within(scope.sentence) if m.type in OWNERS and m.key != subject.key]
    return subject.key == main and not others


def _nearest(found: list[Mention], number: NumberPhrase) -> Mention:
    return min(found, key=lambda m: abs(m.start - number.start))


def _attribute(text: str, owners: list[Mention], number: NumberPhrase) -> Mention | None:
    """A name inside the counted phrase ("100 IQ Beratungsstellen") or its genitive attribute after it
    ("40 Teilprojekte des Netzwerks")."""
    for m in owners:
        inside = number.np_start <= m.start < number.end
        if inside or (m.start >= number.end and _GENITIVE.fullmatch(text, number.end, m.start)):
            return m
    return None
