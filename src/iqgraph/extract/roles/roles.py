"""Roles of people: "Elke Breitenbach, Senatorin für …", "Senatorin Elke Breitenbach", "der Leiterin des IQ
Landesnetzwerks Berlin Alev Deniz", "Jürgen Schröder als Vertreter des Bundesministeriums …", and
memberships without a role are read in `relations/memberships.py`, completions from the whole release in
`context.py`.

A role phrase is: modifiers, a role noun, then what the title keeps ("für Arbeit und Soziales",
a quoted portfolio, "der Geschäftsführung") and last, optionally, the organisation (an entity mention
after "des", "im", "beim", "vom", "aus dem" …), which is split off the title.

The phrase is read in `phrases.py`, its holder found in `holders.py`, an organisation it does not name
right after its noun in `bodies.py`, whether its noun names several holders in `plurals.py`; this module puts
them together, for one holder or a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import takewhile

from .. import lexicon
from ..text.spans import Mention
from .bodies import (
    ReleaseBodies,
    body_before_a_predicate,
    body_before_as,
    body_on_the_line_below,
    body_run_after_its_holder,
    body_run_in_a_relative_clause,
    full_names_before,
    generic_body_end,
    is_cut_short,
    local_body,
    named_in_full_before,
    office_named_by_title,
    org_after_person,
    org_after_the_list,
    org_after_title,
    place_prefix,
    prefix_organisation,
    unknown_body,
)
from .body_references import (
    acts_for,
    among_its_people,
    body_named_short,
    represented_by,
    stand_in_acted_for,
)
from .holders import BODY_LINK, appointing_body, name_on_the_line_above, role_holder
from .interviewers import asks_as_a_journalist
from .lists import listed_from, listed_up_to, named_after_colon, singular, team_after_possessive
from .new_posts import new_post
from .phrases import (
    ANY_ROLE_WORD,
    ANY_STEM,
    ORG_TYPES,
    ROLE_HEAD,
    ROLE_TAIL_MAX,
    TAIL_WORDS,
    is_contact_noun,
    is_head_noun,
    is_role_noun,
    leads,
    org_in_tail,
    owner_end,
    parse_complements,
    title_end,
)
from .place_titles import body_of_the_place
from .plurals import is_plural, whose_plural_untold
from .pronouns import ANTECEDENT_REACH, pronoun_subject
from .titles import for_holder, noun_gender, title_as_written

__all__ = [
    "ANY_STEM",
    "ORG_TYPES",
    "ReleaseBodies",
    "RoleFinding",
    "find_roles",
    "is_compound_of",
    "leads",
    "named_in_full_before",
]

# "Petra Beispiel MdL", in apposition "Petra Beispiel, MdL, …" or in brackets "Karl Muster (MdB)"
# (a party or an age in brackets may stand between: "Karl Muster (SPD), MdL", "Petra Beispiel (Grüne), Mitglied des …")
_BRACKET_BEFORE = r"(?:[ \xa0]*\([^()\n]{1,30}\))?"
_MANDATE = re.compile(
    _BRACKET_BEFORE
    + r"(?:[ \xa0]*,[ \xa0]*|[ \xa0]*\([ \xa0]*|[ \xa0]+)("
    + "|".join(lexicon.MANDATES)
    + r")(?![\w-])"
    + r"|"
    + _BRACKET_BEFORE
    + r"\s*,\s*("
    + "|".join(lexicon.SPELLED_MANDATES).replace(" ", r"\s+")
    + r")(?![\w-])"
)


@dataclass(frozen=True)
class RoleFinding:
    person: Mention
    title: str
    organisation: Mention | None
    leads: bool  # the role makes the person head of the organisation
    head: int = -1  # where the role phrase starts, when one was read


def find_roles(
    text: str, sentence: tuple[int, int], mentions: list[Mention], release: ReleaseBodies | None = None
) -> list[RoleFinding]:
    """The roles a sentence names; `mentions` are the sentence's, `release` all of the release's (an
    organisation named in full earlier may be named short here: "Diakonie Saar" … "bei der Diakonie")."""
    people = [m for m in mentions if m.type == "Person"]
    out: list[RoleFinding] = _mandates(text, people) + _pronoun_role(text, sentence, mentions, release)
    out += _title_after_the_body_in_brackets(text, people, mentions)
    out += [RoleFinding(*found) for found in new_post(text, mentions)]
    if not people:
        out += _signed(text, sentence, mentions, release)
    if not people or not ANY_ROLE_WORD.search(text, *sentence):
        return _dedupe(out)  # the full role pattern is costly: most sentences name no role
    for head in ROLE_HEAD.finditer(text, sentence[0], sentence[1]):
        if not is_role_noun(head.group("noun")):
            continue
        prefix_org = prefix_organisation(head, mentions, release)
        office = office_named_by_title(head, mentions)
        if (
            prefix_org is None
            and office is None
            and _is_inside(head, mentions)
            and not place_prefix(head, mentions)
        ):
            continue
        here = [m for m in mentions if m is not office]
        finding = _role_at(text, head, (here, release), people, sentence[1])
        if finding is not None and is_cut_short(text, finding.organisation):
            continue  # "beim Institut Arbeitsmarkt- und Berufsforschung" read as "Institut Arbeitsmarkt"
        if finding is None:
            first = _first_title_before(text, head, out)
            if first is not None:  # "X, Leiterin der A und Koordinatorin des B": both hers
                finding = _role_at(text, head, (here, release), people, sentence[1], first.person)
        if finding is None:
            out += _listed_holders(text, head, mentions, out, sentence[1])
            continue
        finding = with_body_of_the_place(_with_prefix(finding, prefix_org), text, head.start("noun"))
        finding = _acting_for(finding, text, sentence, mentions, release)
        out.append(finding)
        if is_plural(text, head) and finding.person.end <= head.start():  # "A und B, beide Beraterinnen im X"
            listed = _women_where_told(head, listed_up_to(text, finding.person, people))
            out[-1] = replace(finding, title=for_holder(finding.title, finding.person))
            out += [replace(finding, person=p, title=for_holder(finding.title, p)) for p in listed[1:]]
        elif is_plural(text, head):
            out[-1] = replace(finding, title=for_holder(finding.title, finding.person))
            listed = _women_where_told(head, listed_from(text, finding.person, mentions))[1:]
            out += [_for_listed(text, finding, p, mentions) for p in listed]
    return _dedupe([f for f in out if not asks_as_a_journalist(text, sentence, f.title)])


def _women_where_told(head: re.Match[str], listed: list[Mention]) -> list[Mention]:
    """The persons a plural title lists, up to the first a feminine plural cannot name: "die Referentinnen A und B
    sowie Karl M." (a masculine plural may name women too, and "BeraterInnen" either)."""
    noun = head.group("noun")
    if noun_gender(noun) != "f" or not noun.endswith("innen"):
        return listed
    fitting = list(takewhile(lambda p: p.gender != "m", listed))
    return fitting if fitting else listed[:1]


