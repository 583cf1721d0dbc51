"""Who speaks at an event: the persons of a sentence with a speech act ("Ministerin X eröffnete die Tagung",
"„…“, so Petra Beispiel während der Tagung"), or named again by their title ("Die Ministerin sprach"); persons
"im Beisein von" are only present.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from ..lexicon.events import PRESS_STATEMENT_CUES, SERVED_PERSON_NOUNS, WELCOMED_THINGS
from ..names.mentions import Mention
from ..text.dates import FUTURE, PAST
from ..text.spans import ByStart
from .listed_lines import listed_after_lead_in, listed_along, on_the_items_next_line
from .not_speaking import absent, awarded, silent_relative_clauses, spoken_of, thanked
from .nouns import EVENT_NOUN, REPORTED_SPEECH, SO_ATTRIBUTION, SPEAKER_CUE
from .panels import on_the_panel_named_before
from .speech_times import QUOTED, another_month, another_year, at_another_time

# A person named again by the title of a role ("durch den Oberbürgermeister", "Die Ministerin sprach", "der
# Sächsische Ausländerbeauftragte"): the article, at most one adjective (a Land's written capitalised), the
# title's head noun in any case, and no name after it.
_TITLE_REFERENCE = (
    r"\b(?:[Dd](?:er|ie|en|em|es)|vom|beim|zum)\s+(?:[a-zäöü]+\s+|[A-ZÄÖÜ][a-zäöü]+ische[nr]?\s+)?"
    r"{head}(?:s|en|n)?\b(?!\s+[A-ZÄÖÜ])"
)
# A title made of an adjective ("Beauftragter", "Vorsitzender", "Abgeordneter") is named again after an article in
# its weak form ("der Beauftragte", "dem Vorsitzenden"): its head without the strong ending.
_STRONG_ADJECTIVE_NOUN = re.compile(r"(?<=agt|end|net)er$")
_AT_EVENT = re.compile(
    r"\b(?:(?:während|bei|auf|im\s+Rahmen|anlässlich)\s+(?:der|des|dem|einer|eines)|beim)\s+(?:[a-zäöü]+\s+)?"
)
_TITLE_HEAD = re.compile(r"^[^,]*?(?P<head>[A-ZÄÖÜ][\w\-]+)(?:\s+(?:für|des|der|im|in|von|vom)\b.*)?$")
_AT_AN_EVENT_OPENING = r"Beim|Bei\s+der|Auf\s+dem|Auf\s+der|Während\s+des|Während\s+der|Im\s+Rahmen\s+de[sr]"
# A singular pronoun subject: opening the sentence ("Sie betonte"), or after the verb behind a fronted phrase of
# at most five words ("In ihrer Rede dankte er"); a verb ending in "-en" is plural ("Sie diskutierten").
_SPEAKING_PRONOUN = re.compile(
    r"\s*(?:(?P<first>Sie|Er)\s+(?![a-zäöü]+en\b)[a-zäöü]"
    r"|(?:[\w\-]+\s+){1,5}?(?![a-zäöü]+en\s)[a-zäöü]+\s+(?P<after>sie|er)\b"
    # ... or behind the event the sentence opens at, with its day and place: "Beim Fachtag am 5. Mai in Kassel sprach
    # sie …"
    rf"|(?:{_AT_AN_EVENT_OPENING})\s+(?:[\w.\-„“”\"]+\s+){{1,12}}?(?![a-zäöü]+en\s)[a-zäöü]+\s+(?P<at_event>sie|er)\b)"
)
_PRONOUN_GENDER = {"sie": "f", "er": "m"}
_ANTECEDENT_REACH = (
    300  # characters back from the sentence to the person its pronoun stands for: the one before
)
_NOT_SPEAKING = re.compile(r"\bim\s+Gespräch\s+mit\b")
# "im Beisein von X", "in Anwesenheit der Ministerin X", "Unter den Gästen war auch X", "Zu den Gästen zählten X":
# present, not speaking.
_ONLY_PRESENT = re.compile(
    r"\b(?:(?:[Ii]m\s+Beisein|[Ii]n\s+Anwesenheit|[Ii]n\s+Begleitung)\s+(?:von|des|der)"
    r"|(?:[Uu]nter|[Zz]u)\s+den\s+(?:[a-zäöü]+\s+)?(?:Gästen|Besucherinnen|Besuchern|Zuhörern|Zuhörerinnen)"
    # who came along with a visitor: "begleitet von X", "Begleitet wurde sie von X", "wurde von X begleitet"
    r"|[Bb]egleitet\s+(?:(?:wurde|wurden)\s+(?:sie|er|die\s+\w+|der\s+\w+)\s+)?(?:von|vom)"
    # one spoken for, absent: "In Vertretung der erkrankten Ministerin X sprach …", "im Auftrag von X", "anstelle von X"
    # the audience: "Im Publikum saßen auch X und Y"
    r"|[Ii]m\s+Publikum\s+(?:saß|saßen|war|waren|befand\s+sich|befanden\s+sich)(?:\s+(?:auch|unter\s+anderem))?"
    r"|(?:[Ii]n\s+Vertretung|[Ii]m\s+Auftrag|[Aa]nstelle|[Aa]n\s+Stelle|[Ss]tellvertretend\s+für)\s+(?:von|des|der|dem|den)?)\b"
)
_PRESENT_REACH = 80  # characters after "im Beisein von" in which the persons named are only present
_PRESS_STATEMENT = re.compile("|".join(PRESS_STATEMENT_CUES), re.IGNORECASE)
# "begrüßte die Entscheidung", "begrüßt es, dass …": a welcome of a thing, read right after the verb "begrüß…".
_WELCOMING_A_THING = re.compile(
    r"\w*(?:\s*,?\s*dass\b|\s+es\b|\s+(?:die|den|das|diese[nrs]?)\s+(?:[a-zäöü]+\s+)?[\w\-]*(?i:"
    + "|".join(WELCOMED_THINGS)
    + r")\w*)"
)


def title_references(text: str, holders: Sequence[tuple[Mention, str]]) -> list[Mention]:
    """Where a person is named again by the head of their title, that title being theirs alone."""
    heads: dict[str, list[Mention]] = {}
    for person, title in holders:
        match = _TITLE_HEAD.match(title)
        head = _STRONG_ADJECTIVE_NOUN.sub("e", match.group("head")) if match else ""
        for name in filter(None, (head, _base_title(head))):  # "Bundesministerin", and "die Ministerin"
            known = heads.setdefault(name, [])
            if all(p.key != person.key for p in known):
                known.append(person)
    out = []
    alone = {head: persons[0] for head, persons in sorted(heads.items()) if len(persons) == 1}
    places = _where_any_title_is_referred_to(text, list(alone))
    for head, person in alone.items():
        pattern = re.compile(_TITLE_REFERENCE.format(head=re.escape(head)))
        out += [replace(person, start=m.start(), end=m.end()) for m in _each_match_at(pattern, text, places)]
    return out


# A person named again by an epithet of journalists: "sagte die SPD-Politikerin", "der Grünen-Politiker betonte".
# "die SPD-Politikerin", "der 34-Jährige" (its article tells the gender): a person named again by a trait.
_EPITHET = re.compile(
    r"\b(?:[Dd]ie|[Dd]er)\s+(?:[\w-]*Politiker(?P<feminine>in)?|(?P<aged>\d{1,3}-[Jj]ährige))\b(?!\s+[A-ZÄÖÜ])"
)


def epithet_references(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Where a person is named again as "die SPD-Politikerin" or "der 34-Jährige": the last person of that gender
    named shortly before (none where a person whose gender we cannot tell came after that one)."""
    persons = ByStart(m for m in mentions if m.type == "Person")
    out = []
    for match in _EPITHET.finditer(text):
        aged_woman = match.group("aged") and match.group().lower().startswith("die")
        gender = "f" if match.group("feminine") or aged_woman else "m"
        near = persons.within(max(0, match.start() - _ANTECEDENT_REACH), match.start())
        antecedent = next((p for p in reversed(near) if p.gender == gender), None)
        if antecedent is not None and all(p.gender is not None for p in near if p.start > antecedent.start):
            out.append(replace(antecedent, start=match.start(), end=match.end()))
    return out


