"""Roles of people: "Elke Breitenbach, Senatorin für …", "Senatorin Elke Breitenbach", "der Leiterin des IQ
Landesnetzwerks Berlin Alev Deniz", "Jürgen Schröder als Vertreter des Bundesministeriums …", and
memberships without a role are read in `memberships.py`, completions from the whole release in
`role_context.py`.

A role phrase is: modifiers, a role noun, then what the title keeps ("für Arbeit und Soziales",
a quoted portfolio, "der Geschäftsführung") and last, optionally, the organisation (an entity mention
after "des", "im", "beim", "vom", "aus dem" …), which is split off the title.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import lexicon
from .alternation import any_of
from .morphology import noun_nominative
from .organisation_words import is_of_kind
from .persons import ACADEMIC, given_name_gender, is_certain_gender
from .role_lists import listed_from, named_after_colon, singular, team_after_possessive
from .role_pronouns import ANTECEDENT_REACH, pronoun_subject
from .role_titles import GENDER_MARK, for_holder, noun_gender, title_as_written
from .spans import Mention

_STEMS = any_of(sorted(lexicon.ROLE_STEMS, key=len, reverse=True))
_TIME_ADJECTIVES = any_of(lexicon.ROLE_TIME_ADJECTIVES)
_ABBREVIATED = (
    "(?:"
    + "|".join(re.escape(a) for a in sorted(lexicon.ROLE_ABBREVIATIONS, key=len, reverse=True))
    + r")(?=[ \xa0])"
)
ROLE_HEAD = re.compile(
    r"(?<![\w.])(?P<pre>(?:(?:stellv\.|(?=[a-zäöü])[\w]*(?:isch|ig|lich|al|ell|iv|är|end|neu|erst)(?:e|en|er|es|em)?"
    rf"|{_TIME_ADJECTIVES}(?:e|en|er|es|em)|[A-ZÄÖÜ]\w*isch(?:e|en|er|es|em))[ \xa0]+)*)"
    rf"(?P<noun>{_ABBREVIATED}|(?:[A-ZÄÖÜ][\w]*-\s+(?:und|&)\s+)?[A-ZÄÖÜ]?[\w\-]*(?i:{_STEMS})[\w]*(?:{GENDER_MARK})?"
    # "Geschäftsführerin und Gründerin der …": two role nouns coordinated make one title
    rf"(?:[ \xa0]+(?:und|&)[ \xa0]+(?=[A-ZÄÖÜ])[\w\-]*(?i:{_STEMS})[\w]*(?![\w-]))?"
    rf"(?:[ \xa0]+a\.[ \xa0]?D\.)?)(?![\w-])"  # "Staatssekretär a. D.": retired, as written
)
ANY_STEM = re.compile(_STEMS, re.IGNORECASE)
_ANY_ROLE_WORD = re.compile(rf"(?i:{_STEMS})|{_ABBREVIATED}")  # a cheap test before the full pattern
_NOT_A_ROLE = rf"(?![\w\-]*(?i:{_STEMS}))"  # "für Arbeit und Projektleiter …": the next role starts
_PORTFOLIO_WORD = rf"{_NOT_A_ROLE}[A-ZÄÖÜ][\w\-]*\w"
# "für Einfache Sprache", "für Berufliche Bildung": a portfolio may be an adjective and its noun; a name
# ("für Integration Heike Beispiel") is no part of it, the narrower pattern after it then applies.
_PORTFOLIO_PHRASE = rf"(?:[A-ZÄÖÜ]\w*e[ \xa0]+)?{_PORTFOLIO_WORD}"
_WIDE_PORTFOLIO = re.compile(rf"\s+für\s+{_PORTFOLIO_PHRASE}(?:(?:\s*,\s*|\s+und\s+){_PORTFOLIO_PHRASE})*")
# "der Geschäftsführung", "des Dezernats", "der Integrationsabteilung": a unit inside the organisation, with
# its name when one follows ("des Fachbereichs Migration", read by _unit_after_noun).
_UNIT_IN_ORGANISATION = re.compile(
    r"\s+(?:der|des)\s+(?=[A-ZÄÖÜ])[\w\-]*(?i:" + "|".join(lexicon.TITLE_UNIT_NOUNS) + r")(?:e?s)?(?![\w-])"
)
_KEEP = (
    _WIDE_PORTFOLIO,
    re.compile(rf"\s+für\s+{_PORTFOLIO_WORD}(?:(?:\s*,\s*|\s+und\s+){_PORTFOLIO_WORD})*"),
    re.compile(r"\s+[„\"“][^„\"“”\n]{2,80}[“\"”]"),
    _UNIT_IN_ORGANISATION,
    re.compile(r"\s+des\s+(?:Landes\s+)?(?:" + "|".join(lexicon.LAND_GENITIVES) + r")(?![\w-])"),
    # "Integrationsbeauftragte des Landes", "Sozialdezernentin der Stadt": the Land, Federation, town or district
    # the release is about, named no further
    re.compile(r"\s+(?:des\s+(?:Landes|Bundes|Kreises|Landkreises)|der\s+Stadt)(?![\w-])(?!\s+[A-ZÄÖÜ])"),
)
# "Leiterin Personal und Finanzen der …", "Referent Öffentlichkeitsarbeit bei …": the unit a title names
# right after its noun, without an article, up to a comma or the link to the organisation.
_UNIT_WORD = r"[A-ZÄÖÜ][\w\-]*\w"
UNIT_WORDS_MAX = 4
_UNIT_AFTER_NOUN = re.compile(
    rf"[ \xa0]+{_NOT_A_ROLE}{_UNIT_WORD}(?:[ \xa0]+(?:(?:und|&)[ \xa0]+)?{_NOT_A_ROLE}{_UNIT_WORD}){{0,{UNIT_WORDS_MAX - 1}}}"
    r"(?=\s*[,;)–]|\s+(?:der|des|im|in\s+der|in\s+dem|beim|bei|vom|von|am|an\s+der)\s)"
)
# The article (and an adjective: "der kanadischen …") between a role and the organisation named with it.
_ORG_LINK = re.compile(
    r"\s+(?:des|der|im|in\s+der|in\s+dem|beim|bei\s+der|bei\s+dem|vom|von|von\s+der|von\s+dem|am|an\s+der"
    r"|aus\s+dem|aus\s+der)"
    # "der in Kassel ansässigen …", "des in Erfurt gegründeten …": a participle with its place before the name
    r"(?:\s+(?:in|im|aus)\s+[A-ZÄÖÜ][\w\-]*)?(?:\s+[a-zäöü]\w*(?:e|en|er|es|em))?\s+$"
)
ORG_LINK_MAX = 50  # characters from the role phrase to the organisation named right after it
# "Leiterin der Abteilung Beratung und Betreuung … der Universität X": words of the title before the
# organisation; the tail ends at punctuation or a word that is no part of a name.
ROLE_TAIL_MAX = 110
_TAIL_WORDS = re.compile(
    r"(?:\s+(?:[A-ZÄÖÜ0-9][\w\-.&+]*|und|für|durch|des|der|dem|im|beim|bei|vom|von|aus|am|an|in|[a-zäöü]+(?:er|en|e|es))(?![\w-]))*"
)
ORG_TYPES = frozenset(
    {"Ministry", "Agency", "Organisation", "StateNetwork", "CoordinationOffice", "Subproject", "Programme"}
)
_MANDATE = re.compile(
    r"[ \xa0]+(" + "|".join(lexicon.MANDATES) + r")(?![\w-])"
    r"|\s*,\s*(" + "|".join(lexicon.SPELLED_MANDATES).replace(" ", r"\s+") + r")(?![\w-])"
)
_NAME_GAP_MAX = 20  # room for "Dr. Prof. ", "Mag. (FH) "
_RIGHT_BEFORE_NAME = re.compile(r"[ \xa0]*" + ACADEMIC)
_COMMA_BEFORE_NAME = re.compile(r"\s*,\s*" + ACADEMIC)
_TIMES = "|".join(lexicon.APPOINTMENT_TIMES)
_LINKS = "|".join(sorted(lexicon.APPOINTMENT_LINKS, key=len, reverse=True))
_FINITE_WORD = r"(?:[a-zäöü]\w*|(?:seit\s+)?\d{4})"  # a verb, an adverb, "seit 2019"
WORDS_BEFORE_ALS_MAX = 3
_CAPACITY = r"(?:in|In)\s+(?:ihrer|seiner)\s+(?:Funktion|Eigenschaft|Rolle)"
# Between a name and its role: apposition ("X, Senatorin"; "X MdL, Senatorin"; "X (Senatorin"),
# "als", a relative clause start, or an appointment ("X wurde zum …", "X war zuvor …").
# "X (52) ist …", "X (SPD), Senatorin …", "X (Kassel) war …": an age, a party or a town in brackets after the name.
_ASIDE_AFTER_NAME = r"(?:[ \xa0]*\((?:\d{1,3}|[A-ZÄÖÜ][\w\-/]*(?:[ \xa0][A-ZÄÖÜ][\w\-/]*)?)\))?"
_APPOSITION = re.compile(
    _ASIDE_AFTER_NAME + r"(?:[ \xa0]+(?:" + "|".join(lexicon.MANDATES) + r"))?"
    rf"(?:\s*(?:,|als|\(|[–—])\s*(?:(?:{_TIMES})\s+)?|\s*,\s*(?:der|die|den|dem)\s+|\s+(?:{_LINKS})(?:\s+(?:{_TIMES}))?\s+"
    r"(?:(?:der|die|den|ein|eine)\s+)?"
    # "X sprach als Vertreterin …", "X arbeitet seit 2019 als …", "X begrüßte in seiner Funktion als …"
    rf"|\s+(?:{_FINITE_WORD}\s+){{1,{WORDS_BEFORE_ALS_MAX}}}(?:{_CAPACITY}\s+)?als\s+"
    rf"|\s*,?\s*{_CAPACITY}\s+als\s+"
    # "X, die seit 2019 als Referentin … tätig ist": a relative clause saying in what capacity
    rf"|\s*,\s*(?:der|die)\s+(?:{_FINITE_WORD}\s+){{0,{WORDS_BEFORE_ALS_MAX}}}als\s+)"
)
_APPOSITION_MAX = 40
# "X ist bei der Brückenbau gGmbH als Referentin tätig", "X, die seit 2019 im Verein Y als …": the body named
# before "als" in a prepositional phrase.
_BODY_LINK = r"(?:bei|beim|bei\s+der|bei\s+dem|im|in\s+der|in\s+dem|an\s+der)"
_IN_BODY_AS = re.compile(
    rf"(?:\s+(?:ist|war|arbeitet|arbeitete)|\s*,\s*(?:der|die))(?:\s+(?:{_TIMES}))?\s+{_BODY_LINK}\s+[^,;]{{2,80}}?\s+als\s+"
)
IN_BODY_AS_MAX = 110  # the verb, a time, the link, the body's name and "als"
_BODY_THEN_AS = re.compile(rf"(?<![\w-]){_BODY_LINK}\s+$", re.IGNORECASE)
# "Bei der Brückenbau gGmbH ist X als Referentin tätig": the phrase opens the clause before the verb and the name.
_BODY_OPENS = re.compile(rf"(?:^|[.!?:;]\s+|\n)\s*{_BODY_LINK}\s+$", re.IGNORECASE | re.MULTILINE)
_VERB_BEFORE_HOLDER = re.compile(r"\s+(?:ist|war|arbeitet|arbeitete)\s+$")
# Succession: the subject takes the role named after "als", the person named after the verb held it before.
# "folgt auf X als …", "tritt zum 1. Mai die Nachfolge von X als … an", "löst X als … ab".
SUCCESSION_MAX = 90  # the verb, a time, the predecessor's name with a title and "als"
_SUCCESSION_VERB = r"(?:folgt|folgte|tritt|trat|löst|löste)"
_SUCCEEDS = re.compile(
    rf"\s+{_SUCCESSION_VERB}(?:\s+(?:{_TIMES}))?\s+(?:auf\s+|die\s+Nachfolge\s+(?:von\s+|des\s+|der\s+)?)?"
    r"[^,;]{2,60}?\s+als\s+"
)
_PREDECESSOR = re.compile(rf"(?:\b{_SUCCESSION_VERB}|\bauf|\bNachfolge(?:\s+(?:von|des|der))?)\s+$")
# "in ihrer Funktion als Vorsitzende der X begrüßte Petra Beispiel …": the holder follows the verb.
# "in ihrer Funktion als …", or a clause opening with "als …": "Als Vertreterin der X sprach Petra Beispiel".
_CAPACITY_BEFORE = re.compile(rf"(?:{_CAPACITY}\s+als|(?<=[.!?:;,(\n])\s*[Aa]ls|^[Aa]ls)\s+$")
# "Neue Leiterin des Vereins ist seit Mai Petra Beispiel": the role phrase, a copula and the holder.
# "Zum Vorsitzenden wurde Petra Beispiel gewählt", "Die Aufgaben der Referentin übernimmt Petra Beispiel".
_COPULA = re.compile(
    rf"\s+(?:ist|war|wird|wurde|bleibt|übernimmt|übernahm)(?:\s+(?:{_TIMES}))?\s+" + ACADEMIC
)
_VERB_BEFORE_NAME = re.compile(r"\s*,?\s+[a-zäöü]\w*\s+" + ACADEMIC)
# A fronted adverbial puts the copula before the holder, the role right after the name: "Zuvor war Petra
# Beispiel Referentin im …", "Seit 2019 ist Petra Beispiel Geschäftsführerin der …".
_COPULA_BEFORE_HOLDER = re.compile(
    r"(?<![\w-])(?:ist|war|wird|wurde|bleibt|blieb)\s+(?:(?:" + _TIMES + r")\s+)?" + ACADEMIC + r"$"
)
COPULA_REACH = 40  # the copula, a time and academic titles before the name
_COMPOUND_GLUE = re.compile(r"-\w")
_APPOSITION_END = re.compile(r"[ \xa0]*(?:$|[,;.)])", re.MULTILINE)
_AFTER_NAME_LINK = re.compile(r"\s+(?:aus\s+dem|aus\s+der|vom|von\s+der|im|beim)\s+")


@dataclass(frozen=True)
class RoleFinding:
    person: Mention
    title: str
    organisation: Mention | None
    leads: bool  # the role makes the person head of the organisation
    head: int = -1  # where the role phrase starts, when one was read


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


def find_roles(
    text: str, sentence: tuple[int, int], mentions: list[Mention], release: ReleaseBodies | None = None
) -> list[RoleFinding]:
    """The roles a sentence names; `mentions` are the sentence's, `release` all of the release's (an
    organisation named in full earlier may be named short here: "Diakonie Saar" … "bei der Diakonie")."""
    people = [m for m in mentions if m.type == "Person"]
    out: list[RoleFinding] = _mandates(text, people) + _pronoun_role(text, sentence, mentions, release)
    if not people or not _ANY_ROLE_WORD.search(text, *sentence):
        return _dedupe(out)  # the full role pattern is costly: most sentences name no role
    for head in ROLE_HEAD.finditer(text, sentence[0], sentence[1]):
        if not _is_role_noun(head.group("noun")):
            continue
        prefix_org = _prefix_organisation(head, mentions)
        office = _office_named_by_title(head, mentions)
        if (
            prefix_org is None
            and office is None
            and _is_inside(head, mentions)
            and not _place_prefix(head, mentions)
        ):
            continue
        here = [m for m in mentions if m is not office]
        finding = _role_at(text, head, (here, release), people, sentence[1])
        if finding is not None and _is_cut_short(text, finding.organisation):
            continue  # "beim Institut Arbeitsmarkt- und Berufsforschung" read as "Institut Arbeitsmarkt"
        if finding is None:
            first = _first_title_before(text, head, out)
            if first is not None:  # "X, Leiterin der A und Koordinatorin des B": both hers
                finding = _role_at(text, head, (here, release), people, sentence[1], first.person)
        if finding is None:
            out += _listed_holders(text, head, mentions, out, sentence[1])
            continue
        finding = with_body_of_the_place(_with_prefix(finding, prefix_org), text, head.start("noun"))
        out.append(finding)
        if _is_plural(text, head):
            listed = listed_from(text, finding.person, mentions)[1:]
            out += [_for_listed(text, finding, p, mentions) for p in listed]
    return _dedupe(out)


# Two titles of one person in apposition, joined by "und": "X, Leiterin der Abteilung A und Projektleiterin des B,".
_SECOND_TITLE_LINK = re.compile(r"[^,;:.()\n]{0,150}?\s+und\s+$")


def _first_title_before(text: str, head: re.Match[str], found: list[RoleFinding]) -> RoleFinding | None:
    """The role found last before `head` that a title after "und" continues: its person named before it, no
    comma or clause between the two titles."""
    before = [f for f in found if 0 <= f.head < head.start() and f.person.end <= f.head]
    last = max(before, key=lambda f: f.head, default=None)
    if last is None or not _SECOND_TITLE_LINK.fullmatch(text, last.head, head.start()):
        return None
    gender = noun_gender(head.group("noun"))
    return last if gender is None or last.person.gender in (None, gender) else None


# "die Geschäftsführer A und B", "die beiden Referenten A und B": a masculine role noun's plural looks like its
# singular; "die" before it tells ("den Geschäftsführer" is one man, in the accusative).
_PLURAL_ARTICLE = re.compile(r"(?<![\w-])(?i:die(?:[ \xa0]+beiden)?|beide)[ \xa0]+$")
PLURAL_ARTICLE_REACH = 12


def _is_plural(text: str, head: re.Match[str]) -> bool:
    return (
        singular(head.group("noun")) != head.group("noun")
        or _plural_by_article(text, head)
        or _adjectival_in_en(head.group("noun"))
    )


def _adjectival_in_en(noun: str) -> bool:
    """ "die Abgeordneten A und B", "der Beauftragten A und B": an adjectival noun in "-en" may be a plural; the
    names listed after it tell."""
    low = noun.lower()
    return low.endswith("en") and any(stem in low for stem in lexicon.ADJECTIVAL_ROLE_STEMS)


def _org_after_the_list(text: str, first: Mention, mentions: list[Mention]) -> Mention | None:
    """ "Die Beraterinnen A und B von der Stiftung X": the body after the last name listed after a plural title
    is everyone's."""
    listed = listed_from(text, first, mentions)
    return _org_after_person(text, listed[-1], mentions) if len(listed) > 1 else None