# Two titles of one person in apposition, joined by "und": "X, Leiterin der Abteilung A und Projektleiterin des B,".
_SECOND_TITLE_LINK = re.compile(r"[^,;:.()\n]{0,150}?\s+und\s+$")
_IN_THE_TITLE = re.compile(r"[^,;:.()\n]{0,150}")


SIGNATURE_REACH = 80  # characters back from a title's line to its holder's name on the line above


def _signed(
    text: str, sentence: tuple[int, int], mentions: list[Mention], release: ReleaseBodies | None
) -> list[RoleFinding]:
    """ "Petra Beispiel\nKoordinatorin, IQ Netzwerk X", "Karl Muster\nStaatsminister": a signature or contact
    block, the title opening its line, the holder alone on the line above."""
    head = ROLE_HEAD.match(text, *sentence)
    if release is None or head is None or not is_role_noun(head.group("noun")):
        return []
    holder = name_on_the_line_above(text, sentence[0], release.people_before(sentence[0], SIGNATURE_REACH))
    gender = noun_gender(head.group("noun"))
    if holder is None or gender not in (None, holder.gender):
        return []
    finding = _role_at(text, head, (mentions, release), [holder], sentence[1], holder)
    body = (
        body_on_the_line_below(text, sentence[1], release) if finding and not finding.organisation else None
    )
    if finding is not None and body is not None:  # "Karl Muster\nReferent\nBrückenbau e. V."
        noun = next((w for w in finding.title.split(" ") if ANY_STEM.search(w)), finding.title)
        finding = replace(finding, organisation=body, leads=leads(singular(noun), finding.title, body))
    return [] if finding is None else [finding]


def _first_title_before(text: str, head: re.Match[str], found: list[RoleFinding]) -> RoleFinding | None:
    """The role found last before `head` that a title after "und" continues: its person named before it, no
    comma or clause between the two titles."""
    before = [f for f in found if 0 <= f.head < head.start() and f.person.end <= f.head]
    last = max(before, key=lambda f: f.head, default=None)
    if last is None or not _second_title_linked(text, last, head.start()):
        return None
    gender = noun_gender(head.group("noun"))
    return last if gender is None or last.person.gender in (None, gender) else None


