"""The organisation of a role where the role phrase names none right after its noun.

"Petra Beispiel aus dem Ministerium für …" (after the name), "bei der Brückenbau gGmbH als Referentin" (before
"als"), "HWK-Präsident Karl Muster" (the first part of the compound), "Bürgermeister der Stadt Merseburg" (a
local government), "bei der Diakonie" for the "Diakonie Saar" named before (`ReleaseBodies`, the release's bodies
looked up by their first word), "Leiter des Jobcenters" (a body named by its kind alone stays in the title).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .. import lexicon
from ..names.organisations.complements import district_name
from ..names.organisations.words import is_of_kind
from ..names.persons.persons import given_name_gender
from ..text.morphology import noun_nominative
from ..text.spans import Mention
from .holders import BODY_LINK, COPULA_CLOSING, RELATIVE_TIME, RUNNING_VERBS
from .lists import listed_from
from .phrases import ORG_TYPES, is_head_noun, is_role_noun

_BODY_THEN_AS = re.compile(rf"(?<![\w-])(?:{BODY_LINK}|für\s+(?:die|den|das))\s+$", re.IGNORECASE)
# "Bei der Brückenbau gGmbH ist X als Referentin tätig": the phrase opens the clause before the verb and the name.
_BODY_OPENS = re.compile(rf"(?:^|[.!?:;]\s+|\n)\s*{BODY_LINK}\s+$", re.IGNORECASE | re.MULTILINE)
_VERB_BEFORE_HOLDER = re.compile(r"\s+(?:ist|war|arbeitet|arbeitete)\s+$")
# A relative clause whose object is the body the holder runs in that capacity, the verb of running closing it, in
# either order: "X, die das Jobcenter Y als Geschäftsführerin leitet", "X, der als Projektleiter das Projekt Z
# verantwortet" (not "X, die das Projekt als Mentorin begleitet": no running of it).
_RUN_BODY_BEFORE = re.compile(r",\s*(?:der|die)\s+(?:das|den|die)\s+(?:(?:Teil)?[Pp]rojekt\s+)?$")
_RUN_BODY_AFTER = re.compile(r"\s+(?:das|den|die)\s+(?:(?:Teil)?[Pp]rojekt\s+)?$")
_RUNS_IT = re.compile(rf"[^,.;:\n]{{0,40}}?\s(?:{'|'.join(RUNNING_VERBS)})(?=\s*[,.;:)]|\s*$)")
_RUN_BODY_REACH = 30  # characters back from the body over ", die das Projekt"
# The same in a main clause, the verb second: "X leitet das Projekt Y als Koordinatorin." (the title closing the
# clause) or "Als Koordinatorin leitet X das Projekt Y" (the holder between the verb and the body).
_RUNNING_SECOND = "|".join(RUNNING_VERBS)
_RUN_BODY_BEFORE_V2 = re.compile(
    rf"\s(?:{_RUNNING_SECOND})(?:\s+(?:seit\s+\S+|zuvor|bereits|schon))?\s+(?:das|den|die)\s+(?:(?:Teil)?[Pp]rojekt\s+)?$"
)
_TITLE_CLOSES_CLAUSE = re.compile(r"[^,.;:\n]{0,40}?(?=\s*[,.;:)]|\s*$)", re.MULTILINE)
_HOLDER_THEN_BODY = re.compile(
    rf"\s+(?:{_RUNNING_SECOND})\s+(?:[A-ZÄÖÜ][\w.\-]*\s+){{1,4}}(?:das|den|die)\s+(?:(?:Teil)?[Pp]rojekt\s+)?"
)
_AS_ONLY = re.compile(r"\s+als\s+")  # between the body and the title
_AS_OPENS_CLAUSE = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)[Aa]ls\s+$")
_APPOSITION_END = re.compile(r"[ \xa0]*(?:$|[,;.)])", re.MULTILINE)
_AFTER_NAME_LINK = re.compile(r"\s+(?:aus\s+dem|aus\s+der|vom|von\s+der|im|beim)\s+")


class ReleaseBodies:
    """The release's organisations by the first word of their name, in the order named: made once, so that
    a role naming one short ("bei der Diakonie") looks it up instead of reading every mention again. Also its
    people in order, for the person a pronoun stands for ("Sie war zuvor Referentin …")."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._by_first_word: dict[str, list[tuple[int, Mention]]] = {}
        self.people = sorted((m for m in mentions if m.type == "Person"), key=lambda m: m.start)
        self._people_starts = [m.start for m in self.people]
        for i, m in enumerate(mentions):
            if m.type in ORG_TYPES and not m.generic:
                self._by_first_word.setdefault(m.label.split(" ")[0], []).append((i, m))
        self._bodies = [m for m in mentions if m.type in ORG_TYPES and not m.generic]
        self._bodies_by_start = sorted(self._bodies, key=lambda m: m.start)
        self._body_starts = [m.start for m in self._bodies_by_start]

    def people_before(self, pos: int, reach: int) -> list[Mention]:
        """The persons named within `reach` characters before `pos`, in order (a slice, not all before)."""
        starts = self._people_starts
        return self.people[bisect.bisect_left(starts, pos - reach) : bisect.bisect_left(starts, pos)]

    def bodies_within(self, after: int, pos: int) -> list[Mention]:
        """The bodies starting after `after` and ending before `pos` (looked up, not scanned)."""
        low = bisect.bisect_right(self._body_starts, after)
        high = bisect.bisect_left(self._body_starts, pos)
        return [m for m in self._bodies_by_start[low:high] if m.end <= pos]

    def bodies_before(self, pos: int) -> list[Mention]:
        return [m for m in self._bodies if m.end <= pos]

    def named_before(self, first_words: set[str], pos: int) -> list[Mention]:
        """Those whose name starts with one of `first_words`, ending before `pos`, in the order named."""
        found = [(i, m) for word in first_words for i, m in self._by_first_word.get(word, []) if m.end <= pos]
        return [m for _, m in sorted(found, key=lambda found: found[0])]


