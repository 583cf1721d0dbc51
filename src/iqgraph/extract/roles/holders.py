"""The person a role phrase belongs to, by where the name stands and the words between them.

"Senatorin Petra Beispiel" (right after), "Petra Beispiel, Senatorin für …" and "Petra Beispiel arbeitet seit
2019 als Referentin …" (in apposition before), "Petra Beispiel folgt auf Karl Muster als Leiterin" (hers, not his),
"Neue Leiterin ist Petra Beispiel" (after a copula), "Zum 1. Mai übernimmt Petra Beispiel die Leitung …" and "Die
Leitung hat Petra Beispiel inne" (taking or holding the office). The role noun's gender must fit the name's.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.persons.persons import ACADEMIC, is_certain_gender
from ..text.spans import Mention

_NAME_GAP_MAX = 26  # room for "Frau Dr. Prof. ", "Mag. (FH) "
# a form of address before the titles: "Ansprechpartnerin ist Frau Dr. Petra Beispiel" (official and letter style)
_ADDRESSED = rf"(?:(?:Frau|Herrn?)[ \xa0]+)?{ACADEMIC}"
_SECOND_TITLE_GAP_MAX = 50  # room for ", Parlamentarische Staatssekretärin Dr. "
_RIGHT_BEFORE_NAME = re.compile(r"[ \xa0]*" + _ADDRESSED)
# "Die Beauftragte für …, (Staatsministerin) Petra Beispiel": after a comma, maybe a second title before the name
_SECOND_TITLE = r"(?:(?=[A-ZÄÖÜ])[\w\-]*(?i:" + "|".join(lexicon.ROLE_STEMS) + r")\w*[ \xa0]+)?"
_COMMA_BEFORE_NAME = re.compile(r"\s*,\s*" + _SECOND_TITLE + ACADEMIC)
_TIMES = "|".join(lexicon.APPOINTMENT_TIMES)
_ADDING = "|".join(lexicon.ADDING_ADVERBS)  # "X ist zudem Sprecherin …": a further post
_LINKS = "|".join(sorted(lexicon.APPOINTMENT_LINKS, key=len, reverse=True))
_FINITE_WORD = r"(?:[a-zäöü]\w*|(?:seit\s+)?\d{4})"  # a verb, an adverb, "seit 2019"
WORDS_BEFORE_ALS_MAX = 3
# a verb, an adverb, or a time that holds nouns ("zum Jahresende", "zwölf Jahre", "nach zehn Jahren") before "als"
_WORDS_BEFORE_ALS = rf"(?:(?:{_TIMES}|nach\s+(?:\w+|\d+)\s+Jahren)\s+|{_FINITE_WORD}\s+)"
_CAPACITY = r"(?:in|In)\s+(?:ihrer|seiner)\s+(?:Funktion|Eigenschaft|Rolle)"
# Between a name and its role: apposition ("X, Senatorin"; "X MdL, Senatorin"; "X (Senatorin"),
# "als", a relative clause start, or an appointment ("X wurde zum …", "X war zuvor …").
# "X (52) ist …", "X (SPD), Senatorin …", "X (Kassel) war …": an age, a party or a town in brackets after the name.
# A party may be written with a number and a slash: "X (Bündnis 90/Die Grünen), Bürgermeisterin …".
_ASIDE_AFTER_NAME = r"(?:[ \xa0]*\((?:\d{1,3}|[A-ZÄÖÜ][\w\-/]*(?:[ \xa0][\w\-/]+){0,2})\))?"
# The one lower-case word that closes a main clause after its subject, a relative clause on the subject moved past it:
# "nimmt X teil, die …", "ist X überzeugt, die …".
_CLOSING_WORD = r"(?:[ \xa0]+(?!und\b|oder\b|sowie\b)[a-zäöü]\w+)"
_ALL_OF_THEM = r"(?:beide|alle(?:[ \xa0]+(?:zwei|drei|vier|fünf|sechs))?)"
_APPOSITION = re.compile(
    _ASIDE_AFTER_NAME + r"(?:[ \xa0]+(?:" + "|".join(lexicon.MANDATES) + r"))?"
    # "X, die (seit 2019) Geschäftsführerin der Y ist": a relative clause, a time before its title
    # "A und B, beide Beraterinnen im …", "A, B und C (alle drei Referenten der …)": a plural title for the list
    rf"(?:\s*(?:,|als|\(|[–—])\s*(?:{_ALL_OF_THEM}\s+)?(?:(?:{_TIMES})\s+)?|\s*,\s*(?:der|die|den|dem)\s+(?:(?:{_TIMES})\s+)?"
    # "X, ebenfalls Senator", "X, zugleich Vorsitzende des …": an adverb adding the post to one named before
    rf"|\s*(?:,|\(|[–—])\s*(?:{_ADDING})\s+(?:(?:{_TIMES})\s+)?"
    rf"|\s+(?:{_LINKS})(?:\s+(?:{_TIMES}|{_ADDING}))*\s+"
    r"(?:(?:der|die|den|ein|eine)\s+)?"
    # "X sprach als Vertreterin …", "X arbeitet seit 2019 als …", "X begrüßte in seiner Funktion als …"
    # or a time that holds nouns: "X scheidet zum Jahresende als … aus", "X war zwölf Jahre als … tätig"
    rf"|\s+{_WORDS_BEFORE_ALS}{{1,{WORDS_BEFORE_ALS_MAX}}}(?:{_CAPACITY}\s+)?als\s+"
    rf"|\s*,?\s*{_CAPACITY}\s+als\s+"
    # "X, die seit 2019 als Referentin … tätig ist": a relative clause saying in what capacity, also moved past the
    # particle or participle that closes the main clause ("Davon ist X überzeugt, die als Schirmherrin …")
    rf"|{_CLOSING_WORD}?\s*,\s*(?:der|die)\s+{_WORDS_BEFORE_ALS}{{0,{WORDS_BEFORE_ALS_MAX}}}als\s+)"
)
_APPOSITION_MAX = 40
# "X ist bei der Brückenbau gGmbH als Referentin tätig", "X, die seit 2019 im Verein Y als …": the body named
# before "als" in a prepositional phrase.
BODY_LINK = r"(?:bei|beim|bei\s+der|bei\s+dem|im|in\s+der|in\s+dem|an\s+der)"
# A body's name, its list of portfolios with commas ("bei der Beauftragten für Migration, Flüchtlinge und Integration")
_BODY_WORDS = r"(?:[^,;]|,(?=\s+[A-ZÄÖÜ][\w-]*\s+(?:und|sowie)\s))+?"
# Verbs of running a body in a capacity, in a relative clause or a main clause: "X, die das Jobcenter Y als
# Geschäftsführerin leitet" (read in bodies.py), "X leitet das Projekt Y als Koordinatorin" (not "betreut … als Mentorin")
RUNNING_VERBS = (
    *lexicon.LEAD_VERBS,
    "führt",
    "führte",
    "verantwortet",
    "verantwortete",
    "vertritt",
    "vertrat",
)
_IN_BODY_AS = re.compile(
    rf"(?:\s+(?:ist|war|arbeitet|arbeitete)|{_CLOSING_WORD}?\s*,\s*(?:der|die))(?:\s+(?:{_TIMES}))?\s+(?:{BODY_LINK}|für\s+(?:die|den|das))\s+{_BODY_WORDS}\s+als\s+"
    # "X koordiniert seit 2019 das Projekt Y als Referentin": the body the object of a main clause's verb
    rf"|\s+(?:{'|'.join(RUNNING_VERBS)})(?:\s+(?:{_TIMES}))?\s+(?:das|den|die)\s+{_BODY_WORDS}\s+als\s+"
    # "X, die das Jobcenter Y als Geschäftsführerin leitet": the body the object of a relative clause
    # (also moved past the word that closes the main clause: "nahm X teil, die das Projekt Y als … betreut")
    rf"|{_CLOSING_WORD}?\s*,\s*(?:der|die)(?:\s+(?:{_TIMES}))?\s+(?:das|den|die)\s+{_BODY_WORDS}\s+als\s+"
)
# "X, die beim Verein Y Referentin ist", "X, der seit 2019 in der Stadt Z Leiter des Amts war": the body, then the
# title as the clause's predicate, its copula closing the clause (not "X, die beim Verein Y Referentinnen ausbildet")
RELATIVE_TIME = rf"(?:{_TIMES}|seit\s+\d{{4}})"
_IN_BODY_PREDICATE = re.compile(
    rf"\s*,\s*(?:der|die)(?:\s+{RELATIVE_TIME})?\s+{BODY_LINK}\s+{_BODY_WORDS}\s+"
)
COPULA_CLOSING = re.compile(r"[^,;:\n]{0,120}?\s(?:ist|war|bleibt|blieb)(?=\s*[,.;:)]|\s*$)", re.MULTILINE)
IN_BODY_AS_MAX = 150  # the verb, a time, the link, the body's name and "als"
# Succession: the subject takes the role named after "als", the person named after the verb held it before.
# "folgt auf X als …", "tritt zum 1. Mai die Nachfolge von X als … an", "löst X als … ab".
SUCCESSION_MAX = 90  # the verb, a time, the predecessor's name with a title and "als"
_SUCCESSION_VERB = r"(?:folgt|folgte|tritt|trat|löst|löste)"
_SUCCEEDS = re.compile(
    rf"\s+{_SUCCESSION_VERB}(?:\s+(?:{_TIMES}))?\s+(?:auf\s+|die\s+Nachfolge\s+(?:von\s+|des\s+|der\s+)?)?"
    r"[^,;]{2,60}?\s+als\s+"
)
_COMMA_AFTER = re.compile(r"\s*,")
_PREDECESSOR = re.compile(rf"(?:\b{_SUCCESSION_VERB}|\bauf|\bNachfolge(?:\s+(?:von|des|der))?)\s+$")
# "in ihrer Funktion als Vorsitzende der X begrüßte Petra Beispiel …": the holder follows the verb.
# "in ihrer Funktion als …", or a clause opening with "als …": "Als Vertreterin der X sprach Petra Beispiel".
_CAPACITY_BEFORE = re.compile(rf"(?:{_CAPACITY}\s+als|(?<=[.!?:;,(\n])\s*[Aa]ls|^[Aa]ls)\s+$")
# "Neue Leiterin des Vereins ist seit Mai Petra Beispiel": the role phrase, a copula and the holder.
# "Zum Vorsitzenden wurde Petra Beispiel gewählt", "Die Aufgaben der Referentin übernimmt Petra Beispiel".
_COPULA = re.compile(
    # "Ansprechpartnerin dort ist …": an adverb pointing back to a place or body before the copula
    rf"[“\"«]?(?:\s+(?:dort|hier))?\s+(?:ist|war|wird|wurde|bleibt|übernimmt|übernahm)(?:\s+(?:{_TIMES}))?\s+"
    + _ADDRESSED
)
_VERB_BEFORE_NAME = re.compile(r"\s*,?\s+[a-zäöü]\w*\s+" + _ADDRESSED)
# A fronted adverbial puts the copula before the holder, the role right after the name: "Zuvor war Petra
# Beispiel Referentin im …", "Seit 2019 ist Petra Beispiel Geschäftsführerin der …".
_COPULA_BEFORE_HOLDER = re.compile(
    r"(?<![\w-])(?:ist|war|wird|wurde|bleibt|blieb)\s+(?:(?:" + _TIMES + r")\s+)?" + _ADDRESSED + r"$"
)
_ADVERBS_ONLY = re.compile(rf"(?:\s+(?:{_ADDING}))*\s+")  # "Seit 2021 ist X auch Sprecherin …"
COPULA_REACH = 40  # the copula, a time and academic titles before the name


def _certain_gender(person: Mention) -> bool:
    """A given name only ever a woman's or a man's; a family name alone ("Ministerin Tanner", also a man's given
    name) says no gender."""
    return " " in person.label and is_certain_gender(person.label)


def role_holder(
    text: str, span: tuple[int, int, int], people: list[Mention], gender: str | None
) -> tuple[Mention | None, bool]:
    """The person a role phrase belongs to: right after it ("Senatorin Petra Beispiel"), else in apposition
    before it ("Petra Beispiel, Senatorin …", "Petra Beispiel wird neue Leiterin …"), else after a comma
    ("die neue Leiterin des Vereins, Petra Beispiel", "Leiterin der Abteilung Beratung, Petra Beispiel").
    The role noun's gender must fit the name's. `span`: start, end and end of the title's tail. Also says
    whether the name follows a verb after the role phrase ("Als Vertreterin … sprach Petra Beispiel")."""
    start, end, tail_end = span
    fits = [p for p in people if gender is None or p.gender == gender or not _certain_gender(p)]
    next_to_it = _next_to_the_title(text, (start, end), fits, gender)
    if next_to_it is not None:
        return next_to_it, False
    for p in fits:
        if any(
            0 <= p.start - pos <= _NAME_GAP_MAX and _COPULA.fullmatch(text[pos : p.start])
            for pos in (end, tail_end)
        ):
            return p, True  # "Sprecherin des Bündnisses ist Petra Beispiel (von der Y)": Y need not be hers
    for p in fits:
        if _takes_over(text, p, start, (end, tail_end)):
            return p, False
    for p in fits:
        if _copula_then_holder(text, p, start) or _takes_over_now(text, p, start):
            return p, False
    capacity = _CAPACITY_BEFORE.search(text, max(0, start - _APPOSITION_MAX), start)
    for p in fits:
        if capacity is not None and any(
            0 <= p.start - pos <= _NAME_GAP_MAX and _VERB_BEFORE_NAME.fullmatch(text[pos : p.start])
            for pos in (end, tail_end)  # the tail may run on over the verb and the name
        ):
            return p, True
    for p in fits:
        if 0 <= p.start - tail_end <= _SECOND_TITLE_GAP_MAX and _COMMA_BEFORE_NAME.fullmatch(
            text[tail_end : p.start]
        ):
            return p, False
    for p in fits:
        if _holds_inverted(text, p, (end, tail_end)):
            return p, True
    return None, False


def _next_to_the_title(
    text: str, span: tuple[int, int], fits: list[Mention], gender: str | None
) -> Mention | None:
    """The person named right after the title, else right before it (succeeding someone, in apposition, "als");
    `gender`: the role noun's."""
    start, end = span
    for p in fits:
        if 0 <= p.start - end <= _NAME_GAP_MAX and _RIGHT_BEFORE_NAME.fullmatch(text[end : p.start]):
            return p
    for p in fits:
        if 0 <= start - p.end <= SUCCESSION_MAX and _SUCCEEDS.fullmatch(text, p.end, start):
            return p  # "Petra Beispiel folgt auf Karl Muster als Leiterin": hers, not his
    for p in fits:
        if (
            0 <= start - p.end <= _APPOSITION_MAX
            and _APPOSITION.fullmatch(text[p.end : start])
            and not _object_after_the_copula(text[p.end : start], gender)
            and not (
                _PREDECESSOR.search(text, max(0, p.start - _APPOSITION_MAX), p.start)
                and not _COMMA_AFTER.match(text, p.end)  # "folgt auf X, die … als Y …": Y is X's
            )
        ):
            return p
    for p in fits:
        if _appointed_as_object(text, p, start):
            return p
    for p in fits:
        if 0 <= start - p.end <= IN_BODY_AS_MAX and _IN_BODY_AS.fullmatch(text, p.end, start):
            return p
        if _in_body_as_predicate(text, p, start):
            return p
    return next((p for p in fits if _new_in_a_headline(text, p, start)), None)


