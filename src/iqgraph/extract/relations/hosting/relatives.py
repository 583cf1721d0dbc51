"""A carrier named in a relative clause, an apposition or an attribute: the carrier as antecedent ("die Y GmbH, die
das IQ Netzwerk X koordiniert"), the unit as antecedent ("das Projekt „X“, das die Y gGmbH umsetzt"), a participle
before its agent ("das Projekt X, umgesetzt von der Y, berät …"), a participle attribute ("die bei der Y gGmbH
angesiedelte Anlaufstelle X") and the coordinator's role in apposition ("Die Y gGmbH, Koordinatorin des IQ
Netzwerks X, lädt ein"): X hostedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention
from ..actors import CARRIERS, COORDINATED, MAIN_CLAUSE_AFTER_COMMA, RelationFinding, actors
from .words import AGENT_NEXT, SUBJECT_AFTER_VERB

# The coordinator's role in apposition right after the body (a person in apposition has this role too: the body
# must end right before the comma): "Die X gGmbH, Koordinatorin des IQ Netzwerks Y, lädt ein", "Die X gGmbH
# (Koordination des IQ Netzwerks Y) lädt ein".
_COORDINATOR_APPOSITION = re.compile(
    r"(?:,|\()\s*(?:(?:die|der)\s+)?(?:Gesamt|Netzwerk|Landes)?"
    r"(?:[Kk]oordinator(?:in)?|[Kk]oordin(?:ation|ierung)|Koordinierungsstelle)\s+(?:des|der)\s"
)
_NETWORK_NEXT = 12  # characters from the role's article to the network: "IQ Netzwerks" starts the name itself

# The participle before its agent: "X wird getragen von der Y", "das Projekt X, umgesetzt von der Y, berät …".
_PARTICIPLE_THEN_AGENT = re.compile(
    r"\b(?:getragen|durchgeführt|umgesetzt|koordiniert|betrieben|verantwortet)\s+(?:von|vom|durch)\b"
    r"|\bangesiedelt\s+(?:bei|beim|an)\b"
)
_APPOSITION_COMMA = re.compile(r",\s*$")


def coordinator_in_apposition(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for cue in _COORDINATOR_APPOSITION.finditer(text, *sentence):
        body = next(reversed(actors(ms, sentence[0], cue.start())), None)
        network = next(iter(actors(ms, cue.end(), cue.end() + _NETWORK_NEXT, COORDINATED)), None)
        if body is None or network is None or body.type not in CARRIERS:
            continue
        if _CLOSING_WORD.fullmatch(text, body.end, cue.start()) and network.type == "StateNetwork":
            yield RelationFinding(network, "hostedBy", body)


_ANTECEDENT_GAP = 2  # characters between the unit's name and the comma: a closing quotation mark


def unit_before_comma(ms: list[Mention], sentence_start: int, comma: int) -> list[Mention]:
    return [
        m for m in actors(ms, sentence_start, comma, COORDINATED) if 0 <= comma - m.end <= _ANTECEDENT_GAP
    ][-1:]


# A coordination office before the genitive of its network or programme, a feminine relative pronoun after them: "die
# Landeskoordinierung des Förderprogramms IQ, die bei der Y angesiedelt ist" (the office's "die", not the network's
# "das"); the clause may stand after the participle closing the main clause ("… des IQ Netzwerks X ausgerichtet, die …").
_FEMININE_RELATIVE = re.compile(r",\s+die\s")
_OFFICE_S_GENITIVE = re.compile(r"\s+(?:des|der)\s+(?:(?:Förder|Bundes)?[Pp]rogramms?\s+)?[„\"»]?$")
_GENITIVE_REACH = 30  # characters from the office to its network or programme: "des Förderprogramms „"
_OWNERS = frozenset({"StateNetwork", "Programme"})


def office_before_its_genitive(
    text: str, ms: list[Mention], sentence_start: int, comma: int
) -> list[Mention]:
    owners = actors(ms, sentence_start, comma, _OWNERS)
    if not owners or not _FEMININE_RELATIVE.match(text, comma):
        return []
    owner = max(owners, key=lambda m: m.start)
    if not (comma - owner.end <= _ANTECEDENT_GAP or _CLOSING_WORD.fullmatch(text, owner.end, comma)):
        return []
    return [
        m
        for m in actors(ms, sentence_start, owner.start, frozenset({"CoordinationOffice"}))
        if owner.start - m.end <= _GENITIVE_REACH and _OFFICE_S_GENITIVE.fullmatch(text, m.end, owner.start)
    ][:1]


# The unit as antecedent, its carrier the subject of a relative clause with the verb last: "das Projekt „X“, das
# die Y gGmbH umsetzt", "die Anlaufstelle X, die der Verein Y betreibt".
# The clause runs to its verb within the sentence, so a full stop inside it is an abbreviation's ("der Verein Y e. V.
# betreibt"), not the sentence's end.
_CLAUSE_CHAR = r"(?:[^,.;]|\.(?=\s*\S))"
_RELATIVE_CARRYING = re.compile(
    rf",\s+(?:das|die|der|welche[sr]?)\s+(?P<clause>{_CLAUSE_CHAR}{{0,100}}?)\s"
    r"(?:umsetzt|umsetzte|durchführt|durchführte|trägt|trug|betreibt|betrieb|koordiniert|koordinierte|verantwortet"
    # the perfect, also in reported speech: "…, das die Y von 2019 bis 2022 durchgeführt hat / habe"
    r"|(?:umgesetzt|durchgeführt|getragen|betrieben|koordiniert|verantwortet)\s+(?:hat|habe|hatte|hätte))\b"
)


# The relative clause put after the particle that closes the main clause: "… arbeitet eng mit der Fachstelle X
# zusammen, die die Y betreibt" (a small word, no name, between the unit and the comma).
_CLOSING_PARTICLE = re.compile(r"[“”\"«»]?\s+(?:zusammen|an|auf|mit|vor|ein|bei|teil|statt)\s*")


def unit_before_a_particle(text: str, ms: list[Mention], sentence_start: int, comma: int) -> list[Mention]:
    before = actors(ms, sentence_start, comma, COORDINATED)
    return before[-1:] if before and _CLOSING_PARTICLE.fullmatch(text, before[-1].end, comma) else []


def relative_carriers(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    for clause in _RELATIVE_CARRYING.finditer(text, *sentence):
        if MAIN_CLAUSE_AFTER_COMMA.match(text, clause.start()):
            continue  # "…, das Projekt „X“ trägt die Stadt Y": an article opening a main clause
        unit = unit_before_comma(ms, sentence[0], clause.start()) or unit_before_a_particle(
            text, ms, sentence[0], clause.start()
        )
        carrier = next(iter(actors(ms, clause.start("clause"), clause.end("clause"))), None)
        subject = carrier is not None and SUBJECT_AFTER_VERB.fullmatch(
            text, clause.start("clause") - 1, carrier.start
        )
        if unit and carrier is not None and carrier.type in CARRIERS and subject:
            yield RelationFinding(unit[0], "hostedBy", carrier)


def agents_after_participles(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    """The carried unit is the subject (the first named in the sentence) or, where the participle opens an
    apposition, the unit right before its comma."""
    for cue in _PARTICIPLE_THEN_AGENT.finditer(text, *sentence):
        host = next(iter(actors(ms, cue.end(), cue.end() + AGENT_NEXT)), None)
        carried = actors(ms, sentence[0], cue.start(), COORDINATED)
        if host is None or host.type not in CARRIERS or not carried:
            continue
        in_apposition = _APPOSITION_COMMA.search(text, sentence[0], cue.start())
        # the nearest by place: an office ("TP 1: Koordination, getragen von …") stands last among the mentions
        nearest = max(carried, key=lambda m: m.start)
        yield RelationFinding(nearest if in_apposition else carried[0], "hostedBy", host)


# The carrier inside a participle phrase before the unit's head: "die bei der Y gGmbH angesiedelte Anlaufstelle X",
# "das von der Y getragene Projekt „X“", "das unter dem Dach der Y arbeitende Welcome Center", "im vom Verein Y
# getragenen Projekt X", "ein bei der Y angesiedeltes Projekt X".
_ATTRIBUTE_OPENING = re.compile(
    # (or an article joined to a preposition or an indefinite one: "im vom Verein Y getragenen Projekt X")
    r"(?<![\w-])(?:[Dd]ie|[Dd]er|[Dd]as|den|dem|des|[Ii]m|[Bb]eim|[Zz]um|[Zz]ur|[Vv]om|[Ee]in(?:e|em|er|es)?)\s+"
    r"(?:bei|beim|von|vom|durch|unter\s+dem\s+Dach\s+(?:von|der|des))\s+(?:(?:der|dem|den)\s+)?"
)
_ATTRIBUTE_PARTICIPLE = re.compile(
    r"\s+(?:\w+\s+)?(?:angesiedelt|getragen|durchgeführt|umgesetzt|koordiniert|betrieben|verantwortet"
    r"|arbeitend|agierend|tätig)(?:e|en|er|es|em)\s+"
)
_PARTICIPLE_TO_UNIT = (
    40  # characters from the participle to the unit: a head noun and an opening quotation mark
)


def carriers_in_attributes(
    text: str, sentence: tuple[int, int], ms: list[Mention]
) -> Iterator[RelationFinding]:
    for opening in _ATTRIBUTE_OPENING.finditer(text, *sentence):
        host = next(iter(actors(ms, opening.end(), opening.end() + 1)), None)
        participle = _ATTRIBUTE_PARTICIPLE.match(text, host.end) if host is not None else None
        if host is None or host.type not in CARRIERS or participle is None:
            continue
        unit = next(
            iter(actors(ms, participle.start(), participle.end() + _PARTICIPLE_TO_UNIT, COORDINATED)), None
        )
        if unit is not None:
            yield RelationFinding(unit, "hostedBy", host)


# Relative clauses whose antecedent is the host: "die X GmbH, die das IQ Netzwerk Y koordiniert",
# "der Verein X, bei dem die Koordination des Netzwerks angesiedelt ist".
_RELATIVE_HOST = re.compile(
    r",\s+(?:(?:bei|an|in|unter)\s+(?:dem|der|denen|deren)|die|der|das|welche[rs]?)\s+"
    rf"(?P<clause>{_CLAUSE_CHAR}{{0,100}}?)"
    r"\b(?:koordiniert|koordinierte|koordinieren|trägt|trug|tragen|angesiedelt|betreut|betreibt"
    r"|umsetzt|umsetzte|durchführt|durchführte|anbietet|anbot)\b"  # "die Y gGmbH, die das Projekt X umsetzt"
)
# or the carrier noun as the clause's predicate: "der Verein X, der seit 2017 Träger des Projekts Y ist", "die Y
# gGmbH, die neue Trägerin von Z wurde"
_RELATIVE_CARRIER_NOUN = re.compile(
    r",\s+(?:die|der|welche[rs]?)\s+(?P<clause>[^,.;]{0,60}?\b(?:Projekt)?Träger(?:in)?\s+(?:des|der|von|vom|für)\s"
    r"[^,.;]{0,80}?)\s(?:ist|war|wird|wurde|bleibt|blieb)\b"
)
_ANTECEDENT_GAP = 2  # the antecedent ends right before the comma
# or before the particle or participle that closes the main clause, with the relative clause put after it: "die
# Tagung fand beim Verein X statt, bei dem die Koordination angesiedelt ist"; a parenthesis may come between:
# "der Verein X (www.x.de), der …"
_CLOSING_WORD = re.compile(r"\s*(?:\([^()]{1,40}\))?(?:\s+[a-zäöüß]+)?\s*")
# A unit governed by a preposition in the clause is where the carrying happens, not what is carried: "die Y gGmbH,
# die im IQ Netzwerk X die Beratung trägt" (the carrier is a member of X, not its host), unless the thing carried
# there is the coordination ("die die Koordination im Netzwerk X trägt").
_PLACE_PREPOSITION = re.compile(r"\b(?:im|in\s+dem|innerhalb\s+des)\s+$")
_PREPOSITION_REACH = 16  # characters before a unit's name: the preposition and its article


def find_relative_hosts(
    text: str, sentence: tuple[int, int], ms: list[Mention], earlier: Mention | None
) -> Iterator[RelationFinding]:
    for match in (
        *_RELATIVE_HOST.finditer(text, *sentence),
        *_RELATIVE_CARRIER_NOUN.finditer(text, *sentence),
    ):
        if MAIN_CLAUSE_AFTER_COMMA.match(text, match.start()):
            continue  # "…, das Projekt ist beim Verein Y angesiedelt": an article, no relative pronoun
        host = next(
            (
                m
                for m in reversed(actors(ms, sentence[0], match.start()))
                if match.start() - m.end < _ANTECEDENT_GAP
                or _CLOSING_WORD.fullmatch(text, m.end, match.start())
            ),
            None,
        )
        if host is None or host.type not in CARRIERS:
            continue
        clause = match.start("clause"), match.end("clause")
        hosted = [
            m
            for m in actors(ms, *clause, COORDINATED)
            if "Koordin" in text[clause[0] : clause[1]]
            or not _PLACE_PREPOSITION.search(text, max(clause[0], m.start - _PREPOSITION_REACH), m.start)
        ]
        if not hosted and earlier is not None and "Koordination" in text[clause[0] : clause[1]]:
            hosted = [earlier]  # "…, bei dem die Koordination angesiedelt ist": the network spoken of
        if hosted:
            yield RelationFinding(hosted[0], "hostedBy", host)
