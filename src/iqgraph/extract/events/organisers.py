"""Who holds an event: the cue phrases in its sentences, "auf Einladung des Vereins X", "veranstaltet von
der Stadt Y", "X und Y hatten eingeladen" (both), "Petra Beispiel vom Verein X lud ein" (the person, not
her body).
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from ..text.alternation import longest_first
from ..text.spans import ByStart
from .nouns import HOST_NOUN, ORG_TYPES

# How far the participle "eingeladen" may stand from its auxiliary: a middle field with a date, a venue and the
# event ("hatte X am Dienstag, 7. Oktober 2025, zu seiner Tagung in das Haus Y in Z eingeladen").
INVITATION_BRACKET_MAX = 200
# characters from "von" to the participle of a passive ("von der Stiftung X … veranstaltet"): a ministry's or a
# Senate department's full name runs over a hundred
_AGENT_TO_PARTICIPLE = 140
_EVENT_NOUN = longest_first(lexicon.EVENT_HEADS)
_GUEST_NOUN = "|".join(lexicon.GUEST_EVENT_NOUNS)
_EVENT_PHRASE = 80  # characters of the event named in a host noun's genitive, with its date and place
_CLAUSE_REACH = 120  # characters from a verb to its separated particle at the clause's end ("führte … durch")
# Words in the middle field between "war" and a host noun ("war auch in diesem Jahr Gastgeberin"), none of them
# a preposition that makes the host another's ("war beim Gastgeber").
_MIDDLE_FIELD_WORDS = 5
_PREPOSITIONS = "beim|bei|vom|von|mit|zum|zur|für|dem|den"
# The organising verb closing a relative clause ("…, zu dem die Stiftung X eingeladen hatte").
_ORGANISING_LAST = (
    "eingeladen|geladen|ausrichtete|ausrichteten|ausgerichtet|veranstaltete|veranstalteten|veranstaltet"
    "|organisierte|organisierten|organisiert|durchführte|durchführten|durchgeführt|einlud|einluden"
)
_CO_ORGANISER_REACH = 100  # characters from "gemeinsam mit" to the participle that makes it organising
# The organising named by its noun, the organiser after it: "Die Organisation lag beim Verein X", "Die Ausrichtung des
# Fachtags lag in den Händen der Stiftung Y", "Federführend war die Kammer Z" (not "Die Beratung lag bei": a service).
ORGANISATION_LAY_WITH = re.compile(
    r"\b(?:Organisation|Ausrichtung|Federführung|Gesamtorganisation)\b[^;\n,]{0,60}?\b(?:lag|liegt|lagen)\s+"
    r"(?:bei|beim|in\s+den\s+Händen)\b|\b[Ff]ederführend\s+(?:war|waren)\b"
)
# ... and the organiser before its noun: "Die Stiftung X zeichnete für die Organisation verantwortlich", "Der Verein Y
# war für die Ausrichtung zuständig", "Die Kammer Z übernahm die Organisation".
IN_CHARGE_OF_ORGANISING = re.compile(
    r"\b(?:zeichnete|zeichneten|war|waren|ist|sind)\s+(?:[\w-]+\s+){0,2}?für\s+die\s+"
    r"(?:Organisation|Ausrichtung|Durchführung)\b[^;\n]{0,40}?\b(?:verantwortlich|zuständig)\b"
    r"|\b(?:übernahm|übernahmen)\s+(?:[\w-]+\s+){0,2}?die\s+(?:Organisation|Ausrichtung)\b"
)
# Organisers: (cue, where the organiser stands: "after" the cue, "before" it, or as the "subject" right after it).
_ORGANISER_CUES = (
    # The participle with its agent, also fronted: "Veranstaltet vom Verein X fand … statt"
    (
        re.compile(
            r"\b(?:[Vv]eranstaltet|[Oo]rganisiert|[Aa]usgerichtet|[Dd]urchgeführt)\s+(?:von|vom|durch)\b"
        ),
        "after",
    ),
    # The passive with its agent before the participle: "Der Fachtag wurde am 3. Mai von der Stiftung X durchgeführt".
    (
        re.compile(
            r"\b(?:wurde|wurden|wird|werden)\b[^;\n]{0,60}?\b(?:von|vom|durch)\b"
            rf"(?=[^;\n]{{0,{_AGENT_TO_PARTICIPLE}}}?\b(?:veranstaltet|organisiert|ausgerichtet|durchgeführt)\b)"
        ),
        "after",
    ),
    (re.compile(r"\b(?:[Aa]uf|[Nn]ach)\s+Einladung\s+(?:von|des|der|vom)\b"), "after"),
    # Who took the initiative held it: "fand auf Initiative des Vereins X statt".
    (re.compile(r"\b[Aa]uf\s+Initiative\s+(?:von|des|der|vom)\b"), "after"),
    (re.compile(r"\bEinladung\s+(?:des|der)\b"), "after"),
    (
        re.compile(rf"\b{HOST_NOUN}\s+(?:war|ist|waren|sind)\b"),
        "after",
    ),
    # An invitation's field naming its host: "Veranstalter: Verein X", "Gastgeberin: Stiftung Y".
    (re.compile(rf"\b{HOST_NOUN}\s*:"), "after"),
    # The host noun with the event in its genitive: "Gastgeber der Tagung am 3. Mai in Kassel war die Stiftung X".
    (
        re.compile(
            rf"\b{HOST_NOUN}\s+(?:des|der)\s+"
            rf"[^;\n]{{0,{_EVENT_PHRASE}}}?\s(?:war|ist|waren|sind)\b"
        ),
        "after",
    ),
    (
        re.compile(r"\b(?:Organisiert|Veranstaltet|Ausgerichtet|Eingeladen)\s+(?:hat|haben|hatte|hatten)\b"),
        "after",
    ),
    # The passive with the participle first: "Ausgerichtet wurde der Kongress von der Stiftung X", also opening a
    # clause after a semicolon or "und": "…; ausgerichtet wurde sie vom Verein Y".
    (
        re.compile(
            r"(?:\b(?:Organisiert|Veranstaltet|Ausgerichtet|Durchgeführt)|(?:(?<=[;:]\s)|(?<=\bund\s))"
            r"(?:organisiert|veranstaltet|ausgerichtet|durchgeführt))\s+(?:wurde|wurden|wird|werden)\b[^;\n]{0,60}?"
            r"\b(?:von|vom|durch)\b"
        ),
        "after",
    ),
    (
        re.compile(
            r"\b(?:veranstaltete|veranstalteten|veranstaltet|organisierte|organisierten|organisiert"
            r"|empfing|empfängt|lädt|laden|lud|luden|richtet|richten|richtete|richteten)\b"
            r"(?!\s+(?:von|vom|durch|sich)\b)"  # "richtete sich an": whom it was for, not who held it
            r"|\b(?:hatte|hatten|hat|haben)\b[^\n]{0,80}?\b(?:ein)?geladen\b"
        ),
        "before",
    ),
    # Verbs with a separated particle closing the clause: "Der Verein X führte am 3. Mai einen Fachtag durch", "Am
    # 3. Mai bot das Projekt Y einen Workshop an" (not "führte durch den Tag": who moderated, "durch" a preposition).
    (
        re.compile(
            r"\b(?:führt|führte|führten|bietet|bieten|bot|boten)\b"
            rf"(?=[^;\n]{{0,{_CLAUSE_REACH}}}?\s(?:durch|an)(?:\s*[.;,]|\s*$))"
        ),
        "before",
    ),
    # A body founding itself holds its founding: "Am 3. Mai gründet sich der Verein X", "X gründete sich 2030 neu".
    (re.compile(r"\b(?:gründet|gründete|gründen|gründeten)\s+sich\b"), "before"),
    # ... and a body founded in the passive, its subject before the auxiliary or after it: "Der Verein X wurde am 3.
    # Mai gegründet", "Am 3. Mai wurde in Kassel der Verein X gegründet".
    (re.compile(r"\b(?:wurde|wurden)\b(?=[^;\n]{0,80}?\bgegründet\b)"), "meeting"),
    # A body that meets holds its session: "Am 3. Mai tagte der Landesbeirat für Integration", "Der Ausschuss tagt".
    (re.compile(r"\b(?:tagt|tagte|tagen|tagten)\b"), "meeting"),
    # The event as the means the host acted by, the host the subject after the verb: "Mit einem Fachtag hat der Verein
    # X sein Jubiläum gefeiert", "Mit einer Feierstunde eröffnete die Stiftung Y die Stelle" (an event noun, not "Mit
    # einem Grußwort").
    (
        re.compile(
            rf"\b[Mm]it\s+(?:einem|einer|dem|der)\s+(?:[\w-]+\s+)?(?i:[\w-]*(?:{_EVENT_NOUN}))\b"
            rf"[^;\n,]{{0,{_EVENT_PHRASE}}}?\s(?:hat|haben|hatte|hatten|feiert|feierte|feierten|eröffnet|eröffnete"
            r"|eröffneten|startet|startete|starteten|begeht|beging)\b"
        ),
        "subject",
    ),
    # V2 with the host after the auxiliary and the participle far behind: "Am 3. Mai hatte der Verein X in das
    # Haus Y zu seinem Fachtag eingeladen". Only the body right after the auxiliary is the host (its subject).
    (
        re.compile(
            rf"\b(?:hatte|hatten|hat|haben)\b(?=[^\n]{{0,{INVITATION_BRACKET_MAX}}}?\b(?P<invited>(?:ein)?geladen)\b)"
        ),
        "subject",
    ),
    # The host before its predicate: "Die Stiftung X war Gastgeberin", "X und Y waren die Veranstalter", a middle
    # field between: "Die Stiftung X war am 3. Mai Gastgeberin des Fachtags" (no preposition there: "war beim
    # Gastgeber Y zu Gast" names a guest).
    (
        re.compile(
            rf"\b(?:war|ist|waren|sind)\s+(?:(?!(?:{_PREPOSITIONS})\b)[^\s,;]+\s+){{0,{_MIDDLE_FIELD_WORDS}}}?"
            rf"(?:der\s+|die\s+)?{HOST_NOUN}\b"
        ),
        "before",
    ),
    # ... and the host as the subject after "war", its host noun behind: "Am Freitag war das Netzwerk X Gastgeber eines
    # Treffens", "2031 ist die Stiftung Y Veranstalterin des Fachtags" (no preposition between: "war beim Gastgeber").
    (
        re.compile(
            r"\b(?:war|ist|waren|sind)\b(?=\s+(?:der|die|das)\s+"
            rf"(?:(?!\b(?:{_PREPOSITIONS}|beim|zum|zur)\b)[^,;\n]){{0,80}}?\s{HOST_NOUN}\b)"
        ),
        "subject",
    ),
    # A relative clause about the event with its host as the subject and the organising verb last: "der Fachtag, zu
    # dem die Stiftung X eingeladen hatte", "…, den der Verein Y am 3. Mai ausrichtete".
    (
        re.compile(
            r",\s+(?:zu\s+(?:dem|der|denen)|den|die|das)\b"
            rf"(?=[^;\n,]{{0,{_CLAUSE_REACH}}}?\s(?:{_ORGANISING_LAST})(?:\s+(?:hat|hatte|haben|hatten))?\s*(?:[,.;]|$))"
        ),
        "subject",
    ),
    # ... and a clause of time or reason with the host as its subject and the organising verb last: "Der Saal war
    # voll, als der Verein X zur Tagung eingeladen hatte", "Nachdem die Stiftung Y am 3. Mai den Fachtag ausgerichtet
    # hatte, …".
    (
        re.compile(
            r"(?:,\s+|\b)(?:als|nachdem|weil|Als|Nachdem|Weil)\b"
            rf"(?=[^;\n,]{{0,{_CLAUSE_REACH}}}?\s(?:{_ORGANISING_LAST})(?:\s+(?:hat|hatte|haben|hatten))?\s*(?:[,.;]|$))"
        ),
        "subject",
    ),
    # An event said to be a body's, or joint: "war eine Veranstaltung des Vereins X", "eine gemeinsame Veranstaltung
    # der Stiftung X und des Vereins Y", "Kooperationsveranstaltung von"
    # (not "das gemeinsame Zusammenkommen der Teilvorhaben": those who met).
    (
        re.compile(
            r"\b(?:(?:gemeinsame[n]?\s+)?[\w\-]*[Vv]eranstaltung|Kooperationsveranstaltung|Kooperation)\s+"
            r"(?:von|vom|des|der)\b"
        ),
        "after",
    ),
    # Co-organisers: "in Kooperation mit der Stiftung X", "in Zusammenarbeit mit dem Verein Y", "gemeinsam mit der
    # Kammer Z veranstaltet" (the passive names the first organiser elsewhere, the genitive or the subject).
    (re.compile(r"\b[Ii]n\s+(?:Kooperation|Zusammenarbeit)\s+mit\b"), "after"),
    (
        re.compile(
            rf"\b(?:gemeinsam|zusammen)\s+mit\b(?=[^;\n]{{0,{_CO_ORGANISER_REACH}}}?"
            r"\b(?:organisiert|veranstaltet|ausgerichtet|durchgeführt|eingeladen)\b)"
        ),
        "after",
    ),
    # ... and after the organising verb: "X organisierte gemeinsam mit Y den Fachtag", "X lud zusammen mit Y ein".
    (
        re.compile(
            r"\b(?:organisierte|organisierten|veranstaltete|veranstalteten|richtete|richteten|lud|luden|lädt|laden"
            # the participle fronted: "Organisiert haben wir den Tag zusammen mit dem Jobcenter X"
            r"|Organisiert|Veranstaltet|Ausgerichtet)\b"
            rf"[^;\n]{{0,{_CO_ORGANISER_REACH}}}?\b(?:gemeinsam|zusammen)\s+mit\b"
        ),
        "after",
    ),
    # A possessive before the event names its host, the clause's subject: "Die Stiftung X lud zu ihrem dritten
    # Fachtag", "Zu seinem Netzwerktreffen kam das IQ Netzwerk Y zusammen" (ordinals and adjectives between; not a
    # guest's "bei ihrem Besuch").
    (
        re.compile(
            r"\b(?:[Ss]ein|[Ii]hr)(?:e|em|en|es|er)?\s+(?:(?:\d{1,2}\.|[a-zäöü][\w-]*)\s+){0,2}"
            rf"(?!{_GUEST_NOUN})(?i:[\w-]*(?:{_EVENT_NOUN}))\b"
        ),
        "possessor",
    ),
    (ORGANISATION_LAY_WITH, "after"),
    (IN_CHARGE_OF_ORGANISING, "before"),
    # An award ceremony is held by the award's giver: "mit dem Preis der Stadt X ausgezeichnet", "Verleihung des
    # Integrationspreises des Vereins X".
    (
        re.compile(
            r"\b\w*[Pp]reis(?:es|s)?\s+(?:der|des)\b(?=[^;\n]{0,160}?\b(?:ausgezeichnet|verliehen)\b)"
        ),
        "after",
    ),
    (re.compile(r"\bVerleihung\s+(?:des|der)\s+\w*[Pp]reis(?:es|s)?\s+(?:der|des)\b"), "after"),
    # ... and the subject of the active verb giving it: "Die Stadt X verlieh am 3. Mai ihren Integrationspreis",
    # "Zum zehnten Mal hat die Stiftung Y ihren Preis vergeben" (not the passive: "Dem Verein Z wurde … verliehen"
    # names the winner before it).
    (
        re.compile(
            r"\b(?:verlieh|vergab|vergaben)\b(?=[^;\n]{0,80}?[Pp]reis)"
            r"|\b(?:hat|haben)\b(?=[^;\n]{0,120}?[Pp]reis\w*\b[^;\n]{0,60}?\s(?:verliehen|vergeben)\b)"
        ),
        "before",
    ),
    # An exhibition is held by whoever shows it: "Der Verein X zeigt ab dem 3. Mai die Ausstellung".
    (
        re.compile(
            r"\b(?:präsentiert|präsentierte|zeigt|zeigte)\b(?!\s+sich)"  # "zeigt sich erfreut": no showing
            r"(?=[^;\n]{0,100}?\b(?:die|eine)\s+[^.;\n]{0,30}?[Aa]usstellung)"
        ),
        "before",
    ),
)
_HOST_NOUN_FIRST = re.compile(rf"{HOST_NOUN}\s+(?:war|ist|waren|sind)\b")
_ORGANISER_TYPES = ORG_TYPES | {"Programme"}  # "auf Einladung des Förderprogramms IQ"
_INVITED = re.compile(
    r"[Ee]ingeladen|\bgeladen|\blud|\bluden|\blädt|\bladen"
)  # persons host by inviting ("X hatte eingeladen")
_OF_PERSON = re.compile(
    r"\s*,?\s*(?:vom|von\s+der|von\s+dem|beim|bei\s+der)\s+"
)  # "Petra Beispiel vom Verein X"
# "hatte der Verein X": the subject follows the verb, a day or a time adverb may stand before it ("hatten am 3. Mai
# 2031 der Verein X und die Stadt Y eingeladen", "hatte bereits im März die Stiftung Z").
_TIME_BEFORE_SUBJECT = (
    r"(?:\s+(?:(?:am|im|Anfang|Mitte|Ende)\s+(?:\d{1,2}\.\s*)?[A-ZÄÖÜ\d][\w.]*(?:\s+\d{4})?"
    r"|bereits|schon|gestern|erneut|wieder))*"
)
_SUBJECT_GAP = re.compile(r"\s+(?:(?:der|die|das)\s+)?")
_TIMED_SUBJECT_GAP = re.compile(rf"{_TIME_BEFORE_SUBJECT}\s+(?:(?:der|die|das)\s+)?")
# ... and a person's title before the name: "hatte Landrat Karl Muster eingeladen", "hatte Ministerin Dr. Petra X".
_TITLED_SUBJECT_GAP = re.compile(r"\s+(?:(?:der|die)\s+)?(?:[A-ZÄÖÜ][\w.-]*\s+){1,2}")
# After a verb, a short middle field (a day, a place) and the article before its subject: "tagte am 3. Mai der …".
_MIDDLE_FIELD_TO_SUBJECT = re.compile(r"(?:[^,;\n]{0,30}?\s)?(?:(?:der|die|das)\s+)?")
_AN_ATTRIBUTE = re.compile(
    r"[A-ZÄÖÜ][\w-]*\s+(?:des|der)\s+$"
)  # "die Teilvorhaben des …": a genitive attribute
# A relative or subordinate clause opening after a comma ("…, auf dem X sprach", "…, wo Y moderierte", "…, die von
# Z moderiert wurde"), not an article after a day in apposition ("am Mittwoch, den 4. Juni, der Verein X").
_CLAUSE_AFTER_A_COMMA = re.compile(
    r",\s*(?:(?:auf|bei|in|an|zu|mit|nach|für|von|vor)\s+(?:dem|der|den|denen|dessen|deren)\b"
    r"|(?:dem|der|den|denen|die|das|dessen|deren)(?=\s+[a-zäöü])|(?:wo|wobei|als|wie|nachdem|weil|da|dass)\b)"
)
_ORGANISER_REACH = 60  # characters after a cue in which its organiser starts
MAX_ORGANISERS = 3
# "X und Ministerin Y", "X gemeinsam mit dem Verein Y"
# ... but not a body after a participle and its agent, which supported or paid for the event: "Veranstalter war der
# Verein X, unterstützt vom Netzwerk Y", "…, gefördert durch die Stiftung Z"; nor the body an apposition names X a
# part of: "Veranstalter: Stelle X, ein Teilprojekt des Netzwerks Y".
JOINED = re.compile(
    r"(?:\s*\([^)]*\))?\s*(?:,|und|sowie|gemeinsam\s+mit)\s+(?!(?:[\w.-]+\s+){0,2}(?:vom|von|durch)\s)"
    r"(?!(?:ein|eine)\s+[\w-]+\s+(?:des|der|im|in\s+der)\s)(?:[\w.-]+\s+){0,3}"
)


def find_organisers(text: str, by_start: ByStart[Mention], sentences: list[tuple[int, int]]) -> list[Mention]:
    """`by_start`: the release's mentions, indexed once for all its events."""
    out: dict[str, Mention] = {}
    for s, e in sentences:
        here = by_start.within(s, e)
        orgs = [m for m in here if m.type in _ORGANISER_TYPES]
        for pattern, side in _ORGANISER_CUES:
            for cue in pattern.finditer(text, s, e):
                hosts = orgs + [m for m in here if m.type == "Person" and _invites(cue)]
                for org in _organisers_at(text, cue, side, sorted(hosts, key=lambda m: m.start)):
                    out.setdefault(org.key, org)
    return list(out.values())


