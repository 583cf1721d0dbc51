"""People's names: given name from a name list (gender-guesser's dictionary, offline), family name after it.

A name the list does not know is still taken where the context says it is a person: an academic title
before it, a role noun right before it ("Referatsleiterin Simone Solka"), or a role apposition after it, a verb
of saying, a team's lead-in, a person's name it is listed after, the body it comes from before a verb of saying.
Family names alone ("so Bußmann") are linked to a full name seen earlier in the same release; where none is, a
family name after a title, a post, "Herr"/"Frau"/"Dr." or closing a quote's attribution is read alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .alternation import any_of
from .lexicon.projects import TIME_WORDS
from .spans import IntervalIndex

# Letters of names from across Europe, Turkey and Vietnam written in Latin script ("Kovačević", "Dvořák", "Szőke").
_UPPER = "A-ZÄÖÜÇŞĞİÉÈÁÀÓÒÚŁŚŻŹĆŃČŠŽŘĎŤŇĚŮÝÍÂÊÎÔÛÃÕÑŐŰĄĘŢȘȚÅØ"
_LOWER = (
    "a-zäöüßçşğıéèáàóòúíñłśżźćńëïâêîôûčšžřďťňěůýãõőűąęţșțåøìùươạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
)
_NAME = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
# Academic titles and degrees before a name, any number: "Prof. Dr.", "Dipl.-Ing.", "Mag. (FH)".
_DEGREE = "(?:" + "|".join(lexicon.ACADEMIC_TITLES) + ")"
ACADEMIC = rf"(?:{_DEGREE}[ \xa0]*)*"
# Particles before a family name, the longer first ("van der Beek", "von der Heide", "de la Cruz", "dos Santos").
_PARTICLES = (
    r"(?:van[ \xa0]+der|van[ \xa0]+den|von[ \xa0]+der|de[ \xa0]+la|von|van|de|di|da|dos|del|zu|ten|ter)"
)
_SURNAME = rf"(?:{_PARTICLES}[ \xa0]+|(?:al|el)-)?[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}]+)?"
# Spanish and Portuguese family names join two names by a particle: "Ferreira da Silva", "Pérez de la Cruz"
# (not "das", a German article: "Greta Muster das Angebot").
_JOINED_SURNAME = rf"(?:[ \xa0]+(?:da|do|dos|de|del|de[ \xa0]+la)[ \xa0]+[{_UPPER}][{_LOWER}]+)?"
PERSON_RE = re.compile(
    rf"(?<![\w-])(?P<title>(?:{_DEGREE}[ \xa0]*)+)?(?P<first>{_NAME})(?:[ \xa0]+(?P<middle>{_NAME}))?"
    rf"(?:[ \xa0]+(?P<initial>[{_UPPER}]\.))?[ \xa0]+(?P<last>{_SURNAME}{_JOINED_SURNAME})(?![\w-])"
)
_CREDIT_OR_TITLE = re.compile(r"(?:©|(?:Foto|Bild|Fotos|Quelle)\s*:)[^\n.]{0,30}\Z|[„\"»]\Z|(?:^|\s)\?\Z")
_PERSON_NOUNS = any_of((*lexicon.ROLE_STEMS, *lexicon.PERSON_NOUN_STEMS))
# "Projektleiterin Amira Beispiel", "Ansprechpartnerin: Amira Beispiel" (a field of a contact box)
_ROLE_BEFORE = re.compile(rf"(?:{_PERSON_NOUNS})\w*:?\s+$|(?:Frau|Herr|Herrn|Dr\.|Prof\.)\s*$", re.IGNORECASE)
_NEXT_IN_LIST = re.compile(
    rf"(?:\s*\([^()]{{1,40}}\))?\s*(?:,|und|sowie)\s+(?:(?:Dr|Prof)\.\s*)*([{_UPPER}][{_LOWER}]+)\s+[{_UPPER}]"
)
_PREVIOUS_IN_LIST = re.compile(
    rf"(?<![\w-])([{_UPPER}][{_LOWER}]+)\s+[{_UPPER}][{_LOWER}]+(?:\s*\([^()]{1, 40}\))?\s*(?:,|und|sowie)\s*$"
)
# A double family name ends the name: "Lucia Ferreira Santos, …", "… Ferreira Santos von …".
_NAME_END = re.compile(r"[ \xa0]*(?:[,.:;()]|$)|[ \xa0]+(?:und|von|vom|aus|sowie|als)\s", re.MULTILINE)
_PARTICLE = re.compile(_PARTICLES + r"[ \xa0]")
_ROMANCE_PARTICLE = re.compile(r"(?:da|do|dos|de|del|di)[ \xa0]")
_CAPITAL_NEXT = re.compile(rf"[ \xa0]+[{_UPPER}0-9]")
_SPEECH_VERBS = "|".join(sorted((re.escape(v) for v in lexicon.QUOTE_VERBS), key=len, reverse=True))
# "„…“, sagte Brankovic.": the verb of a quote's attribution before a family name alone.
_QUOTE_ATTRIBUTION = rf"[\"“”»«][ \xa0]*,?[ \xa0]*(?:[–-][ \xa0]*)?(?:so|{_SPEECH_VERBS})"
# "Senator Brodersen", "Frau Beispiel": a title noun or a form of address and a family name alone; the label is
# that name. After "Herr" or an academic title a word that is also a given name or looks like a noun is the family
# name: "Herr Werner", "Dr. Hartung" ("Frau" is also a common noun: "jede Frau Verantwortung").
_TITLE_BEFORE_A_FAMILY_NAME = (
    rf"(?P<speech>{_QUOTE_ATTRIBUTION})"
    rf"|(?i:{any_of(lexicon.SURNAME_TITLE_STEMS)})(?:in|e|er)?"
    rf"|(?P<post>(?i:{any_of(lexicon.POST_TITLE_STEMS)})(?:in|e|er)?)"
    rf"|(?<![\w-])(?P<address>{'|'.join(lexicon.ADDRESS_WORDS)}|(?:Dr|Prof)\.)"
)
_TITLED_SURNAME = re.compile(
    rf"(?:{_TITLE_BEFORE_A_FAMILY_NAME})[ \xa0]+{ACADEMIC}"
    rf"(?P<last>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)(?![\w-])(?!\.-)(?![ \xa0]+[{_UPPER}])"
)
_UNAMBIGUOUS_ADDRESS = ("Herr", "Herrn", "Dr.", "Prof.")
_ACADEMIC_TITLE = re.compile(r"(?:Dr|Prof)\.")
# The word after a post's title names a field where another field is coordinated after it ("… und Integration", "… &
# Migration") or an attribute follows it ("Referent Grundsatzfragen der Arbeitsmarktpolitik", "… für Europa").
_FIELD_AFTER = re.compile(
    rf"[ \xa0]+(?:(?:und|&)[ \xa0]+(?:{'|'.join(sorted(lexicon.DEPARTMENT_WORDS))}|\w+(?:ung|ion|keit|heit|schaft))(?![\w-])"
    r"|(?:der|des|für)[ \xa0])"
)
# A comma and the first part of a compound title before a post's stem: "…, Projekt|leiterin"
_APPOSITION_BEFORE = re.compile(r",[ \xa0]*\w*$")
_LONGEST_NAME_WITH_A_NOUN_ENDING = 5  # "Jung" is a family name, "Zeitung" a noun
# The family name closes the attribution, or a phrase of time or place follows it: "sagte Brankovic am Montag".
_ATTRIBUTION_END = re.compile(
    r"[ \xa0]*(?:[.,;!?]|\n|$)|[ \xa0]+(?:am|im|beim|bei|auf|in|zum|zur|gegenüber|während|vor|nach|dazu|abschließend)[ \xa0]"
)
# A quote's attribution says a name is a person's: "„…“, sagte Ngozi Adeyemi", "Ngozi Adeyemi betonte: „…“".
_SPEAKER_BEFORE = re.compile(rf"[\"“”»«]\s*,?\s*(?:[–-]\s*)?(?:so|{_SPEECH_VERBS})[ \xa0]+$")
_SPEAKER_AFTER = re.compile(rf"^[ \xa0]+(?:{_SPEECH_VERBS})(?:[ \xa0]+\w+)?[ \xa0]*:")
# Verbs of saying or presenting, whose subject or object is a speaker.
_ACT_VERBS = f"{_SPEECH_VERBS}|{'|'.join(lexicon.PRESENTING_VERBS)}"
# "Temesghen Beispiel (Verein X) gab einen Überblick": a name, its affiliation in brackets, then what it did.
_AFFILIATION_THEN_ACT = re.compile(rf"^[ \xa0]*\([^()\n]{{2,60}}\)[ \xa0]+(?:{_ACT_VERBS})\b")
# "Tamunobelema Okafor sagte, …", "Ngozi Beispiel stellte das Projekt vor": a name opening a clause, right before
# a verb of saying or presenting, is its speaker.
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|,\s+(?:und\s+)?|\s+(?:und|sowie)\s+)$")
_ACT_AFTER = re.compile(rf"^[ \xa0]+(?:{_ACT_VERBS})(?![\w-])")
# ... or right after such a verb, or after "laut": "Die Moderation übernahm Ngozi Beispiel", "laut Ngozi Beispiel".
_ACT_BEFORE = re.compile(rf"(?<![\w-])(?:[Ll]aut|übernahm|übernahmen|hielten|{_ACT_VERBS})[ \xa0]+$")
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
_ROLE_AFTER = re.compile(rf"^\s*,\s*(?:\w+\s+)?\w*{any_of(lexicon.ROLE_STEMS)}", re.IGNORECASE)
# "der Bürgermeister der Stadt Gera, Petra Beispiel": a word no given name right after an article heads a
# noun phrase ("Stadt Gera", "Kreises Greiz"), whatever names follow it in a list.
_COURTESY_OR_TITLE_BEFORE = re.compile(r"(?:Frau|Herr|Herrn|Dr\.|Prof\.)\s*$")
_TITLE_REACH = 20  # characters before a name looked at for its title
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:der|des|dem|den|die|das|eines|einer)[ \xa0]+$")
# ... also opening the sentence: "Die Offene Tür vom Verein X stellte …"
_ARTICLE_OPENING_BEFORE = re.compile(_ARTICLE_BEFORE.pattern, re.IGNORECASE)


@dataclass(frozen=True)
class PersonName:
    start: int
    end: int
    first: str
    last: str
    gender: str | None  # "f", "m" or None

    @property
    def label(self) -> str:
        return f"{self.first} {self.last}".strip()

    @property
    def key(self) -> str:
        return "person:" + self.label.lower()


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as gd  # loads a 4 MB name list: only when first needed

    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def given_name_gender(word: str) -> str | None:
    """'f' or 'm' for a known given name, 'x' for a known name of either gender, None for no name."""
    if word in lexicon.NOT_NAMES or word in lexicon.WORDS_NOT_GIVEN_NAMES or len(word) < 2:
        return None
    if word in lexicon.MORE_GIVEN_NAMES:
        return lexicon.MORE_GIVEN_NAMES[word]
    answer = _detector().get_gender(word.split("-")[0])
    return {"female": "f", "mostly_female": "f", "male": "m", "mostly_male": "m", "andy": "x"}.get(answer)


def is_certain_gender(label: str) -> bool:
    """Whether a person's given name is only ever a woman's or only ever a man's ("Uli" is not)."""
    first = label.split(" ")[0]
    if first in lexicon.MORE_GIVEN_NAMES:
        return lexicon.MORE_GIVEN_NAMES[first] != "x"
    return bool(first) and _detector().get_gender(first.split("-")[0]) in ("female", "male")


