"""Counts a release states: "rund 80 Gäste", "mehr als 9 000 Beratungen", "1,5 Millionen Euro", "zwölf Teilprojekte".

A count is a number phrase (qualifier, number, scale) and the counted noun phrase after it. What the count is
about, its subject, comes from the construction around it, tried in this order:
1. "eines von 16 Landesnetzwerken": the programme the networks belong to;
2. a genitive attribute: "die 40 Teilprojekte des Netzwerks";
3. participants and programme items of an event ("rund 120 Gäste", "28 Workshops"): the event the release
   reports (resolved by the caller, which knows the events);
4. the clause's grammatical subject: "Das Netzwerk hat 40 Teilprojekte", "Die Stelle X beriet 1.100 Unternehmen";
   the agent of a passive clause: "Rund 500 Personen wurden vom Netzwerk X beraten"; the genitive attribute of
   the noun phrase opening the clause: "Die Beratungsstellen des Netzwerks X berieten 900 Fachkräfte";
5. a container: "im Netzwerk arbeiten 29 Institutionen", "39 Beispiele im Förderprogramm", "in Bayern wurden
   2500 Anträge gestellt"; for money also the beneficiary: "für das Netzwerk wurden 50.000 Euro bewilligt";
6. subprojects ("43 Teilprojekte") with none of these: the release's main network.
When none holds there is no count: a wrong subject is worse than a missing count. Not counts: dates, years,
times, ordinals ("2. Fachtag"), percentages, durations, numbers inside names or after a label ("§ 17").

Number phrases and their values are read in count_numbers.py; this module finds what each count is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import lexicon
from .count_numbers import MAX_ATTRIBUTES, TOKEN, NumberPhrase, find_ellipses, find_numbers, find_numbers_of
from .mentions import Mention
from .organisation_words import is_of_kind

# A dash between two numbers is a range ("im Zeitraum 2019 – 2022", "9 – 12 Uhr"), no break between clauses.
_CLAUSE_BREAK = re.compile(
    r"[;:]\s|(?<!\d)\s[–—-]\s|(?<=\d)\s[–—-]\s(?!\d)|,\s+(?=(?:der|die|das|welche[rs]?|dass|weil|wenn|als|wo|während|nachdem|obwohl|"
    r"sodass|damit|denn|aber|sondern|wobei)\b)"
)
_GENITIVE = re.compile(r"\s+(?:des|der|von|vom)\s+(?:[a-zäöüß]\w*\s+)?$")
# "Seither wurden (bereits) 900 Anträge gestellt", "… sind über 900 Anträge gestellt worden": the count is the
# subject of a passive clause whose agent the sentence does not name.
# Between the auxiliary and the number: adverbs, prepositional phrases and years, each one place of the middle
# field ("wurden in diesem Zeitraum insgesamt 35 …"); a noun without a preposition would be the clause's subject.
MAX_MIDFIELD = 4
_MIDFIELD_PLACE = (
    r"(?:(?:[a-zäöüß]\w*\s+(?:(?:der|dem|den|des|diesem|dieser|diesen|ihrem|seinem)\s+)?(?:[a-zäöüß]\w*\s+)?"
    r"[A-ZÄÖÜ][\w-]*)|[a-zäöüß]\w*|\d{4})"
)
_PASSIVE_BEFORE = re.compile(
    rf"\b(?:wurden?|werden|wird|(?P<perfect>sind|waren|ist|war))\s+(?:{_MIDFIELD_PLACE}\s+){{0,{MAX_MIDFIELD}}}$"
)
_PERFECT = re.compile(r"\bworden\b")
# "ein Bescheid über 1,2 Millionen Euro an das Netzwerk X": money handed to the name after it (accusative "an";
# "an der Hochschule" in the dative is a place).
_MONEY_TO = re.compile(r"\s+an\s+(?:das|den|die)\s+")
_ADJACENT = re.compile(r"\s+(?:(?i:in|im|innerhalb|zum|zur|für)\s+)(?:(?:der|des|dem|den|das)\s+)?")
# Nouns that stand in for the release's main network or programme. A bare "Programm" is as often an event's
# agenda ("ein Programm mit 12 Vorträgen") as the programme, so only "Förderprogramm" stands in.
_STAND_INS = (
    ("StateNetwork", re.compile(r"(?<![\w-])(?:IQ[\s\-–]*)?(?:Landes)?[Nn]etzwerk(?:es|s)?(?![\w-])")),
    ("Programme", re.compile(r"(?<![\w-])Förderprogramm(?:es|s)?(?![\w-])")),
)
# "das Netzwerk der Migrantenorganisationen": a stand-in with a genitive attribute names some other network.
_OTHER_OF = re.compile(r"\s+(?:des|der)\s")
_COORDINATED = re.compile(
    r"(?:\s+[A-ZÄÖÜ][\w*‐-]*)?(?:\s+[a-zäöüß]\w*(?:t|en))?\s*(?:"
    + "|".join(re.escape(c) for c in lexicon.COUNT_CONJUNCTIONS)
    + r")\s*"
)
_RELATIVE = re.compile(r"(?:der|die|das|welche[rs]?)\b")
_CLOSING_MARKS = " \"“”‘’'«»›‹"
_HEADLINE_TYPES = frozenset({"Organisation", "Agency", "Ministry", "Programme", "Subproject", "StateNetwork"})
_BODIES = frozenset(
    {"Organisation", "Agency", "Ministry"}
)  # bodies a count may be about as the clause's subject
_PROGRAMME_PREFIX = re.compile(r"^IQ(?:[\s-]+|$)")
_BLOCKERS = frozenset(
    {"Organisation", "Agency", "Ministry", "Person"}
)  # a clause subject a count may be about
_OWNERS = frozenset({"StateNetwork", "Programme", "Subproject", "CoordinationOffice"})
# Constructions that make people taking part the owner's participants: the owner acts on them or contains them.
_PARTICIPANTS_OF = frozenset({"subject", "agent", "container", "body-subject", "body-agent"})
MAX_VERB_WORDS = 3  # a finite verb, "sich" and an adverb between a counted subject and where it is placed
MAX_FRONTED = 5  # words before the finite verb of a verb-second clause: "2022", "in den letzten vier Jahren"


@dataclass(frozen=True)
class CountFinding:
    subject: Mention | None  # None: the event the sentence reports (the caller knows the events)
    what: str
    value: int
    is_subprojects: bool
    rule: str = ""  # the construction the subject was read from (see the module's docstring)
    start: int = -1  # where the number phrase starts


@dataclass(frozen=True)
class CountScope:
    """Where counts are read: one sentence, the sentence before it and the release's main entities."""

    text: str
    sentence: tuple[int, int]
    mentions: list[Mention]  # the release's mentions
    network: Mention | None = None
    programme: Mention | None = None
    previous: tuple[int, int] | None = None
    about_a_subproject: bool = False  # the release names a subproject: its tallies are the subproject's

    def within(self, span: tuple[int, int]) -> list[Mention]:
        return [m for m in self.mentions if span[0] <= m.start < span[1]]