def _invites(cue: re.Match[str]) -> bool:
    """A cue of inviting, in its words or its lookahead ("hatte … eingeladen": the participle far behind), or of the
    host by its noun, which people are as well as bodies ("Gastgeber waren Landrätin A und B vom Verein X")."""
    return bool(
        _INVITED.search(cue.group(0))
        or cue.groupdict().get("invited")
        or _HOST_NOUN_FIRST.match(cue.group(0))
    )


def _of_person_before(text: str, org: Mention, hosts: list[Mention]) -> bool:
    """ "Petra Beispiel vom Verein X": the organisation says where the person comes from; she is the host."""
    return any(p.type == "Person" and _OF_PERSON.fullmatch(text, p.end, org.start) for p in hosts)


def _organisers_at(text: str, cue: re.Match[str], side: str, orgs: list[Mention]) -> list[Mention]:
    hosts = [m for m in orgs if not _of_person_before(text, m, orgs)]
    if (
        side == "possessor"
    ):  # "Die Teilvorhaben des Netzwerks X (Y) trafen sich zu ihrem …": no body possesses it
        if any(m.start < cue.start() and _AN_ATTRIBUTE.search(text, 0, m.start) for m in hosts):
            return []
        side = "before"
    if (
        side == "meeting"
    ):  # only the subject itself meets, next to its verb ("Der Fachtag des Vereins X tagte": no)
        return [m for m in hosts if _meets(text, cue, m)][:1]
    if side == "subject":
        first = next((m for m in hosts if _subject_after(text, cue.end(), m)), None)
        return _joined_from(text, first, hosts) if first else []
    after = [m for m in hosts if cue.end() <= m.start < cue.end() + _ORGANISER_REACH]
    before = [m for m in hosts if m.start < cue.start()]
    if (
        side == "before"
    ):  # "…eingeladen, auf dem Karl Muster sprach": a clause of its own, not the verb's subject
        after = [m for m in after if not _CLAUSE_AFTER_A_COMMA.search(text, cue.end(), m.start)]
    # V2: "Am 3. Mai lud der Verein X ein" puts the subject after the verb; with a body before the verb ("Der
    # Verein X lud mit der Kammer Y ein") only one right after the verb is its subject.
    if side == "before" and before and after and not _SUBJECT_GAP.fullmatch(text, cue.end(), after[0].start):
        after = []
    if side == "after" or after:
        return _joined_from(text, after[0], hosts) if after else []
    listed = before[-1:]  # "X und Y hatten eingeladen": both
    for m in reversed(before[:-1]):
        if not JOINED.fullmatch(text, m.end, listed[0].start):
            break
        listed.insert(0, m)
    return listed