# Appointing someone, the holder the verb's object: "Der Vorstand wählte X zur Vorsitzenden des …" (the verb
# before the name), "Die Y hat X zur Geschäftsführerin berufen" (the participle closing the clause).
_APPOINTING = r"(?:wählte|wählten|ernannte|ernannten|berief|beriefen|bestellte|bestellten|kürte|kürten)"
_APPOINTED = r"(?:gewählt|ernannt|berufen|bestellt|gekürt)"
_APPOINTING_BEFORE = re.compile(rf"(?<![\w-]){_APPOINTING}\s+(?:[\w.]+\s+){{0,3}}?" + _ADDRESSED + "$")
# (an adverb of the vote before it: "hat X einstimmig zur Vorsitzenden gewählt")
_TO_THE_POST = re.compile(rf"(?:\s+(?:{_TIMES}|einstimmig|erneut|nun|jetzt))*\s+(?:zum|zur)\s+")
# (a portfolio may list its items with commas: "zur Beauftragten für Integration, Migration und Flüchtlinge ernannt")
_ENUMERATION_COMMA = r",\s+(?=[A-ZÄÖÜ][a-zäöüß]+(?:,|\s+und\s))"
_APPOINTED_AFTER = re.compile(
    rf"(?:[^,;:.\n]|{_ENUMERATION_COMMA}){{0,120}}?\s{_APPOINTED}(?=\s*[,.;:)]|\s*$)", re.MULTILINE
)
APPOINTING_REACH = 50  # characters back from the name over the verb, a time and academic titles