def org_after_the_list(text: str, first: Mention, mentions: list[Mention]) -> Mention | None:
    """ "Die Beraterinnen A und B von der Stiftung X": the body after the last name listed after a plural title
    is everyone's."""
    listed = listed_from(text, first, mentions)
    return org_after_person(text, listed[-1], mentions) if len(listed) > 1 else None


_SUSPENDED_HYPHEN = re.compile(r"-[ \xa0]*(?:und|oder|sowie|,)[ \xa0]")


def is_cut_short(text: str, org: Mention | None) -> bool:
    """An organisation's name read up to a suspended compound ("Arbeitsmarkt- und …") is cut short."""
    return org is not None and bool(_SUSPENDED_HYPHEN.match(text, org.end))


def unknown_body(text: str, pos: int, person: Mention, limit: int) -> str | None:
    """The role phrase goes on with an organisation's link and a capitalised word that is no name we
    read ("… der Beispiel Foundation", "Experte von der OECD"): the role has an organisation, named by
    that word."""
    match = _UNKNOWN_BODY.match(text, pos, limit)
    if match is None or person.start <= match.start("word") < person.end:
        return None
    word = match.group("word")
    known = word in lexicon.GERMAN_PLACES or word in lexicon.LAENDER or given_name_gender(word)
    # "Staatssekretärin beim Bundesminister für …": an office held by a person, no body; the title keeps it
    return None if known or is_role_noun(word) else word


def named_in_full_before(word: str, release: ReleaseBodies | None, pos: int) -> Mention | None:
    """The one organisation named before `pos` whose name starts with `word` ("Diakonie Saar" for
    "bei der Diakonie")."""
    full = full_names_before(word, release, pos)
    only = next(iter(full.values())) if len(full) == 1 else None
    return only if only is not None and " " in only.label else None  # a one-word name is no short form


def full_names_before(word: str, release: ReleaseBodies | None, pos: int) -> dict[str, Mention]:
    if release is None:
        return {}
    nominative = head_nominative(word)
    forms = {word, nominative, re.sub(r"nisses$", "nis", word)}  # "des Bündnisses"
    full = {m.key: m for m in release.named_before(forms, pos)}
    if not full and nominative in lexicon.BODY_STAND_INS:  # "des Vereins" for "Brückenbau e. V."
        full = {m.key: m for m in release.bodies_before(pos) if is_of_kind(m.label, nominative)}
    return full


def generic_body_end(text: str, pos: int, limit: int) -> int | None:
    """ "Der Leiter des Jobcenters, X", "die Sprecherin des Flüchtlingsrats": a body named by its kind alone,
    no name; the title keeps it (the gold convention for an organisation that is no entity). Not when a
    capitalised word follows, which would make it part of a name ("des Jobcenters Kassel")."""
    match = _UNKNOWN_BODY.match(text, pos, limit)
    if (
        match is None
        or not match.group("link").startswith(_GENERIC_BODY_LINKS)
        or _NAME_GOES_ON.match(text, match.end())
    ):
        return None
    noun = match.group("word").lower()
    is_body = any(noun.rstrip("s").endswith(head) or noun.endswith(head + "es") for head in _BODY_HEADS)
    # "die Bürgermeisterin der Hansestadt, X", "der Landrat des Kreises": a local government by its kind alone
    is_territory = (
        noun in _LOCAL_GOVERNMENTS or noun.removesuffix("es") in _LOCAL_GOVERNMENTS or noun.endswith("stadt")
    )  # "der Kreisstadt", "der Universitätsstadt"
    return match.end() if is_body or is_territory else None