def _subject_after(text: str, end: int, m: Mention) -> bool:
    """The mention is the subject right after the verb ending at `end`: "hatte der Verein X", a person also after
    a title ("hatte Oberbürgermeisterin Petra Beispiel")."""
    return bool(
        _TIMED_SUBJECT_GAP.fullmatch(text, end, m.start)
        or (m.type == "Person" and _TITLED_SUBJECT_GAP.fullmatch(text, end, m.start))
    )


def _meets(text: str, cue: re.Match[str], body: Mention) -> bool:
    """The body right before "tagte" and no genitive attribute ("Der Landesbeirat X tagte"), or right after it
    ("Am 3. Mai tagte der Landesbeirat X")."""
    before = body.end <= cue.start() and not text[body.end : cue.start()].strip()
    return (before and not _AN_ATTRIBUTE.search(text, 0, body.start)) or bool(
        _MIDDLE_FIELD_TO_SUBJECT.fullmatch(text, cue.end(), body.start)
    )


def _joined_from(text: str, first: Mention, hosts: list[Mention]) -> list[Mention]:
    """ "Einladung des BMAS und der Stiftung X", "lud Petra Beispiel und Karl Muster ein": all of them."""
    joined = [first]
    for m in hosts:
        if _RELATIVE_OPENING.match(text, joined[-1].end, m.start):
            break  # "Gastgeberin war die Stiftung X, deren Vorsitzende Y begrüßte": a clause of its own
        if m.start > joined[-1].end and JOINED.fullmatch(text, joined[-1].end, m.start):
            joined.append(m)
    return joined


_RELATIVE_OPENING = re.compile(r"\s*,\s*(?:deren|dessen|die|der|das|den|dem|denen)\s")