def find_persons(text: str, blocked: list[tuple[int, int]]) -> list[PersonName]:
    """Full names in `text`, skipping spans already taken by organisations and places."""
    out: list[PersonName] = []
    pos = 0
    taken = IntervalIndex(blocked)
    while (match := PERSON_RE.search(text, pos)) is not None:
        listed = bool(out) and _listed_after(text, out[-1], match)
        person = _person(text, match, taken, listed)
        if person is None:
            pos = match.end("first")  # "Senatorin Katrin Lange": try again from "Katrin"
            continue
        out.append(person)
        pos = match.end()
    return out


def _person(
    text: str, match: re.Match[str], blocked: IntervalIndex, listed: bool = False
) -> PersonName | None:
    """`listed`: the name follows a person's name in a list ("Petra Beispiel, Amanuel Tesfay und …")."""
    if match.group("middle") and (
        _particle_starts_a_body(text, match, blocked)
        or _is_role_or_body(match.group("last"))
        or _object_noun_last(text, match)  # "zog Jonas Sommer Bilanz": the noun is the verb's
    ):
        return _first_two_words(text, match, blocked)
    if blocked.overlaps(match.start("first"), match.end()) or _is_not_a_name(text, match):
        return None
    if _CREDIT_OR_TITLE.search(text, max(0, match.start() - 40), match.start()):
        return None  # "© Netzwerk IQ/Kathrin Jegen", "Unter dem Motto „Chance Vielfalt“"
    middle = match.group("middle")
    g = given_name_gender(match.group("first"))
    start = match.start() if match.group("title") else match.start("first")
    double = middle and g and not given_name_gender(middle) and _NAME_END.match(text, match.end())
    if middle and not double and not (g and given_name_gender(middle)):
        return None  # "Staatssekretärin Susi Möbbeck": the name starts at "Susi"
    if _is_role_or_body(match.group("first")) or (g is None and _is_event_noun(match.group("first"))):
        return None
    if g is None and not (
        listed or _context_says_person(text, match) or _comes_from_a_body(text, match.span(), blocked)
    ):
        return None
    if double:  # "Lucia Ferreira Santos": a double family name
        return PersonName(
            start, match.end(), match.group("first"), f"{middle} {match.group('last')}", _gender(g)
        )
    first = match.group("first") + (" " + middle if middle else "")
    first += " " + match.group("initial") if match.group("initial") else ""  # "Karl J. Muster"
    return PersonName(start, match.end(), first, match.group("last"), _gender(g))