def _plural_by_article(text: str, head: re.Match[str]) -> bool:
    before = _PLURAL_ARTICLE.search(text, max(0, head.start() - PLURAL_ARTICLE_REACH), head.start())
    return before is not None and noun_gender(head.group("noun")) == "m"


def _pronoun_role(
    text: str, sentence: tuple[int, int], mentions: list[Mention], release: ReleaseBodies | None
) -> list[RoleFinding]:
    """ "Sie war zuvor Referentin bei der Brückenbau gGmbH": the role of the person the pronoun stands for."""
    holder = (
        pronoun_subject(text, sentence, release.people_before(sentence[0], ANTECEDENT_REACH))
        if release
        else None
    )
    head = ROLE_HEAD.match(text, holder.end, sentence[1]) if holder is not None else None
    if holder is None or head is None or not _is_role_noun(head.group("noun")):
        return []
    gender = noun_gender(head.group("noun"))
    if gender is not None and gender != holder.gender:
        return []
    phrase_end, org = _parse_complements(text, head.end(), mentions, sentence[1])
    org = org or _org_in_tail(text, phrase_end, mentions, sentence[1])
    if org is None:
        return []
    end = _title_end(text, head.end(), phrase_end if org is None else org.end, org)
    noun = head.group("noun")
    title = title_as_written(text[head.start() : end], holder, noun)
    return [RoleFinding(holder, title, org, leads(singular(noun), head.group("pre"), org), head.start())]


