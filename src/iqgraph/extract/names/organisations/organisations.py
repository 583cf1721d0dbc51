"""The organisation-name grammar for names no gazetteer knows.

    NAME   := ADJ* HEAD COMPLEMENT* LEGALFORM? ("(" ABBR ")")?
    HEAD   := a noun ending in an organisation head (…ministerium, …agentur, Stiftung, …kammer, …)
    COMPL  := "für" PORTFOLIO | "des Landes" LAND | LAND | CITY | "der"/"des" GENITIVE-NAME | ACRONYM

"Ministerium für Wirtschaft, Verkehr und Tourismus Beispielland", "Bildungswerk der Musterländer
Wirtschaft e. V.", "Regionaldirektion Nordland der Bundesagentur für Arbeit" all parse. A portfolio list
ends at its "und" item, so "für Integration, Arbeit und Soziales sowie Petra Beispiel" stops
before "sowie". Plurals ("Jobcentern", "Landesministerien") and indefinite mentions ("eine Stiftung") are
not names.

This module runs all readers over a text and parses a name around each head. The head words and the class they
signal live in heads.py, the words before a head in leading_words.py, the complements after it in
complements.py, short forms in brackets in abbreviations.py, names ended by a legal form in legal_forms.py,
local offices named by their town in local_offices.py, names in other word orders in word_orders.py. The words
names are made of live in words.py, commissioners' offices and Lands as bodies in government_bodies.py, names
in capitals, with a dot or an English head in styled_names.py; whether a bare head ("Verein", "Zentrum") names a
body by the words after it or where it stands in bare_heads.py.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ... import lexicon
from ...lexicon.events import MONTH_NAMES
from ...lexicon.names import CENTRE_HEADS, UNIT_OWNER_SHORT_FORMS
from ...lexicon.projects import TIME_WORDS
from ...text.morphology import genitive_with_article
from ...text.spans import Mention
from .abbreviations import (
    ABBR,
    abbreviates_the_genitive,
    completed_by_abbreviation,
    place_after_abbreviation,
    short_form_after,
    spelled_by_abbreviation,
    spelled_out_before_abbreviation,
)
from .bare_heads import after_a_proper_name, branded_centre, centre_of_a_town, the_local_council
from .clause_objects import object_of_the_clause
from .complements import (
    LAND_GENITIVE,
    REGION_NAME,
    REGION_NAMED_HEADS,
    REGION_NAMED_IN_COMPOUNDS,
    complements_of,
    extend_right,
    genitive_after_abbreviation,
    land_of_a_federation,
    ministry_portfolios_end,
    nominative_label,
)
from .firms import find_firms
from .forums import find_forums_of_a_region
from .government_bodies import find_lands_as_bodies, find_municipalities_as_bodies
from .heads import COMMON_NOUN_ENDINGS, TOWNS, head_suffix, names_one_body, type_of
from .land_commissioners import find_land_commissioners
from .leading_words import (
    at_the_instigation,
    described_by_its_topic,
    describes_unit,
    extend_left,
    is_small_letter_brand,
    named_after_a_person,
)
from .legal_forms import LEGAL, by_legal_form
from .local_offices import (
    as_territory,
    bare_local_office,
    bureaus_of_municipalities,
    chambers_as_a_kind,
    of_its_own_kind,
    office_of_its_own_kind,
    offices_of_listed_towns,
    offices_of_the_municipality,
    short_heads_with_towns,
    unplaced_local_office,
    with_unknown_town,
)
from .municipal_services import find_municipal_services
from .parliamentary_groups import find_parliamentary_groups
from .person_named import person_s_name_after_head
from .small_letter_names import find_small_letter_names, styled_names_with_legal_form
from .styled_names import (
    find_by_english_head,
    find_communities,
    find_organisation_compounds,
    find_quoted_after_classifier,
    find_quoted_networks,
    find_styled_names,
)
from .welfare_leagues import find_welfare_leagues
from .word_orders import (
    named_before_head,
    networks_by_attribute_and_place,
    networks_of_bodies,
    portfolios_without_preposition,
    regional_units_of_associations,
)
from .words import FOR_PORTFOLIO, GENERIC_CLASSIFIER, NAMED_FIELD, joined

# A word, also one broken at a line end: "Handwerks-" / "kammer Kassel" (not a hyphen coordination: "Handwerks- und")
_WORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w\-]*[\w](?:-\s(?!(?:und|oder|sowie|bzw)\b)[a-zäöüß]\w*)?")
# The town a unit named by its topic serves: "Fachinformationszentrum Zuwanderung in Musterstadt" is named
# "Fachinformationszentrum Zuwanderung Musterstadt" (towns only: "in Sachsen" says where the Land's unit works).
_TOWN_AFTER_UNIT = re.compile(r"\s+in\s+(?P<place>[A-ZÄÖÜ][\w\-]*\w)(?![\w-])")


def _town_after_unit(text: str, end: int) -> re.Match[str] | None:
    town = _TOWN_AFTER_UNIT.match(text, end)
    return town if town and town.group("place") in TOWNS else None


_GLUED = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])")
_TRAILING_ACRONYM = re.compile(r"\s+([A-Z][A-Za-z]{1,5}[A-Z])$")
_ABBR_BEFORE = re.compile(r"(?<![\w-])(?P<abbr>[A-ZÄÖÜ](?=[a-zäöü]*[A-ZÄÖÜ])[A-Za-zÄÖÜäöü]{1,7})\s*\($")
_INDEFINITE = re.compile(
    r"(?:ein|eine|einer|einem|einen|kein\w*|viele\w*|alle\w*|jede\w*|mehrere\w*)\s+$", re.I
)
_UNIQUE_BODIES = frozenset(
    {"bundestag", "bundesrat", "bundeskanzleramt", *map(str.lower, lexicon.UNIQUE_BODY_SHORT_FORMS)}
)


def find_organisations(text: str) -> list[Mention]:
    out = (
        by_legal_form(text)
        + find_lands_as_bodies(text)
        + find_municipalities_as_bodies(text)
        + find_by_english_head(text)
        + find_styled_names(text)
        + find_quoted_after_classifier(text)
        + find_quoted_networks(text)
        + find_forums_of_a_region(text)
        + find_small_letter_names(text)
        + styled_names_with_legal_form(text)
        + find_parliamentary_groups(text)
        + find_welfare_leagues(text)
        + find_land_commissioners(text)
    )
    out += (
        named_before_head(text) + portfolios_without_preposition(text) + regional_units_of_associations(text)
    )
    out += offices_of_the_municipality(text) + chambers_as_a_kind(text) + offices_of_listed_towns(text)
    out += short_heads_with_towns(text) + networks_by_attribute_and_place(text) + networks_of_bodies(text)
    out += bureaus_of_municipalities(text) + find_communities(text) + find_firms(text)
    out += find_organisation_compounds(text) + find_municipal_services(text)
    for match in _WORD.finditer(text):
        head = head_suffix(joined(match.group(0)))
        if head is None or _INDEFINITE.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        mention = _parse(text, match.start(), match.end(), head) or bare_local_office(text, match, head)
        if mention is not None and unplaced_local_office(mention.label):
            kind = office_of_its_own_kind(mention) if of_its_own_kind(mention.label) else None
            mention = with_unknown_town(text, mention) or kind
        if mention is not None:
            out.append(as_territory(text, mention))
    return out


class _Tail(NamedTuple):
    """What may follow a name's words: its short form in brackets, then a legal form, its town or its genitive
    attribute ("Volkshochschule (VHS) Musterstadt"), or the town of a unit ("Servicestelle X in Musterstadt")."""

    end: int
    abbreviation: str | None = None
    place: re.Match[str] | None = None
    legal: re.Match[str] | None = None
    genitive: re.Match[str] | None = None


def _parse(text: str, start: int, end: int, head: str) -> Mention | None:
    head_start = start
    if (
        head in CENTRE_HEADS
        and not FOR_PORTFOLIO.match(text, end)
        and not branded_centre(text, start, end)
        and not centre_of_a_town(text, start, end)
    ):
        return None  # "im Zentrum Leipzigs", "das Bildungszentrum Nord": a centre is named by what it is for
    start = extend_left(text, start)
    end = after_a_proper_name(text, head_start, end)
    unit = lexicon.ORG_HEADS[head] == "Subproject"
    if described_by_its_topic(text, head_start, end, head) or at_the_instigation(text, start):
        return None
    end, has_complement, genitive_at = _with_complements(text, (start, head_start, end), head)
    end = _first_page_line(text, head_start, end)
    legal = LEGAL.match(text, end)
    if not _named(text, (start, head_start, end), unit, has_complement or legal is not None):
        named_end = _named_by_its_short_form(text, head_start, end)
        if named_end is None:
            return None  # a bare "Stiftung" or "Zivilgesellschaft" is a common noun, not a name
        end = named_end
    if legal:
        end = legal.end()
    surface_start, surface, trailing = _surface(text, (start, head_start, end), legal is not None)
    tail = _tail(text, end, genitive_at, legal is not None, has_complement, unit)
    abbreviation = tail.abbreviation if tail.abbreviation is not None else trailing
    label = _label(surface, (surface_start, genitive_at), head, tail)
    return _mention(text, (start, tail.end), head, label, abbreviation, bool(legal or tail.legal))


def _with_complements(text: str, span: tuple[int, int, int], head: str) -> tuple[int, bool, int | None]:
    """The end of the complements after the head (`span`: the name's start, the head's start and end), whether
    there are any, and where a genitive attribute begins."""
    start, head_start, end = span
    portfolios_end = ministry_portfolios_end(text, end) if head == "ministerium" else end
    portfolios_at = end if portfolios_end > end else None  # "Bundesministerium des Innern und für Heimat"
    end, has_complement, genitive_at = extend_right(text, portfolios_end, complements_of(head))
    has_complement, genitive_at = has_complement or portfolios_at is not None, portfolios_at or genitive_at
    if genitive_at is not None:
        end = land_of_a_federation(text, end, head)
    if not has_complement and head.endswith(REGION_NAMED_HEADS) and _region_named(text[head_start:end], head):
        region = REGION_NAME.match(text, end)
        # "ist die Kammer Partnerin des …": a function noun in the predicate is no region's name; nor is the object
        # of a verb-final clause ("dass die Kammer Betriebe berät") or a time ("die Kammer Anfang Mai")
        if (
            region
            and not region.group("region_name")
            .lower()
            .endswith(COMMON_NOUN_ENDINGS + lexicon.NOT_PROPER_NAME_ENDINGS)
            and not object_of_the_clause(text, head_start, region.start("region_name"), region.end())
            and not _a_time(text, region)
        ):
            end, has_complement = region.end(), True
            # "Kreisverband Musterland der Arbeiterwohlfahrt": the association the unit of a region belongs to
            end, _, genitive_at = extend_right(text, end, complements_of(head))
    person_named = None if has_complement else person_s_name_after_head(text, head_start, end, head)
    if person_named is not None:  # "Klinikum Ernst von Beispiel": a body named after a person
        end, has_complement = person_named, True
    field = None if has_complement else NAMED_FIELD.match(text, end)
    if field is not None:
        end, has_complement = field.end(), True
    completed = completed_by_abbreviation(text, start, end) or spelled_out_before_abbreviation(
        text, head_start, end
    )
    end = completed or end
    has_complement = (
        has_complement
        or completed is not None
        or text[head_start:end].lower() not in lexicon.ORG_HEADS
        and " " in text[head_start:end]
    )
    return end, has_complement, genitive_at


def _region_named(word: str, head: str) -> bool:
    return head not in REGION_NAMED_IN_COMPOUNDS or not word.lower().startswith(head)


_DATE_AFTER = re.compile(rf"[ \xa0]+(?:{'|'.join(MONTH_NAMES)}|\d{{4}})(?![\w-])")


def _a_time(text: str, region: re.Match[str]) -> bool:
    """ "die Kammer Anfang Mai", "die Kammer Ende 2024": a span word before a month or a year is a time."""
    return region.group("region_name") in TIME_WORDS and _DATE_AFTER.match(text, region.end()) is not None


def _first_page_line(text: str, head_start: int, end: int) -> int:
    """ "IntegrationPressestelleTurmschanzenstraße": page lines run together; cut at the first."""
    glued = list(_GLUED.finditer(text, head_start, end))
    return glued[0].start() if len(glued) > 1 else end


def _named(text: str, span: tuple[int, int, int], unit: bool, completed: bool) -> bool:
    """Whether the words around the head name one body (`span`: the name's start, the head's start and end;
    `completed`: a complement or a legal form follows the head)."""
    start, head_start, end = span
    bare_compound = names_one_body(text[head_start:end].split()[0].lower().rstrip("s"))
    # "die Berliner Anlaufstelle" describes a unit by its place, "die Anerkennungs- und Qualifizierungsberatungsstelle"
    # by its fields; "die Zentrale Anlaufstelle" names one
    left_names = start < head_start and not (unit and describes_unit(text[start:head_start]))
    return (
        completed
        or left_names
        or bare_compound
        or named_after_a_person(text, head_start, end)
        or text[head_start:end].lower() in _UNIQUE_BODIES
        or the_local_council(text, start, head_start, end)
    )


def _named_by_its_short_form(text: str, head_start: int, end: int) -> int | None:
    """The end of a bare head's name that its short form makes one: the words it spells, or the head before a
    short form with a town or a genitive after it; None where there is no such short form."""
    spelled = spelled_by_abbreviation(text, head_start, end)
    head_abbr = ABBR.match(text, end)
    if spelled is not None:
        return spelled
    if not (
        head_abbr
        and (
            place_after_abbreviation(text, head_abbr.end())
            or genitive_after_abbreviation(text, head_abbr.end())
        )
    ):
        return None
    return end


def _surface(text: str, span: tuple[int, int, int], legal: bool) -> tuple[int, str, str | None]:
    """Where the name's words begin, the words, and an acronym that ends them (`span`: the name's start, the
    head's start and end)."""
    start, head_start, end = span
    # "Verein Brückenbau e.V." is named "Brückenbau e.V."; the mention still covers "Verein"
    generic = GENERIC_CLASSIFIER.match(text, head_start, end) if legal and start == head_start else None
    surface_start = generic.end() if generic else start
    surface = text[surface_start:end]
    trailing = _TRAILING_ACRONYM.search(surface)
    if (
        trailing and " für " in surface and not LEGAL.fullmatch(trailing.group(0))
    ):  # "Bundesinstitut für Berufsbildung BiBB": the acronym abbreviates
        return surface_start, surface[: trailing.start()], trailing.group(1)
    return surface_start, surface, None