# The verb, then at most an article and a title before the name ("zog die Leiterin Anna Probe Resümee").
_VERB_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(lexicon.VERBS_BEFORE_THEIR_OBJECT)})(?:[ \xa0]+[\w.-]+){{0,2}}[ \xa0]+$"
)
_VERB_WINDOW = 60  # characters back over the verb, an article and a title


def _object_noun_last(text: str, match: re.Match[str]) -> bool:
    """A verb of the kind before the name and no capital word after its third word: that word is the verb's
    object ("zog Jonas Sommer Bilanz.", "stellte Ole Muster Ergebnisse vor"), not in "nahm Lucia Ferreira Santos
    Stellung"."""
    return bool(
        _VERB_BEFORE.search(text, max(0, match.start() - _VERB_WINDOW), match.start())
    ) and not _CAPITAL_NEXT.match(text, match.end())


def _gender(g: str | None) -> str | None:
    return g if g != "x" else None


def _particle_starts_a_body(text: str, match: re.Match[str], blocked: IntervalIndex) -> bool:
    """ "Lenke Muster von Club Brückenbau e. V.", "Greta Probe von Brückenbau gGmbH": "von" starts the
    organisation (a name taken, or more capitalised words follow), not a family name."""
    if not _PARTICLE.match(match.group("last")) or _ROMANCE_PARTICLE.match(match.group("last")):
        return False  # "Luis Pérez de la Cruz": no body's name starts with "de la"
    return (
        blocked.overlaps(match.start("last"), match.end())
        or not given_name_gender(match.group("middle"))
        or bool(_CAPITAL_NEXT.match(text, match.end()))
    )