def _for_listed(text: str, first: RoleFinding, person: Mention, mentions: list[Mention]) -> RoleFinding:
    """A plural title's role for the next person listed: the title's body is everyone's ("die Leiterinnen
    der Stiftung X, A und B"), one named after the first person is hers alone, the others' are named after
    them ("die Geschäftsführerinnen A (Verein X) und B (Firma Y)"), one named after the list everyone's."""
    org = first.organisation
    first = replace(first, title=for_holder(first.title, person))
    if org is None or org.start < first.person.end:
        return replace(first, person=person)
    own = _org_after_person(text, person, mentions)
    if own is None and _org_after_person(text, first.person, mentions) is None:
        own = org  # "die Beraterinnen A, B und C vom Verein X": named after the list, everyone's
    noun = next((w for w in first.title.split(" ") if ANY_STEM.search(w)), first.title)
    return replace(first, person=person, organisation=own, leads=leads(noun, first.title, own))


def _role_at(
    text: str,
    head: re.Match[str],
    named: tuple[list[Mention], ReleaseBodies | None],
    people: list[Mention],
    limit: int,
    holder: Mention | None = None,
) -> RoleFinding | None:
    """The role a role noun's phrase names. `named`: the sentence's mentions and the release's; `holder`: the
    person, where the construction already says who holds it (a second title joined by "und")."""
    mentions, release = named
    phrase_end, org = _parse_complements(text, head.end(), mentions, limit)
    title_stop = phrase_end
    if org is None:
        org = _org_in_tail(text, phrase_end, mentions, limit)
        if org is not None:
            phrase_end = org.end
    noun = head.group("noun")
    tail = (
        _TAIL_WORDS.match(text, phrase_end, min(limit, phrase_end + ROLE_TAIL_MAX)) if org is None else None
    )
    holder_from = phrase_end if org is None else _owner_end(text, org, mentions)
    person, after_verb = (
        (holder, False)
        if holder is not None
        else _holder(
            text, (head.start(), holder_from, tail.end() if tail else holder_from), people, noun_gender(noun)
        )
    )
    if person is None:
        return None
    if org is None and not after_verb:  # "als Expertin … sprach X von der Y": X speaks, Y need not be hers
        org = _org_after_person(text, person, mentions) or _body_before_as(
            text, head.start(), person, mentions
        )
    if org is None and tail is not None and person.end <= head.start():
        org = _org_after_title(text, tail.end(), mentions)
        title_stop = tail.end() if org is not None else title_stop  # the title runs up to the comma
    if org is None and not after_verb and _is_plural(text, head):
        org = _org_after_the_list(text, person, mentions)
    if org is None and noun.endswith("innen") and title_stop == head.end():
        return None  # "ihre Mitarbeiterinnen A und B": whose, the text does not say here
    org = _local_body(text, title_stop, limit) if org is None else org
    unnamed = _unknown_body(text, title_stop, person, limit) if org is None else None
    if unnamed is not None:
        org = named_in_full_before(unnamed, release, head.start())
        known = org is not None or bool(_full_names_before(unnamed, release, head.start()))
        generic = None if known else _generic_body_end(text, title_stop, limit)
        if org is None and generic is None:
            return None  # "Präsidentin der kanadischen Beispiel Foundation": a body we cannot name
        title_stop = generic or title_stop  # "Leiter des Jobcenters": the unnamed body stays in the title
    title = title_as_written(text[head.start() : _title_end(text, head.end(), title_stop, org)], person, noun)
    return RoleFinding(person, title, org, leads(singular(noun), head.group("pre"), org), head.start())


