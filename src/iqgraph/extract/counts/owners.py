"""The owners a count may be about where the clause names or stands in for them, and what contains the count.

    OWNER := a state network, the programme, a subproject or a coordination office ("IQ" opening another name is
             none)
    STAND-IN := "im Netzwerk", "im Förderprogramm": the release's main network or programme ("ein Netzwerk von 30
             Betrieben", "das Netzwerk der Kammern" are some other one)
    CONTAINER := "im Netzwerk arbeiten 29 Institutionen", "39 Beispiele im Förderprogramm", "Sechs
             Beratungsstellen gehören zum Netzwerk X", "in Bayern wurden 2500 Anträge gestellt"; for money also
             the beneficiary: "für das Netzwerk wurden 50.000 Euro bewilligt"

A Land contains a count only named before it ("in Bayern wurden …").
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from .clauses import CountScope, case_of
from .numbers import IN_THE_SENTENCE, MAX_ATTRIBUTES, TOKEN, NumberPhrase

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
OTHER_OF = re.compile(r"\s+(?:des|der)\s")
OWNERS = frozenset({"StateNetwork", "Programme", "Subproject", "CoordinationOffice"})
MAX_VERB_WORDS = 3  # a finite verb, "sich" and an adverb between a counted subject and where it is placed


def containers_of(
    scope: CountScope, owners: list[Mention], number: NumberPhrase, clause: tuple[int, int]
) -> list[Mention]:
    """Names after "in"/"im" (for money also "für") before the number, or right after the counted noun
    ("39 Beispiele im Förderprogramm"); a Land only before it ("in Bayern wurden 2500 Anträge gestellt")."""
    text, start = scope.text, scope.sentence[0]
    wanted = lexicon.CONTAINER_PREPOSITIONS | (
        lexicon.BENEFICIARY_PREPOSITIONS if number.money else frozenset()
    )
    lands = [m for m in scope.within((clause[0], number.start)) if is_land(m)] + _land_stand_ins(
        scope, clause, number
    )
    # "Schon über 900 Anträge sind allein in Hessen eingegangen": after the number only where the verb places
    # the counted subject there
    lands += [
        m
        for m in scope.within((number.end, clause[1]))
        if is_land(m) and _placed_by_verb(text, clause, number, m)
    ]
    placed = [
        m
        for m in owners + lands
        if case_of(text, start, m) in wanted
        and (
            m.start < number.start
            or _ADJACENT.fullmatch(text, number.end, m.start)
            or (number.money and _MONEY_TO.fullmatch(text, number.end, m.start) is not None)
            or _belongs_to(text, number, m)
            or _placed_by_verb(text, clause, number, m)
        )
    ]
    held = [
        m
        for m in owners
        if _by_its_verb(text, start, clause, m)
        or _by_way_of(text, clause, number, m)
        or _used_its_offer(text, start, clause, number, m)
    ]
    return placed + held + [m for m in owners if m.start < number.start and _of_a_container(text, clause, m)]


def whole_container(
    text: str, sentence_start: int, owners: list[Mention], number: NumberPhrase
) -> Mention | None:
    """The owner right after the counted noun behind "in"/"im"/"zum" ("acht Projekte im Netzwerk X") or before
    the number behind "in"/"im" ("Im Netzwerk X ist es eines von acht Projekten")."""
    after = next((m for m in owners if _ADJACENT.fullmatch(text, number.end, m.start)), None)
    before = [
        m
        for m in owners
        if m.start < number.start and case_of(text, sentence_start, m) in lexicon.CONTAINER_PREPOSITIONS
    ]
    return after or (before[-1] if before else None)


# Verbs that make a name after "an" or "auf" hold what is counted: "An dem Projekt X nehmen 45 Ärztinnen teil",
# "Auf das Netzwerk X entfallen 8,2 Millionen Euro".
_TAKING_PART = re.compile(rf"\b(?:nehmen|nahmen|nimmt|nahm)\b{IN_THE_SENTENCE}\bteil\b|\bteilgenommen\b")
_FALLING_TO = re.compile(r"\b(?:entfallen|entfielen|entfällt|entfiel)\b")
# "2.100 Ratsuchende wandten sich an das Netzwerk X": the clients of whom they turned to.
_TURNING_TO = re.compile(
    rf"\b(?:wenden|wandten|wendeten|wandte|wendete|wendet)\s+sich\b|\bsich\b{IN_THE_SENTENCE}\bgewandt\b"
)
# "Beim Netzwerk X ließen sich 2.100 Menschen beraten": the clients of whom they were advised by.
# "… holten sich 900 Betriebe Rat beim Netzwerk X": advice sought there is the same.
_ADVISED_AT = re.compile(
    rf"\b(?:ließen|lassen|ließ|lässt)\s+sich\b{IN_THE_SENTENCE}\bberaten\b"
    rf"|\b(?:holten|holen|holte|holt|suchten|suchen|suchte|sucht)\s+sich\b{IN_THE_SENTENCE}\bRat\b"
    rf"|\bsich\b{IN_THE_SENTENCE}\bRat\b{IN_THE_SENTENCE}\b(?:geholt|gesucht|eingeholt)\b"
)


def _by_its_verb(text: str, sentence_start: int, clause: tuple[int, int], m: Mention) -> bool:
    """ "An dem Projekt X nehmen 45 Ärztinnen teil": the participants of what they take part in; "Auf das Netzwerk X
    entfallen 8,2 Millionen Euro": the share of what it falls to; "… wandten sich an das Netzwerk X", "Beim Netzwerk
    X ließen sich … beraten": the clients of whom they turned to or were advised by."""
    case = case_of(text, sentence_start, m)
    if case in ("an", "am"):
        return any(cue.search(text, clause[0], clause[1]) for cue in (_TAKING_PART, _TURNING_TO))
    if case in ("bei", "beim"):
        return _ADVISED_AT.search(text, clause[0], clause[1]) is not None
    return case == "auf" and _FALLING_TO.search(text, clause[0], clause[1]) is not None