def _appointed_as_object(text: str, person: Mention, start: int) -> bool:
    if not 0 < start - person.end <= _APPOSITION_MAX or not _TO_THE_POST.fullmatch(text, person.end, start):
        return False
    before = _APPOINTING_BEFORE.search(text, max(0, person.start - APPOINTING_REACH), person.start)
    return before is not None or _APPOINTED_AFTER.match(text, start) is not None


# The body that appoints its own head or officer, the clause's subject: "Die Lernwerk gGmbH hat X zur
# Geschäftsführerin berufen", "Der Vorstand der Stiftung Y wählte X zur Vorsitzenden", "Im Mai hat die Y X zur
# Leiterin ernannt". Not a government or an office (an Agency: "Die Landesregierung hat X zur Beauftragten …
# ernannt" makes her no officer of the government), nor a programme.
_APPOINTING_BODY_TYPES = frozenset(
    {"Organisation", "StateNetwork", "CoordinationOffice", "Subproject", "Ministry"}
)
_AUXILIARY_OR_APPOINTING = rf"(?:hat|hatte|haben|hatten|{_APPOINTING})"
_ADVERBS_AND_TIMES = rf"(?:\s+(?:{_TIMES}|nun|jetzt|einstimmig|erneut))*"
_BODY_THEN_VERB = re.compile(rf"\s+{_AUXILIARY_OR_APPOINTING}{_ADVERBS_AND_TIMES}\s+" + _ADDRESSED)
_VERB_THEN_BODY = re.compile(rf"(?<![\w-]){_AUXILIARY_OR_APPOINTING}\s+(?:die|der|das|den)\s+$")
_HOLDER_AFTER_BODY = re.compile(r"\s+" + _ADDRESSED)
VERB_THEN_BODY_REACH = 16  # characters back from the body over "ernannte die "