def _second_title_linked(text: str, first: RoleFinding, second: int) -> bool:
    """Whether only "und" and the first title's own words link it to a second title at `second`; the first's body
    is passed over whole, with the points and brackets of its name ("des Vereins X e. V. und Sprecherin …",
    "im Bundesministerium … (BMAS) und Mitglied …")."""
    org = first.organisation
    if org is None or not first.head <= org.start < org.end <= second:
        return _SECOND_TITLE_LINK.fullmatch(text, first.head, second) is not None
    return (
        _IN_THE_TITLE.fullmatch(text, first.head, org.start) is not None
        and _SECOND_TITLE_LINK.fullmatch(text, org.end, second) is not None
    )


def _pronoun_role(
    text: str, sentence: tuple[int, int], mentions: list[Mention], release: ReleaseBodies | None
) -> list[RoleFinding]:
    """ "Sie war zuvor Referentin bei der Brückenbau gGmbH": the role of the person the pronoun stands for."""
    holder = (
        pronoun_subject(text, sentence, release.people_before(sentence[0], ANTECEDENT_REACH))
        if release
        else None
    )
    if holder is None:
        return []
    body, title_at = _body_before_as(
        text, holder.end, mentions
    )  # "Davor war sie beim Verein X als Referentin tätig"
    head = ROLE_HEAD.match(text, title_at, sentence[1])
    if head is None or not is_role_noun(head.group("noun")):
        return []
    gender = noun_gender(head.group("noun"))
    if gender is not None and gender != holder.gender:
        return []
    phrase_end, org = parse_complements(text, head.end(), mentions, sentence[1])
    org = org or org_in_tail(text, phrase_end, mentions, sentence[1])
    if body is not None and org is None:
        org, phrase_end = body, head.end()
    if (
        org is None
    ):  # "Zuvor war sie Beauftragte der Stadt Leverkusen": a local government by its kind and town
        org = local_body(text, phrase_end, sentence[1])
        phrase_end = org.end if org is not None else phrase_end
    if org is None:
        return []
    end = title_end(text, head.end(), phrase_end if org is body else org.end, org)
    noun = head.group("noun")
    title = title_as_written(text[head.start() : end], holder, noun)
    return [RoleFinding(holder, title, org, leads(singular(noun), head.group("pre"), org), head.start())]


# The body between the holder and the title: "(Davor war sie) beim Verein X als (Referentin tätig)"
_BODY_BEFORE = re.compile(rf"[ \xa0]*(?:{BODY_LINK})[ \xa0]+$", re.IGNORECASE)
_AS_AFTER_BODY = re.compile(r"[ \xa0]+als[ \xa0]+")
BODY_LINK_REACH = 12  # characters back from a body over "bei der"


def _body_before_as(text: str, at: int, mentions: list[Mention]) -> tuple[Mention | None, int]:
    """The body a phrase at `at` names before "als" and the title, and where the title starts; else (None, at)."""
    for m in mentions:
        if (
            m.type in ORG_TYPES
            and at < m.start <= at + BODY_LINK_REACH
            and _BODY_BEFORE.fullmatch(text, at, m.start)
        ):
            as_word = _AS_AFTER_BODY.match(text, m.end)
            return (m, as_word.end()) if as_word else (None, at)
    return None, at