def _first_two_words(text: str, match: re.Match[str], blocked: IntervalIndex) -> PersonName | None:
    """The name is the match's first two words when the third starts something else: a body ("Greta Probe von
    Brückenbau gGmbH") or a role after a fronted copula ("Zuvor war Petra Beispiel Referentin im …")."""
    first, last = match.group("first"), match.group("middle")
    start = match.start() if match.group("title") else match.start("first")
    g = given_name_gender(first)
    if (
        blocked.overlaps(match.start("first"), match.end("middle"))
        or {first, last} & lexicon.NOT_NAMES
        or last in lexicon.LAENDER
        or last in lexicon.CITIES
        or _is_role_or_body(first)
        or (
            g is None
            and not _comes_from_a_body(text, (start, match.end("middle")), blocked)
            and not _copula_role(text, match)
        )
        or _CREDIT_OR_TITLE.search(text, max(0, match.start() - 40), match.start())
    ):
        return None
    return PersonName(start, match.end("middle"), first, last, _gender(g))


def _is_not_a_name(text: str, match: re.Match[str]) -> bool:
    last = match.group("last")
    words = {match.group("first"), last, match.group("middle") or ""}
    if words & lexicon.NOT_NAMES or last in lexicon.LAENDER or last in lexicon.CITIES:
        return True
    low = last.lower()
    noun_suffix = len(low) > 5 and low.endswith(
        ("ung", "keit", "heit", "schaft", "arbeit", "politik")
    )  # not "Jung", a family name; "Offene Jugendarbeit" after a role noun is a unit
    return (
        low.endswith(tuple(lexicon.ORG_HEADS))
        or (noun_suffix and not _surname_like_a_noun(text, match))
        or _is_role_noun_form(low)
    )