def appointing_body(text: str, person: Mention, head_start: int, mentions: list[Mention]) -> Mention | None:
    """The body whose appointment of `person` to the role at `head_start` the clause reports, the body its
    subject before the verb or right after it."""
    if not _appointed_as_object(text, person, head_start):
        return None
    for m in mentions:
        if m.type not in _APPOINTING_BODY_TYPES or m.end > person.start:
            continue
        if _BODY_THEN_VERB.fullmatch(text, m.end, person.start):
            return m
        inverted = _VERB_THEN_BODY.search(text, max(0, m.start - VERB_THEN_BODY_REACH), m.start)
        if inverted and _HOLDER_AFTER_BODY.fullmatch(text, m.end, person.start):
            return m
    return None


def _in_body_as_predicate(text: str, person: Mention, start: int) -> bool:
    return (
        0 <= start - person.end <= IN_BODY_AS_MAX
        and _IN_BODY_PREDICATE.fullmatch(text, person.end, start) is not None
        and COPULA_CLOSING.match(text, start) is not None
    )


# A headline without its verb: "Petra Beispiel neue Leiterin der …", "Karl Muster neuer Vorsitzender des …" (the
# name opening its line, then the title with "neu" right after it; the title's span may hold the adjective or not). A
# plural after it is an object ("Karl Muster neue Beraterinnen vorstellen").
_NEW_AFTER_NAME = re.compile(r"[ \xa0]+neue[rn]?[ \xa0]+(?P<noun>\w+)")
_SPACE_OR_NEW = re.compile(r"[ \xa0]+(?:neue[rn]?[ \xa0]+)?")
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*$")
HEADLINE_REACH = 5  # characters before a name that opens its line: spaces, a quotation mark