# "über das Projekt X", "dank des Netzwerks X", "mit Hilfe des Projekts X": the owner by whose work something came
# about ("über dem" is a place, "über 300" a qualifier: neither is this).
_BY_WAY_OF = re.compile(
    r"(?:\b(?P<via>[Üü]ber)\s+(?:das|den|die)|\b[Dd]ank\s+(?:des|der|dem)|\b[Mm]it\s+Hilfe\s+(?:des|der))\s+$"
)
_BY_WAY_OF_WINDOW = 20  # characters back from a name to its preposition and article
# "über" is "by way of" only with a verb of finding or placing someone ("über das Projekt eine Stelle gefunden"),
# not of speaking ("sprach über das Projekt")
_FOUND_BY_WAY_OF = re.compile(
    r"\b(?:gefunden|fanden|fand|finden|vermittelt|erreicht|erreichten|gewonnen|gewannen|eingestellt|begleitet)\b"
)


def _by_way_of(text: str, clause: tuple[int, int], number: NumberPhrase, m: Mention) -> bool:
    """ "Fast 70 Pflegekräfte haben über das Projekt X eine Stelle gefunden": people's figure (not money) reached by
    way of a network or project."""
    if number.money or m.type not in ("StateNetwork", "Subproject"):
        return False
    way = _BY_WAY_OF.search(text, max(0, m.start - _BY_WAY_OF_WINDOW), m.start)
    if way is None:
        return False
    return way.group("via") is None or _FOUND_BY_WAY_OF.search(text, clause[0], clause[1]) is not None


# Using what a unit offers: "… haben die Beratung des Netzwerks X genutzt", "nahmen das Angebot des Projekts X in
# Anspruch"
_USING = re.compile(r"\b(?:nutzen|nutzten|nutzte|genutzt|nutzt)\b|\bin\s+Anspruch\b")