_BODY_HEADS = tuple(head for head in lexicon.ORG_HEADS if len(head) > 3)
# The genitive of a body, or "im"/"beim" before it: "Staatssekretärin im Ministerium", "Leiter des Jobcenters".
_GENERIC_BODY_LINKS = ("de", "im", "beim")
_LOCAL_GOVERNMENTS = frozenset(
    w.lower() for w in ("Stadt", "Hansestadt", "Landeshauptstadt", "Gemeinde", "Landkreis", "Kreis", "Bezirk")
)
_NAME_GOES_ON = re.compile(r"[ \xa0]+(?:[A-ZÄÖÜ]|\d)|-[A-ZÄÖÜ]|[ \xa0]*\(")


_LOCAL_KINDS = "|".join(lexicon.LOCAL_BODY_GENITIVES)
_LOCAL_BODY = re.compile(
    rf"\s+(?:des|der)\s+(?P<kind>{_LOCAL_KINDS})\s+(?P<place>[A-ZÄÖÜ][\w\-]*\w)(?![\w-])"
)


def local_body(text: str, pos: int, limit: int) -> Mention | None:
    """ "Landrätin des Kreises Greiz", "Bürgermeister der Stadt Merseburg": a genitive naming a local
    government by its kind and a known place is the role's organisation, a municipal body; so is a district
    named by a hyphenated compound of its landscapes ("Sozialdezernentin des Main-Kinzig-Kreises")."""
    district = _DISTRICT_GENITIVE.match(text, pos, limit)
    if district is not None:
        label = district.group("district")
        return Mention.named(district.start("district"), district.end(), "Agency", label, label, priority=0)
    match = _LOCAL_BODY.match(text, pos, limit)
    if match is None or not (
        match.group("place") in lexicon.GERMAN_PLACES or district_name(match.group("place"))
    ):
        return None  # a known town, or a district's two names ("des Kreises Siegen-Wittgenstein")
    label = f"{lexicon.LOCAL_BODY_GENITIVES[match.group('kind')]} {match.group('place')}"
    return Mention.named(match.start("kind"), match.end(), "Agency", label, label, priority=0)


_DISTRICT_GENITIVE = re.compile(r"\s+des\s+(?P<district>(?:[A-ZÄÖÜ][a-zäöüß]+-){1,3}Kreis)(?:es)?(?![\w-])")


_UNKNOWN_BODY = re.compile(
    r"\s+(?P<link>des|der|beim|bei\s+der|bei\s+dem|vom|von\s+der|von\s+dem|im|am|an\s+der)"
    r"(?:\s+[a-zäöü]\w*(?:e|en|er|es|em))?\s+(?P<word>[A-ZÄÖÜ][\w\-]*)"
)


def prefix_organisation(
    head: re.Match[str], mentions: list[Mention], release: ReleaseBodies | None = None
) -> Mention | None:
    """ "HWK-Präsident Karl Muster": the organisation is the first part of the compound. Where that part is no
    name of its own, it names the one body named before whose name it begins ("Lernwerk-Mitarbeiterin" after
    "der Verein Lernwerk e. V.") or, as "HWK" or "IHK", whose kind it abbreviates ("die Handwerkskammer Kassel")."""
    start = head.start("noun")
    named = next(
        (
            m
            for m in mentions
            if m.start == start and m.type in ORG_TYPES and head.string.startswith("-", m.end)
        ),
        None,
    )
    prefix = _COMPOUND_PREFIX.match(head.string, start)
    if named is not None or prefix is None or release is None:
        return named
    word = prefix.group("word")
    first_words = (
        {lexicon.CHAMBER_ABBREVIATIONS[word].split(" ")[0]}
        if word in lexicon.CHAMBER_ABBREVIATIONS
        else {word}
    )
    bodies = {m.key: m for m in release.named_before(first_words, start)}
    if not bodies:  # "Lichtblick-Beraterin" after "die Stiftung Lichtblick": the word further on in the name
        bodies = {m.key: m for m in release.bodies_before(start) if word in m.label.split(" ")[1:]}
    if not bodies and word in lexicon.BODY_STAND_INS:  # "Kammer-Präsident" after "die Handwerkskammer Kassel"
        bodies = {m.key: m for m in release.bodies_before(start) if is_of_kind(m.label, word)}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