_SUSPENDED_HYPHEN = re.compile(r"-[ \xa0]*(?:und|oder|sowie|,)[ \xa0]")


def _is_cut_short(text: str, org: Mention | None) -> bool:
    """An organisation's name read up to a suspended compound ("Arbeitsmarkt- und …") is cut short."""
    return org is not None and bool(_SUSPENDED_HYPHEN.match(text, org.end))


def _unknown_body(text: str, pos: int, person: Mention, limit: int) -> str | None:
    """The role phrase goes on with an organisation's link and a capitalised word that is no name we
    read ("… der Beispiel Foundation", "Experte von der OECD"): the role has an organisation, named by
    that word."""
    match = _UNKNOWN_BODY.match(text, pos, limit)
    if match is None or person.start <= match.start("word") < person.end:
        return None
    word = match.group("word")
    known = word in lexicon.GERMAN_PLACES or word in lexicon.LAENDER or given_name_gender(word)
    return None if known else word


def named_in_full_before(word: str, release: ReleaseBodies | None, pos: int) -> Mention | None:
    """The one organisation named before `pos` whose name starts with `word` ("Diakonie Saar" for
    "bei der Diakonie")."""
    full = _full_names_before(word, release, pos)
    only = next(iter(full.values())) if len(full) == 1 else None
    return only if only is not None and " " in only.label else None  # a one-word name is no short form


