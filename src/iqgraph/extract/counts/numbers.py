"""The number phrases counts are made of: qualifier, number, scale and the counted noun phrase ("rund 80
Gäste", "mehr als 9 000 Beratungen", "1,5 Millionen Euro", "zwölf Teilprojekte"), read to a value. Not counts:
years and postal codes ("2016", "12345"), labelled numbers ("§ 17", "Raum 12"), numbers inside or before a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import lexicon
from ..names.mentions import Mention
from ..text.alternation import any_of
from .number_words import NUMBER_WORD, half_word_value, number_word_value
from .plurals import nominative_plural

_QUALIFIER = any_of(lexicon.COUNT_QUALIFIERS, lambda q: re.escape(q).replace(r"\ ", r"\s+"))
_WORDS = NUMBER_WORD  # "sieben", "Fünfundvierzig", "zwei Dutzend"
_SCALE = "|".join(re.escape(s) for s in lexicon.COUNT_SCALES)
_CURRENCY = "|".join(re.escape(c) for c in lexicon.CURRENCY_WORDS)
_CURRENCY_BEFORE = "|".join(re.escape(c) for c in lexicon.CURRENCY_BEFORE)
_NOUN = r"(?:IQ[\s-])?[A-ZÄÖÜ][\w*‐-]*"
# a year and adverbs between "waren es" and its number: "2024 bereits", "zuletzt nur noch"
MAX_ELLIPSIS_MIDFIELD = 3
MAX_ATTRIBUTES = 2  # adjectives and participles between the number and the counted noun (no number word:
# "2021 zwölf Teilprojekte" is a year, then the count)

NUMBER_RE = re.compile(
    rf"(?<![\w.,:/§–-])(?:(?i:insgesamt)\s+)?(?:(?P<q>(?i:{_QUALIFIER}))\s+)?(?:(?P<pre>{_CURRENCY_BEFORE})(?!\w)\s*)?"
    rf"(?P<n>\d{{1,3}}(?:[.\u00a0\u202f\u2009 ]\d{{3}})+(?!\d)|\d+|(?i:{_WORDS}))"
    # "1,5 Millionen", and before a scale word also "1.5 Millionen" (English style: no thousands group)
    rf"(?P<frac>,\d+|,-|\.\d{{1,2}}(?=\s+(?:{_SCALE})))?(?:\s+(?P<scale>{_SCALE}))?"
    # the amount after a currency sign ("€ 250.000") ends there; other numbers need their currency or noun after
    rf"(?(pre)(?![\w,.]?\d)|\s*(?:(?P<euro>{_CURRENCY})(?!\w)|(?<=\s)(?P<what>(?:(?!{_WORDS}\s)[a-zäöüß][\w-]*\s+){{0,{MAX_ATTRIBUTES}}}"
    rf"{_NOUN}(?:\s+(?:und|oder)\s+{_NOUN})?)))"
)
TOKEN = re.compile(r"[\w§.-]+")
# Any text up to the sentence's stop: a dot inside a grouped number ("1.200") is none.
IN_THE_SENTENCE = r"(?:[^.;\n]|\.(?=\d))*"
# "im Jahr 2015 waren es 3 412": a number standing for the counted noun of the figure before it; a year and
# adverbs may stand between "es" and the number ("so waren es 2024 bereits über 3.400").
_ELLIPSIS_MIDFIELD = rf"(?:(?:(?:im\s+Jahr\s+)?(?:19|20)\d\d|{'|'.join(lexicon.ELLIPSIS_ADVERBS)})\s+){{0,{MAX_ELLIPSIS_MIDFIELD}}}"
ELLIPSIS_RE = re.compile(
    rf"\b(?:waren|sind|seien|wären|wurden|werden)\s+es\s+{_ELLIPSIS_MIDFIELD}(?:(?i:insgesamt)\s+)?(?:(?P<q>(?i:{_QUALIFIER}))\s+)?"
    rf"(?P<n>\d{{1,3}}(?:[.\u00a0\u202f\u2009 ]\d{{3}})+(?!\d)|\d+|(?i:{_WORDS}))"
    rf"(?P<frac>,\d+)?(?![\d.,\u00a0\u202f\u2009 ]\d)(?:\s+(?P<scale>{_SCALE}))?"
    rf"(?=\s*(?:[.,;)]|$|\s+(?:und|bzw\.|sowie)\s))"
)


@dataclass(frozen=True)
class NumberPhrase:
    start: int  # the number phrase, qualifier included
    end: int  # the counted noun phrase's end
    value: int
    what: str  # counted thing as written, qualifier in parentheses
    head: str  # the counted noun (or "Euro")
    money: bool
    np_start: int
    dative: bool = False  # read after a preposition of the dative, its noun put in the nominative


def find_numbers(text: str, sentence: tuple[int, int], mentions: list[Mention]) -> list[NumberPhrase]:
    out: list[NumberPhrase] = []
    for match in NUMBER_RE.finditer(text, sentence[0], sentence[1]):
        number = _number(match)
        if number is not None and not _excluded(text, sentence, mentions, match, number):
            joined = out[-1] if out and _JOINED.fullmatch(text, out[-1].end, match.start()) else None
            dative = joined is not None and joined.dative
            out.append(
                _in_the_nominative(
                    text, sentence, match, _amount_of_a_noun(text, sentence, mentions, match, number), dative
                )
            )
    return out


# "mit drei Standorten und zwölf Teilprojekten": a number phrase joined to one after a dative preposition is in the
# dative too.
_JOINED = re.compile(r"\s+(?:und|sowie|oder)\s+")


def _in_the_nominative(
    text: str, sentence: tuple[int, int], match: re.Match[str], number: NumberPhrase, dative: bool = False
) -> NumberPhrase:
    """ "an 17 Standorten", "mit rund 150 Teilnehmenden", "bei den 14 Teilprojekten": after a preposition of the
    dative (and its article) the counted noun is stored in the nominative plural ("Standorte", "Teilnehmende")."""
    before = TOKEN.findall(text, max(sentence[0], match.start() - _PREPOSITION_WINDOW), match.start())
    if len(before) >= 2 and before[-1].lower() in _DATIVE_PLURAL_ARTICLES:
        before.pop()  # "bei den 14 Teilprojekten", "mit seinen 18 Standorten"
    after_preposition = bool(before) and before[-1].lower() in lexicon.DATIVE_PREPOSITIONS
    if number.money or not (after_preposition or dative):
        return number
    phrase = nominative_plural(match.group("what"))
    qualifier = number.what[len(match.group("what")) :]  # " (rund)" or ""
    return replace(number, what=phrase + qualifier, head=phrase.split()[-1], dative=True)


_PREPOSITION_WINDOW = 30  # characters back to the preposition (and its article) before the number phrase
_DATIVE_PLURAL_ARTICLES = frozenset({"den", "diesen", "seinen", "ihren", "unseren", "allen"})


# "ein Förderbescheid über 1,2 Millionen Euro", "ein Scheck über 5.000 Euro": after a noun "über" gives the
# amount, it is no "more than".
_NOUN_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*[a-zäöüß][ \xa0]+$")
_AMOUNT_WINDOW = 40  # characters back over the noun


def _amount_of_a_noun(
    text: str, sentence: tuple[int, int], mentions: list[Mention], match: re.Match[str], number: NumberPhrase
) -> NumberPhrase:
    qualifier = match.group("q")
    if qualifier is None or qualifier.lower() != "über":
        return number
    noun = _NOUN_BEFORE.search(text, max(sentence[0], match.start() - _AMOUNT_WINDOW), match.start())
    if noun is None or not text[sentence[0] : noun.start()].strip():
        return number  # "Über 300 Menschen …", "Insgesamt über 300 …" open the sentence: "more than"
    if any(m.end == noun.start() + len(noun.group().rstrip()) for m in mentions):
        return (
            number  # "hat das Netzwerk X über 900 Menschen beraten": a name's last word, no noun of an amount
        )
    what = number.what.removesuffix(f" ({' '.join(qualifier.lower().split())})")
    return replace(number, start=match.start("n"), what=what)


# "Die Zahl der Beratungen stieg auf 3.400", "Die Anzahl der Teilnehmenden lag bei rund 150": the counted noun
# in a "Zahl der …" phrase, the number bare after "auf", "bei" or a form of "betragen" later in the clause.
_NUMBER_OF = re.compile(
    r"\b(?:[Dd]ie\s+)?(?:Gesamt)?(?:[Aa]n)?[Zz]ahl\s+der\s+(?P<what>(?:[a-zäöüß]\w*e[nr]?\s+)?[A-ZÄÖÜ][\w-]*)"
    # the counted noun compounded with "-zahl": "Die Teilnehmerzahl ist auf 80 begrenzt", "die Besucherzahl lag bei"
    r"|\b(?P<compound>Teilnehmer|Teilnehmenden|Teilnehmerinnen|Besucher|Gäste|Platz|Beratungs|Klienten)zahl\b"
)
# What a "-zahl" compound counts, as a plural noun: "Platzzahl" counts "Plätze"
_COUNTED_BY_COMPOUND = {"Teilnehmenden": "Teilnehmende", "Platz": "Plätze", "Beratungs": "Beratungen"}
_BARE_NUMBER = re.compile(
    rf"\b(?:auf|bei|(?:betrug|beträgt|betragen|betrugen)(?:\s+(?!(?i:{_QUALIFIER})\s)[a-zäöüß]+)?)\s+(?:(?P<q>(?i:{_QUALIFIER}))\s+)?"
    rf"(?P<n>\d{{1,3}}(?:[.\u00a0\u202f\u2009 ]\d{{3}})+(?!\d)|\d+)(?![\d.,]\d)"
    # the number last, or before a participle or verb that ends the clause ("ist auf 4.200 gestiegen")
    rf"(?=\s*(?:[.,;()]|$|\s+(?:und|sowie|im|in|an)\s)|\s+[a-zäöüß]+(?:\s+(?:worden|sein|haben))?\s*(?:[.,;()]|$))"
)
NUMBER_OF_WINDOW = 120  # characters from "Zahl der …" to its number: one clause


def find_numbers_of(text: str, sentence: tuple[int, int]) -> list[NumberPhrase]:
    """Numbers whose counted noun stands before them in a "Zahl der …" phrase."""
    out = []
    for phrase in _NUMBER_OF.finditer(text, sentence[0], sentence[1]):
        end = min(sentence[1], phrase.end() + NUMBER_OF_WINDOW)
        match = _BARE_NUMBER.search(text, phrase.end(), end)
        value = _value(match.group("n"), None, None) if match else None
        if match is None or value is None or _is_year(match.group("n"), match.group("q")):
            continue
        compound = phrase.group("compound")
        # "der Ratsuchenden" -> "Ratsuchende"
        noun = (
            _COUNTED_BY_COMPOUND.get(compound, compound)
            if compound
            else nominative_plural(phrase.group("what"))
        )
        q = match.group("q")
        what = f"{noun} ({' '.join(q.lower().split())})" if q else noun
        out.append(
            NumberPhrase(
                match.start("q") if q else match.start("n"),
                match.end(),
                value,
                what,
                noun.split()[-1],
                False,
                phrase.start(),  # "die Zahl der Beratungen des Netzwerks X lag bei …": X is inside the phrase
            )
        )
    return out


# A line of a figure list with its noun first and the number after a colon ("- Beratungen: 412", "Teilnehmende:
# rund 150"): only a list's owner holds it (read under a heading, see lists.py).
_NOUN_THEN_FIGURE = re.compile(
    # (the noun may take the year it counts for: "Beratungen 2031: 3.900")
    rf"[ \t]*(?:[-–•*·][ \t]*)?(?P<what>(?:[A-ZÄÖÜa-zäöü][\w-]*[ \t]+){{0,{MAX_ATTRIBUTES}}}[A-ZÄÖÜ][\w-]*"
    rf"(?:[ \t]+(?:19|20)\d\d)?)[ \t]*:[ \t]*"
    rf"(?:(?P<q>(?i:{_QUALIFIER}))[ \t]+)?(?P<n>\d{{1,3}}(?:[.\u00a0\u202f ]\d{{3}})+(?!\d)|\d+)[ \t]*"
)


def find_listed_figure(text: str, sentence: tuple[int, int]) -> NumberPhrase | None:
    """The figure of a list line written "Noun: number" (the whole sentence), else None."""
    start = sentence[0] + len(text[sentence[0] : sentence[1]]) - len(text[sentence[0] : sentence[1]].lstrip())
    match = _NOUN_THEN_FIGURE.fullmatch(text, start, sentence[1])
    value = _value(match.group("n"), None, None) if match else None
    if match is None or value is None or _is_year(match.group("n"), match.group("q")):
        return None
    noun, q = match.group("what"), match.group("q")
    what = f"{noun} ({' '.join(q.lower().split())})" if q else noun
    return NumberPhrase(
        match.start("n"),
        match.end("n"),
        value,
        what,
        [w for w in noun.split() if not w.isdigit()][-1],
        False,
        match.start("what"),
    )


def _is_year(n: str, qualifier: str | None) -> bool:
    return qualifier is None and n.isdigit() and len(n) == 4 and 1900 <= int(n) <= 2099


# "212 von ihnen fanden eine Stelle", "rund 40 davon sind Frauen": a part of the figure before, its noun left out.
PART_OF_RE = re.compile(
    rf"(?<![\w.,:/§–-])(?:(?P<q>(?i:{_QUALIFIER}))\s+)?"
    rf"(?P<n>\d{{1,3}}(?:[.\u00a0\u202f\u2009 ]\d{{3}})+(?!\d)|\d+|(?i:{_WORDS}))(?P<frac>(?!))?(?P<scale>(?!))?"
    rf"\s+(?:von\s+ihnen|davon)\b"
)


# ", davon 120 in Kassel", "davon rund 40 im ersten Jahr": a part of the figure before named after "davon", its noun
# left out (a noun after the number makes a number phrase of its own: "davon 1.200 Frauen")
_PART_AFTER_DAVON = re.compile(
    rf"(?<![\w-])[Dd]avon\s+(?:(?P<q>(?i:{_QUALIFIER}))\s+)?"
    rf"(?P<n>\d{{1,3}}(?:[.\u00a0\u202f\u2009 ]\d{{3}})+(?!\d)|\d+)(?P<frac>(?!))?(?P<scale>(?!))?"
    rf"(?![\d.,]\d)(?=\s*(?:[.,;)]|$)|\s+(?:in|im|aus|für|bei|mit|an|am|seit|allein)\s)"
)


@dataclass(frozen=True)
class Ellipsis:
    """A number without its counted noun ("2015 waren es 3 412"): the noun is that of the figure before."""

    start: int
    value: int
    qualifier: str | None
    part: bool = False  # "212 von ihnen": a part of the figure before, so less than it


def find_ellipses(text: str, sentence: tuple[int, int]) -> list[Ellipsis]:
    out = []
    matches = [
        *ELLIPSIS_RE.finditer(text, *sentence),
        *PART_OF_RE.finditer(text, *sentence),
        *_PART_AFTER_DAVON.finditer(text, *sentence),
    ]
    for match in sorted(matches, key=lambda m: m.start()):
        value = _value(match.group("n"), match.group("frac"), match.group("scale"))
        qualifier = " ".join(match.group("q").lower().split()) if match.group("q") else None
        if value is not None:
            out.append(Ellipsis(match.start("n"), value, qualifier, match.re is not ELLIPSIS_RE))
    return out


def _number(match: re.Match[str]) -> NumberPhrase | None:
    value = _value(match.group("n"), match.group("frac"), match.group("scale"))
    if value is None:
        return None
    money = match.group("euro") is not None or match.group("pre") is not None
    phrase = "Euro" if money else _attributes_ok(match.group("what"))
    if phrase is None:
        return None
    qualifier = match.group("q")
    what = f"{phrase} ({' '.join(qualifier.lower().split())})" if qualifier else phrase
    np_start = (
        match.start("what") if not money else match.start("euro") if match.group("euro") else match.end()
    )
    return NumberPhrase(match.start(), match.end(), value, what, phrase.split()[-1], money, np_start)


def _value(number: str, frac: str | None, scale: str | None) -> int | None:
    if number[:1].isdigit():
        base = int(re.sub(r"\D", "", number))
    else:
        half = half_word_value(number)  # "zweieinhalb Millionen": a half only before a scale
        if half is not None:
            return half * lexicon.COUNT_SCALES[scale] // 2 if scale is not None else None
        word = number_word_value(number)
        if word is None:
            return None
        base = word
    if scale is None:
        return base or None
    fraction = frac[1:] if frac and frac[1:].isdigit() else ""
    factor = lexicon.COUNT_SCALES[scale]
    return base * factor + int(fraction) * factor // 10 ** len(fraction) if fraction else base * factor


def _attributes_ok(phrase: str) -> str | None:
    """The counted noun phrase, when its lower-case words are attributes (not verbs or articles)."""
    words = phrase.split()
    if not all(_attribute_word(w, nxt) for w, nxt in zip(words, [*words[1:], ""], strict=True)):
        return None
    nouns = [w for w in words if w[:1].isupper() and w not in ("IQ",)]
    head = nouns[0].rstrip(".") if nouns else ""
    if head in lexicon.NOT_COUNTED or head.lower().endswith(lexicon.SINGULAR_ONLY_ENDINGS):
        return None
    return " ".join(words)


_INFLECTED = ("e", "en", "er", "es", "em")


def _attribute_word(word: str, following: str) -> bool:
    """A word of the counted noun phrase: a noun, an inflected attribute, or an adverb right before one
    ("neu zugewanderte Menschen")."""
    if not word[:1].islower() or word in ("und", "oder"):
        return True
    if word in lexicon.COUNT_FUNCTION_WORDS:
        return False
    if word.endswith(_INFLECTED):
        return True
    adverb = word in lexicon.ATTRIBUTE_ADVERBS or word.endswith(lexicon.ATTRIBUTE_ADVERB_ENDINGS)
    return adverb and following[:1].islower() and following.endswith(_INFLECTED)


def _excluded(
    text: str, sentence: tuple[int, int], mentions: list[Mention], match: re.Match[str], number: NumberPhrase
) -> bool:
    """Years, postal codes, labelled numbers ("§ 17", "Raum 12") and numbers inside or before a name."""
    n = match.group("n")
    if _RANGE_BEFORE.search(text, max(sentence[0], match.start() - _RANGE_WINDOW), match.start()):
        return True  # "400 bis 500 Unternehmen", "zwischen 400 und 500": a range is no figure
    plain = match.group("q") is None and match.group("scale") is None and match.group("pre") is None
    if plain and n.isdigit() and (len(n) == 5 or (len(n) == 4 and 1900 <= int(n) <= 2099)):
        return True
    grouped = not n.isdigit() and n[:1].isdigit()  # "1.200": a quantity, never a label's number ("Raum 12")
    if (
        plain
        and not grouped
        and n[:1].isdigit()  # a label takes digits ("Raum 12"); "im Land neun Stellen" is a figure
        and match.start() == match.start("n")
        and _labelled(text, sentence, mentions, match.start())
    ):
        return True
    return any(
        (m.start <= match.start("n") < m.end or m.start == number.np_start) and m.surface != "IQ"
        for m in mentions
    )


# The lower end of a range and its joining word right before a number: "400 bis 500", "400 – 500", "zwischen 400
# und 500" (a year before "bis" is a period: "2019 bis 40 Anträge" does not occur, so none is told apart).
_RANGE_BEFORE = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[.\u00a0\u202f\u2009 ]\d{3})+|\d+)(?:,\d+)?\s*(?:bis|–|-)\s*$"
    r"|\b[Zz]wischen\s+(?:\d{1,3}(?:[.\u00a0\u202f\u2009 ]\d{3})+|\d+|[a-zäöü]+)\s+und\s+$"
)
_RANGE_WINDOW = 30  # characters back over the lower end of a range


# "§§ 7 und 9", "Nr. 3 bis 5", "Absatz 2, 3": a number listed after a labelled one is labelled too.
_LABELLED_PAIR = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in sorted(lexicon.NUMBER_LABEL_WORDS, key=len, reverse=True)) + r")"
    r"[ \xa0]*\d+[a-z]?(?:[ \xa0]*(?:,|und|bis|oder|–|-)[ \xa0]*\d+[a-z]?)*[ \xa0]*(?:,|und|bis|oder|–|-)[ \xa0]*$"
    # a reference's number in groups: "Titel 684 71", "Drucksache 17 / 4321"
    r"|(?:Titel|Kapitel|Einzelplan|Drucksache|Haushaltsstelle|Titelgruppe)(?:[ \xa0]*/?[ \xa0]*\d+)+[ \xa0]*/?[ \xa0]*$"
)


def _labelled(text: str, sentence: tuple[int, int], mentions: list[Mention], pos: int) -> bool:
    """A number after a label word or a noun ("Raum 12", "Kongress 2016"), not after a name."""
    tokens = list(TOKEN.finditer(text, sentence[0], pos))
    if not tokens:
        return False
    before = [t.group() for t in tokens]
    if before[-1] in lexicon.NUMBER_LABEL_WORDS or _LABELLED_PAIR.search(text, sentence[0], pos):
        return True
    if text[tokens[-1].end() : pos].strip():  # "4 Panels, 6 Roundtables": a comma, no label
        return False
    if before[-1] in lexicon.PERIOD_NOUNS:  # "im Vorjahr 250 Familien": a period, then the figure
        return False
    after_name = any(m.end <= pos and not text[m.end : pos].strip() for m in mentions)
    # "in diesem Zeitraum 35 Sitzungen": a noun with its article ends a phrase; a label stands bare ("Raum 12")
    with_article = len(before) > 2 and before[-2].lower() in lexicon.DETERMINERS
    # "nach eigenen Angaben 140 Beschäftigte": a noun after its attributive adjective ends a phrase too
    with_adjective = (
        len(before) > 2 and _ATTRIBUTIVE.fullmatch(before[-2]) and before[-2] not in lexicon.PREPOSITIONS
    )
    return (
        before[-1][:1].isupper()
        and len(before) > 1
        and not after_name
        and not with_article
        and not with_adjective
    )


_ATTRIBUTIVE = re.compile(r"[a-zäöüß]{2,}(?:e|en|er|em|es)")


def after_act_preposition(text: str, sentence: tuple[int, int], number: NumberPhrase) -> bool:
    """ "vergibt den Preis an 3 Betriebe": one act's object; not "ist mit drei Standorten vertreten", where "mit"
    says what the subject is present with."""
    before = TOKEN.findall(text, sentence[0], number.start)
    if not before or before[-1].lower() not in lexicon.ACT_PREPOSITIONS:
        return False
    return not (before[-1].lower() == "mit" and _PRESENT_WITH.match(text, number.end, sentence[1]))


# "Das Netzwerk ist mit drei Standorten in Thüringen vertreten", "… mit vier Büros präsent"
# (before a comma that opens another clause; a list of names may stand between)
_PRESENT_WITH = re.compile(r"(?:[^,;.]|,(?=\s+[A-ZÄÖÜ]))*?\b(?:vertreten|präsent)\b")