def _used_its_offer(
    text: str, sentence_start: int, clause: tuple[int, int], number: NumberPhrase, m: Mention
) -> bool:
    """ "Mehr als 20.000 Menschen haben die Beratung des Netzwerks X genutzt": the counted noun opens the clause as
    its subject, a verb of using has as its object a noun whose genitive attribute is the owner: its clients."""
    if text[clause[0] : number.start].strip() or m.start < number.end:
        return False
    if case_of(text, sentence_start, m) != "gen":
        return False
    offer = _OFFER_BEFORE_ARTICLE.search(text, clause[0], m.start)
    if offer is None or not offer.group("noun").lower().endswith(lexicon.OFFER_NOUN_ENDINGS):
        return False
    return _USING.search(text, clause[0], clause[1]) is not None


# the object's noun and the genitive article right before the owner's name: "die Beratung des "
_OFFER_BEFORE_ARTICLE = re.compile(
    r"\b(?:die|das|den)\s+(?:[a-zäöüß]\w*\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*)\s+(?:des|der)\s+$"
)


def _placed_by_verb(text: str, clause: tuple[int, int], number: NumberPhrase, m: Mention) -> bool:
    """ "Über 40 Partner arbeiten im Netzwerk X zusammen", "30 Vereine aus der Region engagieren sich im Netzwerk X":
    the counted noun opens the clause as its subject, its verb places it in the name after it."""
    if not _opens_the_clause(text, clause, number):
        return False  # something else opens the clause: the counted noun may be its object
    between = _without_origin(TOKEN.findall(_TIME_PHRASE.sub(" ", text[number.end : m.start])))
    while between and between[-1].lower() in lexicon.DETERMINERS:
        between.pop()
    verb_words = [w for w in between[:-1] if not _YEAR.fullmatch(w)]  # "ließen sich 2030 in …"
    return (
        bool(between)
        and between[-1].lower() in lexicon.CONTAINER_PREPOSITIONS
        and 1 <= len(verb_words) <= MAX_VERB_WORDS
        and all(w[:1].islower() and w.lower() not in lexicon.PREPOSITIONS for w in verb_words)
    )


# A time phrase in the middle field between the verb and the place: "gingen im vergangenen Jahr in Hessen ein"
_TIME_PHRASE = re.compile(
    r"\b(?:im|seit|bis)\s+(?:(?:dem|den)\s+)?(?:[a-zäöü]+en\s+)?(?:Jahr|Jahren|Monat|Monaten|Zeitraum|Förderzeitraum)\b"
)
# Focus particles that stand in the opening place with the counted noun: "Schon über 900 Anträge sind …"
_FOCUS_PARTICLES = frozenset({"schon", "bereits", "allein", "alleine", "insgesamt", "nur", "fast", "gut"})


def _opens_the_clause(text: str, clause: tuple[int, int], number: NumberPhrase) -> bool:
    """Whether the number phrase opens its clause, a focus particle aside ("Bereits 300 Betriebe …")."""
    return all(w.lower() in _FOCUS_PARTICLES for w in TOKEN.findall(text, clause[0], number.start))


_YEAR = re.compile(r"(?:19|20)\d\d")
_ORIGIN_WORDS = frozenset({"und", "sowie", "oder"}) | lexicon.DETERMINERS


def _without_origin(words: list[str]) -> list[str]:
    """The words after a counted noun without its attribute of origin: "30 Partner aus Wirtschaft, Verwaltung und
    Zivilgesellschaft sind im Netzwerk X aktiv" -> "sind im …"."""
    if not words or words[0] not in ("aus", "von"):
        return words
    rest = words[1:]
    while rest and (rest[0][:1].isupper() or rest[0] in _ORIGIN_WORDS):
        rest = rest[1:]
    return rest if len(rest) < len(words) - 1 else words