# The first part of a compound role noun written with a hyphen: "Lernwerk-Mitarbeiterin", "HWK-Präsident".
_COMPOUND_PREFIX = re.compile(r"(?P<word>[A-ZÄÖÜ][\w]*)-(?=[A-ZÄÖÜ])")


def place_prefix(head: re.Match[str], mentions: list[Mention]) -> bool:
    """ "NRW-Integrationsministerin": a place opening the compound is part of the title, no name around it."""
    start = head.start("noun")
    return any(
        m.start == start and m.type == "Place" and head.string.startswith("-", m.end) for m in mentions
    )


def office_named_by_title(head: re.Match[str], mentions: list[Mention]) -> Mention | None:
    """ "der Landesbeauftragten für Integration, Petra Beispiel": an office named by its holder's title (an
    Agency whose name opens with the role noun) is her title too."""
    start = head.start("noun")
    return next((m for m in mentions if m.start == start and m.type == "Agency"), None)


def org_after_person(text: str, person: Mention, mentions: list[Mention]) -> Mention | None:
    """ "Staatssekretär Dr. Karl Muster aus dem Ministerium für …": the organisation after the name."""
    for m in mentions:
        gap = text[person.end : m.start]
        if (
            m.type in ORG_TYPES
            and person.end < m.start <= person.end + 12
            and (
                _AFTER_NAME_LINK.fullmatch(gap)
                or _is_comma_apposition(text, gap, m)
                or gap.strip() == "("
                and text.startswith(")", m.end)  # "Petra Beispiel (Verein X)"
            )
        ):
            return m
    return None


def body_before_as(text: str, head: int, person: Mention, mentions: list[Mention]) -> Mention | None:
    """The body in "bei der Y als Referentin" right before the role, or in "Bei der Y ist X als Referentin"
    opening the clause before its verb and the holder."""
    as_word = re.search(r"\s+als\s+$", text[max(0, head - 8) : head])
    if as_word is None:
        return None
    before_as = head - len(as_word.group(0))
    for m in mentions:
        if m.type not in ORG_TYPES:
            continue
        if m.end == before_as and _BODY_THEN_AS.search(text, max(0, m.start - 12), m.start):
            return m
        opens = _BODY_OPENS.search(text, max(0, m.start - 14), m.start)
        if opens and person.start > m.end and _VERB_BEFORE_HOLDER.fullmatch(text, m.end, person.start):
            return m
    return None