def find_counts(scope: CountScope) -> list[CountFinding]:
    out: list[CountFinding] = []
    before: tuple[NumberPhrase, Mention | None, str] | None = None
    numbers = find_numbers(scope.text, scope.sentence, scope.within(scope.sentence))
    for number in sorted(numbers + find_numbers_of(scope.text, scope.sentence), key=lambda n: n.start):
        subject, rule = _subject(scope, number)
        if subject is None and rule != "event" and _partitive(scope, number):
            figure = _figure_before(
                scope, out, number.start
            )  # "Davon waren 3.218 Frauen": part of that figure
            subject, rule = (figure.subject, "partitive") if figure is not None else (None, "")
        if (
            before is not None
            and before[2]
            and rule not in _EXPLICIT
            and _coordinated(scope.text, before[0], number)
        ):
            subject, rule = before[1], before[2]
        before = (number, subject, rule)
        if number.value < 2 or (subject is None and (rule != "event" or _small_audience(number))):
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
    before it (in this sentence or the one before) counts, for the same subject."""
    out = []
    for ellipsis in find_ellipses(scope.text, scope.sentence):
        model = _figure_before(scope, found, ellipsis.start)
        if model is None or ellipsis.value < 2:
            continue
        noun = _QUALIFIED.sub("", model.what)
        what = f"{noun} ({ellipsis.qualifier})" if ellipsis.qualifier else noun
        out.append(CountFinding(model.subject, what, ellipsis.value, model.is_subprojects, "ellipsis"))
    return out


_QUALIFIED = re.compile(r"\s*\([^()]*\)$")


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


def _coordinated(text: str, before: NumberPhrase, number: NumberPhrase) -> bool:
    """A count joined to the one before it shares its subject: "35 Runde Tische und 3 Fachtage", "20 000
    Beratungen durchgeführt und 12 000 Abschlüsse registriert", "500 Gäste in 4 Panels"."""
    return _COORDINATED.fullmatch(text, before.end, number.start) is not None