def _surname_like_a_noun(text: str, match: re.Match[str]) -> bool:
    """A family name with a noun's ending ("Hartung") after a word that is only ever a given name, with an
    academic title or "Frau"/"Herr" before it: "Dr. Lisa Hartung", "Frau Anna Hartung"."""
    before = text[max(0, match.start() - _TITLE_REACH) : match.start("first")]
    titled = bool(match.group("title")) or _COURTESY_OR_TITLE_BEFORE.search(before) is not None
    return titled and given_name_gender(match.group("first")) in ("f", "m")


# "Seine Stellvertreterin, Ministerin …": a role noun's feminine form or a compound of one is no family name
# ("Leiter" and "Sprecher" alone are); a compound has a first part of its own before the role stem.
_ROLE_NOUN_FORM = re.compile(
    rf"(?:\w{{3,}}(?:{any_of(lexicon.ROLE_STEMS)})\w*|\w*(?:{any_of(lexicon.GENDERED_ROLE_STEMS)})in(?:nen)?)"
)


def _is_role_noun_form(low: str) -> bool:
    return _ROLE_NOUN_FORM.fullmatch(low) is not None


# "Der 2. Fachkräftekongress Nordhessen fand …": a word ending in an event noun opens an event's name, no person's.
_EVENT_NOUN_ENDINGS = tuple(n.lower() for n in (*lexicon.EVENT_NOUNS, *lexicon.MORE_EVENT_NOUNS))


def _is_event_noun(word: str) -> bool:
    return word.lower().endswith(_EVENT_NOUN_ENDINGS)


def _is_role_or_body(word: str) -> bool:
    """A role noun, a body's head or a noun of belonging ("ist Petra Beispiel Mitglied im …")."""
    low = word.lower()
    return (
        any(stem in low for stem in lexicon.ROLE_STEMS)
        or low.endswith(tuple(lexicon.ORG_HEADS))
        or word in lexicon.MEMBER_NOUNS
    )