def _new_in_a_headline(text: str, person: Mention, title_start: int) -> bool:
    new = _NEW_AFTER_NAME.match(text, person.end)
    return (
        new is not None
        and not new.group("noun").endswith("innen")
        and _SPACE_OR_NEW.fullmatch(text, person.end, title_start) is not None
        and _LINE_OPENING.search(text, max(0, person.start - HEADLINE_REACH), person.start) is not None
    )


# A copula, then an article no predicate noun takes: "X ist der Geschäftsführerin dankbar", "X war den Beraterinnen
# eine Hilfe" (a dative object; the nominative is "die" for her, "der" for him).
_COPULA_THEN_OBJECT = re.compile(
    rf"\s+(?:ist|war|wird|wurde|bleibt|blieb)(?:\s+(?:{_TIMES}|{_ADDING}))*\s+(?P<article>der|den|dem)\s+"
)


def _object_after_the_copula(gap: str, gender: str | None) -> bool:
    after = _COPULA_THEN_OBJECT.fullmatch(gap)
    return after is not None and (after.group("article") != "der" or gender == "f")


def name_on_the_line_above(text: str, line_start: int, people: list[Mention]) -> Mention | None:
    """A signature or contact block: "Petra Beispiel\nKoordinatorin, Verein X" (the name alone on its line, the
    title opening the next, at `line_start`). `people`: those named just before."""
    if line_start < 1 or text[line_start - 1] != "\n":
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    return next(
        (
            p
            for p in people
            if p.start >= above
            and _RIGHT_BEFORE_NAME.fullmatch(text, above, p.start)
            and not text[p.end : line_start - 1].strip()
        ),
        None,
    )