def _small_audience(number: NumberPhrase) -> bool:
    """ "vier Teilnehmende berichteten": a few people among an event's audience are not its size."""
    head = number.head.lower()
    return head.startswith(lexicon.AUDIENCE_COUNT_STEMS) and number.value < lexicon.MIN_AUDIENCE


def _subject(scope: CountScope, number: NumberPhrase) -> tuple[Mention | None, str]:
    """The entity a count is about and the rule that found it (see the module's docstring); (None, "event")
    for the event's participants or items, (None, "") for no subject."""
    text = scope.text
    if _one_of(text, number) and lexicon.NETWORK_NOUN_STEM in number.head.lower():
        return scope.programme, "one-of"
    clause = _clause(text, scope.sentence, number.start)
    named = [
        m
        for m in scope.within(clause)
        if m.type in _OWNERS and not (m.generic and _some_other(text, clause, m.start, m.end))
    ]
    stand_ins = _stand_ins(text, clause, scope.mentions, scope.network, scope.programme)
    owners = [m for m in named if _is_owner(text, m)] + stand_ins
    attribute = _attribute(text, named + stand_ins, number)
    lands = [
        m
        for m in scope.within((clause[0], number.start))
        if _is_land(m) and _case(text, scope.sentence[0], m) in lexicon.CONTAINER_PREPOSITIONS
    ]
    if attribute is not None and attribute.type == "Programme" and lands:
        return lands[
            -1
        ], "container"  # "In Bayern gibt es drei IQ Beratungsstellen": Bayern's, not the programme's
    if attribute is not None:
        return attribute, "attribute"
    head = number.head.lower()
    if not number.money and head.startswith(lexicon.EVENT_COUNT_STEMS):
        attended = _attended(text, scope.sentence, number)
        # "Das Projekt hat 640 Teilnehmende begleitet": a project's participants, when nobody is said to attend
        if attended or not head.startswith(lexicon.PROGRAMME_PARTICIPANT_STEMS):
            audience = head.startswith(lexicon.AUDIENCE_COUNT_STEMS)
            return None, ("" if audience and not attended else "event")
        subject, rule = _construction(scope, owners, number, clause)
        # "Der Fachtag des Projekts X richtete sich an 60 Teilnehmende": the event's, not the project's
        return (subject, rule) if rule in _PARTICIPANTS_OF else (None, "")
    if _other_attribute(text, number):
        return None, ""
    if number.value < lexicon.MIN_INFERRED and _after_act_preposition(text, scope.sentence, number):
        return None, ""
    subject, rule = _construction(scope, owners, number, clause)
    if subject is not None and number.money and not _money_of(scope, subject, rule):
        return None, ""
    if subject is not None and subject.type != "Programme" and _nationwide(text, clause):
        return None, ""  # "bundesweit 300 Beratungsstellen" is no Land's or Land network's count
    return subject, rule