def _tail(
    text: str, end: int, genitive_at: int | None, legal: bool, has_complement: bool, unit: bool
) -> _Tail:
    abbr = short_form_after(text, end)
    if abbr and genitive_at and abbreviates_the_genitive(abbr.group("abbr"), text[genitive_at:end]):
        abbr = (
            None  # "Regionaldirektion Sachsen der Bundesagentur für Arbeit (BA)": the short form is the BA's
        )
    if abbr and not abbr.group("abbr").isdigit():
        return _after_the_short_form(text, abbr, legal, has_complement)
    if unit and has_complement:
        # "Servicestelle Anerkennung in Musterstadt": one unit of its kind per town, named by it; the town stays
        # a place of its own
        return _Tail(end, place=_town_after_unit(text, end))
    return _Tail(end)


# "Internationaler Bund (IB) Südwest gGmbH", "Stiftung Lernhaus (SL) Nord GmbH": one word between the short form and a
# legal form is the name's (its region), and the legal form ends the name.
_WORD_BEFORE_A_LEGAL_FORM = re.compile(rf"\s+(?P<place>[A-ZÄÖÜ][\w-]*\w)(?={LEGAL.pattern})")


def _after_the_short_form(text: str, abbr: re.Match[str], legal: bool, has_complement: bool) -> _Tail:
    end = abbr.end()
    # "Institut für Teilhabe (IfT) gGmbH": the legal form after the short form still ends the name
    legal_after = None if legal else LEGAL.match(text, end)
    end = legal_after.end() if legal_after else end
    worded = None if legal or legal_after else _WORD_BEFORE_A_LEGAL_FORM.match(text, end)
    if worded:
        legal_after = LEGAL.match(text, worded.end())
        return _Tail(
            legal_after.end() if legal_after else worded.end(), abbr.group("abbr"), worded, legal_after
        )
    # "Volkshochschule (VHS) Musterstadt": a name without complement takes the town after its abbreviation
    place_after = None if has_complement else place_after_abbreviation(text, end)
    if place_after:
        end = place_after.end()
    # "Bildungswerk (BW) der Musterländischen Wirtschaft": or its genitive attribute
    genitive_after = None if has_complement or place_after else genitive_after_abbreviation(text, end)
    # "Ministerium für Arbeit (MA) des Landes Brandenburg": the Land's genitive after the short form, complement or not
    genitive_after = genitive_after or (None if place_after else LAND_GENITIVE.match(text, end))
    if genitive_after:
        end = genitive_after.end()
    return _Tail(end, abbr.group("abbr"), place_after, legal_after, genitive_after)