# A relative clause naming the body first, the title as its predicate, the copula closing it: "X, die beim Verein Y
# Referentin ist"; a head noun may stand before the name ("beim Verein Y e. V.").
_RELATIVE_BODY_LINK = re.compile(
    rf",\s*(?:der|die)\s+(?:{RELATIVE_TIME}\s+)?{BODY_LINK}\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)
_RELATIVE_BODY_REACH = 60  # characters back from the body over ", die seit zwei Jahren beim Verein"


def body_before_a_predicate(text: str, head: int, mentions: list[Mention]) -> tuple[Mention, int] | None:
    """The body a relative clause names right before the title at `head`, the copula closing the clause; with
    where the title stops (before the copula: "Leiterin der Abteilung Z")."""
    closing = COPULA_CLOSING.match(text, head)
    if closing is None:
        return None
    for m in mentions:
        if m.type not in ORG_TYPES or not m.end < head or text[m.end : head].strip():
            continue
        if _RELATIVE_BODY_LINK.search(text, max(0, m.start - _RELATIVE_BODY_REACH), m.start):
            return m, text.rindex(" ", head, closing.end())
    return None


def body_run_in_a_relative_clause(
    text: str, head: tuple[int, int], mentions: list[Mention]
) -> Mention | None:
    """The body a relative clause says the holder runs in the role at `head` (its noun's start and end): the object
    before "als" ("…, die das Jobcenter Y als Geschäftsführerin leitet") or right after the title ("…, die als
    Projektleiterin das Projekt Z verantwortet"), a verb of running closing the clause."""
    for m in mentions:
        if m.type not in ORG_TYPES:
            continue
        before = m.end < head[0] and _RUN_BODY_BEFORE.search(text, max(0, m.start - _RUN_BODY_REACH), m.start)
        if before and _AS_ONLY.fullmatch(text, m.end, head[0]) and _runs_it(text, head):
            return m
        after = head[1] < m.start <= head[1] + _RUN_BODY_REACH
        if after and _RUN_BODY_AFTER.fullmatch(text, head[1], m.start) and _RUNS_IT.match(text, m.end):
            return m
        if _run_in_a_main_clause(text, head, m):
            return m
    return None


# Any verb closing the clause, where the title itself says the holder heads the body: "X, die das Projekt Y als
# Projektkoordinatorin betreut" (a mentor or a partner of it does not head it).
_VERB_CLOSES = re.compile(r"\s+[a-zäöü]\w*(?=\s*[,.;:)]|\s*$)", re.MULTILINE)


def _runs_it(text: str, head: tuple[int, int]) -> bool:
    noun = text[head[0] : head[1]].split()[-1]
    return bool(_RUNS_IT.match(text, head[1]) or (is_head_noun(noun) and _VERB_CLOSES.match(text, head[1])))


def _run_in_a_main_clause(text: str, head: tuple[int, int], body: Mention) -> bool:
    """ "X leitet das Projekt Y als Koordinatorin.": the body the object of the verb, the title after "als"
    closing the clause."""
    if body.end >= head[0]:
        return False
    before = _RUN_BODY_BEFORE_V2.search(text, max(0, body.start - _RUN_BODY_REACH), body.start)
    as_only = _AS_ONLY.fullmatch(text, body.end, head[0])
    return bool(before and as_only and _TITLE_CLOSES_CLAUSE.match(text, head[1]))


def body_run_after_its_holder(text: str, head: tuple[int, int], mentions: list[Mention]) -> Mention | None:
    """ "Als Koordinatorin leitet X das Projekt Y": the title opening the clause after "als", the verb of running,
    the holder, then the body as its object. `head`: the title's start and end."""
    if _AS_OPENS_CLAUSE.search(text, max(0, head[0] - _RUN_BODY_REACH), head[0]) is None:
        return None
    return next(
        (
            m
            for m in mentions
            if m.type in ORG_TYPES
            and head[1] < m.start <= head[1] + HOLDER_THEN_BODY_MAX
            and _HOLDER_THEN_BODY.fullmatch(text, head[1], m.start)
        ),
        None,
    )


HOLDER_THEN_BODY_MAX = 70  # the verb, the holder's name with titles, the article and "Projekt"


def org_after_title(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """ "Petra Beispiel, Referentin Grundsatzfragen, Brückenbau gGmbH und …": after the holder's title, a comma
    and an organisation that closes the apposition."""
    comma = _COMMA.match(text, pos)
    if comma is None:
        return None
    org = next((m for m in mentions if m.start == comma.end() and m.type in ORG_TYPES), None)
    end = _ITEM_END.match(text, org.end) if org is not None else None
    if end is None or any(m.start == end.end() and m.type in ORG_TYPES for m in mentions):
        return None  # "…, Brückenbau gGmbH und Stiftung Lichtblick luden ein": a list of organisations
    return org


_COMMA = re.compile(r"[ \xa0]*,[ \xa0]*")
_ITEM_END = re.compile(r"[ \xa0]*(?:$|[,;.)]|(?:und|sowie)[ \xa0]+)", re.MULTILINE)


def _is_comma_apposition(text: str, gap: str, org: Mention) -> bool:
    """ "Staatssekretär Petra Beispiel, Ministerium für …" closing a line or a list item."""
    return gap.strip() == "," and bool(_APPOSITION_END.match(text, org.end))


def head_nominative(word: str) -> str:
    """ "Vereins" -> "Verein", "Instituts" -> "Institut": the genitive of an organisation head."""
    nominative = noun_nominative(word)
    for ending in ("es", "s"):
        if (
            nominative == word
            and word.lower().endswith(ending)
            and word.lower()[: -len(ending)].endswith(tuple(lexicon.ORG_HEADS))
        ):
            return word[: -len(ending)]
    return nominative


def body_on_the_line_below(text: str, end: int, release: ReleaseBodies) -> Mention | None:
    """ "Karl Muster\nReferent\nBrückenbau e. V.": the body named alone on the line after a title's line ending at
    `end`."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip():
        return None
    next_end = text.find("\n", line_end + 1)
    next_end = len(text) if next_end < 0 else next_end
    below = text[line_end + 1 : next_end].strip()
    return next((m for m in release.bodies_within(line_end, next_end + 1) if m.surface == below), None)