def _for_listed(text: str, first: RoleFinding, person: Mention, mentions: list[Mention]) -> RoleFinding:
    """A plural title's role for the next person listed: the title's body is everyone's ("die Leiterinnen
    der Stiftung X, A und B"), one named after the first person is hers alone, the others' are named after
    them ("die Geschäftsführerinnen A (Verein X) und B (Firma Y)"), one named after the list everyone's."""
    org = first.organisation
    first = replace(first, title=for_holder(first.title, person))
    if org is None or org.start < first.person.end:
        return replace(first, person=person)
    own = org_after_person(text, person, mentions)
    if own is None and org_after_person(text, first.person, mentions) is None:
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
    phrase_end, org = parse_complements(text, head.end(), mentions, limit)
    title_stop = phrase_end
    if org is None:
        org = org_in_tail(text, phrase_end, mentions, limit)
        if org is not None:
            phrase_end = org.end
    noun = head.group("noun")
    tail = TAIL_WORDS.match(text, phrase_end, min(limit, phrase_end + ROLE_TAIL_MAX)) if org is None else None
    holder_from = phrase_end if org is None else owner_end(text, org, mentions)
    person, after_verb = (
        (holder, False)
        if holder is not None
        else role_holder(
            text,
            (head.start(), holder_from, tail.end() if tail else holder_from),
            people,
            _holder_gender(text, head),
        )
    )
    if person is None:
        return None
    if org is None and not after_verb:  # "als Expertin … sprach X von der Y": X speaks, Y need not be hers
        org = (
            org_after_person(text, person, mentions)
            or body_named_short(text, (head.start(), limit), person, mentions, release)
            or body_before_as(text, head.start(), person, mentions)
            or body_run_in_a_relative_clause(text, (head.start(), head.end()), mentions)
            or appointing_body(text, person, head.start(), mentions)
        )
    if (
        org is None and not after_verb
    ):  # "X, die beim Verein Y Leiterin der Abteilung Z ist": up to the copula
        org, title_stop = body_before_a_predicate(text, head.start(), mentions) or (None, title_stop)
    if org is None and after_verb and is_contact_noun(noun):  # "Ansprechpartnerin ist X vom Verein Y": hers
        org = org_after_person(text, person, mentions)
    if org is None and after_verb:  # "Als Koordinatorin leitet X das Projekt Y": the object of running
        org = body_run_after_its_holder(text, (head.start(), head.end()), mentions)
    if org is None and tail is not None and person.end <= head.start():
        org = org_after_title(text, tail.end(), mentions)
        title_stop = tail.end() if org is not None else title_stop  # the title runs up to the comma
    if org is None and not after_verb and is_plural(text, head):
        org = org_after_the_list(text, person, mentions)
    if org is None and whose_plural_untold(text, head, title_stop):
        return None  # "ihre Mitarbeiterinnen A und B": whose, the text does not say here
    org = local_body(text, title_stop, limit) if org is None else org
    if org is None:
        found = _body_without_a_known_name(text, (title_stop, limit), person, release, head.start())
        if found is None:
            return None  # "Präsidentin der kanadischen Beispiel Foundation": a body we cannot name
        org, title_stop = found
    title = title_as_written(text[head.start() : title_end(text, head.end(), title_stop, org)], person, noun)
    return RoleFinding(person, title, org, leads(singular(noun), head.group("pre"), org), head.start())


def _holder_gender(text: str, head: re.Match[str]) -> str | None:
    """The gender a role noun asks of its holder; none for a masculine plural, which names women too ("die
    Referenten Eva T. und Karl M.")."""
    gender = noun_gender(head.group("noun"))
    return None if gender == "m" and is_plural(text, head) else gender


def _body_without_a_known_name(
    text: str, stop_and_limit: tuple[int, int], person: Mention, release: ReleaseBodies | None, at: int
) -> tuple[Mention | None, int] | None:
    """The body a title names after `stop_and_limit[0]` (where the title stops so far) that no mention names:
    the body named in full before `at`, or none with the body kept in the title ("Leiter des Jobcenters"), each
    with where the title stops; None where the body cannot be named at all."""
    title_stop, limit = stop_and_limit
    unnamed = unknown_body(text, title_stop, person, limit)
    if unnamed is None:
        return None, title_stop
    org = named_in_full_before(unnamed, release, at)
    known = org is not None or bool(full_names_before(unnamed, release, at))
    generic = None if known else generic_body_end(text, title_stop, limit)
    if org is None and generic is None:
        return None
    return org, generic or title_stop


_BRACKET_OPEN = re.compile(r"[ \xa0]*\([ \xa0]*")
_BODY_THEN_TITLE = re.compile(r"[ \xa0]*,[ \xa0]*")
_BRACKET_CLOSE = re.compile(r"[ \xa0]*\)")


def _title_after_the_body_in_brackets(
    text: str, people: list[Mention], mentions: list[Mention]
) -> list[RoleFinding]:
    """ "Petra Beispiel (Stiftung X, Vorstand)", "Karl Muster (Verein Y, Geschäftsführer)": a panel's or a photo's
    list names the body first and the title after it, in brackets after the name."""
    out = []
    bodies = {m.start: m for m in mentions if m.type in ORG_TYPES}
    for person in people:
        opened = _BRACKET_OPEN.match(text, person.end)
        body = bodies.get(opened.end()) if opened else None
        comma = _BODY_THEN_TITLE.match(text, body.end) if body else None
        head = ROLE_HEAD.match(text, comma.end()) if comma else None
        if body is None or head is None or not is_role_noun(head.group("noun")):
            continue
        if not _BRACKET_CLOSE.match(text, head.end()):
            continue
        noun = head.group("noun")
        title = title_as_written(head.group(0), person, noun)
        out.append(
            RoleFinding(person, title, body, leads(singular(noun), head.group("pre"), body), head.start())
        )
    return out


