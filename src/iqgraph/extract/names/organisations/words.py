"""The words organisation names are made of, shared by the readers of names: a capitalised word, a place,
a portfolio after "für" ("Ministerium für Arbeit, Soziales und Integration", cut at its "und" item so that
"… und Soziales sowie Petra Beispiel" stops before "sowie"), the words that never begin a name.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.places import PLACE_NAMES, TOWN_NAME_ENDINGS, TOWN_SHAPED_COMMON_NOUNS
from ...text.spans import Mention
from ..persons.persons import is_event_noun

CAP = r"[A-ZÄÖÜ][\w\-]*\w"
# A role noun's stem at a word's end, with an ending it takes: the feminine ("Sprecherin", "Leiterinnen"), the adjectival ("Vorsitzender",
# "Beauftragte") and the plural or genitive ("Referenten", "Vorstands").
_ROLE_NOUN_END = re.compile(
    "(?:" + "|".join(map(re.escape, lexicon.ROLE_STEMS)) + r")(?:innen|in|er|e|en|n|s|es)?\Z"
)


def ends_in_role_noun(word: str) -> bool:
    """Whether a word is a role noun in any form ("Sprecherin", "Vorsitzender", "Geschäftsführer"): no name word."""
    return _ROLE_NOUN_END.search(word.lower()) is not None


# A line shorter than this ends where it does on purpose (a contact block, a signature, a list): a line of
# wrapped running text is longer.
SHORT_LINE_MAX = 50
PLACE = "|".join(re.escape(x) for x in sorted(PLACE_NAMES, key=len, reverse=True))
# "der Verein Brückenbau e.V.", "die Firma Beispielbau GmbH", "der Bildungsträger Lernweg gGmbH": a noun that
# classifies the name after it (not "Verein für …", which begins a name).
GENERIC_CLASSIFIER = re.compile(
    r"(?:Vereins?|Firma|Unternehmens?|[\w-]*[Tt]räger(?:in|s)?|[\w-]*[Pp]artner(?:in|s)?|Arbeitgebers?)"
    r"\s+(?!(?:für|der|des|zur|zum|von|in|und)\b)(?=\S+\s+\S)"
)
_DETERMINERS = (
    r"(?:die|der|das|den|dem|des|eine[mnrs]?|sowie|diese[mnrs]?|alle|viele|mehrere|beide|unsere|ihre|seine)"
)
# A portfolio item: lower-case adjectives, then a noun, which may be the first half of a hyphen coordination
# ("für angewandte Wissenschaften", "für Arbeitsmarkt- und Berufsforschung").
# A word broken at a line end stays one word ("Integrati- on"): a hyphen, a space and small letters that are
# no conjunction.
_LINE_BREAK = r"-\s(?!(?:und|oder|sowie|bzw)\b)[a-zäöüß]+"
# A capitalised adjective that is part of the name of a field ("für Soziale Dienste", "für Berufliche Bildung",
# "für Sozialpädagogische Forschung"), or a participle used as one ("für Angewandte Wissenschaften", "für Bildende
# Kunst"), two of them ("für Zentrale Polizeiliche Dienste"): known by an adjective or participle suffix, and only
# before the noun they qualify.
_NAME_ADJECTIVE = (
    r"[A-ZÄÖÜ][a-zäöüß]*(?:isch|lich|al|ell|iv|ig|är|bar|andt|ierend|end)(?:e|en|er)\s+(?=[A-ZÄÖÜ])"
)
# "Forschungsinstitut Betriebliche Bildung", "Zentrum Soziale Arbeit": a capitalised adjective of a field and its
# noun right after a head name the body (in running text the adjective is small).
NAMED_FIELD = re.compile(rf"[ \xa0]+{_NAME_ADJECTIVE}{CAP}(?![\w-])")
ITEM = (
    rf"(?:(?!{_DETERMINERS}\b)[a-zäöüß]{{3,}}(?:e|en|er|es|em)\s+)*(?:{_NAME_ADJECTIVE}){{0,2}}{CAP}"
    rf"(?:-(?=,|\s+(?:und|oder)\s)|{_LINE_BREAK})?"
)
# A portfolio after "für": "für Arbeit, Soziales und Integration".
FOR_PORTFOLIO = re.compile(rf"\s+für\s+(?P<portfolio>{ITEM}(?:(?:\s*,\s*|\s+und\s+){ITEM})*)")
# Words that never begin a name: articles, prepositions, conjunctions, pronouns, common verbs.
NOT_NAME_START = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "und", "oder"}
    | {"sowie", "mit", "von", "vom", "beim", "bei", "im", "in", "an", "am", "auf", "aus", "für", "zum", "zur"}
    | {"über", "unter", "nach", "vor", "ist", "sind", "war", "wird", "wurde", "werden", "hat", "haben", "als"}
    | {"auch", "wie", "dass", "sich", "sie", "er", "es", "wir", "ihr", "seine", "ihre", "unsere", "diese"}
    # the auxiliaries' past forms too: "In der 2. Förderphase hatte Lernweg e. V. die Trägerschaft"
    | {"hatte", "hatten", "waren", "wurden", "wäre", "hätte"}
)


def named_organisation(text: str, start: int, end: int, label: str) -> Mention:
    return Mention.named(start, end, "Organisation", label, text[start:end])


_PORTFOLIO_GROUP = rf"{ITEM}(?:\s*,\s*{ITEM})*\s+und\s+{ITEM}"
_FIRST_GROUP = re.compile(_PORTFOLIO_GROUP)
_SECOND_GROUP = re.compile(rf"\s*,\s*{_PORTFOLIO_GROUP}")
_SINGLE_ITEM = re.compile(ITEM)


def trim_portfolio(match: re.Match[str]) -> str:
    """An enumeration ends at its "und" item, or at a second one right after it ("für Arbeit und Soziales,
    Familie und Integration"); without "und" it is a single item."""
    whole = match.group(0)
    portfolio = match.groupdict().get("portfolio")
    if not portfolio:
        return whole
    first = _FIRST_GROUP.match(portfolio)
    if first is None:
        single = _SINGLE_ITEM.match(portfolio)
        cut = single.group(0) if single else portfolio
    else:
        second = _SECOND_GROUP.match(portfolio, first.end())
        cut = portfolio[: (second or first).end()]
    body = _BODY_AFTER_AND.search(cut)
    cut = cut[: body.start()] if body else cut
    return whole[: whole.index(portfolio) + len(cut)]


# "von Agentur für Arbeit und Stadt Kassel", "Agentur für Arbeit und Jobcenter Kassel": a body's head word after "und"
# opens a second body's name, no item of the portfolio.
_BODY_AFTER_AND = re.compile(
    rf"\s+und\s+(?=(?:Stadt|Landkreis|Kreis|Gemeinde|{'|'.join(sorted(w.title() for w in lexicon.ORG_HEADS if w.isalpha()))})(?![\w-]))"
)


_BROKEN_WORD = re.compile(r"(?<=[a-zäöüß])-\s+(?!(?:und|oder|sowie|bzw)\b)(?=[a-zäöüß])")


def joined(surface: str) -> str:
    """One space between words, and a word broken at a line end joined again ("Integrati- on")."""
    return _BROKEN_WORD.sub("", re.sub(r"\s+", " ", surface))


def is_of_kind(label: str, kind: str) -> bool:
    """Whether a body's name says it is of the kind a head noun names ("Verein", "Stiftung", see
    lexicon.BODY_STAND_INS): "Stiftung Lichtblick" and "Handwerkskammer Kassel" hold their kind's word,
    "Brückenbau e. V." ends with it."""
    low = label.lower() + " "
    return any(form + " " in low for form in lexicon.BODY_STAND_INS[kind])


# A zu-infinitive right after a noun: the noun is its object ("… Sprachkurse anzubieten", "… Workshops zu planen").
ZU_INFINITIVE = re.compile(r"[ \xa0]+(?:zu[ \xa0]+[a-zäöüß]+en|[a-zäöüß]+zu[a-zäöüß]+en)(?![\w-])")


def named_like_a_town(name: str) -> bool:
    """ "der Kreis Beispielhausen", "die Stadt Musterstedt": one word with an ending town names are built on (not a
    common noun that has one: "Umfeld", "Wohnheim", "Innenstadt")."""
    low = name.lower()
    return (
        "-" not in name
        and len(name) > _SHORTEST_TOWN
        and low.endswith(TOWN_NAME_ENDINGS)
        and not low.endswith(TOWN_SHAPED_COMMON_NOUNS)
    )


_SHORTEST_TOWN = 4  # letters: "Burg", "Feld" and "Heim" alone are nouns


# A dateline with its date: "Beispielhausen, 12. Februar 2031 –", "Musterfeld, den 3.4.2031": the word opening it
# names the town the release comes from, even one no place list knows.
_DATED_TOWN = re.compile(
    r"(?m)^(?P<town>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)[ \t]*,[ \t]*(?:den[ \t]+)?\d{1,2}\."
)


def dated_town(text: str) -> str | None:
    """The town of a release's dateline with a date ("Pressemitteilung, 12. Mai" and "Montag, 12. Mai" open none)."""
    dateline = _DATED_TOWN.search(text)
    if dateline is None:
        return None
    town = dateline.group("town")
    if town.lower().endswith(_NOUN_ENDINGS) or town in lexicon.NOT_NAMES or town in lexicon.WEEKDAYS:
        return None
    return town


_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "nis", "mitteilung", "meldung", "info")


# Event nouns after "der" where a name's genitive would stand: "im Palais der Fachtag", "die Handwerkskammer X der
# Fachtag des …" (masculine or neuter after "der": the clause's subject, no genitive); a feminine one takes "der" in
# its genitive ("im Saal der Landespressekonferenz") and stays.
_FEMININE_EVENT_ENDINGS = ("ung", "enz", "messe", "feier", "ion", "statt", "nacht", "runde")
_INFLECTION = re.compile(r"(?:es|en|s|n)$")


def event_noun_not_genitive(genitive: str) -> bool:
    """`genitive`: the article and the words after it ("der Fachtag")."""
    words = genitive.split()
    noun = words[1].lower() if len(words) > 1 else ""
    event = is_event_noun(noun) or is_event_noun(_INFLECTION.sub("", noun))
    return event and words[0] == "der" and not noun.endswith(_FEMININE_EVENT_ENDINGS)