def _context_says_person(text: str, match: re.Match[str]) -> bool:
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
    if team and _may_open_a_name(match.group("first")):
        return True
    predicate = (
        _ROLE_PREDICATE_AFTER.match(after)
        or _ROLE_COPULA_BEFORE.search(before)
        or (_WORKING_BEFORE.search(before) and _WHERE_AFTER.match(after))
    )
    if predicate and _may_open_a_name(match.group("first")):
        return True
    return bool(_ROLE_BEFORE.search(before) or _ROLE_AFTER.match(after)) or _coordinated_with_a_name(
        before, after
    )


def _copula_role(text: str, match: re.Match[str]) -> bool:
    """ "Seit 2020 ist Oyelaran Beispiel Beraterin …": a copula before the name, a role noun (the match's third word)
    after it."""
    copula = _COPULA_BEFORE.search(text, max(0, match.start() - _TITLE_REACH), match.start())
    return (
        copula is not None
        and _may_open_a_name(match.group("first"))
        and _is_role_or_body(match.group("last"))
    )


def _comes_from_a_body(text: str, name: tuple[int, int], blocked: IntervalIndex) -> bool:
    """ "Nkem Beispiel von der Stiftung Lernwerk präsentierte …": the words after "von der" are a body's name."""
    act = _FROM_A_BODY_THEN_ACT.match(text, name[1])
    if (
        act is None
        or act.group("verb").endswith("en")
        or _ARTICLE_OPENING_BEFORE.search(text, max(0, name[0] - _TITLE_REACH), name[0])
    ):
        return False
    start, end = act.span("body")
    return blocked.overlaps(start, start + 1) and blocked.overlaps(end - 1, end)


# The name after a person's in a list, bracketed affiliations between: "Petra Beispiel (Verein X), Amanuel Tesfay
# und …"
_LIST_GLUE = re.compile(r"(?:[ \xa0]*\([^()\n]{1,60}\))?[ \xa0]*(?:,|und|sowie|,[ \xa0]*und)[ \xa0]*")
# Endings of an adjective opening a noun phrase, no given name's: "Neue Wege", "Berufliche Bildung", "Offene Türen"
_ADJECTIVE_ENDINGS = ("ische", "liche", "ige", "ene", "ale", "ive", "eue", "ere", "ste")


def _listed_after(text: str, previous: PersonName, match: re.Match[str]) -> bool:
    """ "Petra Beispiel, Amanuel Tesfay und …": a name listed right after a person's, if no adjective or a word of
    time or place opens it ("Petra Beispiel und Neue Wege")."""
    return _LIST_GLUE.fullmatch(text, previous.end, match.start()) is not None and _may_open_a_name(
        match.group("first")
    )


def _may_open_a_name(word: str) -> bool:
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
_COMPASS_WORDS = frozenset(
    {"Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest", "Mitte"}
)
_NO_NAME_WORDS = TIME_WORDS | _COMPASS_WORDS


def _speaker_opening_a_clause(match: re.Match[str], before: str, after: str) -> bool:
    """ "Tamunobelema Okafor sagte, …", "… übernahm Tamunobelema Okafor" is a speaker; "Letzten Mittwoch
    sprach …" opens with a time."""
    words = {match.group("first"), match.group("middle") or "", match.group("last")}
    first = match.group("first").lower()
    if words & _NO_NAME_WORDS or first in _FUNCTION_WORDS:  # "Diese Bilanz zog …"
        return False
    if first.endswith(lexicon.SINGULAR_ONLY_ENDINGS):  # "Laut Statistik …": an abstract noun, no given name
        return False
    opens = _CLAUSE_OPENS.search(before) is not None
    return bool(
        (_ACT_AFTER.match(after) or _COLON_THEN_QUOTE.match(after)) and opens or _ACT_BEFORE.search(before)
    )


