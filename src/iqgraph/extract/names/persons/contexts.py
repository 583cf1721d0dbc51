"""The context that says a name its given name does not make sure of is a person's: a role noun before it
("Referatsleiterin Simone Solka", "Ansprechpartnerin: Amira Beispiel") or a role apposition after it ("Ngozi
Adeyemi, Leiterin …"), a quote's attribution ("„…“, sagte Ngozi Adeyemi"), a verb of saying or presenting
whose subject or object it is ("Tamunobelema Okafor stellte das Projekt vor", "Die Moderation übernahm Ngozi
Beispiel"), an age ("Olumide Beispiel (34)"), a role predicate ("Oyelaran Beispiel ist Beraterin bei …"), a
team's lead-in ("Zum Team gehören …"), a person's name it is listed with ("Petra Beispiel, Amanuel Tesfay und
…"), or the body it comes from before a verb ("Nkem Beispiel von der Stiftung Lernwerk präsentierte …"). Not
after an article ("der Stadt Gera"), nor where an adjective or a word of time or place opens it ("Neue Wege",
"Letzten Mittwoch").
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.projects import COMPASS_WORDS, TIME_WORDS
from ...text.alternation import any_of
from ...text.spans import IntervalIndex
from .names import LOWER, UPPER, PersonName, given_name_gender, is_role_or_body

_PERSON_NOUNS = any_of((*lexicon.ROLE_STEMS, *lexicon.PERSON_NOUN_STEMS))
# "Projektleiterin Amira Beispiel", "Ansprechpartnerin: Amira Beispiel" (a field of a contact box)
_ROLE_BEFORE = re.compile(rf"(?:{_PERSON_NOUNS})\w*:?\s+$|(?:Frau|Herr|Herrn|Dr\.|Prof\.)\s*$", re.IGNORECASE)
_NEXT_IN_LIST = re.compile(
    rf"(?:\s*\([^()]{{1,40}}\))?\s*(?:,|und|sowie)\s+(?:(?:Dr|Prof)\.\s*)*([{UPPER}][{LOWER}]+)\s+[{UPPER}]"
)
_PREVIOUS_IN_LIST = re.compile(
    rf"(?<![\w-])([{UPPER}][{LOWER}]+)\s+[{UPPER}][{LOWER}]+(?:\s*\([^()]{1, 40}\))?\s*(?:,|und|sowie)\s*$"
)
SPEECH_VERBS = "|".join(sorted((re.escape(v) for v in lexicon.QUOTE_VERBS), key=len, reverse=True))
# A quote's attribution says a name is a person's: "„…“, sagte Ngozi Adeyemi", "Ngozi Adeyemi betonte: „…“".
_SPEAKER_BEFORE = re.compile(rf"[\"“”»«]\s*,?\s*(?:[–-]\s*)?(?:so|{SPEECH_VERBS})[ \xa0]+$")
_SPEAKER_AFTER = re.compile(rf"^[ \xa0]+(?:{SPEECH_VERBS})(?:[ \xa0]+\w+)?[ \xa0]*:")
# Verbs of saying or presenting, whose subject or object is a speaker.
_ACT_VERBS = f"{SPEECH_VERBS}|{'|'.join(lexicon.PRESENTING_VERBS)}"
# "Temesghen Beispiel (Verein X) gab einen Überblick": a name, its affiliation in brackets, then what it did.
_AFFILIATION_THEN_ACT = re.compile(rf"^[ \xa0]*\([^()\n]{{2,60}}\)[ \xa0]+(?:{_ACT_VERBS})\b")
# "Tamunobelema Okafor sagte, …", "Ngozi Beispiel stellte das Projekt vor": a name opening a clause, right before
# a verb of saying or presenting, is its speaker.
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|,\s+(?:und\s+)?|\s+(?:und|sowie)\s+)$")
_ACT_AFTER = re.compile(rf"^[ \xa0]+(?:{_ACT_VERBS})(?![\w-])")
# ... or right after such a verb, or after "laut": "Die Moderation übernahm Ngozi Beispiel", "laut Ngozi Beispiel".
_ACT_BEFORE = re.compile(rf"(?<![\w-])(?:[Ll]aut|übernahm|übernahmen|hielten|{_ACT_VERBS})[ \xa0]+$")
# ... or between a separable verb of saying and its particle closing the clause, an affiliation in brackets or a few
# words between: "Worauf es ankommt, fasste Ilkay Dorbanu (Verein X) zusammen", "hob Ilkay Dorbanu die Rolle hervor".
_SPLIT_ACT_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(lexicon.SPLIT_SPEECH_VERBS)})[ \xa0]+$")
_PARTICLE_CLOSING = re.compile(
    r"^(?:[ \xa0]*\([^()\n]{2,60}\))?(?:[ \xa0]+[\w-]+){0,4}?[ \xa0]+(?P<particle>[a-zäöü]+)(?=[ \xa0]*[.,;!?:]|$)"
)
# ... or a colon and a quote after it, as an interview prints answers: "Ngozi Beispiel: „…“".
_COLON_THEN_QUOTE = re.compile(r"^[ \xa0]*:[ \xa0]*[„\"»“]")
# "Nkem Beispiel vom Verein X stellte … vor": a name, the body it comes from (a name read before), then what it did,
# the verb in the singular (not "Neue Wege vom Verein X stellten …").
_FROM_A_BODY_THEN_ACT = re.compile(
    rf"[ \xa0]+(?:vom|von[ \xa0]+der|von[ \xa0]+dem)[ \xa0]+(?P<body>[^\n]{{2,60}}?)[ \xa0]+(?P<verb>{_ACT_VERBS})(?![\w-])"
)
# "Olumide Beispiel (34) kam 2019 nach Kassel", "Olumide Beispiel, 34, kam …": an age in brackets or commas
# after a name.
_AGE_AFTER = re.compile(
    r"^[ \xa0]*(?:\(\d{1,2}(?:[ \xa0]+Jahre)?\)|,[ \xa0]*\d{1,2}(?:[ \xa0]+Jahre)?[ \xa0]*,)"
)
# "Oyelaran Beispiel ist Beraterin bei …", "… arbeitet als Beraterin …", "… wurde zur Vorsitzenden … gewählt",
# "… leitet seit 2020 das Projekt …": the name is the subject of a role predicate or of leading.
_PREDICATE_WORDS = r"(?:seit[ \xa0]+\S+|als|neue[rs]?|zum|zur|künftig|nun|jetzt|weiterhin|bereits|schon)"
_ROLE_PREDICATE_AFTER = re.compile(
    rf"^[ \xa0]+(?:ist|war|wird|wurde|bleibt|arbeitet|arbeitete)(?:[ \xa0]+{_PREDICATE_WORDS})*[ \xa0]+"
    rf"(?i:\w*{any_of(lexicon.ROLE_STEMS)})"
    rf"|^[ \xa0]+(?:{'|'.join(lexicon.LEAD_VERBS)})(?:[ \xa0]+{_PREDICATE_WORDS})*[ \xa0]+(?:das|die|den)[ \xa0]"
)
# "Neue Leiterin ist Oyelaran Beispiel", "Seit 2020 ist Oyelaran Beispiel Beraterin …": a role noun and a copula
# before the name, or a copula before it and a role noun right after it.
_ROLE_COPULA_BEFORE = re.compile(
    rf"(?i:{any_of(lexicon.ROLE_STEMS)})\w*[ \xa0]+(?:ist|war|wird|wurde)[ \xa0]+$"
)
_COPULA_BEFORE = re.compile(r"(?<![\w-])(?:ist|war|wird|wurde)[ \xa0]+$")
# "Seit 2020 arbeitet Oyelaran Beispiel bei der Stiftung X": the subject between a verb of working and where.
_WORKING_BEFORE = re.compile(r"(?<![\w-])(?:arbeitet|arbeitete)[ \xa0]+$")
_WHERE_AFTER = re.compile(
    rf"^(?:[ \xa0]+{_PREDICATE_WORDS})*[ \xa0]+(?:bei[ \xa0]+der|bei[ \xa0]+dem|beim|im|in[ \xa0]+der|für[ \xa0]+die|für[ \xa0]+den)[ \xa0]"
)
# ... or as what: "Seit 2019 arbeitet Olumide Beispiel als Pflegefachkraft in Kassel".
_AS_WHAT_AFTER = re.compile(r"^[ \xa0]+als[ \xa0]+[A-ZÄÖÜ][a-zäöüß]{3,}")
# "Im Jahr 2015 kam Amanuel Beispiel nach Kassel", "Amanuel Beispiel floh 2016 aus Eritrea": the subject of a verb
# of moving, a direction after it (at most an age, a year or a short adverb between), is a person.
_ABSTRACT_NOUN_ENDINGS = (*lexicon.SINGULAR_ONLY_ENDINGS, "kunft")
_MOVEMENT = "|".join(lexicon.MOVEMENT_VERBS)
_MOVEMENT_BEFORE = re.compile(rf"(?<![\w-])(?:{_MOVEMENT})[ \xa0]+$")
_BEFORE_A_DIRECTION = (
    r"(?:[ \xa0]*\(\d{1,2}\))?(?:[ \xa0]+(?:\d{4}|im[ \xa0]+Jahr[ \xa0]+\d{4}|damals|allein|einst))?"
)
_DIRECTION = r"[ \xa0]+(?:nach|aus|über|in[ \xa0]+die|in[ \xa0]+den|ins)[ \xa0]+[A-ZÄÖÜ]"
_DIRECTION_AFTER = re.compile(rf"^{_BEFORE_A_DIRECTION}{_DIRECTION}")
_MOVEMENT_THEN_DIRECTION_AFTER = re.compile(
    rf"^[ \xa0]+(?:{_MOVEMENT})(?:[ \xa0]+(?:\d{{4}}|im[ \xa0]+Jahr[ \xa0]+\d{{4}}|damals|allein|einst))?{_DIRECTION}"
)
_ROLE_AFTER = re.compile(rf"^\s*,\s*(?:\w+\s+)?\w*{any_of(lexicon.ROLE_STEMS)}", re.IGNORECASE)
TITLE_REACH = 20  # characters before a name looked at for its title
# "der Bürgermeister der Stadt Gera, Petra Beispiel": a word no given name right after an article heads a
# noun phrase ("Stadt Gera", "Kreises Greiz"), whatever names follow it in a list.
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:der|des|dem|den|die|das|eines|einer)[ \xa0]+$")
# ... also opening the sentence: "Die Offene Tür vom Verein X stellte …"
_ARTICLE_OPENING_BEFORE = re.compile(_ARTICLE_BEFORE.pattern, re.IGNORECASE)


def context_says_person(text: str, match: re.Match[str]) -> bool:
    if match.group("title"):
        return True
    before = text[max(0, match.start() - 40) : match.start()]
    if _ARTICLE_BEFORE.search(before):
        return False
    after = text[match.end() : match.end() + 60]
    if _SPEAKER_BEFORE.search(before) or _SPEAKER_AFTER.match(after) or _AFFILIATION_THEN_ACT.match(after):
        return True
    if _AGE_AFTER.match(after) or _speaker_opening_a_clause(match, before, after):
        return True
    team = _TEAM_BEFORE.search(text, max(0, match.start() - _TEAM_REACH), match.start())
    if team and may_open_a_name(match.group("first")):
        return True
    predicate = (
        _ROLE_PREDICATE_AFTER.match(after)
        or _ROLE_COPULA_BEFORE.search(before)
        or (_WORKING_BEFORE.search(before) and (_WHERE_AFTER.match(after) or _AS_WHAT_AFTER.match(after)))
    )
    if predicate and may_open_a_name(match.group("first")):
        return True
    if _moves_somewhere(match, before, after):
        return True
    if _between_a_split_speech_verb(before, after):
        return True
    return bool(_ROLE_BEFORE.search(before) or _ROLE_AFTER.match(after)) or _coordinated_with_a_name(
        before, after
    )


def role_noun_before(text: str, start: int) -> bool:
    """ "Die Beraterin Lucia Torres Ramos …": a role noun right before a name vouches for all its words."""
    return _ROLE_NOUN_BEFORE.search(text, max(0, start - TITLE_REACH), start) is not None


_ROLE_NOUN_BEFORE = re.compile(rf"(?<![\w-])(?i:\w*{any_of(lexicon.ROLE_STEMS)})\w*[ \xa0]+$")


def copula_role(text: str, match: re.Match[str]) -> bool:
    """ "Seit 2020 ist Oyelaran Beispiel Beraterin …": a copula before the name, a role noun (the match's third word)
    after it."""
    copula = _COPULA_BEFORE.search(text, max(0, match.start() - TITLE_REACH), match.start())
    return (
        copula is not None and may_open_a_name(match.group("first")) and is_role_or_body(match.group("last"))
    )


def comes_from_a_body(text: str, name: tuple[int, int], blocked: IntervalIndex) -> bool:
    """ "Nkem Beispiel von der Stiftung Lernwerk präsentierte …": the words after "von der" are a body's name."""
    act = _FROM_A_BODY_THEN_ACT.match(text, name[1])
    if (
        act is None
        or act.group("verb").endswith("en")
        or _ARTICLE_OPENING_BEFORE.search(text, max(0, name[0] - TITLE_REACH), name[0])
    ):
        return False
    start, end = act.span("body")
    return blocked.overlaps(start, start + 1) and blocked.overlaps(end - 1, end)


# The name after a person's in a list, bracketed affiliations between: "Petra Beispiel (Verein X), Amanuel Tesfay
# und …"
_LIST_GLUE = re.compile(r"(?:[ \xa0]*\([^()\n]{1,60}\))?[ \xa0]*(?:,|und|sowie|,[ \xa0]*und)[ \xa0]*")
# Endings of an adjective opening a noun phrase, no given name's: "Neue Wege", "Berufliche Bildung", "Offene Türen",
# and strong forms opening a body's name without an article: "Saarländischer Rundfunk", "Evangelisches Werk"
_ADJECTIVE_ENDINGS = (
    *("ische", "liche", "ige", "ene", "ale", "ive", "eue", "ere", "ste"),
    *("ischer", "isches", "licher", "liches"),
)


def listed_after(text: str, previous: PersonName, match: re.Match[str]) -> bool:
    """ "Petra Beispiel, Amanuel Tesfay und …": a name listed right after a person's, if no adjective or a word of
    time or place opens it ("Petra Beispiel und Neue Wege")."""
    return _LIST_GLUE.fullmatch(text, previous.end, match.start()) is not None and may_open_a_name(
        match.group("first")
    )


def may_open_a_name(word: str) -> bool:
    low = word.lower()
    return word not in _NO_NAME_WORDS and low not in _FUNCTION_WORDS and not low.endswith(_ADJECTIVE_ENDINGS)


# A team's lead-in before its members: "Das Team: …", "Zum Team der Stiftung X gehören (außerdem) …", "Das
# Projektteam bilden …".
_TEAM_BEFORE = re.compile(
    r"(?<![\w-])(?:\w+-?)?[Tt]eam(?:s)?(?:[ \xa0]+[^.:\n]{1,60}?)?"
    r"(?:[ \xa0]*:|[ \xa0]+(?:gehören|gehörten|bilden|bildeten|besteht[ \xa0]+aus|bestand[ \xa0]+aus|arbeiten|arbeiteten))"
    r"[ \xa0]+(?:(?:außerdem|auch|zudem|derzeit|aktuell|heute)[ \xa0]+)*$"
)
_TEAM_REACH = 90  # characters before a name for a team's lead-in with its body's name
_FUNCTION_WORDS = lexicon.DETERMINERS | lexicon.COUNT_FUNCTION_WORDS
# Words that end a body's or a region's name, never a family name: "Lichtblick Nord", "Region Mitte".
_NO_NAME_WORDS = TIME_WORDS | {*COMPASS_WORDS, "Mitte"}


def _speaker_opening_a_clause(match: re.Match[str], before: str, after: str) -> bool:
    """ "Tamunobelema Okafor sagte, …", "… übernahm Tamunobelema Okafor" is a speaker; "Letzten Mittwoch
    sprach …" opens with a time."""
    words = {match.group("first"), match.group("middle") or "", match.group("last")}
    first = match.group("first").lower()
    if words & _NO_NAME_WORDS or first in _FUNCTION_WORDS:  # "Diese Bilanz zog …"
        return False
    if first.endswith(lexicon.SINGULAR_ONLY_ENDINGS):  # "Laut Statistik …": an abstract noun, no given name
        return False
    if not may_open_a_name(
        match.group("first")
    ):  # "Fachliche Inputs gaben …": an adjective opens a noun phrase
        return False
    opens = _CLAUSE_OPENS.search(before) is not None
    act = _ACT_AFTER.match(after)
    if (
        act
        and not _COORDINATED_BEFORE.search(before)
        and _plural_noun_phrase_before_its_verb(first, act.group(0))
    ):
        return False  # (the last of coordinated names takes the plural: "… und Chinwe Obiene gaben …")
    return bool((act or _COLON_THEN_QUOTE.match(after)) and opens or _ACT_BEFORE.search(before))


def _between_a_split_speech_verb(before: str, after: str) -> bool:
    verb = _SPLIT_ACT_BEFORE.search(before)
    particle = _PARTICLE_CLOSING.match(after) if verb else None
    if verb is None or particle is None:
        return False
    return particle.group("particle") in lexicon.SPLIT_SPEECH_VERBS[verb.group(0).strip()]


_COORDINATED_BEFORE = re.compile(r"(?:,|(?<![\w-])und|(?<![\w-])sowie)[ \xa0]*$")


def _plural_noun_phrase_before_its_verb(first: str, verb: str) -> bool:
    """ "Spannende Impulse lieferten …", "Kurze Grußworte hielten …": an inflected adjective's "-e" on the first word
    and a verb in the plural right after the second: a noun phrase in the plural, no one person's name."""
    return first.endswith("e") and verb.rstrip().endswith("en")


def _moves_somewhere(match: re.Match[str], before: str, after: str) -> bool:
    """ "kam Amanuel Beispiel nach Kassel", "Amanuel Beispiel floh 2016 aus Eritrea": the subject of a verb of moving
    with a direction after it."""
    words = (match.group("first").lower(), match.group("last").lower())
    if not may_open_a_name(match.group("first")) or any(w.endswith(_ABSTRACT_NOUN_ENDINGS) for w in words):
        return False  # "kam Zukunft Beruf nach …": an abstract noun opens a project's name
    after_verb = _MOVEMENT_BEFORE.search(before) is not None and _DIRECTION_AFTER.match(after) is not None
    opening = (
        _CLAUSE_OPENS.search(before) is not None and _MOVEMENT_THEN_DIRECTION_AFTER.match(after) is not None
    )
    return after_verb or opening


def _coordinated_with_a_name(before: str, after: str) -> bool:
    """ "Stefan Beispiel (BMBF), Zaneko Probandt, Diana Probe": a name in a list of names."""
    nxt = _NEXT_IN_LIST.match(after)
    if nxt and given_name_gender(nxt.group(1)) in ("f", "m"):
        return True
    prev = _PREVIOUS_IN_LIST.search(before)
    return prev is not None and given_name_gender(prev.group(1)) in ("f", "m")