def _full_names_before(word: str, release: ReleaseBodies | None, pos: int) -> dict[str, Mention]:
    if release is None:
        return {}
    nominative = _head_nominative(word)
    forms = {word, nominative, re.sub(r"nisses$", "nis", word)}  # "des Bündnisses"
    full = {m.key: m for m in release.named_before(forms, pos)}
    if not full and nominative in lexicon.BODY_STAND_INS:  # "des Vereins" for "Brückenbau e. V."
        full = {m.key: m for m in release.bodies_before(pos) if is_of_kind(m.label, nominative)}
    return full


def _generic_body_end(text: str, pos: int, limit: int) -> int | None:
    """ "Der Leiter des Jobcenters, X", "die Sprecherin des Flüchtlingsrats": a body named by its kind alone,
    no name; the title keeps it (the gold convention for an organisation that is no entity). Not when a
    capitalised word follows, which would make it part of a name ("des Jobcenters Kassel")."""
    match = _UNKNOWN_BODY.match(text, pos, limit)
    if match is None or not match.group("link").startswith("de") or _NAME_GOES_ON.match(text, match.end()):
        return None
    noun = match.group("word").lower()
    is_body = any(noun.rstrip("s").endswith(head) or noun.endswith(head + "es") for head in _BODY_HEADS)
    return match.end() if is_body else None


_BODY_HEADS = tuple(head for head in lexicon.ORG_HEADS if len(head) > 3)
_NAME_GOES_ON = re.compile(r"[ \xa0]+(?:[A-ZÄÖÜ]|\d)|-[A-ZÄÖÜ]|[ \xa0]*\(")


_LOCAL_KINDS = "|".join(lexicon.LOCAL_BODY_GENITIVES)
_LOCAL_BODY = re.compile(
    rf"\s+(?:des|der)\s+(?P<kind>{_LOCAL_KINDS})\s+(?P<place>[A-ZÄÖÜ][\w\-]*\w)(?![\w-])"
)


def _local_body(text: str, pos: int, limit: int) -> Mention | None:
    """ "Landrätin des Kreises Greiz", "Bürgermeister der Stadt Merseburg": a genitive naming a local
    government by its kind and a known place is the role's organisation, a municipal body."""
    match = _LOCAL_BODY.match(text, pos, limit)
    if match is None or match.group("place") not in lexicon.GERMAN_PLACES:
        return None
    label = f"{lexicon.LOCAL_BODY_GENITIVES[match.group('kind')]} {match.group('place')}"
    return Mention.named(match.start("kind"), match.end(), "Agency", label, label, priority=0)


_UNKNOWN_BODY = re.compile(
    r"\s+(?P<link>des|der|beim|bei\s+der|bei\s+dem|vom|von\s+der|von\s+dem|im|am|an\s+der)"
    r"(?:\s+[a-zäöü]\w*(?:e|en|er|es|em))?\s+(?P<word>[A-ZÄÖÜ][\w\-]*)"
)


