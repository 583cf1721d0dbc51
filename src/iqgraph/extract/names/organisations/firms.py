"""Firms named without a legal form: after the noun of their kind ("bei der Firma Kaya Logistik", "das
Unternehmen Demir Bau", "die Bäckerei Yilmaz") and before an apposition that says what they are ("Chance Pflege
Nord, ein ambulanter Dienst aus Baunatal"). A firm is often named after its owner, so a given name may begin its
name; a generic noun of a firm ("Firma", "Unternehmen", "Familienbetrieb") is no part of the name, a trade's
noun ("Bäckerei", "Autohaus") is.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.names import PART_NOUNS
from ...text.morphology import adjective_stem
from ...text.spans import Mention
from ..persons.persons import given_name_gender
from .heads import COMMON_NOUN_ENDINGS, TOWNS, head_suffix

# Nouns that say a body is a firm without naming its trade; compounds end the same way ("Familienunternehmen",
# "Handwerksbetrieb"), matched in lower case.
_GENERIC_KINDS = ("firma", "unternehmen", "betrieb")
# Not a "Werkstatt" (a project's name as often: "die Jobwerkstatt Nord") or a "Kanzlei" (a government's: "die
# Staatskanzlei Thüringen").
_KINDS = tuple(k for k in lexicon.FIRM_KIND_ENDINGS if k not in ("werkstatt", "kanzlei"))
# A firm's noun before its name, after an article or a contracted preposition (so no sentence's first word, and
# not the plural "die Unternehmen", whose article differs from the singular's).
_KIND_BEFORE_NAME = re.compile(
    rf"(?<![\w-])(?P<article>(?i:der|die|das|dem|den|des|im|beim|vom|zum|zur))[ \xa0]+"
    rf"(?P<kind>(?=[A-ZÄÖÜ])[\w-]*?(?i:{'|'.join(_KINDS)}))"
    r"(?P<name>(?:[ \xa0]+(?:&[ \xa0]+)?[A-ZÄÖÜ][\w-]*\w){1,3})(?![\w-])"
)
# Articles of a neuter or masculine singular: "das/dem Unternehmen" (not "die/den/der Unternehmen", plurals).
_SINGULAR_OF_A_NEUTER = frozenset({"das", "dem", "des", "im", "beim", "vom", "zum"})
_LEGAL_FORM_NEXT = re.compile(r"[ \xa0]+(?:e\.\s?V\.|g?GmbH|mbH|AG|KG|UG|eG|OHG|GbR)(?![\w-])")


def find_firms(text: str) -> list[Mention]:
    return _after_their_kind(text) + _before_an_apposition(text) + _led_by_a_business_role(text)


# "Karl Muster, Geschäftsführer von Holzbau Gera & Partner, sprach", "Inhaberin vom Café Morgenrot in Jena": the
# firm a business role is held at, named after "von"/"vom" and closed by a comma, "in"/"aus" or the sentence's end
# (a body with an organisation head after "von" is read by the name grammar).
_BUSINESS_ROLE = r"(?:Geschäftsführer|Inhaber|Gründer|Mitgründer|Betreiber|Firmenchef)(?:in)?"
_FIRM_AFTER_ITS_ROLE = re.compile(
    rf"(?<![\w-]){_BUSINESS_ROLE}[ \xa0]+(?:von|vom)[ \xa0]+"
    r"(?P<name>[A-ZÄÖÜ][\w-]*\w(?:[ \xa0]+(?:&[ \xa0]+)?[A-ZÄÖÜ][\w-]*\w){0,6})"
    r"(?=[ \xa0]*[,;)]|\.(?:\s|$)|[ \xa0]+(?:in|aus)[ \xa0]"
    # ... or by the holder's name in the clause going on: "die Inhaberin von Blumen Schmidt Petra Beispiel war da"
    r"|[ \xa0]+(?P<holder>[A-ZÄÖÜ][a-zäöüß]+)[ \xa0]+[A-ZÄÖÜ][a-zäöüß]+[ \xa0]+[a-zäöüß])"
)


_HOLDER_WORDS = 2  # a given name and a family name after the firm's name
# "Geschäftsführer von Beruf", "Gründerin von Haus aus": set phrases, no firm
_IDIOMS_AFTER_VON = frozenset({"Beruf", "Haus", "Amts"})


def _holder_after(words: list[str]) -> bool:
    """A given name and a family name closing the words, not a town nor a word joined by "&" ("Cash & Carry
    Erfurt": "Carry" is no given name here)."""
    if len(words) <= _HOLDER_WORDS or words[-_HOLDER_WORDS - 1] == "&" or words[-1] in TOWNS:
        return False
    return given_name_gender(words[-_HOLDER_WORDS]) is not None


def _names_a_firm_after_its_role(words: list[str]) -> bool:
    """Several words may be common nouns ("Blumen Schmidt", "Holzbau Gera & Partner"); one must name ("von Beruf",
    "von Unternehmen" do not), and no place, person's name, body's head or role noun is a firm's name."""
    if len(words) == 1:
        alone = words[0]
        return (
            _may_name_a_firm(alone)
            and alone not in _IDIOMS_AFTER_VON
            and alone not in TOWNS
            and alone not in lexicon.LAENDER
        )
    if len(words) == 2 and given_name_gender(words[0]):
        return False  # "Geschäftsführerin von Paul Beispiel": a person
    return not any(
        head_suffix(w) or w in lexicon.NOT_NAMES or w.lower().endswith(tuple(lexicon.ROLE_STEMS))
        for w in words
    )


def _led_by_a_business_role(text: str) -> list[Mention]:
    out = []
    for match in _FIRM_AFTER_ITS_ROLE.finditer(text):
        if match.group("holder") and not given_name_gender(match.group("holder")):
            continue
        words = match.group("name").split()
        if _holder_after(words):
            words = words[:-_HOLDER_WORDS]  # "dem Geschäftsführer von Holzbau Gera Karl Muster,": the holder
        if not _names_a_firm_after_its_role(words):
            continue
        start = match.start("name")
        end = start + [w.end() for w in re.finditer(r"\S+", match.group("name"))][len(words) - 1]
        out.append(Mention.named(start, end, "Organisation", " ".join(words), text[start:end]))
    return out


def _after_their_kind(text: str) -> list[Mention]:
    out = []
    for match in _KIND_BEFORE_NAME.finditer(text):
        kind = match.group("kind")
        generic = kind.lower().endswith(_GENERIC_KINDS)
        if (
            kind.lower().endswith("unternehmen")
            and match.group("article").lower() not in _SINGULAR_OF_A_NEUTER
        ):
            continue  # "die Unternehmen Fachkräfte": a plural
        words = _name_words(match.group("name").split())
        if (
            not words
            or _LEGAL_FORM_NEXT.match(text, match.end())
            and len(words) == len(match.group("name").split())
        ):
            continue  # "die Firma Beispielbau GmbH": the legal form's reader names it
        if generic and not (kind == "Firma" or _names_a_business(words[-1]) and len(words) > 1):
            continue  # "das Unternehmen Fachkräfte …": a generic noun takes a name only of a business's shape
        if len(words) == 1 and (words[0] in TOWNS or words[0] in lexicon.LAENDER):
            continue  # "bei der Firma Kassel": a place, no firm's name of its own
        # "die Spedition Yilmaz Logistik": a name that says its trade leaves out the kind noun too
        generic = generic or len(words) > 1 and _names_a_business(words[-1])
        end = text.index(words[-1], match.start("name")) + len(words[-1])
        label = " ".join(words) if generic else f"{kind} {' '.join(words)}"
        # the surface keeps the kind noun, which a later mention of the name alone drops ("bei Kaya Logistik")
        out.append(
            Mention.named(match.start("kind"), end, "Organisation", label, text[match.start("kind") : end])
        )
    return out


def _name_words(words: list[str]) -> list[str]:
    """The words of a firm's name: up to a town, a common noun or a word that never names."""
    keep: list[str] = []
    for word in words:
        if word == "&":
            keep.append(word)
            continue
        if not _may_name_a_firm(word) or word in _TIME_SPAN_WORDS:
            break  # "die Firma Anfang 2024 gegründet": a time of the clause
        keep.append(word)
        if word in TOWNS:
            break  # "die Bäckerei Kaya Kassel": the town closes the name
    while keep and keep[-1] == "&":
        keep.pop()
    return keep


_TIME_SPAN_WORDS = frozenset({"Anfang", "Mitte", "Ende"})


def _may_name_a_firm(word: str) -> bool:
    low = word.lower()
    if _names_a_business(word):
        return True
    return not (
        low.endswith(COMMON_NOUN_ENDINGS + lexicon.PARTICIPLE_NOUN_ENDINGS + lexicon.NOT_PROPER_NAME_ENDINGS)
        or word in lexicon.NOT_NAMES
        or word in lexicon.WEEKDAYS
        or word in PART_NOUNS
        or low.endswith(tuple(lexicon.ROLE_STEMS))
    )


def _names_a_business(word: str) -> bool:
    return word.lower().endswith(lexicon.BUSINESS_NOUN_ENDINGS)


# "Chance Pflege Nord, ein ambulanter Dienst aus Baunatal": capitalised words, then an apposition with the
# indefinite article and the noun of a firm's kind.
_APPOSITION_KINDS = (*_KINDS, "dienst", "dienstleister", "anbieter", "händler", "hersteller")
_NAME_BEFORE_APPOSITION = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][\w-]*\w(?:[ \xa0]+(?:&[ \xa0]+)?[A-ZÄÖÜ][\w-]*\w){1,4}),[ \xa0]+"
    r"(?:ein|eine|einem|einen|einer)[ \xa0]+(?:[a-zäöüß-]+[ \xa0]+){0,2}"
    rf"(?=[A-ZÄÖÜ])[\w-]*?(?i:{'|'.join(_APPOSITION_KINDS)})(?:e?s|en)?(?![\w-])"
)