def _construction(
    scope: CountScope, owners: list[Mention], number: NumberPhrase, clause: tuple[int, int]
) -> tuple[Mention | None, str]:
    """Rules 4 to 6 of the module's docstring: the clause's subject, a container, the topic of a passive
    clause, the main network."""
    text, start = scope.text, scope.sentence[0]
    containers = _containers(scope, owners, number, clause)
    if number.money:  # "Der Bund stellt für das Netzwerk 5 Mio. Euro bereit": the money is the network's
        beneficiaries = [m for m in containers if _case(text, start, m) in lexicon.BENEFICIARY_PREPOSITIONS]
        if beneficiaries:
            return _nearest(beneficiaries, number), "beneficiary"
    explicit = _antecedent(scope, clause) or _headline(scope, clause, number)
    if explicit is not None:
        return explicit, "antecedent"
    blockers = [] if number.money else _blockers(scope, clause, number)
    subjects = [
        m
        for m in owners
        if _case(text, start, m) == "subject" and not any(b.start > m.start for b in blockers)
    ]
    if subjects:
        return _nearest(subjects, number), "subject"
    passive = _passive_voice(text, clause)
    agents = [m for m in owners if passive and _case(text, start, m) in lexicon.AGENT_PREPOSITIONS]
    if agents and not blockers and not number.money:  # "Rund 500 Personen wurden vom Netzwerk X beraten";
        # money "vom Netzwerk" is what it gives, not what it has
        return _nearest(agents, number), "agent"
    heads = [m for m in owners if m.start < number.start and _head_genitive(text, clause, m)]
    if heads and not blockers:  # "Die Beratungsstellen des Netzwerks X berieten 900 Fachkräfte"
        return heads[0], "head-genitive"
    if containers and not blockers:
        return _nearest(containers, number), "container"
    if number.value < lexicon.MIN_INFERRED:
        return None, ""
    owning = [] if number.money else [m for m in scope.within(clause) if m.type in _BODIES]
    heads = [m for m in owning if m.start < number.start and _head_genitive(text, clause, m)]
    if len({m.key for m in heads}) == 1 and not blockers:  # "Die Beratungsstellen der Caritas X berieten …"
        return heads[0], "head-genitive"
    acting = [] if number.money or not passive else _body_agents(scope, clause)
    if len({m.key for m in acting}) == 1:  # "Über 400 Betriebe wurden von der Handwerkskammer X beraten"
        return acting[0], "body-agent"
    body = (
        None
        if number.money
        else _body_subject(scope, clause, number) or _body_stand_in(scope, clause, number)
    )
    if body is not None:
        return body, "body-subject"
    if (
        _is_passive(text, clause, number)
        and _framed(text, clause)
        and scope.previous is not None
        and not _names_someone(scope, clause)
    ):
        topic = _topic(scope, scope.previous)
        if topic is not None:
            return topic, "passive-topic"
    if number.head.lower().startswith(lexicon.SUBPROJECT_COUNT_STEMS) and not number.money and _alone(scope):
        return scope.network, "main-network"
    if _served(number) and _framed(text, clause) and _alone(scope) and not scope.about_a_subproject:
        return scope.network, "main-network"  # "Seither wurden 9.000 Menschen beraten": the network's tally
    return None, ""


def _served(number: NumberPhrase) -> bool:
    return (
        not number.money
        and number.value >= lexicon.MIN_INFERRED
        and number.head.lower().startswith(lexicon.SERVED_COUNT_STEMS)
    )


def _partitive(scope: CountScope, number: NumberPhrase) -> bool:
    """A clause opened by a partitive adverb ("Davon waren …", "…, darunter 300 Ärztinnen") counts a part of a
    figure before it; one naming a person or another body gives their figure."""
    clause = _clause(scope.text, scope.sentence, number.start)
    first = TOKEN.search(scope.text, clause[0], clause[1])
    partitive = first is not None and first.group().lower() in lexicon.PARTITIVE_ADVERBS
    return partitive and not _names_someone(scope, clause)


def _names_someone(scope: CountScope, clause: tuple[int, int]) -> bool:
    """A clause naming a person or another body ("Laut Statistischem Bundesamt wurden 22.000 Anträge
    gestellt") gives their figure, not one of the sentence before's topic."""
    return any(m.type in _BLOCKERS for m in scope.within(clause))


def _alone(scope: CountScope) -> bool:
    """The sentence names no body but the main network: its subprojects are that network's."""
    network = scope.network.key if scope.network is not None else None
    return all(m.type == "Place" or m.key == network for m in scope.within(scope.sentence))


def _antecedent(scope: CountScope, clause: tuple[int, int]) -> Mention | None:
    """ "das Landesnetzwerk X, das in drei Teilregionen unterteilt ist": the counts of a relative clause are
    about the name right before its comma."""
    text, start = scope.text, scope.sentence[0]
    if clause[0] == start or _RELATIVE.match(text, clause[0]) is None:
        return None
    end = start + len(text[start : text.rfind(",", start, clause[0])].rstrip(_CLOSING_MARKS))
    return next((m for m in scope.within(scope.sentence) if m.end == end and _is_owner(text, m)), None)