_NUMBER_WORD = re.compile(r"\d[\d.]*")
_NAME_BEFORE_GENITIVE = re.compile(r"[“”\"«»]\s+(?:des|der|von|vom)\s+(?:[\w-]+\s+){0,2}$")


def _of_a_container(text: str, clause: tuple[int, int], m: Mention) -> bool:
    """ "In den Anlaufstellen des Netzwerks X wurden 2.000 Menschen beraten": the owner is the genitive attribute
    of a container ("in den Anlaufstellen"), or of what people turned to, took part in or were advised at ("An die
    Beratungsstellen des Netzwerks X wandten sich 900 Ratsuchende")."""
    sentence_start = clause[0]
    words = TOKEN.findall(text, sentence_start, m.start)[-(3 + MAX_ATTRIBUTES) :]
    if len(words) < 3 or words[-1].lower() not in ("des", "der", "von", "vom") or not words[-2][:1].isupper():
        return False
    if words[-2].lower().endswith(lexicon.EVENT_HEADS) or _NAME_BEFORE_GENITIVE.search(
        text, sentence_start, m.start
    ):
        return (
            False  # "zum Fachtag des Netzwerks X", "zum Fachtag „Wege in Arbeit“ des …": an event's, not X's
        )
    rest = words[:-2]
    while rest and (
        rest[-1].lower() in lexicon.DETERMINERS
        or rest[-1].endswith(("e", "en", "er", "es", "em"))
        or _NUMBER_WORD.fullmatch(rest[-1])  # "in den 14 Beratungsstellen des Netzwerks X"
        or rest[-1].lower() in lexicon.GERMAN_NUMBER_WORDS
    ):
        if rest[-1][:1].isupper():
            return False
        rest.pop()
    if not rest:
        return False
    if rest[-1].lower() in ("an", "am", "bei", "beim"):
        return any(
            cue.search(text, clause[0], clause[1])
            for cue in (_TAKING_PART, _TURNING_TO, _ADVISED_AT, _SIGNED_UP)
        )
    return rest[-1].lower() in lexicon.CONTAINER_PREPOSITIONS


# "Bei den Beratungsstellen des Netzwerks X meldeten sich 900 Ratsuchende": those who came forward there
_SIGNED_UP = re.compile(r"\b(?:meldeten|melden|meldete|meldet)\s+sich\b|\bsich\b[^.;\n]*?\bgemeldet\b")


def _belongs_to(text: str, number: NumberPhrase, m: Mention) -> bool:
    """ "Sechs Beratungsstellen gehören zum Netzwerk X": what is counted belongs to the name after the verb."""
    between = TOKEN.findall(text, number.end, m.start)
    return (
        len(between) >= 2
        and between[-1].lower() in ("zu", "zum", "zur")
        and any(w.lower() in lexicon.BELONGING_VERBS for w in between[:-1])
    )


def is_land(m: Mention) -> bool:
    return m.type == "Place" and m.label in lexicon.LAENDER


def is_owner(text: str, m: Mention) -> bool:
    """An entity a count can be about; "IQ" at the start of another name ("IQ Informationsstelle …") is none."""
    inside_name = m.surface == "IQ" and re.match(r"[\s-]+[A-ZÄÖÜ]", text[m.end : m.end + 3]) is not None
    return m.type in OWNERS and not inside_name and _SOURCE_AFTER.match(text, m.end) is None


# "Dem Netzwerk X zufolge …": a name the text quotes as its source, in the dative, no subject of the clause.
_SOURCE_AFTER = re.compile(r"[“”\"]?\s+zufolge\b")