# The last part of a compound title that names its holder again alone: "Bundesministerin" -> "die Ministerin",
# "Oberbürgermeister" -> "der Bürgermeister", "Landesbeauftragte" -> "die Beauftragte".
_BASE_TITLE = re.compile(
    r"(?<=[a-zäöüß])(?P<base>(?i:minister|bürgermeister|senator|beauftragte|präsident|direktor|geschäftsführer))"
    r"(?P<ending>in|e|er)?$"
)


def _base_title(head: str) -> str | None:
    match = _BASE_TITLE.search(head)
    return match.group("base").capitalize() + (match.group("ending") or "") if match else None


def _where_any_title_is_referred_to(text: str, heads: list[str]) -> list[int]:
    """Every position where the reference to one of `heads` matches: one pass over the text for all of them
    (a pass for each head made a long release with many role holders slow)."""
    if not heads:
        return []
    anyone = _TITLE_REFERENCE.format(head="(?:" + "|".join(map(re.escape, heads)) + ")")
    return [m.start() for m in re.finditer(f"(?={anyone})", text)]


def _each_match_at(pattern: re.Pattern[str], text: str, places: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds, where `places` holds every position it can match at."""
    end = 0
    for place in places:
        match = pattern.match(text, place) if place >= end else None
        if match is not None:
            yield match
            end = match.end()


def _event_for(pos: int, mentions: list[tuple[int, int]]) -> int | None:
    """The event mentioned nearest before a position, else the first mentioned after it."""
    before = [i for p, i in mentions if p <= pos]
    return before[-1] if before else (mentions[0][1] if mentions else None)


def find_speakers(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    scope: dict[tuple[int, int], list[tuple[int, int]]],
    held: list[int],
    years: dict[int, int],
    single_acts: frozenset[int],
    months: dict[int, int],
) -> dict[int, tuple[Mention, ...]]:
    """Persons of a sentence with a speech act, at the event in scope; reported speech only at one held. `years`:
    the year of each event whose day we know, `months` its month; a sentence telling of another year or month tells of
    another occasion.
    `single_acts`: the events that are one act (a handover told by its verb), no programme of speakers."""
    out: dict[int, dict[str, Mention]] = {}
    persons = ByStart(m for m in mentions if m.type == "Person")
    told = _ToldSoFar(held, single_acts)
    statement_end = -1  # where the paragraph of the last press statement ends
    background = _BACKGROUND_HEADING.search(text)
    report_end = background.start() if background else len(text)
    last: tuple[int, int] | None = None  # the sentence read before
    for sentence in sentences:
        previous, last = last, sentence
        scoped = scope[sentence]
        told.read(text, sentence, scoped)
        if sentence[0] >= report_end and not any(at >= sentence[0] for at, _ in scoped):
            continue  # "Hintergrund", "Über das Netzwerk": the report of the event has ended
        if _PRESS_STATEMENT.search(text, *sentence):
            statement_end = _paragraph_end(text, sentence[1])
            continue
        acts = _speech_act(text, sentence) or on_the_panel_named_before(text, sentence, previous)
        if not (acts or REPORTED_SPEECH.search(text, *sentence) or _attributed_at_event(text, sentence)):
            continue
        if _spoken_before_or_after_it(text, sentence, scoped):
            continue  # "Im Anschluss an den Fachtag sagte X der Presse …": another occasion
        if at_another_time(text, sentence) and not any(at >= sentence[0] for at, _ in scoped):
            continue  # "Eine Woche zuvor hatte X einen Workshop geleitet": another occasion, none of ours named
        if not acts and sentence[0] < statement_end and not any(at >= sentence[0] for at, _ in scoped):
            continue  # "… in einer Pressemitteilung. X ergänzte, …": the statement goes on, no event named
        if not acts and told.a_paragraph_between(text, sentence, scoped):
            continue  # "„…“, erklärte die Ministerin." two paragraphs after a handover: a statement of its own
        named = _named(text, sentence, persons, sentences, acts)
        for person in _speaking(text, sentence, named):
            if not acts and _one_served(text, sentence, person):
                continue  # "Eine frühere Teilnehmerin, X, erzählte …": her story, not a talk at the event
            i = _event_of_speech(text, sentence, scoped, person.start, told)
            if (
                i is not None
                and (acts or i in held)
                and not another_year(text, sentence, years.get(i))
                and not another_month(text, sentence, months.get(i))
            ):
                out.setdefault(i, {}).setdefault(person.key, person)
                told.told_at = sentence[1]
    return {i: tuple(found.values()) for i, found in out.items()}


def _named(
    text: str,
    sentence: tuple[int, int],
    persons: ByStart[Mention],
    sentences: list[tuple[int, int]],
    acts: bool,
) -> list[Mention]:
    """The persons a sentence names or its pronoun stands for; with a speech act and none, those listed after it."""
    named = persons.within(*sentence) or _pronoun_antecedent(text, sentence, persons, sentences)
    if acts and not named:
        named = listed_after_lead_in(text, sentence, persons) or on_the_items_next_line(
            text, sentence, persons
        )
    return named


# The event named as the time before or after which someone spoke: "Im Anschluss an den Fachtag", "Im Vorfeld der
# Tagung".
_BEFORE_OR_AFTER_IT = re.compile(
    r"\b(?:[Ii]m\s+Anschluss\s+an|[Ii]m\s+Vorfeld)\s+(?:de[mnrs]|die|das)\s+(?:[a-zäöü]+\s+)?$"
)
_TIME_PHRASE_REACH = 40  # characters before an event's noun for "im Anschluss an den" and an adjective


def _spoken_before_or_after_it(text: str, sentence: tuple[int, int], scoped: list[tuple[int, int]]) -> bool:
    return any(
        sentence[0] <= at < sentence[1]
        and _BEFORE_OR_AFTER_IT.search(text, max(sentence[0], at - _TIME_PHRASE_REACH), at) is not None
        for at, _ in scoped
    )


class _ToldSoFar:
    """As sentences are read: the event held that was mentioned last, and the events announced (not held, named in
    a sentence not told in the past: "Der nächste Fachtag ist für den 4. Mai geplant")."""

    def __init__(self, held: list[int], single_acts: frozenset[int]) -> None:
        self.held = held
        self.single_acts = single_acts
        self.last_held: int | None = None
        self.announced: dict[int, bool] = {}
        self.told_at = -1  # where the last sentence naming an event or a speaker at one ends

    def read(self, text: str, sentence: tuple[int, int], scoped: list[tuple[int, int]]) -> None:
        self.last_held = next((i for _, i in reversed(scoped) if i in self.held), self.last_held)
        if any(at >= sentence[0] for at, _ in scoped):
            self.told_at = sentence[1]
        for at, i in scoped:
            if at >= sentence[0] and i not in self.held:
                self.announced.setdefault(i, not _told_in_the_past(text, sentence))

    def a_paragraph_between(
        self, text: str, sentence: tuple[int, int], scoped: list[tuple[int, int]]
    ) -> bool:
        """The event in scope is one act, and a whole paragraph, telling neither of an event nor of a speaker at one,
        stands between the last sentence that did and this one."""
        if _event_for(sentence[0], scoped) not in self.single_acts:
            return False
        return self.told_at >= 0 and len(_PARAGRAPH_BREAKS.findall(text, self.told_at, sentence[0])) > 1


_PARAGRAPH_BREAKS = re.compile(r"\n+")


def _event_of_speech(
    text: str, sentence: tuple[int, int], scoped: list[tuple[int, int]], at: int, told: _ToldSoFar
) -> int | None:
    """The event in scope of a speaker at `at`, but "Der nächste Fachtag ist für den 4. Mai geplant. Anschließend
    sprach X": speech told in the past, in a sentence naming no event, is at the event held that was mentioned last,
    not at one announced."""
    in_scope = _event_for(at, scoped)
    names_one = any(mentioned >= sentence[0] for mentioned, _ in scoped)
    if (
        in_scope is None
        or not told.announced.get(in_scope)
        or names_one
        or not _told_in_the_past(text, sentence)
    ):
        return in_scope
    return told.last_held


# A heading that closes the report of an event and opens the release's background or contacts.
_BACKGROUND_HEADING = re.compile(
    r"(?m)^[ \t]*(?:Hintergrund|Zum\s+Hintergrund|Über\s+(?:das|den|die|uns)\b[^\n.!?]{0,60}|Weitere\s+Informationen"
    r"|Pressekontakt|Kontakt)[ \t]*:?[ \t]*$"
)


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _told_in_the_past(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence's own tense: a quoted title or saying ("Vortrag: „Was hat sich geändert?“") tells none."""
    quoted = [q.span() for q in QUOTED.finditer(text, *sentence)]
    past = (m for m in PAST.finditer(text, *sentence) if not any(a <= m.start() < b for a, b in quoted))
    return next(past, None) is not None and not FUTURE.search(text, *sentence)


def _pronoun_antecedent(
    text: str, sentence: tuple[int, int], persons: ByStart[Mention], sentences: list[tuple[int, int]]
) -> list[Mention]:
    """ "Sie betonte …", "In ihrer Rede dankte er …": a sentence naming no one, whose subject is a singular
    pronoun, speaks of the last person of its gender named shortly before (none where a name whose gender
    we cannot tell came after that person: it may be the one meant). A pronoun goes on with its antecedent's
    sentence: after "X erklärte in einem Interview" it reports no speech at the event."""
    match = _SPEAKING_PRONOUN.match(text, *sentence)
    if match is None:
        return []
    gender = _PRONOUN_GENDER[
        (match.group("first") or match.group("after") or match.group("at_event")).lower()
    ]
    near = persons.within(max(0, sentence[0] - _ANTECEDENT_REACH), sentence[0])
    antecedent = next((p for p in reversed(near) if p.gender == gender), None)
    if antecedent is None or any(p.gender is None for p in near if p.start > antecedent.start):
        return []
    named_in = next((s for s in sentences if s[0] <= antecedent.start < s[1]), None)
    if named_in is not None and _PRESS_STATEMENT.search(text, *named_in):
        return []
    return [replace(antecedent, start=match.start(), end=match.end())]


def _speech_act(text: str, sentence: tuple[int, int]) -> bool:
    """A speech act in the sentence; "begrüßte die Entscheidung" welcomes a thing and greets no one, and "Zur
    Eröffnung kam auch X" names the act as the occasion someone came to, invited to or attended."""
    came = _CAME_OR_INVITED.search(text, *sentence) is not None
    for cue in SPEAKER_CUE.finditer(text, *sentence):
        welcomes = cue.group(0).lower() == "begrüß" and _WELCOMING_A_THING.match(text, cue.end(), sentence[1])
        denied = _DENIED.search(text, max(sentence[0], cue.start() - _DENIAL_REACH), cue.start())
        if (
            not welcomes
            and not denied
            and not (came and _the_occasion_one_came_to(text, sentence, cue.start()))
        ):
            return True
    return False


# A speech act denied just before it: "konnte nicht sprechen", "ohne Grußwort", "kein Vortrag" (a word or two between).
_DENIED = re.compile(r"\b(?:nicht(?!\s+nur\b)|[Kk]ein\w*|[Oo]hne)\s+(?:[\w-]+\s+){0,2}$")
_DENIAL_REACH = 40  # characters before a cue for the negation and the words between


# A verb of coming, being there or inviting: "kam", "waren … gekommen", "war … dabei", "lud … ein".
_CAME_OR_INVITED = re.compile(
    r"\b(?:kam|kamen|erschien|erschienen|gekommen|anwesend|dabei|vor\s+Ort|eingeladen)\b|\blud(?:en)?\b[^.;\n]*\bein\b"
)
# The act named as an occasion after "zur", "zum", "bei der", "beim" (not "Eröffnung durch X", the one who spoke).
_OCCASION_BEFORE = re.compile(r"\b(?:[Zz]ur|[Zz]um|[Bb]ei\s+der|[Bb]eim)\s+(?:[a-zäöü]+\s+)?$")
_BY_SOMEONE = re.compile(r"[\w-]*\s+(?:durch|von)\b")
_OCCASION_REACH = 30  # characters before a cue's word for the preposition and an adjective


def _the_occasion_one_came_to(text: str, sentence: tuple[int, int], at: int) -> bool:
    word = _WORD_START.search(text, max(sentence[0], at - _OCCASION_REACH), at)
    start = word.start() if word else at
    before = _OCCASION_BEFORE.search(text, max(sentence[0], start - _OCCASION_REACH), start)
    return before is not None and not _BY_SOMEONE.match(text, at)


_WORD_START = re.compile(r"[\w-]*$")


def _attributed_at_event(text: str, sentence: tuple[int, int]) -> bool:
    """ "„…“, so Petra Beispiel während der Tagung": a bare attribution placed at an event is speech there."""
    attribution = SO_ATTRIBUTION.search(text, *sentence)
    if attribution is None:
        return False
    places = _AT_EVENT.finditer(text, attribution.end(), sentence[1])
    return any(EVENT_NOUN.match(text, at.end()) for at in places)


# The noun of one served in apposition before or after the name: "Eine frühere Teilnehmerin, X, …", "die Absolventin
# X", "X, ein ehemaliger Teilnehmer des Kurses, …".
_SERVED = "(?:" + "|".join(SERVED_PERSON_NOUNS) + ")"
# one taking part in a panel ("Teilnehmerin der Podiumsrunde") speaks there: no one served
_OF_A_PANEL = (
    r"(?!\s+(?:des|der|am|an\s+der|im)\s+(?:\w+\s+)?(?:Podium|Diskussion|Gesprächs|Talk|Experten)\w*)"
)
_SERVED_BEFORE = re.compile(
    rf"\b(?:[Ee]ine?|[Dd]ie|[Dd]er)\s+(?:[a-zäöü]+\s+)?{_SERVED}{_OF_A_PANEL}"
    rf"(?:\s+(?:des|der)\s+[^,]{{1,40}})?\s*,?\s*$"
)
_SERVED_AFTER = re.compile(rf"\s*,\s*(?:eine?|die|der)\s+(?:[a-zäöü]+\s+)?{_SERVED}\b{_OF_A_PANEL}")
_APPOSITION_REACH = 80  # characters before a name for its article, adjective, noun and a genitive


def _one_served(text: str, sentence: tuple[int, int], person: Mention) -> bool:
    before = _SERVED_BEFORE.search(text, max(sentence[0], person.start - _APPOSITION_REACH), person.start)
    return before is not None or _SERVED_AFTER.match(text, person.end, sentence[1]) is not None


def _speaking(text: str, sentence: tuple[int, int], persons: list[Mention]) -> Iterable[Mention]:
    s, e = sentence
    present = {
        m.key for c in _ONLY_PRESENT.finditer(text, s, e) for m in _listed_after(text, c.end(), persons)
    }
    answering = _interview_answerer(text, sentence, persons)
    # "überreichte den Preis an X und Y": those spoken of or given to, and those listed along with them
    themes = {
        m.key
        for i, first in enumerate(persons)
        if spoken_of(text, sentence, first)
        for m in listed_along(text, persons[i:])
    }
    clauses = silent_relative_clauses(text, sentence)
    for m in persons:
        if m.key in present or _NOT_SPEAKING.search(text, s, m.start) or m is answering:
            continue
        if thanked(text, sentence, m) or absent(text, sentence, m) or m.key in themes:
            continue  # "dankte dem Moderator X": the one thanked; "X ließ sich vertreten": not there
        if awarded(text, sentence, persons, m):
            continue  # "zeichnete Ministerin X die Gründerin Y aus": Y was given the prize
        if not any(a <= m.start < b for a, b in clauses):
            yield m


# A printed interview's answer opens its line with the person answering and a colon: "Petra Beispiel: Die Ministerin
# hat den Fachtag eröffnet." tells what the named one said, not that she spoke at the event.
_ANSWER_LABEL = re.compile(r"[ \t]*:")


def _interview_answerer(text: str, sentence: tuple[int, int], persons: list[Mention]) -> Mention | None:
    """The person labelling an interview answer that opens the sentence's line, where the sentence names another
    person (she answers of someone else's speech; with nobody else named she may tell of her own)."""
    first = persons[0] if persons else None
    if first is None or len({m.key for m in persons}) < 2 or not _ANSWER_LABEL.match(text, first.end):
        return None
    line_start = text.rfind("\n", 0, first.start) + 1
    return first if not text[line_start : first.start].strip() else None


def _listed_after(text: str, pos: int, persons: list[Mention]) -> list[Mention]:
    """The persons an "im Beisein von" governs: the first after it and those joined to it by "und" or commas."""
    return listed_along(text, [m for m in persons if pos <= m.start < pos + _PRESENT_REACH])
