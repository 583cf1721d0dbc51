"""Where a count stands: the scope it is read in, its clause, the case of a name and the clause's voice.

    CLAUSE := "Das Netzwerk hat 40 Teilprojekte; 2022 berieten sie 900 Personen": a semicolon, a colon, a dash
              or a comma before a conjunction or a relative pronoun ends a clause (not inside quotes or brackets)
    CASE := "im Netzwerk X" -> "im", "des Netzwerks X" -> "gen", "Das Netzwerk X hat …" -> "subject"
    PASSIVE := "Seither wurden 900 Anträge gestellt", "2.000 Menschen haben sich beraten lassen"
    HEAD GENITIVE := "Die Beratungsstellen des Netzwerks X berieten 1.200 Personen": the owner is the genitive
              attribute of the noun phrase opening the clause

`CountScope` holds what counts are read from: one sentence, the sentence before it and the release's main
entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..names.mentions import Mention
from .numbers import MAX_ATTRIBUTES, TOKEN, NumberPhrase

# Prepositions that open a relative clause: "…, in dem 30 Partner zusammenarbeiten", "…, an denen 600 Personen
# teilnahmen" (a regex alternation).
RELATIVE_PREPOSITIONS = "in|an|zu|bei|mit|von|aus|für|unter|neben"

# A dash between two numbers is a range ("im Zeitraum 2019 – 2022", "9 – 12 Uhr"), no break between clauses; a colon
# after a year labels the figure of that year ("erhielt 2019: 210.400 €, 2020: …"), no clause of its own.
_CLAUSE_BREAK = re.compile(
    r";\s|(?<!(?:19|20)\d\d):\s|(?<!\d)\s[–—-]\s|(?<=\d)\s[–—-]\s(?!\d)|,\s+(?=(?:der|die|das|dessen|deren|welche[rs]?|dass|weil|wenn|als|wo|während|nachdem|obwohl|"
    r"sodass|damit|denn|aber|sondern|wobei|wonach|ob|indem|sofern|falls|sobald|bevor)\b"
    # a relative clause opened by a preposition: "…, in dem 30 Partner zusammenarbeiten" (not "…, in dem Saal")
    rf"|(?:{RELATIVE_PREPOSITIONS})\s+(?:dem|der|denen|welchem|welcher)\b(?!\s+[A-ZÄÖÜ]))"
)
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
MAX_FRONTED = 5  # words before the finite verb of a verb-second clause: "2022", "in den letzten vier Jahren"


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
    list_owner: Mention | None = (
        None  # the owner a heading names, where the sentence is a line of figures under it
    )
    own_unit: Mention | None = None  # the unit the release is about (lists.topic_unit)
    section: Mention | None = None  # the project whose name heads the sentence's paragraph (a project page)
    previous_subject: Mention | None = None  # the subject of the last count read in the sentence before

    def within(self, span: tuple[int, int]) -> list[Mention]:
        return [m for m in self.mentions if span[0] <= m.start < span[1]]


def is_passive(text: str, clause: tuple[int, int], number: NumberPhrase) -> bool:
    aux = _PASSIVE_BEFORE.search(text[clause[0] : number.start])
    if aux is None:
        return _fronted_passive_subject(text, clause, number) or _modal_passive(text, clause, number)
    return aux.group("perfect") is None or _PERFECT.search(text, number.end, clause[1]) is not None


# The finite verb after a fronted counted subject: "wurden" is passive; "sind"/"waren" only with "worden" after
# it ("Über 900 Anträge sind gestellt worden"); a modal only with "werden" ("… konnten vermittelt werden").
_FRONTED_AUX = re.compile(
    r"(?P<passive>wurden|werden)|(?P<perfect>sind|waren)|(?P<modal>konnten|können|sollen|sollten|mussten|müssen)"
)
_MODAL_PASSIVE = re.compile(r"\b[a-zäöü]\w*\s+werden\s*$")
_PERFECT_PASSIVE = re.compile(r"\b[a-zäöü]\w*\s+worden\s*$")
# Words of the counted noun phrase before the finite verb: its attribute ("in gut 80 Berufen", "aus der Region").
_PARTICIPLE_LAST = re.compile(r"\b(?:[a-zäöü]*ge[a-zäöüß]+(?:t|en)|[a-zäöü]+t)$")
_NP_WORDS = (
    lexicon.PREPOSITIONS
    | lexicon.DETERMINERS
    | frozenset(w for q in lexicon.COUNT_QUALIFIERS for w in q.split())
)
_FOCUS = frozenset({"schon", "bereits", "allein", "alleine", "insgesamt", "nur", "fast", "gut"})


_MODAL_BEFORE = re.compile(
    rf"\b(?:konnten|können|sollen|sollten|mussten|müssen)\s+(?:{_MIDFIELD_PLACE}\s+){{0,{MAX_MIDFIELD}}}$"
)


def _modal_passive(text: str, clause: tuple[int, int], number: NumberPhrase) -> bool:
    """ "Seither konnten 68 Tandems vermittelt werden": a modal before the number, a participle and "werden" closing
    the clause."""
    if _MODAL_BEFORE.search(text[clause[0] : number.start]) is None:
        return False
    return _MODAL_PASSIVE.search(text[number.end : clause[1]].rstrip(" .!?")) is not None


def _fronted_passive_subject(text: str, clause: tuple[int, int], number: NumberPhrase) -> bool:
    """ "Über 900 Anträge wurden 2030 bewilligt", "Mehr als 60 Tandems sind gebildet worden": the counted noun opens
    the clause (a focus particle aside) as the subject of a passive that names no agent before it."""
    if any(w.lower() not in _FOCUS for w in TOKEN.findall(text, clause[0], number.start)):
        return False
    for word in TOKEN.finditer(text, number.end, clause[1]):
        aux = _FRONTED_AUX.fullmatch(word.group())
        if aux is not None:
            rest = text[word.end() : clause[1]].rstrip(" .!?")
            if aux.group("perfect"):
                return _PERFECT_PASSIVE.search(rest) is not None
            if aux.group("modal"):
                return _MODAL_PASSIVE.search(rest) is not None
            return _PARTICIPLE_LAST.search(rest) is not None  # "werden teilnehmen" is a future
        w = word.group()
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _NP_WORDS or _is_attribute(w)):
            return False  # another verb comes first: "… haben die Stellen festgestellt"
    return False


def case_of(text: str, sentence_start: int, m: Mention) -> str:
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


def clause_of(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    start, end = sentence
    breaks = [
        brk
        for brk in _CLAUSE_BREAK.finditer(text, sentence[0], sentence[1])
        # 'beim Programm „Integration durch Qualifizierung – IQ“', '(Stand: Juni)': inside a name or a parenthesis
        # the clause runs on
        if not (_quoted(text, sentence[0], brk.start()) or _bracketed(text, sentence[0], brk.start()))
    ]
    inserted = _inserted_between_dashes(breaks, pos)
    for brk in breaks:
        if brk in inserted:
            continue
        if brk.end() <= pos:
            start = brk.end()
        elif brk.start() >= pos:
            end = brk.start()
            break
    return start, end


def _inserted_between_dashes(breaks: list[re.Match[str]], pos: int) -> list[re.Match[str]]:
    """ "Mehr als 2.300 Beratungen – so viele wie nie zuvor – hat das Netzwerk durchgeführt": two dashes in a row
    enclose an insertion, and the clause around it runs on across it (not for a position inside it)."""
    dashes = [brk for brk in breaks if brk.group().strip() in _DASHES]
    pairs = [
        (first, second)
        for first, second in zip(dashes, dashes[1:], strict=False)
        if breaks.index(second) == breaks.index(first) + 1 and not first.end() <= pos <= second.start()
    ]
    return [brk for pair in pairs for brk in pair]


_DASHES = frozenset("–—-")
_QUOTE_MARKS = frozenset('„“”"«»')


def _quoted(text: str, start: int, pos: int) -> bool:
    """Whether a position lies inside quotation marks opened since `start` (an odd number of marks before it)."""
    return sum(c in _QUOTE_MARKS for c in text[start:pos]) % 2 == 1


def _bracketed(text: str, start: int, pos: int) -> bool:
    """Whether a position lies inside parentheses opened since `start`."""
    return text.count("(", start, pos) > text.count(")", start, pos)


_PASSIVE_AUXILIARY = re.compile(r"\b(?:wurden?|werden|wird|worden)\b")
# "2.000 Menschen haben sich vom Netzwerk beraten lassen": a reflexive "lassen" is a passive too.
_REFLEXIVE_LASSEN = re.compile(
    r"\bsich\b.*\b(?:lassen|ließen|ließ|lässt|gelassen)\b|\b(?:lassen|ließen|ließ|lässt)\s+sich\b"
)


def passive_voice(text: str, clause: tuple[int, int]) -> bool:
    return (
        _PASSIVE_AUXILIARY.search(text, clause[0], clause[1]) is not None
        or _REFLEXIVE_LASSEN.search(text, clause[0], clause[1]) is not None
    )


def head_genitive(text: str, clause: tuple[int, int], m: Mention) -> bool:
    """ "Die Beratungsstellen des Netzwerks X berieten 1.200 Personen": the owner is the genitive attribute of
    the noun phrase that opens the clause, or of the subject right after the finite verb when something else
    stands first ("2022 berieten die Beratungsstellen des Netzwerks X 1.200 Personen")."""
    words = TOKEN.findall(text, clause[0], m.start)
    if len(words) < 3 or words[-1].lower() not in ("des", "der"):
        return False
    opening = _opening_phrase(words[:-1])
    if opening is None:
        return False
    middle = _participle_attribute(_plain_phrase(opening[1:]))
    return (
        len(middle) <= 1 + MAX_ATTRIBUTES
        and middle[-1][:1].isupper()
        and all(_is_attribute(w) for w in middle[:-1])
    )


# words before a participle that are its own: "mit 2 Mio. Euro", "seit 2015 in Hessen"
MAX_PARTICIPLE_PHRASE = 5
_PARTICIPLE_ENDINGS = ("te", "ten", "tes", "ene", "enen", "enes", "ende", "enden", "endes")
# and of adjectives in -ig: "die seit 2015 tätigen Stellen"
_ATTRIBUTE_ENDINGS = (*_PARTICIPLE_ENDINGS, "igen", "ige")


def _participle_attribute(words: list[str]) -> list[str]:
    """ "die mit 2 Mio. Euro geförderten Teilprojekte", "die seit 2015 tätigen Stellen": a participle or adjective
    with its own phrase before the noun is one attribute; the words of its phrase are dropped."""
    if len(words) < 3 or not words[-1][:1].isupper():
        return words
    participle = words[-2]
    inflected = participle[:1].islower() and participle.endswith(_ATTRIBUTE_ENDINGS)
    own = words[:-2]
    if not inflected or not own or len(own) > MAX_PARTICIPLE_PHRASE:
        return words
    if own[0].lower() not in lexicon.PREPOSITIONS:  # with its contractions: "vom", "beim", "im", "zum", "zur"
        return words
    return words[-2:]


# Words of a number phrase that are no attribute of its noun: "die rund 40 Beraterinnen", "mehr als 30".
_QUALIFIER_WORDS = frozenset(w for q in lexicon.COUNT_QUALIFIERS for w in q.split()) | {"insgesamt"}
_PAIRING = frozenset({"und", "sowie"})


def _plain_phrase(words: list[str]) -> list[str]:
    """The noun phrase's words without qualifiers of its number, a gendered pair read as its last noun: "rund 40
    Beraterinnen und Berater" -> "40 Berater"."""
    plain = [w for w in words if w.lower() not in _QUALIFIER_WORDS]
    while len(plain) >= 3 and plain[-2] in _PAIRING and plain[-1][:1].isupper() and plain[-3][:1].isupper():
        plain = [*plain[:-3], plain[-1]]
    return plain


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


def after_the_finite_verb(words: list[str]) -> bool:
    """Words before a subject's name: its articles only ("Die Kammer …"), or a fronted part, the finite verb and
    the articles ("Im vergangenen Jahr habe die Kammer …", "2030 hat die Kammer …")."""
    bare = len(words)
    while bare and words[bare - 1].lower() in lexicon.DETERMINERS:
        bare -= 1
    return bare == 0 or (2 <= bare <= MAX_FRONTED + 1 and _is_finite_verb(words[bare - 1]))


def _is_finite_verb(word: str) -> bool:
    """A lower-case word that is no preposition or article: before an article, the finite verb."""
    return word[:1].islower() and word.lower() not in lexicon.PREPOSITIONS | lexicon.DETERMINERS