def stand_ins_in(
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
            if some_other(text, clause, match.start(), match.end()) or any(
                m.start <= match.start() < m.end for m in mentions
            ):
                continue
            out.append(
                Mention(
                    match.start(), match.end(), type_, entity.key, entity.label, match.group(), generic=True
                )
            )
    return out


# "im Land", "im ganzen Land": the one Land the release names
_LAND_STAND_IN = re.compile(r"(?<![\w-])[Ii]m(?:\s+ganzen)?\s+(?P<noun>Land)(?![\w-])(?!\s+[A-ZÄÖÜ])")


def _land_stand_ins(scope: CountScope, clause: tuple[int, int], number: NumberPhrase) -> list[Mention]:
    """ "Derzeit gibt es im Land elf Beratungsstellen": "im Land" before the number stands for the one Land the
    release names (none where it names two)."""
    lands = {m.key: m for m in scope.mentions if is_land(m)}
    if len(lands) != 1:
        return []
    land = next(iter(lands.values()))
    return [
        Mention(
            match.start("noun"), match.end(), "Place", land.key, land.label, match.group("noun"), generic=True
        )
        for match in _LAND_STAND_IN.finditer(scope.text, clause[0], number.start)
    ]


def some_other(text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """ "ein Netzwerk von 30 Betrieben", "das Netzwerk der Kammern": a stand-in noun that is some other one."""
    words = TOKEN.findall(text, clause[0], start)
    while words and words[-1][:1].islower() and words[-1].lower() not in lexicon.INDEFINITE_DETERMINERS:
        if not words[-1].endswith(("e", "en", "er", "es", "em")):  # an attribute ("ein regionales Netzwerk")
            break
        words.pop()
    indefinite = bool(words) and words[-1].lower() in lexicon.INDEFINITE_DETERMINERS
    return indefinite or OTHER_OF.match(text, end) is not None


# "Dort arbeiten sechs Beraterinnen": "dort" opening the clause is the unit the sentence before names
_THERE = re.compile(r"\s*[Dd]ort\s+[a-zäöü]")
# ... or after the finite verb, before the number: "Im vergangenen Jahr wurden dort 1.200 Menschen beraten", "Bis
# 2030 haben sich dort 900 Menschen beraten lassen" (not "von dort", "dort, wo")
_THERE_IN_THE_MIDDLE = re.compile(r"(?<![\w-])(?<![Vv]on\s)(?<![Nn]ach\s)dort\s+(?!wo\b)")


def there_container(
    scope: CountScope, clause: tuple[int, int], owners: list[Mention], number: NumberPhrase
) -> list[Mention]:
    """The one owner the sentence before names (by its name, or by a noun standing for a unit the release names:
    "Die Beratungsstelle wird vom Land gefördert"), where "dort" opens a clause that names none or stands before
    its number; not where that sentence names a person ("dort" may be her workplace)."""
    text = scope.text
    if owners or scope.previous is None:
        return []
    there = _THERE.match(text, clause[0]) or _THERE_IN_THE_MIDDLE.search(text, clause[0], number.start)
    if there is None:
        return []
    previous = scope.within(scope.previous)
    if any(m.type == "Person" for m in previous):
        return []
    if there.start() > clause[0] + 1 and any(m.type == "Place" for m in previous):
        return []  # "Das Netzwerk X hat seinen Sitz in Erfurt. 2030 wurden dort …": the town's
    names = {m.key for m in scope.mentions if not m.generic} | (
        {scope.own_unit.key} if scope.own_unit else set()
    )
    named = {m.key: m for m in previous if m.type in OWNERS and (not m.generic or m.key in names)}
    return list(named.values()) if len(named) == 1 else []


def network_of_its_land(scope: CountScope, container: Mention, number: NumberPhrase) -> Mention | None:
    """ "In Hessen arbeiten 21 Teilprojekte": subprojects in the Land of the release's network are that network's."""
    network = scope.network
    if network is None or not is_land(container) or number.money:
        return None
    subprojects = number.head.lower().startswith(lexicon.SUBPROJECT_COUNT_STEMS)
    return network if subprojects and container.label in network.label.split() else None