def _coordinated_with_a_name(before: str, after: str) -> bool:
    """ "Stefan Beispiel (BMBF), Zaneko Probandt, Diana Probe": a name in a list of names."""
    nxt = _NEXT_IN_LIST.match(after)
    if nxt and given_name_gender(nxt.group(1)) in ("f", "m"):
        return True
    prev = _PREVIOUS_IN_LIST.search(before)
    return prev is not None and given_name_gender(prev.group(1)) in ("f", "m")


def find_surnames(text: str, people: list[PersonName], blocked: list[tuple[int, int]]) -> list[PersonName]:
    """Family names standing alone, each linked to the full name seen in the release."""
    by_last = {p.last: p for p in people}
    if not by_last:
        return []
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(map(re.escape, sorted(by_last, key=len, reverse=True))) + r")(?![\w-])"
    )
    out = []
    taken = IntervalIndex(blocked)
    for match in pattern.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        p = by_last[match.group(1)]
        out.append(PersonName(match.start(), match.end(), p.first, p.last, p.gender))
    return out


def find_titled_surnames(
    text: str, people: list[PersonName], blocked: list[tuple[int, int]]
) -> list[PersonName]:
    """ "Senator Brodersen": a family name after a title noun, where the release never gives the full name."""
    known = {p.last for p in people}
    given = {p.first for p in people}
    out = []
    taken = IntervalIndex(blocked)
    for match in _TITLED_SURNAME.finditer(text):
        last = match.group("last")
        if (
            last in known
            or taken.overlaps(match.start("last"), match.end("last"))
            or not _can_be_surname(last, addressed=_addressed_unambiguously(match) and last not in given)
        ):
            continue
        if match.group("post") and _names_a_field(text, match):
            continue
        if match.group("speech") and not (
            _ATTRIBUTION_END.match(text, match.end("last")) and _may_open_a_name(last)
        ):
            continue  # "„…“, sagte Kassels Bürgermeister": the word after the verb opens a longer phrase
        known.add(last)
        out.append(PersonName(match.start("last"), match.end("last"), "", last, None))
    return out


def _addressed_unambiguously(match: re.Match[str]) -> bool:
    """ "Herr Werner", "Dr. Werner", "Frau Dr. Werner": a form of address no common noun shares, or a title."""
    address = match.group("address")
    return address in _UNAMBIGUOUS_ADDRESS or (
        address is not None and _ACADEMIC_TITLE.search(match.group(0)) is not None
    )


def _names_a_field(text: str, match: re.Match[str]) -> bool:
    """ "Referentin Technik und Integration", "Karl Muster, Referent Grundsatzfragen, …": the word after a post's
    title is a field where another follows it or the title stands in apposition to a name."""
    apposition = _APPOSITION_BEFORE.search(text, max(0, match.start() - _TITLE_REACH), match.start())
    return apposition is not None or _FIELD_AFTER.match(text, match.end("last")) is not None


def _can_be_surname(word: str, addressed: bool = False) -> bool:
    """Whether `word` after a title is a family name; after "Herr" or an academic title (`addressed`) also a given
    name's or a noun's look-alike."""
    low = word.lower()
    noun_like = len(low) > _LONGEST_NAME_WITH_A_NOUN_ENDING and low.endswith(
        ("ung", "keit", "heit", "schaft", "ion", "tät", "ismus")
    )
    looks_otherwise = given_name_gender(word) in ("f", "m") or noun_like
    return not (
        word in lexicon.NOT_NAMES
        or word in lexicon.DEPARTMENT_WORDS
        or word in lexicon.LAENDER
        or word in lexicon.CITIES
        or (word in lexicon.GERMAN_PLACES and not addressed)  # "(Bürgermeisterin Gotha)": her town
        or (looks_otherwise and not addressed)
        or low.endswith(tuple(lexicon.ORG_HEADS))
        or any(stem in low for stem in lexicon.ROLE_STEMS)
    )