def _headline(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """ "Netzwerk X: 100 Anträge im ersten Jahr": a name and a colon opening the sentence, figures right after."""
    text, start = scope.text, scope.sentence[0]
    if text[clause[0] - 2 : clause[0] - 1] != ":" or text[clause[0] : number.start].strip():
        return None
    before = text[start : clause[0] - 2]
    return next(
        (
            m
            for m in scope.within(scope.sentence)
            if m.type in _HEADLINE_TYPES
            and m.end == start + len(before.rstrip())
            and not before[: m.start - start].strip()
        ),
        None,
    )


def _body_agents(scope: CountScope, clause: tuple[int, int]) -> list[Mention]:
    """The bodies a passive clause names as its agent ("von der Handwerkskammer X", "durch das Ministerium");
    with a person or another body as the clause's subject there are none."""
    text, start = scope.text, scope.sentence[0]
    named = scope.within(clause)
    if any(m.type in _BLOCKERS and _case(text, start, m) == "subject" for m in named):
        return []
    return [m for m in named if m.type in _BODIES and _case(text, start, m) in lexicon.AGENT_PREPOSITIONS]


def _body_subject(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """ "Die Schulbehörde konnte rund 270 Anträge bescheiden": a body that opens the clause (articles aside), with
    no other person or body between it and the number; also a Land, its finite verb right after it ("Sachsen hat
    drei Anlaufstellen", not "Sachsen, Thüringen und …" or a dateline)."""
    text = scope.text
    before = scope.within((clause[0], number.start))
    if not before or not (before[0].type in _BODIES or _is_land(before[0]) and _verb_after(text, before[0])):
        return None
    first = before[0]
    lead = TOKEN.findall(text, clause[0], first.start)
    if any(w.lower() not in lexicon.DETERMINERS for w in lead):
        return None
    others = [m for m in before[1:] if m.type in _BLOCKERS and m.key != first.key]
    return None if others else first


_BODY_STAND_IN = re.compile(
    r"\s*(?:Der|Die|Das)\s+(?P<noun>"
    + "|".join(lexicon.BODY_STAND_INS)
    + r")(?![\w-])(?!\s+(?:des|der|[A-ZÄÖÜ]))"
)


def _body_stand_in(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> Mention | None:
    """ "Die Brückenbau gGmbH … . Der Verein hat 35 Mitglieder": a body's head noun with its article opening the
    clause stands for the one body of that kind named in this sentence or the one before ("Verein" for a
    "… e. V."), when no person or other body comes between it and the number."""
    match = _BODY_STAND_IN.match(scope.text, clause[0], number.start)
    if match is None or any(m.type in _BLOCKERS for m in scope.within((match.end(), number.start))):
        return None
    kind = match.group("noun")
    bodies = {
        m.key: m
        for m in scope.mentions
        if m.type in _BODIES and not m.generic and m.end <= match.start() and is_of_kind(m.label, kind)
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else None


_FINITE_AFTER = re.compile(r"[ \xa0]+(?!(?:und|oder|sowie)\b)[a-zäöüß]\w*")


def _verb_after(text: str, m: Mention) -> bool:
    return _FINITE_AFTER.match(text, m.end) is not None


def _after_act_preposition(text: str, sentence: tuple[int, int], number: NumberPhrase) -> bool:
    before = TOKEN.findall(text, sentence[0], number.start)
    return bool(before) and before[-1].lower() in lexicon.ACT_PREPOSITIONS


def _money_of(scope: CountScope, subject: Mention, rule: str) -> bool:
    """Money is a programme's only as what it receives or as the release's programme with no other body named:
    "Der ESF fördert das Netzwerk mit 5 Mio. Euro" gives the ESF's money to the network."""
    if subject.type != "Programme" or rule == "beneficiary":
        return True
    main = scope.programme.key if scope.programme is not None else None
    others = [m for m in scope.within(scope.sentence) if m.type in _OWNERS and m.key != subject.key]
    return subject.key == main and not others


def _framed(text: str, clause: tuple[int, int]) -> bool:
    return any(
        w.lower().rstrip(".") in lexicon.PASSIVE_FRAME_WORDS
        for w in TOKEN.findall(text, clause[0], clause[1])
    )


def _attended(text: str, sentence: tuple[int, int], number: NumberPhrase) -> bool:
    """Whether the sentence says the people counted attended: an attendance verb, or "vor"/"mit" right before."""
    words = [w.lower().rstrip(".") for w in TOKEN.findall(text, sentence[0], sentence[1])]
    before = TOKEN.findall(text, sentence[0], number.start)
    by_preposition = bool(before) and before[-1].lower() in lexicon.ATTENDANCE_PREPOSITIONS
    return by_preposition or any(w in lexicon.ATTENDANCE_WORDS for w in words)


def _nearest(found: list[Mention], number: NumberPhrase) -> Mention:
    return min(found, key=lambda m: abs(m.start - number.start))


def _blockers(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> list[Mention]:
    """Persons and other bodies that are the clause's subject before the number ("Die Handwerkskammer berät im
    Netzwerk 300 Betriebe"): the count is theirs, not the network's the clause also names."""
    return [
        m
        for m in scope.within((clause[0], number.start))
        if m.type in _BLOCKERS and _case(scope.text, scope.sentence[0], m) == "subject"
    ]


def _other_attribute(text: str, number: NumberPhrase) -> bool:
    """A genitive attribute after the counted noun that is no owner ("die 12 Jobcenter des Landes", "300
    Mitglieder der Kammer"): the count is about that."""
    return _OTHER_OF.match(text, number.end) is not None


def _nationwide(text: str, clause: tuple[int, int]) -> bool:
    return any(w.lower() in lexicon.NATIONWIDE_WORDS for w in TOKEN.findall(text, clause[0], clause[1]))


def _attribute(text: str, owners: list[Mention], number: NumberPhrase) -> Mention | None:
    """A name inside the counted phrase ("100 IQ Beratungsstellen") or its genitive attribute after it
    ("40 Teilprojekte des Netzwerks")."""
    for m in owners:
        inside = number.np_start <= m.start < number.end
        if inside or (m.start >= number.end and _GENITIVE.fullmatch(text, number.end, m.start)):
            return m
    return None


def _topic(scope: CountScope, span: tuple[int, int]) -> Mention | None:
    """A passive clause without a name ("Seither wurden 900 Anträge gestellt") is about the sentence before:
    the one network or programme it names (as subject or genitive attribute), else its one such name."""
    text = scope.text
    named = [m for m in scope.within(span) if _is_owner(text, m) or _is_land(m)]
    main = [m for m in named if m.type in ("StateNetwork", "Programme")]
    if len({m.key for m in main}) > 1:
        return None
    named = [m for m in named if _case(text, span[0], m) in ("subject", "gen")]
    if main and main[0].key in {m.key for m in named}:
        return main[0]
    return named[0] if len({m.key for m in named}) == 1 else None


def _containers(
    scope: CountScope, owners: list[Mention], number: NumberPhrase, clause: tuple[int, int]
) -> list[Mention]:
    """Names after "in"/"im" (for money also "für") before the number, or right after the counted noun
    ("39 Beispiele im Förderprogramm"); a Land only before it ("in Bayern wurden 2500 Anträge gestellt")."""
    text, start = scope.text, scope.sentence[0]
    wanted = lexicon.CONTAINER_PREPOSITIONS | (
        lexicon.BENEFICIARY_PREPOSITIONS if number.money else frozenset()
    )
    lands = [m for m in scope.within((clause[0], number.start)) if _is_land(m)]
    placed = [
        m
        for m in owners + lands
        if _case(text, start, m) in wanted
        and (
            m.start < number.start
            or _ADJACENT.fullmatch(text, number.end, m.start)
            or (number.money and _MONEY_TO.fullmatch(text, number.end, m.start) is not None)
            or _belongs_to(text, number, m)
            or _placed_by_verb(text, clause, number, m)
        )
    ]
    return placed + [m for m in owners if m.start < number.start and _of_a_container(text, start, m)]


def _placed_by_verb(text: str, clause: tuple[int, int], number: NumberPhrase, m: Mention) -> bool:
    """ "Über 40 Partner arbeiten im Netzwerk X zusammen", "30 Vereine engagieren sich im Netzwerk X": the counted
    noun opens the clause as its subject, its verb places it in the name after it."""
    if text[clause[0] : number.start].strip():
        return False  # something else opens the clause: the counted noun may be its object
    between = TOKEN.findall(text, number.end, m.start)
    while between and between[-1].lower() in lexicon.DETERMINERS:
        between.pop()
    verb_words = between[:-1]
    return (
        bool(between)
        and between[-1].lower() in lexicon.CONTAINER_PREPOSITIONS
        and 1 <= len(verb_words) <= MAX_VERB_WORDS
        and all(w[:1].islower() and w.lower() not in lexicon.PREPOSITIONS for w in verb_words)
    )


def _of_a_container(text: str, sentence_start: int, m: Mention) -> bool:
    """ "In den Anlaufstellen des Netzwerks X wurden 2.000 Menschen beraten": the owner is the genitive attribute
    of a container ("in den Anlaufstellen")."""
    words = TOKEN.findall(text, sentence_start, m.start)[-(3 + MAX_ATTRIBUTES) :]
    if len(words) < 3 or words[-1].lower() not in ("des", "der", "von", "vom") or not words[-2][:1].isupper():
        return False
    rest = words[:-2]
    while rest and (
        rest[-1].lower() in lexicon.DETERMINERS or rest[-1].endswith(("e", "en", "er", "es", "em"))
    ):
        if rest[-1][:1].isupper():
            return False
        rest.pop()
    return bool(rest) and rest[-1].lower() in lexicon.CONTAINER_PREPOSITIONS


def _belongs_to(text: str, number: NumberPhrase, m: Mention) -> bool:
    """ "Sechs Beratungsstellen gehören zum Netzwerk X": what is counted belongs to the name after the verb."""
    between = TOKEN.findall(text, number.end, m.start)
    return (
        len(between) >= 2
        and between[-1].lower() in ("zu", "zum", "zur")
        and any(w.lower() in lexicon.BELONGING_VERBS for w in between[:-1])
    )


def _is_passive(text: str, clause: tuple[int, int], number: NumberPhrase) -> bool:
    aux = _PASSIVE_BEFORE.search(text[clause[0] : number.start])
    if aux is None:
        return False
    return aux.group("perfect") is None or _PERFECT.search(text, number.end, clause[1]) is not None


def _is_land(m: Mention) -> bool:
    return m.type == "Place" and m.label in lexicon.LAENDER


def _is_owner(text: str, m: Mention) -> bool:
    """An entity a count can be about; "IQ" at the start of another name ("IQ Informationsstelle …") is none."""
    inside_name = m.surface == "IQ" and re.match(r"[\s-]+[A-ZÄÖÜ]", text[m.end : m.end + 3]) is not None
    return m.type in _OWNERS and not inside_name


def _case(text: str, sentence_start: int, m: Mention) -> str:
    """What stands before a name: a preposition (returned), a genitive article ("gen") or neither ("subject").
    An apposition's head noun is skipped: "beim Förderprogramm „IQ“" is after "beim"."""
    words = TOKEN.findall(text, sentence_start, m.start)[-4:]
    if words and words[-1].lower() in ("ganz", "ganzen"):
        words.pop()  # "in ganz Sachsen": the place's preposition stands before "ganz"
    closed = lexicon.DETERMINERS | lexicon.PREPOSITIONS
    if len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() not in closed:
        words.pop()
    if words and words[-1].lower() in lexicon.DETERMINERS:
        article = words.pop().lower()
        after_noun = bool(words) and words[-1][:1].isupper() and words[-1].lower() not in closed
        if article == "des" or (article == "der" and after_noun):
            return "gen"
    if words and words[-1].lower() in lexicon.PREPOSITIONS:
        return str(words[-1]).lower()
    return "subject"


def _one_of(text: str, number: NumberPhrase) -> bool:
    words = TOKEN.findall(text, max(0, number.start - 20), number.start)
    return len(words) >= 2 and words[-1] == "von" and words[-2].lower() in lexicon.ONE_OF


def _clause(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    start, end = sentence
    for brk in _CLAUSE_BREAK.finditer(text, sentence[0], sentence[1]):
        if _quoted(text, sentence[0], brk.start()) or _bracketed(text, sentence[0], brk.start()):
            continue  # 'beim Programm „Integration durch Qualifizierung – IQ“', '(Stand: Juni)': inside a name
            # or a parenthesis the clause runs on
        if brk.end() <= pos:
            start = brk.end()
        elif brk.start() >= pos:
            end = brk.start()
            break
    return start, end


_QUOTE_MARKS = frozenset('„“”"«»')


def _quoted(text: str, start: int, pos: int) -> bool:
    """Whether a position lies inside quotation marks opened since `start` (an odd number of marks before it)."""
    return sum(c in _QUOTE_MARKS for c in text[start:pos]) % 2 == 1


def _bracketed(text: str, start: int, pos: int) -> bool:
    """Whether a position lies inside parentheses opened since `start`."""
    return text.count("(", start, pos) > text.count(")", start, pos)


def _stand_ins(
    text: str,
    clause: tuple[int, int],
    mentions: list[Mention],
    network: Mention | None,
    programme: Mention | None,
) -> list[Mention]:
    """ "im Netzwerk", "im Förderprogramm": the release's main network or programme, where no name is there."""
    out = []
    for type_, pattern in _STAND_INS:
        entity = network if type_ == "StateNetwork" else programme
        if entity is None:
            continue
        for match in pattern.finditer(text, clause[0], clause[1]):
            if _some_other(text, clause, match.start(), match.end()) or any(
                m.start <= match.start() < m.end for m in mentions
            ):
                continue
            out.append(
                Mention(
                    match.start(), match.end(), type_, entity.key, entity.label, match.group(), generic=True
                )
            )
    return out


def _some_other(text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """ "ein Netzwerk von 30 Betrieben", "das Netzwerk der Kammern": a stand-in noun that is some other one."""
    words = TOKEN.findall(text, clause[0], start)
    while words and words[-1][:1].islower() and words[-1].lower() not in lexicon.INDEFINITE_DETERMINERS:
        if not words[-1].endswith(("e", "en", "er", "es", "em")):  # an attribute ("ein regionales Netzwerk")
            break
        words.pop()
    indefinite = bool(words) and words[-1].lower() in lexicon.INDEFINITE_DETERMINERS
    return indefinite or _OTHER_OF.match(text, end) is not None


_PASSIVE_AUXILIARY = re.compile(r"\b(?:wurden?|werden|wird|worden)\b")
# "2.000 Menschen haben sich vom Netzwerk beraten lassen": a reflexive "lassen" is a passive too.
_REFLEXIVE_LASSEN = re.compile(
    r"\bsich\b.*\b(?:lassen|ließen|ließ|lässt|gelassen)\b|\b(?:lassen|ließen|ließ|lässt)\s+sich\b"
)


def _passive_voice(text: str, clause: tuple[int, int]) -> bool:
    return (
        _PASSIVE_AUXILIARY.search(text, clause[0], clause[1]) is not None
        or _REFLEXIVE_LASSEN.search(text, clause[0], clause[1]) is not None
    )


def _head_genitive(text: str, clause: tuple[int, int], m: Mention) -> bool:
    """ "Die Beratungsstellen des Netzwerks X berieten 1.200 Personen": the owner is the genitive attribute of
    the noun phrase that opens the clause, or of the subject right after the finite verb when something else
    stands first ("2022 berieten die Beratungsstellen des Netzwerks X 1.200 Personen")."""
    words = TOKEN.findall(text, clause[0], m.start)
    if len(words) < 3 or words[-1].lower() not in ("des", "der"):
        return False
    opening = _opening_phrase(words[:-1])
    if opening is None:
        return False
    middle = opening[1:]
    return (
        len(middle) <= 1 + MAX_ATTRIBUTES
        and middle[-1][:1].isupper()
        and all(_is_attribute(w) for w in middle[:-1])
    )


def _is_attribute(word: str) -> bool:
    """An adjective, a participle or a number before a noun: "regionalen", "elf", "40"."""
    low = word.lower()
    inflected = word[:1].islower() and word.endswith(("e", "en", "er", "es", "em"))
    return inflected or low in lexicon.GERMAN_NUMBER_WORDS or word.isdigit()


def _opening_phrase(words: list[str]) -> list[str] | None:
    """The noun phrase, from its article, that is the clause's subject: the words from the article on, when that
    article opens the clause or follows its finite verb, a lower-case word after a fronted year or adverbial
    ("In den letzten Jahren berieten die …"); an article inside a prepositional phrase ("Im Rahmen der …",
    "… wurden in den …") follows a noun or a preposition."""
    if words[0].lower() in lexicon.DETERMINERS:
        return words
    for at in range(2, min(len(words), MAX_FRONTED + 2)):
        verb = words[at - 1]
        if words[at].lower() in lexicon.DETERMINERS and _is_finite_verb(verb):
            return words[at:]
    return None


def _is_finite_verb(word: str) -> bool:
    """A lower-case word that is no preposition or article: before an article, the finite verb."""
    return word[:1].islower() and word.lower() not in lexicon.PREPOSITIONS | lexicon.DETERMINERS