def _mandates(text: str, people: list[Mention]) -> list[RoleFinding]:
    """ "Petra Beispiel MdL": a mandate, a role with no organisation named."""
    out = []
    for p in people:
        match = _MANDATE.match(text, p.end)
        if match:
            title = " ".join((match.group(1) or match.group(2)).split())
            out.append(RoleFinding(p, title, None, False))
    return out


def _prefix_organisation(head: re.Match[str], mentions: list[Mention]) -> Mention | None:
    """ "HWK-Präsident Karl Muster": the organisation is the first part of the compound."""
    start = head.start("noun")
    return next(
        (
            m
            for m in mentions
            if m.start == start and m.type in ORG_TYPES and head.string.startswith("-", m.end)
        ),
        None,
    )


def _place_prefix(head: re.Match[str], mentions: list[Mention]) -> bool:
    """ "NRW-Integrationsministerin": a place opening the compound is part of the title, no name around it."""
    start = head.start("noun")
    return any(
        m.start == start and m.type == "Place" and head.string.startswith("-", m.end) for m in mentions
    )


def _office_named_by_title(head: re.Match[str], mentions: list[Mention]) -> Mention | None:
    """ "der Landesbeauftragten für Integration, Petra Beispiel": an office named by its holder's title (an
    Agency whose name opens with the role noun) is her title too."""
    start = head.start("noun")
    return next((m for m in mentions if m.start == start and m.type == "Agency"), None)


def _with_prefix(finding: RoleFinding, org: Mention | None) -> RoleFinding:
    if org is None or finding.organisation is not None:
        return finding
    return RoleFinding(finding.person, finding.title, org, finding.leads)


def _is_role_noun(noun: str) -> bool:
    low = noun.lower()
    return (
        noun in lexicon.ROLE_ABBREVIATIONS
        or any(stem in low for stem in lexicon.ROLE_STEMS)
        and not low.endswith(("ung", "ungen", "schaft", "schaften", "amt", "amts", "amtes"))  # "Kanzleramt"
        or low.endswith(tuple(s + e for s in ("koordination", "leitung") for e in ("", "en")))
    )


def _is_inside(match: re.Match[str], mentions: list[Mention]) -> bool:
    start = match.start("noun")
    return any(m.start <= start < m.end for m in mentions)


def _parse_complements(
    text: str, pos: int, mentions: list[Mention], limit: int
) -> tuple[int, Mention | None]:
    """End of the role phrase and the organisation it names, if any."""
    pos = _unit_after_noun(text, pos, mentions, limit)
    while True:
        for pattern in _KEEP:
            match = pattern.match(text, pos, limit)
            if (
                match
                and not _starts_mention(match, mentions)
                and not (pattern is _WIDE_PORTFOLIO and _holds_a_name(match, mentions))
            ):
                pos = _before_a_name(text, match, mentions)
                if pattern is _UNIT_IN_ORGANISATION:
                    pos = _unit_after_noun(text, pos, mentions, limit)
                break
        else:
            break
    org = _mention_after(text, pos, mentions, limit)
    return (org.end, org) if org else (pos, None)


_GENITIVE_LINK = re.compile(r"\s+(?:des|der)\s+")


def _owner_end(text: str, org: Mention, mentions: list[Mention]) -> int:
    """Where the body's name ends. An office's mention is its head alone, its network named apart: the holder
    of "Als Leiter der Koordinierungsstelle des IQ Netzwerks X stellte Y …" is looked for after the network."""
    link = _GENITIVE_LINK.match(text, org.end) if org.type == "CoordinationOffice" else None
    owner = next((m for m in mentions if link and m.start == link.end() and m.type == "StateNetwork"), None)
    return org.end if owner is None else owner.end


_SEPARATOR_BEFORE = re.compile(r"(?:\s*,|\s+und)\s*$")


def _before_a_name(text: str, match: re.Match[str], mentions: list[Mention]) -> int:
    """Where a kept complement ends: before the comma or "und" that joins a name to it ("Beauftragte für
    Integration, Petra Beispiel": the portfolio is "Integration"; "Referentin für Migration, Brückenbau e. V.":
    the organisation closes the apposition)."""
    name = min(
        (
            m.start
            for m in mentions
            if (m.type == "Person" or m.type in ORG_TYPES) and match.start() < m.start < match.end()
        ),
        default=None,
    )
    if name is None:
        return match.end()
    separator = _SEPARATOR_BEFORE.search(text, match.start(), name)
    return separator.start() if separator else match.end()


def _unit_after_noun(text: str, pos: int, mentions: list[Mention], limit: int) -> int:
    """End of the unit named right after a role noun ("Leiterin Betrieb und Personal"), else `pos`: no
    name, place or organisation ("Geschäftsführerin Petra Beispiel", "Landrat Kassel") is a unit."""
    match = _UNIT_AFTER_NOUN.match(text, pos, limit)
    if match is None or any(pos <= m.start < match.end() for m in mentions):
        return pos
    words = re.findall(r"[\w\-]+", match.group(0))
    if any(_is_no_unit(w) for w in words if w not in ("und",)):
        return pos
    return match.end()


def _is_no_unit(word: str) -> bool:
    return (
        word in lexicon.GERMAN_PLACES
        or word in lexicon.LAENDER
        or word in lexicon.NOT_NAMES
        or given_name_gender(word) is not None
        or word.lower().endswith(tuple(lexicon.ORG_HEADS))
    )


def _holds_a_name(match: re.Match[str], mentions: list[Mention]) -> bool:
    return any(m.type == "Person" and match.start() < m.start < match.end() for m in mentions)


