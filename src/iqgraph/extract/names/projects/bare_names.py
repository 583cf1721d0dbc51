"""Project names that stand without a project word before them, read from the name's own grammar and from what
the sentence says of it.

German writes an attributive adjective in small letters, so a capitalised one inside a sentence opens a name ("die
Faire Integration", "bei Mobile Beratung Anerkennung"); a word with a capital inside ("MigraNet"), a version
("Plus", "4.0") or an English word ("Welcome", "Coaching") marks a run of capitalised words as a name too. Such a
name is a project's where it is the subject of a verb saying what a service does ("… berät", "… unterstützt"; before
or after the verb), or follows "bei", "von", "mit der/dem" (a staff title's "Beraterin bei …", "Träger von …", "im
Rahmen von …"), a carrier's or a staff title's genitive or "für", in a release that speaks of the programme, a
network or a project at all.

A single plain word after a project head ("das Projekt Arrivo") is refused elsewhere, as it may be the head's object;
it is a name where it stands in the constituent before the finite verb ("Das Projekt Arrivo berät …") or where the
text uses it again as a name and never after a determiner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ... import lexicon
from ...lexicon.events import EVENT_NOUNS
from ...lexicon.names import (
    DESCRIPTIVE_ADJECTIVES,
    ENGLISH_ORG_HEADS,
    ORG_HEADS,
    PROJECT_HEAD_ENDINGS,
    SUBPROJECT_HEADS,
)
from ...lexicon.projects import (
    BODY_NAME_ADJECTIVES,
    CAPITALISED_TERMS,
    COMMON_NOUN_ENDINGS,
    FINITE_AUXILIARIES,
    NAME_FORMING_ADJECTIVES,
    NAME_LIKE_ENGLISH_WORDS,
    NOT_PROJECT_NAME_ENDINGS,
    OBJECT_NOUN_ENDINGS,
    PERSON_ADJECTIVE_NOUNS,
    PROJECT_STAFF_TITLE_PARTS,
    SERVICE_VERBS,
    TIME_WORDS,
)
from ...text.morphology import adjective_stem, known_gender, noun_nominative
from ...text.spans import Mention
from .name_parts import IN_A_NAME, at_sentence_starts

_GAP = r"[^\S\n]+"
# "Ansprechpartnerin", "Projektleiter", "Beraterin", "Koordinatorinnen" (a capital, then one of the staff parts)
_STAFF_PARTS = "|".join(PROJECT_STAFF_TITLE_PARTS)
_STAFF_TITLES = rf"(?:Ansprechpartner|[A-ZÄÖÜ][a-zäöüß]*(?:{_STAFF_PARTS})|(?:{_STAFF_PARTS.title()}))"
_NAME_WORD = r"[A-ZÄÖÜ][\w+]*(?:-[\w+]+)*"
_NAME_LINKS = r"(?:für|und|zur|zum)"  # links inside a name; "in" would take the town a project works in
_NAME = rf"{_NAME_WORD}(?:{_GAP}(?:{_NAME_LINKS}{_GAP})?(?:{_NAME_WORD}|\d\.\d))*"
_NAME_ENDS = r"(?=[^\S\n]*(?:[,.;:!?)\n]|[a-zäöü]|$))"  # a small word or a stop, not another capitalised one

# "bei Mobile Beratung Anerkennung", "Beraterin bei der Fairen Integration", "Träger von …", "im Rahmen vom …",
# "mit der MigraNet Kampagne"; a bare "mit" leads to a tool or a means ("mit PowerPoint Folien"), not a project
_AFTER_A_PREPOSITION = re.compile(
    rf"(?<![\w-])(?:(?:bei|von)(?:{_GAP}(?P<article>der|dem|den|des|die|das))?|(?P<contracted>beim|vom)"
    rf"|mit{_GAP}(?P<article_after_mit>der|dem|den))"
    rf"{_GAP}(?P<name>{_NAME}){_NAME_ENDS}"
)
# "Die Faire Integration berät …", "MigraNet Coaching unterstützt …": the name opening a sentence as the subject
_SUBJECT_OF_A_SERVICE = re.compile(
    rf"(?m)(?:^|(?<=[.!?] ))(?:(?P<article>Die|Das|Der){_GAP})?(?P<name>{_NAME}){_GAP}"
    rf"(?:{'|'.join(SERVICE_VERBS)})(?![\w-])"
)
# "Seit Mai berät die Faire Integration Geflüchtete …", "Im Netzwerk begleitet Berufliche Orientierung Plus junge
# Zugewanderte": the subject after the finite verb of a main clause, ended by a small word or a stop
_SUBJECT_AFTER_A_SERVICE_VERB = re.compile(
    rf"(?<![\w-])(?:{'|'.join(SERVICE_VERBS)}){_GAP}(?:(?P<article>die|das|der){_GAP})?(?P<name>{_NAME}){_NAME_ENDS}"
)
# "Träger des Mobilen Coachings Kassel", "Ansprechpartnerin für Berufliche Orientierung Plus": a carrier's or a staff
# title's genitive or "für" names the unit they carry or work in
_AFTER_A_CARRIER_OR_STAFF_TITLE = re.compile(
    rf"(?<![\w-])(?:Träger(?:in)?{_GAP}(?P<article>des|der)|(?:{_STAFF_TITLES})(?:in)?(?:nen)?{_GAP}"
    rf"(?:für(?:{_GAP}(?P<article_after_title>die|das|den|der|dem))?|(?P<title_genitive>des|der))){_GAP}"
    rf"(?P<name>{_NAME}){_NAME_ENDS}"
)
# "Das Projekt Arrivo berät …", "Im Teilprojekt Arrivo werden …": a single word after a project head opening a
# sentence, before its finite verb, stands in the one constituent before the verb, so it is the head's name, not an
# object ("dem Projekt Menschen zuführen" needs no name)
_PROJECT_HEAD_OPENING = r"(?:Das|Dieses|Unser|Im|Beim|Vom|Mit dem|In dem|Für das)"
_SINGLE_NAME_BEFORE_THE_VERB = re.compile(
    rf"(?m)(?:^|(?<=[.!?] )){_PROJECT_HEAD_OPENING}{_GAP}(?P<head>(?:IQ[\s\-]+)?(?:Teil|Modell)?[Pp]rojekt){_GAP}"
    rf"(?P<name>[A-ZÄÖÜ][a-zäöüß]+){_GAP}(?:{'|'.join((*SERVICE_VERBS, *FINITE_AUXILIARIES))})(?![\w-])"
)
# "leitet das Projekt Arrivo seit 2019 … Arrivo berät …": a single word after a project head anywhere, which the text
# uses again as a name and never after a determiner (a proper name, not the head's object: "dem Projekt Zeit geben")
# (a version after the word makes it part of a longer name: "das Projekt Berufssprache Plus")
_SINGLE_WORD_AFTER_A_HEAD = re.compile(
    rf"(?<![\w-])(?P<head>(?:IQ[\s\-]+)?(?:Teil|Modell)?[Pp]rojekt(?:es|s)?){_GAP}(?P<name>[A-ZÄÖÜ][a-zäöüß]+)(?![\w-])"
    rf"(?!{_GAP}(?:Plus|plus|\d+\.\d)(?![\w-]))"
)
_SERVICE_VERB = "|".join(SERVICE_VERBS)
_DETERMINERS = (
    r"(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in\w*|[Kk]ein\w*|[Ss]ein\w*|[Ii]hr\w*|[Uu]nser\w*|[Dd]ies\w*)"
)
_ABOUT_PROJECTS = re.compile(r"(?<![\w-])IQ(?![\w])|Integration durch Qualifizierung|[Nn]etzwerk|[Pp]rojekt")

_MOST_WORDS = 6  # longer runs of capitalised words are lists or titles, not one project's name
# Adjective endings each article leaves (weak after the definite article, bare after a preposition)
_ENDINGS_AFTER = {
    None: ("e",),
    "der": ("e", "en"),
    "die": ("e",),
    "das": ("e",),
    "Die": ("e",),
    "Das": ("e",),
    "Der": ("e",),
    "dem": ("en",),
    "den": ("en",),
    "des": ("en",),
    "beim": ("en",),
    "vom": ("en",),
}
# The gender a nominative article shows where the noun's ending does not (other cases leave the most frequent one)
_NOMINATIVE_GENDER = {"Der": "m", "Das": "n", "das": "n", "des": "n"}
_STRONG_ENDINGS = {"m": "er", "f": "e", "n": "es"}
_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
_INNER_CAPITAL = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
_VERSION = re.compile(r"^(?:Plus|plus|\d\.\d)$")
_NOT_PROJECT_ENDINGS = (
    *NOT_PROJECT_NAME_ENDINGS,
    *ORG_HEADS,
    *(h.lower() for h in ENGLISH_ORG_HEADS),
    *(n.lower() for n in EVENT_NOUNS),
)
_PROJECT_HEADS = (*PROJECT_HEAD_ENDINGS, "vorhaben", *(h.lower() for h in SUBPROJECT_HEADS))
_PLACES = lexicon.GERMAN_PLACES | lexicon.AMBIGUOUS_TOWNS | set(lexicon.CITIES)


_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class _Candidate:
    start: int
    words: tuple[str, ...]
    article: str | None  # the article or contracted preposition right before the name
    first_in_sentence: bool  # a name opening a sentence: its first capital proves nothing
    word_ends: tuple[int, ...]  # where each word ends in the text (a line break or two spaces may part them)

    @property
    def end(self) -> int:
        return self.word_ends[-1]


def find_bare_project_names(text: str) -> list[Mention]:
    if not _ABOUT_PROJECTS.search(text):
        return []
    after_a_preposition = list(_AFTER_A_PREPOSITION.finditer(text))
    candidates = [
        *(_candidate(m) for m in after_a_preposition if not _agent_carrying(text, m)),
        *(_candidate(m, first_in_sentence=not _article(m)) for m in _SUBJECT_OF_A_SERVICE.finditer(text)),
        *(_without_its_object(_candidate(m)) for m in _SUBJECT_AFTER_A_SERVICE_VERB.finditer(text)),
        *(_candidate(m) for m in _AFTER_A_CARRIER_OR_STAFF_TITLE.finditer(text)),
    ]
    projects = (_project(text, c) for c in candidates if _is_a_project_name(c))
    named = [m for m in projects if m.label not in CAPITALISED_TERMS]
    carriers = [
        _project(text, c)
        for m in after_a_preposition
        if _agent_carrying(text, m) and _is_a_project_name(c := _candidate(m))
    ]
    named += [replace(c, type="Organisation", key="organisation:" + c.label.lower()) for c in carriers]
    return named + _single_names_before_the_verb(text) + _single_names_used_alone(text) + _means_named(text)


# "Mit Start in Arbeit hilft die Diakonie X …", "Mit Anpacken Nord startet im Januar ein Angebot": capitalised words
# after "Mit" opening a sentence, right before the finite verb of what a service does, name the means: the offer.
# Only "in"/"im" before an abstract noun or working life link them ("Mit Geld für Kurse unterstützt …", "Mit Ablauf
# des Jahres …" name no offer); a first word in "-n" before a link is a dative plural ("Mit Kursen im Betrieb …").
_MEANS_NAMED = re.compile(
    rf"Mit{_GAP}(?P<name>{_NAME_WORD}(?:{_GAP}(?P<link>{IN_A_NAME}{_GAP})?{_NAME_WORD}){{1,4}})"
    rf"{_GAP}(?:{_SERVICE_VERB})(?![\w-])"
)


def _means_named(text: str) -> list[Mention]:
    return [
        Mention.named(m.start("name"), m.end("name"), "Subproject", name, name)
        for m in at_sentence_starts(_MEANS_NAMED, text)
        for name, words in [(m.group("name"), tuple(m.group("name").split()))]
        if not (m.group("link") and words[0].endswith("n"))
        and words[0] not in TIME_WORDS - {"Start"}
        and not _names_something_else(words[1:])
        and not any(w in _PLACES for w in words[:1])
    ]


# "KoSima wird von der Ländlichen Erwachsenenbildung umgesetzt": the agent of carrying out, running or paying is a
# body (the carrier or the funder), not a project: the name's grammar read so is an organisation's.
_CARRYING_PARTICIPLE = re.compile(
    r"[^\S\n]+(?:umgesetzt|durchgeführt|getragen|betrieben|koordiniert|gefördert|finanziert|kofinanziert)(?![\w-])"
)


def _agent_carrying(text: str, m: re.Match[str]) -> bool:
    return m.group(0).lstrip().startswith(("von", "vom")) and bool(
        _CARRYING_PARTICIPLE.match(text, m.end("name"))
    )


def _single_names_used_alone(text: str) -> list[Mention]:
    found = [m for m in _SINGLE_WORD_AFTER_A_HEAD.finditer(text) if _may_be_a_single_name(m.group("name"))]
    return [
        Mention.named(m.start("head"), m.end("name"), "Subproject", m.group("name"), m.group(0))
        for m in found
        if _used_alone_as_a_name(text, m.group("name"))
    ]


def _used_alone_as_a_name(text: str, word: str) -> bool:
    """The word again as a name: the subject of a service verb ("Arrivo berät …") or after "bei"/"von" ("Rat bei
    Arrivo"), and never after a determiner ("die Zeit")."""
    name = re.escape(word)
    after_a_determiner = re.search(rf"(?<![\w-]){_DETERMINERS}{_GAP}{name}(?![\w-])", text)
    as_a_name = re.search(
        rf"(?<![\w-])(?:(?:bei|von){_GAP}{name}|{name}{_GAP}(?:{_SERVICE_VERB}))(?![\w-])", text
    )
    return after_a_determiner is None and as_a_name is not None


def _single_names_before_the_verb(text: str) -> list[Mention]:
    return [
        Mention.named(
            m.start(), m.end("name"), "Subproject", m.group("name"), text[m.start() : m.end("name")]
        )
        for m in _SINGLE_NAME_BEFORE_THE_VERB.finditer(text)
        if _may_be_a_single_name(m.group("name"))
    ]


def _may_be_a_single_name(word: str) -> bool:
    """No word of time or function word ("Das Projekt Ende …"), place or common abstract noun ("…ung", "…heit")."""
    common = word in TIME_WORDS or word in lexicon.NOT_NAMES or word in _PLACES
    return not common and not word.lower().endswith(COMMON_NOUN_ENDINGS)


def _candidate(m: re.Match[str], first_in_sentence: bool = False) -> _Candidate:
    found = list(_WORD.finditer(m.group("name")))
    words, ends = tuple(w.group() for w in found), tuple(m.start("name") + w.end() for w in found)
    return _Candidate(m.start("name"), words, _article(m), first_in_sentence, ends)


def _article(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    found = (
        groups.get(g)
        for g in ("article", "contracted", "article_after_mit", "article_after_title", "title_genitive")
    )
    return next((a for a in found if a), None)


def _without_its_object(c: _Candidate) -> _Candidate:
    """After the verb the subject may run into the object: "berät die Faire Integration Geflüchtete …"."""
    if c.words[-1].lower().endswith(OBJECT_NOUN_ENDINGS):
        return _Candidate(c.start, c.words[:-1], c.article, c.first_in_sentence, c.word_ends[:-1])
    return c


def _is_a_project_name(c: _Candidate) -> bool:
    if not 2 <= len(c.words) <= _MOST_WORDS or _names_something_else(c.words):
        return False
    return _opens_with_a_name_adjective(c) or _marked_as_a_name(c.words)


def _names_something_else(words: tuple[str, ...]) -> bool:
    """A body's, a fund's or an event's name, a time or a place; or a project head ("Projekt Pflege 4.0") whose
    name the head's own patterns read."""
    last, first = words[-1].lower(), words[0].lower()
    # (in the genitive too: "Koordinatorin des Teilprojekts Pflege Plus")
    headed = first.endswith(_PROJECT_HEADS) or re.sub(r"(?:es|s)$", "", first).endswith(_PROJECT_HEADS)
    return (
        headed
        or last.endswith(_NOT_PROJECT_ENDINGS)
        or any(w in TIME_WORDS or w in _PLACES for w in words[:2])
    )


def _marked_as_a_name(words: tuple[str, ...]) -> bool:
    """A capital inside the first word ("MigraNet Kampagne"; inside a later one the first is a common noun with a
    name in apposition: "dem Motto GoFuture"), an English word anywhere, or a version at the end."""
    styled = bool(_INNER_CAPITAL.search(words[0]))
    return styled or any(w in NAME_LIKE_ENGLISH_WORDS for w in words) or bool(_VERSION.match(words[-1]))


def _opens_with_a_name_adjective(c: _Candidate) -> bool:
    """A capitalised adjective after an article or a preposition (never the sentence's first word) whose ending
    agrees with the article: "die Faire …", "der Fairen …", "bei Mobile …"."""
    stem = _name_adjective_stem(c.words[0])
    agrees = stem is not None and c.words[0][len(stem) :] in _ENDINGS_AFTER.get(c.article, ())
    return agrees and not c.first_in_sentence


def _name_adjective_stem(word: str) -> str | None:
    stem = adjective_stem(word) or _listed_adjective_stem(word)
    if stem is None:
        return None
    low = stem.lower()
    # "Migranten", "Studenten", "Menschen": weak nouns whose ending looks like an adjective's
    weak_noun = low.endswith(("ant", "ent")) or (low.endswith("sch") and not low.endswith("isch"))
    not_a_name = low in PERSON_ADJECTIVE_NOUNS or low in BODY_NAME_ADJECTIVES or low in DESCRIPTIVE_ADJECTIVES
    return None if weak_noun or not_a_name or low in lexicon.LAND_ADJECTIVE_STEMS else stem


def _listed_adjective_stem(word: str) -> str | None:
    ending = next((e for e in _ADJECTIVE_ENDINGS if word.endswith(e)), None)
    stem = None if ending is None else word[: -len(ending)]
    return stem if stem is not None and stem.lower() in NAME_FORMING_ADJECTIVES else None


def _project(text: str, c: _Candidate) -> Mention:
    return Mention.named(c.start, c.end, "Subproject", _label(c), text[c.start : c.end])


def _label(c: _Candidate) -> str:
    """The name in the nominative, its adjective strong as a bare name has it: "der Fairen Integration" -> "Faire
    Integration", "beim Mobilen Lotsendienst" -> "Mobiler Lotsendienst", "des Mobilen Coachings" -> "Mobiles
    Coaching"."""
    words = list(c.words)
    if c.article == "des":
        words[1] = _genitive_to_nominative(words[1])
    stem = _name_adjective_stem(words[0])
    if stem is not None:
        g = known_gender(words[1]) or _NOMINATIVE_GENDER.get(c.article or "", "f")
        words[0] = stem + _STRONG_ENDINGS[g]
    return " ".join(words)


def _genitive_to_nominative(noun: str) -> str:
    """ "Dienstes" -> "Dienst" (a known head), "Coachings" -> "Coaching" (-s of a masculine or neuter noun)."""
    known = noun_nominative(noun)
    return (
        noun[:-1] if known == noun and noun.endswith("s") and not noun.endswith(("ss", "us", "is")) else known
    )
