"""Names met again: a name shortened, or its short form used after it is introduced.

"das Amt für Beispielfragen" after "Amt für Beispielfragen der Stadt Musterstadt", "der Berliner Senat" for "Senat
von Berlin", "IHK Musterstadt" for "Industrie- und Handelskammer Musterstadt", "Zentrale Erstanlaufstelle" for
"Zentrale Erstanlaufstelle Anerkennung" are the entity named in full; "das IBF" after "Institut für
Beispielforschung (IBF)" stands for the long name wherever the text uses it afterwards.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate

from .. import lexicon
from ..lexicon.names import HEADS_AFTER_NAMES
from ..text.morphology import town_of_adjective
from ..text.spans import Mention
from .organisations.abbreviations import REGION_CUT_MIN, capital_initials
from .persons.names import given_name_gender

_SHORTENED_TYPES = ("Agency", "Ministry", "Organisation", "Subproject")
# What a writer drops from a name once it is known: the genitive attribute of the body it belongs to ("Amt für
# Beispielfragen der Stadt Musterstadt" -> "das Amt für Beispielfragen").
_DROPPED_ATTRIBUTE = re.compile(r" (?:der|des) [A-ZÄÖÜ]")


def shortened_names(chosen: list[Mention]) -> list[Mention]:
    """A name met again without its genitive attribute, or with its Land as an adjective, is the same entity,
    not a second one."""
    full = [m for m in chosen if m.type in _SHORTENED_TYPES and not m.generic]
    shorter = _shorter_names(full)
    return [_as_full_name(m, full, shorter) for m in chosen]


def _shorter_names(full: list[Mention]) -> dict[tuple[str, str], list[int]]:
    """(type, a short name) -> where in `full` the names are that it may stand for (`_same_name` read
    backwards), so a mention looks up its long names instead of trying every one."""
    out: dict[tuple[str, str], list[int]] = {}
    seen: set[tuple[str, str, str]] = (
        set()
    )  # a name met again adds nothing: the first place of each is the one found
    for i, longer in enumerate(full):
        if (longer.type, longer.key, longer.label) in seen:
            continue
        seen.add((longer.type, longer.key, longer.label))
        label = longer.label
        for cut in _ATTRIBUTE_STARTS.finditer(label):
            out.setdefault((longer.type, label[: cut.start()]), []).append(i)
        if longer.type == "Subproject":
            for short in _leading_words(label):
                out.setdefault((longer.type, short), []).append(i)
            if label.startswith(_PROGRAMME_WORD):  # "Anerkennungsberatung X" for "IQ Anerkennungsberatung X"
                out.setdefault((longer.type, label.removeprefix(_PROGRAMME_WORD)), []).append(i)
        out.setdefault((longer.type, label), []).append(i)  # "Senat von Berlin": read by the adjective rule
        person_named = _without_the_person(label)
        if person_named is not None:
            # "Universität Musterstadt" for "Anna von Beispiel Universität Musterstadt"
            out.setdefault((longer.type, person_named), []).append(i)
        for short in _as_a_verein(longer):
            out.setdefault((longer.type, short), []).append(i)
        for short in without_form_or_town(longer):
            out.setdefault((longer.type, short), []).append(i)
    return out


# "Bildungsverbund Weser-Leine" for "Bildungsverbund Weser-Leine e. V.", "das Städtische Krankenhaus" for "Städtisches
# Krankenhaus Kiel": an organisation met again without its legal form or the town closing its name (two words left at
# least: "Universität" alone for "Universität Erfurt" names no one)
_LEGAL_FORM_AT_END = re.compile(r",? (?:" + "|".join(re.escape(f) for f in lexicon.LEGAL_FORMS) + r")$")
_FEWEST_WORDS_LEFT = 2


def without_form_or_town(m: Mention) -> list[str]:
    if m.type != "Organisation":
        return []
    cuts = []
    form = _LEGAL_FORM_AT_END.search(m.label)
    bare = m.label[: form.start()] if form else m.label
    if form is not None:
        cuts.append(bare)
    words = bare.split(" ")
    if len(words) > _FEWEST_WORDS_LEFT and words[-1] in lexicon.GERMAN_PLACES:
        cuts.append(" ".join(words[:-1]))
    return [c for c in cuts if len(c.split(" ")) >= _FEWEST_WORDS_LEFT]


# A registered association's legal form: "Sprachhaus Trier e. V." is met again as "der Verein Sprachhaus".
_REGISTERED = re.compile(r" e\. ?V\.?$")
_VEREIN = "Verein "


def _as_a_verein(m: Mention) -> list[str]:
    """ "Verein Sprachhaus", "Verein Sprachhaus Trier" for "Sprachhaus Trier e. V.": the association by its
    kind and the first words of its name."""
    form = _REGISTERED.search(m.label) if m.type == "Organisation" else None
    if form is None:
        return []
    words = m.label[: form.start()].split(" ")
    return [_VEREIN + " ".join(words[:n]) for n in range(1, len(words) + 1)]


_ATTRIBUTE_STARTS = re.compile(r"(?=" + _DROPPED_ATTRIBUTE.pattern + ")")


def _as_full_name(m: Mention, full: list[Mention], shorter: dict[tuple[str, str], list[int]]) -> Mention:
    if m.type not in _SHORTENED_TYPES or m.generic:
        return m
    adjective, _, head = m.label.partition(" ")
    spelled = lexicon.CHAMBER_ABBREVIATIONS.get(
        adjective
    )  # "IHK Erfurt" for "Industrie- und Handelskammer Erfurt"
    spelled_out = shorter.get((m.type, f"{spelled} {head}"), []) if spelled and head else []
    if spelled_out:
        return replace(m, key=full[spelled_out[0]].key, label=full[spelled_out[0]].label)
    named_before = _named_before_by_the_other_head(m, full, shorter)
    if named_before is not None:
        return replace(m, key=named_before.key, label=named_before.label)
    places = shorter.get((m.type, m.label), [])
    if m.label.startswith(_VEREIN):  # one registered association whose name the words begin
        registered = {full[i].key: full[i] for i in places if _REGISTERED.search(full[i].label)}
        registered.pop(m.key, None)
        if len(registered) == 1:
            longer = next(iter(registered.values()))
            return replace(m, key=longer.key, label=longer.label)
    land = lexicon.LAND_ADJECTIVES.get(adjective)
    if land is not None:
        places = sorted({*places, *shorter.get((m.type, f"{head} von {land}"), [])})
    town = town_of_adjective(adjective)
    if town is not None:  # "die Stader Volkshochschule" for "Volkshochschule Stade"
        for named in _heads_of_the_same_body(head):
            places = sorted({*places, *shorter.get((m.type, f"{named} {town}"), [])})
    cut = {full[i].key: full[i] for i in places if m.label in without_form_or_town(full[i])}
    cut.pop(m.key, None)
    if len(cut) == 1:  # one organisation of the release the short name cuts down to
        longer = next(iter(cut.values()))
        return replace(m, key=longer.key, label=longer.label)
    for i in places:
        longer = full[i]
        if longer.key != m.key and (
            _same_name(m.label, longer.label) or longer.label == _PROGRAMME_WORD + m.label
        ):
            return replace(m, key=longer.key, label=longer.label)
    # a project's first words: only where they begin one name of the release ("Zentrale Erstanlaufstelle" for
    # both "… Anerkennung" and "… Anerkennung – Akademikerservice" names neither)
    begun = {full[i].key: full[i].label for i in places if m.label in _leading_words(full[i].label)}
    begun.pop(m.key, None)
    if (
        m.type == "Subproject" and m.abbreviation is None and len(begun) == 1
    ):  # a short form comes with a full name
        key, label = begun.popitem()
        return replace(m, key=key, label=label, alias=None)  # the short name is no name of its own
    return m


# A project's name cut short keeps this many words at least: "Zentrale Erstanlaufstelle" for "Zentrale
# Erstanlaufstelle Anerkennung" (one word, "Zentrale", would name nothing).
_FEWEST_WORDS_OF_A_SHORTENED_PROJECT = 2


def _leading_words(label: str) -> list[str]:
    """ "Zentrale Erstanlaufstelle" for "Zentrale Erstanlaufstelle Anerkennung": a writer names a unit met in
    full by its first words, the topic or town that closes the name left off."""
    words = label.split(" ")
    # before a dash the name goes on with a part of its own ("Zentrale Erstanlaufstelle Anerkennung – Akademikerservice"
    # is another unit than "Zentrale Erstanlaufstelle Anerkennung"): only shorter first words stand for it
    core = next((i for i, word in enumerate(words) if word in _SUBTITLE_DASHES), len(words))
    # a styled word before the dash is the project's short name ("BRIDGE" for "BRIDGE – Wege in Arbeit")
    styled = [words[0]] if core == 1 and _STYLED_SHORT_NAME.fullmatch(words[0]) else []
    return styled + [" ".join(words[:n]) for n in range(_FEWEST_WORDS_OF_A_SHORTENED_PROJECT, core)]


# A word styled as a name: capitals throughout ("BRIDGE", "ZAQ+") or a capital inside ("ProTech").
_STYLED_SHORT_NAME = re.compile(r"[A-ZÄÖÜ]{3,}\+?|[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ]\w*")


_SUBTITLE_DASHES = ("–", "-")


# A unit of the programme named with and without the programme's word: "IQ Servicestelle X" and "Servicestelle X".
_PROGRAMME_WORD = "IQ "


# A body named after a person, the person's name first: "Carl von Beispiel Universität Musterstadt" is met again as
# "Universität Musterstadt" (its head and town: two words at least).
_PERSON_NAMED_BODY = re.compile(
    rf"(?P<person>[A-ZÄÖÜ][a-zäöüß]+(?: (?:von|van|de) )?(?: ?[A-ZÄÖÜ][a-zäöüß]+)+) "
    rf"(?P<rest>(?:{'|'.join(HEADS_AFTER_NAMES)}) [A-ZÄÖÜ][\w-]+)"
)


def _without_the_person(label: str) -> str | None:
    named = _PERSON_NAMED_BODY.fullmatch(label)
    if named is None or not given_name_gender(named.group("person").split()[0]):
        return None
    return named.group("rest")


def _same_name(short: str, label: str) -> bool:
    """ "Amt für Beispielfragen" for "Amt für Beispielfragen der Stadt X"; "Berliner Senat" for "Senat von Berlin";
    "Kasseler Volkshochschule" for "Volkshochschule Kassel"; "Universität X" for "Anna Beispiel Universität X"."""
    if label.startswith(short) and _DROPPED_ATTRIBUTE.match(label[len(short) :]):
        return True
    if _without_the_person(label) == short:
        return True
    adjective, _, head = short.partition(" ")
    land = lexicon.LAND_ADJECTIVES.get(adjective)
    if land is not None and label == f"{head} von {land}":
        return True
    town = town_of_adjective(adjective)
    return town is not None and any(
        label == f"{named} {town}" for named in _heads_of_the_same_body(head)
    )  # "Stader Volkshochschule" for "Volkshochschule Stade"


# Heads that name the same kind of local office: "die Göttinger Arbeitsagentur" after "Agentur für Arbeit Göttingen".
_SAME_OFFICE_HEADS = {"Arbeitsagentur": "Agentur für Arbeit", "Agentur für Arbeit": "Arbeitsagentur"}


def _named_before_by_the_other_head(
    m: Mention, full: list[Mention], shorter: dict[tuple[str, str], list[int]]
) -> Mention | None:
    """ "die Arbeitsagentur Gera" after "die Agentur für Arbeit Gera" (and the other way round): the local office named
    before by the other head with the same town; the name met first stays the label."""
    for head, other in _SAME_OFFICE_HEADS.items():
        if m.label.startswith(head + " "):
            renamed = other + m.label[len(head) :]
            return next(
                (full[i] for i in shorter.get((m.type, renamed), []) if full[i].start < m.start), None
            )
    return None


def _heads_of_the_same_body(head: str) -> tuple[str, ...]:
    other = _SAME_OFFICE_HEADS.get(head)
    return (head, other) if other else (head,)


_NO_SHORT_FORM_TYPES = ("Person", "Place", "Event")
# "IBF", "f-bb", "vbw" (small letters, as a name read with it spells them), and an abbreviation with its region:
# "IHK Nordland"
_SHORT_FORM = re.compile(
    r"[A-ZÄÖÜa-zäöü][\w\-+]*[A-ZÄÖÜ][\w\-+]*(?: [A-ZÄÖÜ][\w\-]+)?|[a-zäöü]{1,4}-[a-zäöü]{1,4}"
    r"|[a-zäöü]{2,5}(?: [a-zäöü]{3,12})?"  # "hkg rhein": initials and a region in small letters
)


def later_short_forms(text: str, chosen: list[Mention]) -> list[Mention]:
    """ "das Institut für Beispielforschung (IBF) … das IBF": the short form a name introduces stands for the
    long name wherever the text uses it afterwards (once per place and entity: `select` keeps one anyway)."""
    groups: dict[tuple[str, str, int], list[Mention]] = {}
    for m in sorted(chosen, key=lambda m: (m.start, m.key)):
        short = m.abbreviation
        if short and m.type not in _NO_SHORT_FORM_TYPES and _SHORT_FORM.fullmatch(short):
            groups.setdefault((short, m.key, m.priority), []).append(m)
    out = []
    for (short, _, _), introduced in groups.items():
        if "+" in short:  # "A+A" can overlap itself: where the search starts decides which place is found
            out += [
                _short_form(m, start) for m in introduced for start in _short_form_places(text, short, m.end)
            ]
        else:
            out += _short_forms_after(text, short, introduced)
    return out


def _short_form_places(text: str, short: str, after: int) -> list[int]:
    pattern = rf"(?<![\w-]){re.escape(short)}(?![\w-])"
    return [after + found.start() for found in re.finditer(pattern, text[after:])]


def _short_forms_after(text: str, short: str, introduced: list[Mention]) -> list[Mention]:
    """Each place of `short` after a mention introducing it, taken from the first such mention. Right at a
    mention's end the short form needs no boundary before it (the search there once began at that end)."""
    reach = list(accumulate((-m.end for m in introduced), max))  # -(the smallest end so far)
    at_end: dict[int, Mention] = {}
    for m in introduced:
        at_end.setdefault(m.end, m)
    out = []
    # a short form styled in small letters is written in capitals too ("hkg rhein", "HKG Rhein")
    flags = re.IGNORECASE if " " in short and short.islower() else 0
    for found in re.finditer(rf"(?={re.escape(short)}(?![\w-]))", text, flags):
        start = found.start()
        introducing: Mention | None = at_end.get(start)
        if start == 0 or not _WORD_OR_HYPHEN.match(text, start - 1):
            first = bisect_left(reach, -start)
            introducing = introduced[first] if first < len(introduced) else None
        if introducing is not None:
            out.append(_short_form(introducing, start))
    return out


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _short_form(m: Mention, start: int) -> Mention:
    """The short form stands for its long name; where the name grammar reads the same words as a name of their
    own ("IHK Nordland" after "Industrie- und Handelskammer Nordland (IHK Nordland)"), the text's own
    declaration wins."""
    short = m.abbreviation or ""
    return Mention(start, start + len(short), m.type, m.key, m.label, short, short, priority=m.priority + 1)