def _mandates(text: str, people: list[Mention]) -> list[RoleFinding]:
    """ "Petra Beispiel MdL": a mandate, a role with no organisation named."""
    out = []
    for p in people:
        match = _MANDATE.match(text, p.end)
        if match:
            title = " ".join((match.group(1) or match.group(2)).split())
            out.append(RoleFinding(p, title, None, False))
    return out


def _acting_for(
    finding: RoleFinding,
    text: str,
    sentence: tuple[int, int],
    mentions: list[Mention],
    release: ReleaseBodies | None = None,
) -> RoleFinding:
    """ "Für die Stiftung X unterschrieb Geschäftsführerin Petra Beispiel", "Seitens des Vereins Y sprach dessen
    Vorsitzender Karl Muster", "Die Stadt X, vertreten durch Oberbürgermeister Y": a title before its holder, after a
    phrase naming whom the holder acts for."""
    if finding.organisation is not None or not 0 <= finding.head < finding.person.start:
        return finding
    org = next(
        (
            m
            for m in mentions
            if m.type in ORG_TYPES
            and m.end <= finding.head
            and (
                acts_for(text, sentence, m, finding.head)
                or among_its_people(text, sentence, m, finding.head)
                or represented_by(text, m, finding.head, finding.person.end)
            )
        ),
        None,
    ) or stand_in_acted_for(text, sentence, finding.head, release)
    if org is None:
        return finding
    noun = next((w for w in finding.title.split(" ") if ANY_STEM.search(w)), finding.title)
    return replace(finding, organisation=org, leads=leads(singular(noun), finding.title, org))


def _with_prefix(finding: RoleFinding, org: Mention | None) -> RoleFinding:
    if org is None or finding.organisation is not None:
        return finding
    return RoleFinding(finding.person, finding.title, org, finding.leads)


def _is_inside(match: re.Match[str], mentions: list[Mention]) -> bool:
    start = match.start("noun")
    return any(m.start <= start < m.end for m in mentions)


def _dedupe(found: list[RoleFinding]) -> list[RoleFinding]:
    seen: dict[tuple[str, str, str | None], RoleFinding] = {}
    for f in found:
        seen.setdefault((f.person.key, f.title, f.organisation.key if f.organisation else None), f)
    return list(seen.values())


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


def with_body_of_the_place(finding: RoleFinding, text: str, head_start: int) -> RoleFinding:
    """A title whose place names its body ("die Osnabrücker Landrätin"), where no other body is named."""
    org = None if finding.organisation is not None else body_of_the_place(finding.title, text, head_start)
    return finding if org is None else replace(finding, organisation=org)


_PORTFOLIO_KEPT = re.compile(r"[ \xa0]+für[ \xa0]+[A-ZÄÖÜ]")


def _listed_holders(
    text: str, head: re.Match[str], mentions: list[Mention], found: list[RoleFinding], limit: int
) -> list[RoleFinding]:
    """The people a role phrase names in a list after it: after a colon, for heads ("die Leitungen der
    Netzwerke: A (X) und B (Y)"; "Referentinnen: …" lists speakers, who hold no post by it), or after a
    possessive ("und ihre Mitarbeiterinnen A und B")."""
    noun = head.group("noun")
    listed = []
    phrase_end, org = parse_complements(text, head.end(), mentions, limit)
    # any title at a body names a post ("Vorsitzender des Vereins X: Karl Muster"); without one only a head's or a
    # contact's does ("Referentinnen: A und B" lists speakers)
    # a title with its portfolio names a post too ("zwei Expertinnen für Einfache Sprache: A und B")
    kept = _PORTFOLIO_KEPT.match(text, head.end(), phrase_end)
    portfolio = text[head.end() : phrase_end] if kept is not None and org is None else ""
    if is_head_noun(singular(noun)) or is_contact_noun(noun) or org is not None or portfolio:
        if org is None:
            tail = TAIL_WORDS.match(text, phrase_end, min(limit, phrase_end + ROLE_TAIL_MAX))
            phrase_end = tail.end() if tail else phrase_end  # "der jeweiligen Netzwerke"
        listed = named_after_colon(text, noun, phrase_end, mentions, org, portfolio)
    if not listed:
        previous = next((f.organisation for f in reversed(found) if f.organisation is not None), None)
        people = [m for m in mentions if m.type == "Person"]
        listed = team_after_possessive(text, noun, (head.start(), head.end()), people, previous)
    return [
        RoleFinding(
            x.person,
            x.title,
            x.organisation,
            leads(singular(noun), head.group("pre"), x.organisation),
            head.start(),
        )
        for x in listed
    ]