def _before_an_apposition(text: str) -> list[Mention]:
    out = []
    for match in _NAME_BEFORE_APPOSITION.finditer(text):
        words = match.group("name").split()
        while words and (
            words[0] in lexicon.NOT_NAMES
            or words[0].lower() in _OPENING_WORDS
            or words[0].lower().endswith(lexicon.FIRM_KIND_ENDINGS)
        ):
            words = words[
                1:
            ]  # "Auch Chance Pflege Nord": an adverb opening the sentence; "Firma X": its kind
        if len(words) < 2 or not all(_may_name_a_firm(w) for w in words if w != "&"):
            continue
        if adjective_stem(words[0]):
            continue  # "Häusliche Pflege, ein Dienst der Caritas": a kind of service, no firm's name
        if not any(_names_a_business(w) for w in words):
            continue  # "Petra Beispiel, eine Unternehmerin …": a person; a firm's name says its business
        end = match.end("name")
        start = end - len(" ".join(words))
        if text[start:end].split() != words:
            start = text.index(words[0], match.start("name"))
        out.append(Mention.named(start, end, "Organisation", " ".join(words), text[start:end]))
    return out


# Adverbs and conjunctions that open a sentence before a firm's name ("Auch", "Zudem", "Und").
_OPENING_WORDS = frozenset(
    {"auch", "zudem", "außerdem", "und", "so", "nun", "jetzt", "heute", "dabei", "darunter"}
)