def _starts_mention(match: re.Match[str], mentions: list[Mention]) -> bool:
    """ "des Senats" stays in a title, "des IQ Netzwerks Hessen" names the organisation ("des Saarlandes",
    a place, stays)."""
    words = re.match(r"\s+(?:der|des)\s+", match.group(0))
    return bool(words) and any(
        m.start == match.start() + words.end() and m.type in ORG_TYPES  # type: ignore[union-attr]
        for m in mentions
    )


def _mention_after(text: str, pos: int, mentions: list[Mention], limit: int) -> Mention | None:
    for m in _whole_names(text, mentions):
        gap = text[pos : m.start]
        if (
            m.type in ORG_TYPES
            and pos <= m.start < min(limit, pos + ORG_LINK_MAX)
            and (_ORG_LINK.fullmatch(gap) or not gap.strip())
        ):
            return m
    return None


def _whole_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions that are not the first part of a compound ("IQ" in "IQ-Fachberatung Passau")."""
    return [m for m in mentions if not _COMPOUND_GLUE.match(text, m.end)]


def _org_in_tail(text: str, pos: int, mentions: list[Mention], limit: int) -> Mention | None:
    """The organisation after the rest of a title: "Leiter des Geschäftsbereichs Berufsbildung der IHK X"."""
    tail = _TAIL_WORDS.match(text, pos, min(limit, pos + ROLE_TAIL_MAX))
    end = tail.end() if tail else pos
    next_role = ROLE_HEAD.search(text, pos, end)
    end = next_role.start() if next_role else end  # "… und Projektleiter des …": another role starts
    for m in _whole_names(text, mentions):
        if pos < m.start <= end and m.type == "Person":
            return None  # a name ends the title
        if pos < m.start <= end and m.type in ORG_TYPES and _ORG_LINK.search(text[pos : m.start]):
            return m
    return None


def _holder(
    text: str, span: tuple[int, int, int], people: list[Mention], gender: str | None
) -> tuple[Mention | None, bool]:
    """The person a role phrase belongs to: right after it ("Senatorin Petra Beispiel"), else in apposition
    before it ("Petra Beispiel, Senatorin …", "Petra Beispiel wird neue Leiterin …"), else after a comma
    ("die neue Leiterin des Vereins, Petra Beispiel", "Leiterin der Abteilung Beratung, Petra Beispiel").
    The role noun's gender must fit the name's. `span`: start, end and end of the title's tail. Also says
    whether the name follows a verb after the role phrase ("Als Vertreterin … sprach Petra Beispiel")."""
    start, end, tail_end = span
    fits = [p for p in people if gender is None or p.gender == gender or not is_certain_gender(p.label)]
    for p in fits:
        if 0 <= p.start - end <= _NAME_GAP_MAX and _RIGHT_BEFORE_NAME.fullmatch(text[end : p.start]):
            return p, False
    for p in fits:
        if 0 <= start - p.end <= SUCCESSION_MAX and _SUCCEEDS.fullmatch(text, p.end, start):
            return p, False  # "Petra Beispiel folgt auf Karl Muster als Leiterin": hers, not his
    for p in fits:
        if (
            0 <= start - p.end <= _APPOSITION_MAX
            and _APPOSITION.fullmatch(text[p.end : start])
            and not _PREDECESSOR.search(text, max(0, p.start - _APPOSITION_MAX), p.start)
        ):
            return p, False
    for p in fits:
        if 0 <= start - p.end <= IN_BODY_AS_MAX and _IN_BODY_AS.fullmatch(text, p.end, start):
            return p, False
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
        if 0 <= p.start - tail_end <= _NAME_GAP_MAX and _COMMA_BEFORE_NAME.fullmatch(
            text[tail_end : p.start]
        ):
            return p, False
    for p in fits:
        if _holds_inverted(text, p, (end, tail_end)):
            return p, True
    return None, False


# "Die Leitung des Vereins hat seit Mai Petra Beispiel inne": the office first, the holder after "hat".
_HAS_BEFORE_NAME = re.compile(rf"\s+(?:hat|hatte)(?:\s+(?:{_TIMES}|seit\s+\S+))?\s+" + ACADEMIC)
_INNE_AFTER_NAME = re.compile(r"(?:\s+[a-zäöü]\w*|\s+seit\s+\S+)*\s+inne\b")


def _copula_then_holder(text: str, person: Mention, start: int) -> bool:
    """ "Zuvor war Petra Beispiel Referentin im …": the name between the copula and the role."""
    return (
        0 < start - person.end <= _NAME_GAP_MAX
        and not text[person.end : start].strip()
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
_TAKES_BEFORE_HOLDER = re.compile(rf"(?<![\w-]){_TAKES}\s+" + ACADEMIC + r"$")
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
_AUXILIARY_BEFORE = re.compile(r"\b(?:hat|hatte)\s+" + ACADEMIC + r"$")
# The participle closing the clause, after the rest of the office's name ("der Koordinierungsstelle des …").
TAKEN_OVER_REACH = 80
# "hat … übernommen", or holding it: "hat die Leitung … inne".
_TAKEN_OVER = re.compile(rf"[^,;.]{{0,{TAKEN_OVER_REACH}}}?\b(?:übernommen|inne)\b")


def _org_after_person(text: str, person: Mention, mentions: list[Mention]) -> Mention | None:
    """ "Staatssekretär Dr. Thilo Rohlfs aus dem Ministerium für …": the organisation after the name."""
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


def _body_before_as(text: str, head: int, person: Mention, mentions: list[Mention]) -> Mention | None:
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


def _org_after_title(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
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


def _title_end(text: str, head_end: int, phrase_end: int, org: Mention | None) -> int:
    if org is None or org.end != phrase_end:
        return phrase_end
    link = _ORG_LINK.search(text[head_end : org.start])
    return head_end + link.start() if link else org.start


def leads(noun: str, pre: str, org: Mention | None) -> bool:
    if (
        org is None
        or org.type not in ("StateNetwork", "Subproject", "CoordinationOffice")
        or "stellv" in pre.lower()
    ):
        return False
    return _is_head_noun(noun) and "stell" not in noun.lower()


def _is_head_noun(noun: str) -> bool:
    """ "Leiterin", "Projektleitung", "Koordinators": a noun for the head of what it names."""
    return noun.lower().endswith(tuple(s + e for s in lexicon.LEADER_STEMS for e in ("", "in", "s")))


def _dedupe(found: list[RoleFinding]) -> list[RoleFinding]:
    seen: dict[tuple[str, str, str | None], RoleFinding] = {}
    for f in found:
        seen.setdefault((f.person.key, f.title, f.organisation.key if f.organisation else None), f)
    return list(seen.values())


_ROLE_PREFIX = re.compile(
    rf"(?<![\w-])(?=[A-ZÄÖÜ])[\w\-]*(?i:{_STEMS})\w*\s+(?:des|der|dem|den|vom|von\s+der|beim|bei\s+der|im)\s+"
    r"(?:[a-zäöü]\w*(?:e|en|er|es|em)\s+)?"
)


def without_role_prefix(text: str, m: Mention) -> Mention:
    """ "Geschäftsführerin der Brückenbau gGmbH" read as a name: the organisation is what follows the
    role noun and its article ("Brückenbau gGmbH"), the role is no part of its name."""
    match = next(
        (x for x in _ROLE_PREFIX.finditer(text, m.start, m.end) if _is_person_noun(x.group(0).split()[0])),
        None,
    )
    if match is None or match.end() >= m.end:
        return m
    words = text[match.end() : m.end].split()
    words[0] = _head_nominative(words[0])
    label = " ".join(words)
    return replace(
        m,
        start=match.end(),
        key=m.key.split(":")[0] + ":" + label.lower(),
        label=label,
        surface=text[match.end() : m.end],
    )


def _is_person_noun(word: str) -> bool:
    """A role noun, not an organisation's head that contains one ("Arbeitsministerium", "Vorstandsbüro")."""
    low = word.lower().rstrip("s")
    return _is_role_noun(word) and not low.endswith(tuple(lexicon.ORG_HEADS))