# A body's long name of several capitalised words is met again by their initials, in capitals or small letters, with
# the start of the name's last word after them where that is its region: "Hochschule für Kunst und Gestaltung des
# Rheinlandes" … "die HKG Rhein", "die hkg rhein"; "Zentrum für Arbeit und Bildung Musterland" … "das ZAB".
_INITIALED_TYPES = ("Organisation", "Agency")
INITIALS_MIN, INITIALS_MAX = 3, 6


def initials_met_again(text: str, chosen: list[Mention]) -> list[Mention]:
    out = []
    seen: set[str] = set()
    for m in sorted(chosen, key=lambda m: m.start):
        if m.type not in _INITIALED_TYPES or m.abbreviation or m.key in seen:
            continue
        seen.add(m.key)
        words = m.label.split()
        before_genitive = next((i for i, w in enumerate(words) if w in ("des", "der") and i > 0), len(words))
        initials = capital_initials(" ".join(words[:before_genitive])).upper()
        if not INITIALS_MIN <= len(initials) <= INITIALS_MAX or not initials.isalpha():
            continue
        pattern = rf"(?<![\w-])(?i:{re.escape(initials)})(?:[ \xa0]+(?P<region>[A-ZÄÖÜa-zäöü]{{{REGION_CUT_MIN},}}))?(?![\w-])"
        for found in re.compile(pattern).finditer(text, m.end):
            written = found.group(0)[: len(initials)]
            if written != initials.upper() and written != initials.lower():
                continue  # "Aha", "Zab": a word, no short form
            region = found.group("region")
            regional = region is not None and words[-1].lower().startswith(region.lower())
            end = found.end() if regional else found.start() + len(initials)
            short = text[found.start() : end]
            out.append(Mention(found.start(), end, m.type, m.key, m.label, short, priority=m.priority))
    return out