# "Die Leitung des Vereins hat seit Mai Petra Beispiel inne", "Die Leitung der X hat Petra Beispiel übernommen": the
# office first, the holder after "hat".
_HAS_BEFORE_NAME = re.compile(rf"\s+(?:hat|hatte)(?:\s+(?:{_TIMES}|seit\s+\S+))?\s+" + _ADDRESSED)
_INNE_AFTER_NAME = re.compile(r"(?:\s+[a-zäöü]\w*|\s+seit\s+\S+)*\s+(?:inne|übernommen)\b")


def _copula_then_holder(text: str, person: Mention, start: int) -> bool:
    """ "Zuvor war Petra Beispiel Referentin im …": the name between the copula and the role."""
    return (
        0 < start - person.end <= _NAME_GAP_MAX
        and _ADVERBS_ONLY.fullmatch(text, person.end, start) is not None
        and _COPULA_BEFORE_HOLDER.search(text, max(0, person.start - COPULA_REACH), person.start) is not None
    )


def _holds_inverted(text: str, person: Mention, ends: tuple[int, int]) -> bool:
    return any(
        0 <= person.start - pos <= _NAME_GAP_MAX and _HAS_BEFORE_NAME.fullmatch(text, pos, person.start)
        for pos in ends
    ) and bool(_INNE_AFTER_NAME.match(text, person.end))


# "Zum 1. Mai übernimmt Petra Beispiel die Leitung …", "Petra Beispiel übernimmt zum 1. Mai die Leitung …": taking an
# office in the present or past, with a time before or after the holder.
_TAKES = r"(?:übernimmt|übernahm)"
_TIME_AND_ARTICLE = rf"(?:\s+(?:{_TIMES}))?\s+(?:die|den)\s+"  # between the holder or the verb and the office
_TAKES_BEFORE_HOLDER = re.compile(rf"(?<![\w-]){_TAKES}\s+" + _ADDRESSED + r"$")
_ARTICLE_AFTER_HOLDER = re.compile(_TIME_AND_ARTICLE)
_TAKES_AFTER_HOLDER = re.compile(rf"\s+{_TAKES}{_TIME_AND_ARTICLE}")
TAKES_REACH = 30  # characters back over "übernahm Dr. " to the holder


def _takes_over_now(text: str, person: Mention, start: int) -> bool:
    if not 0 <= start - person.end <= _APPOSITION_MAX:
        return False
    inverted = _TAKES_BEFORE_HOLDER.search(text, max(0, person.start - TAKES_REACH), person.start) and (
        _ARTICLE_AFTER_HOLDER.fullmatch(text, person.end, start)
    )
    return bool(inverted) or bool(_TAKES_AFTER_HOLDER.fullmatch(text, person.end, start))


def _takes_over(text: str, person: Mention, start: int, ends: tuple[int, int]) -> bool:
    """ "Petra Beispiel hat zum 1. Mai die Leitung … übernommen", "Zum 1. Mai hat Petra Beispiel die Leitung …
    übernommen": the perfect of taking an office, the holder its subject before or after the auxiliary."""
    if not 0 <= start - person.end <= _APPOSITION_MAX:
        return False
    gap = _TAKEN_OVER_GAP.fullmatch(text, person.end, start)
    if gap is None or not (gap.group("aux") or _AUXILIARY_BEFORE.search(text, 0, person.start)):
        return False
    return any(_TAKEN_OVER.match(text, pos) for pos in ends)


_TAKEN_OVER_GAP = re.compile(rf"(?:\s+(?P<aux>hat|hatte))?{_TIME_AND_ARTICLE}")
_AUXILIARY_BEFORE = re.compile(r"\b(?:hat|hatte)\s+" + _ADDRESSED + r"$")
# The participle closing the clause, after the rest of the office's name ("der Koordinierungsstelle des …").
TAKEN_OVER_REACH = 80
# "hat … übernommen", or holding it: "hat die Leitung … inne".
_TAKEN_OVER = re.compile(rf"[^,;.]{{0,{TAKEN_OVER_REACH}}}?\b(?:übernommen|inne)\b")