def _head_nominative(word: str) -> str:
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


def is_compound_of(short: str, long: str) -> bool:
    """ "Integrationsbeauftragte" is "Beauftragte für … Integration …" in one word: the compound's last
    part is the head of the longer title and its first part (without the linking "s") stands in it."""
    if " " in short:
        return False
    low, words = short.lower(), long.lower().split(" ")
    head = next((w for w in words if ANY_STEM.search(w)), None)
    if head is None or not low.endswith(head) or len(low) <= len(head):
        return False
    first = low[: -len(head)].rstrip("-")
    return len(first) > 2 and (first in long.lower() or first.endswith("s") and first[:-1] in long.lower())


_PLACE_ADJECTIVE = re.compile(r"(?P<adj>[A-ZÄÖÜ]\w+)er[ \xa0]+(?P<noun>\w+)$")


def with_body_of_the_place(finding: RoleFinding, text: str, head_start: int) -> RoleFinding:
    """ "die Osnabrücker Landrätin Petra Beispiel": a Landrat heads the Landkreis of the town his title's
    adjective names. `head_start`: where the role noun starts."""
    noun = finding.title.split(" ")[-1].lower()
    body = next((b for stem, b in lexicon.PLACE_BODY_OF_ROLE.items() if noun.startswith(stem)), None)
    before = _PLACE_ADJECTIVE.search(text, max(0, head_start - 40), head_start + len(noun))
    if finding.organisation is not None or body is None or before is None:
        return finding
    town = next((t for t in (before["adj"], before["adj"] + "en") if t in lexicon.GERMAN_PLACES), None)
    if town is None:
        return finding
    label = f"{body} {town}"
    start = before.start("adj")
    org = Mention.named(start, start + len(before["adj"]) + 2, "Agency", label, label, priority=0)
    return replace(finding, organisation=org)


def _listed_holders(
    text: str, head: re.Match[str], mentions: list[Mention], found: list[RoleFinding], limit: int
) -> list[RoleFinding]:
    """The people a role phrase names in a list after it: after a colon, for heads ("die Leitungen der
    Netzwerke: A (X) und B (Y)"; "Referentinnen: …" lists speakers, who hold no post by it), or after a
    possessive ("und ihre Mitarbeiterinnen A und B")."""
    noun = head.group("noun")
    listed = []
    if _is_head_noun(singular(noun)):
        phrase_end, org = _parse_complements(text, head.end(), mentions, limit)
        if org is None:
            tail = _TAIL_WORDS.match(text, phrase_end, min(limit, phrase_end + ROLE_TAIL_MAX))
            phrase_end = tail.end() if tail else phrase_end  # "der jeweiligen Netzwerke"
        listed = named_after_colon(text, noun, phrase_end, mentions, org)
    if not listed:
        previous = next((f.organisation for f in reversed(found) if f.organisation is not None), None)
        people = [m for m in mentions if m.type == "Person"]
        listed = team_after_possessive(text, noun, (head.start(), head.end()), people, previous)
    return [
        RoleFinding(
            x.person, x.title, x.organisation, leads(singular(noun), head.group("pre"), x.organisation)
        )
        for x in listed
    ]