def _label(surface: str, at: tuple[int, int | None], head: str, tail: _Tail) -> str:
    """The name in the nominative (`at`: where the surface and its genitive attribute begin), with what follows
    its short form and the body a unit belongs to."""
    surface_start, genitive_at = at
    label = nominative_label(surface, genitive_at - surface_start if genitive_at else None)
    if tail.place:
        zu = "zu " if tail.place.groupdict().get("zu") else ""
        label = f"{label} {zu}{tail.place.group('place')}"
    if tail.genitive:
        label = f"{label} {joined(tail.genitive.group(0).strip())}"
    owner = lexicon.UNIT_OWNERS.get(head)
    if owner:  # "BA-Regionaldirektion Nord": the owner's short form is no part of the unit's name
        label = label.removeprefix(f"{UNIT_OWNER_SHORT_FORMS.get(owner)}-")
    if owner and genitive_at is None and " " in label and not tail.genitive:
        label = (
            f"{label} {genitive_with_article(owner)}"  # "Bundesagentur für Arbeit, Regionaldirektion Bayern"
        )
    if tail.legal:
        label = f"{label} {tail.legal.group(0).strip()}"
    if not is_small_letter_brand(label.split(" ")[0]):
        label = label[:1].upper() + label[1:]  # "bayerische Staatsregierung" begins the name "Bayerische …"
    return label


def _mention(
    text: str, span: tuple[int, int], head: str, label: str, abbreviation: str | None, legal: bool
) -> Mention:
    start, end = span
    before = _ABBR_BEFORE.search(text, max(0, start - 12), start)
    if (
        before and not abbreviation and text.startswith(")", end)
    ):  # "IWT (Institut der Wirtschaft Thüringens)"
        abbreviation, start, end = before.group("abbr"), before.start(), end + 1
    type_ = "Organisation" if legal else type_of(label, head)  # "Migrationsrat X e.V." is private
    if label in _SHORT_FORMS:  # "das Bundesbildungsministerium": the BMBF by its full name
        return Mention(
            start,
            end,
            type_,
            f"{type_.lower()}:{label.lower()}",
            _SHORT_FORMS[label],
            label,
            label,
            1,
        )
    # a centre is as often a unit of a project as a body: another reading of the same words wins ("das Zentrum
    # für Anerkennung X, ein Teilprojekt des …")
    priority = 0 if head in CENTRE_HEADS else 1
    return Mention.named(start, end, type_, label, text[start:end], abbreviation, priority)


_SHORT_FORMS = {**lexicon.MINISTRY_SHORT_FORMS, **lexicon.UNIQUE_BODY_SHORT_FORMS}
