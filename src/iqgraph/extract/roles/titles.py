"""Role titles as written, turned into the nominative for one holder: the gender a role noun says, strong
adjectives where the article is gone ("brandenburgischer Arbeitsminister"), the singular of a plural noun."""

from __future__ import annotations

import re

from .. import lexicon
from ..text.alternation import any_of
from ..text.morphology import role_nominative
from ..text.spans import Mention
from .lists import singular

_ADJECTIVE_STEM = rf"(?:\w*(?:isch|ig|lich|al|ell|iv|är|end|neu|erst)|{any_of(lexicon.ROLE_TIME_ADJECTIVES)})"
_ADJECTIVE_EN = re.compile(rf"(?=[a-zäöü]){_ADJECTIVE_STEM}en")
_ADJECTIVE_E = re.compile(rf"(?i:(?=[a-zäöü]){_ADJECTIVE_STEM}e)")


# Adjectives of the holder, not the post: "neue Leiterin" (new to it), "langjährige Leiterin", "58-jähriger
# Geschäftsführer" (her years in it or her age); the post is "Leiterin", "Geschäftsführer".
_NEW = re.compile(r"^(?:neu|(?:lang|\d+-)?jährig)(?:e|er|en|es|em)?\s+")
# "Referent*in", "Berater:innen", "Leiter_in", "Koordinator/-in": a title written for any gender.
GENDER_MARK = r"(?:[*:_]|/-?)in(?:nen)?(?!\w)"
_ENDS_IN_GENDER_MARK = re.compile(GENDER_MARK + r"$")


def noun_gender(noun: str) -> str | None:
    """ "Leiterin" is feminine, "Leiter" masculine; "Leitung", "Vorstand", "Beauftragte", "Referent*in" fit
    either."""
    low = noun.lower()
    if _ENDS_IN_GENDER_MARK.search(low) or "innen und " in low:  # "Beraterinnen und Berater": both
        return None
    for stem in lexicon.GENDERED_ROLE_STEMS:
        if low.endswith((stem + "in", stem + "innen")):
            return "f"
        if low.endswith((stem, stem + "s", stem + "n", stem + "en")):
            return "m"
    return None


def title_as_written(raw: str, person: Mention, noun: str) -> str:
    """The title as it stands for one holder, in the nominative: "der stellvertretenden Leiterinnen" ->
    "stellvertretende Leiterin"."""
    raw = re.sub(r"\s+", " ", raw).strip(" ,").replace(noun, singular(noun), 1)  # one holder
    raw = re.sub(r"^(?:der|die|den|dem|des)\s+", "", raw)
    raw = _NEW.sub("", raw)
    title = _strong_adjectives(role_nominative(raw, person.gender))
    title = _strong_dative_undone(title, person.gender)
    return _strong_masculine(title) if _is_masculine(title, noun, person) else title


# An adjectival noun in the dative without an article: "von Landesbeauftragter Petra Beispiel" (hers: "-e"), "mit
# Integrationsbeauftragtem Karl Muster" (his: "-er"), with the adjectives before it ("stellvertretender").
_STRONG_DATIVE = re.compile(r"(?:er|em)$")


def _strong_dative_undone(title: str, gender: str | None) -> str:
    head = _adjectival_head(title)
    if head is None or gender not in ("f", "m"):
        return title
    words = title.split(" ")
    ending = "e" if gender == "f" else "er"
    for i in range(head + 1):
        word = words[i]
        if (i == head or _ADJECTIVE_E.fullmatch(_STRONG_DATIVE.sub("e", word))) and (
            word.endswith("em") or gender == "f" and word.endswith("er")
        ):
            words[i] = _STRONG_DATIVE.sub(ending, word)
    return " ".join(words)


def _strong_adjectives(title: str) -> str:
    """ "stellvertretenden Vorsitzende" (after "dem", "der") -> "stellvertretende Vorsitzende"."""
    words = title.split(" ")
    for i, word in enumerate(words):
        if not _ADJECTIVE_EN.fullmatch(word):
            break
        words[i] = word[:-1]
    return " ".join(words)


def _is_masculine(title: str, noun: str, person: Mention) -> bool:
    return noun_gender(noun) == "m" or _adjectival_head(title) is not None and person.gender == "m"


def _adjectival_head(title: str) -> int | None:
    """Index of an adjectival role noun in a title ("Ausländerbeauftragte", "Vorsitzender")."""
    stems = lexicon.ADJECTIVAL_ROLE_STEMS
    return next(
        (i for i, w in enumerate(title.split(" ")) if w[:1].isupper() and any(s in w.lower() for s in stems)),
        None,
    )


# Both genders' plurals of one noun, as a list of women and men is named: "Beraterinnen und Berater", "Referentinnen
# und Referenten".
_PAIR_OF_GENDERS = re.compile(r"(?P<stem>[\w-]+)innen und (?P=stem)(?:en|n)?(?P<rest>(?: .*)?)")


def for_holder(title: str, person: Mention) -> str:
    """A title read for one holder, for another of a list: "Abgeordnete" for her is "Abgeordneter" for him,
    "Beraterinnen und Berater" is "Beraterin" for her and "Berater" for him."""
    pair = _PAIR_OF_GENDERS.fullmatch(title)
    if pair is not None and person.gender in ("f", "m"):
        return pair["stem"] + ("in" if person.gender == "f" else "") + pair["rest"]
    head = _adjectival_head(title)
    if head is None and person.gender == "f":
        return _feminine(title)  # "die Referenten Eva T. und Karl M.": a masculine plural names women too
    if head is None or person.gender is None:
        return title
    if person.gender == "m":
        return title if title.split(" ")[head].endswith("r") else _strong_masculine(title)
    words = title.split(" ")
    for i, word in enumerate(words[: head + 1]):
        if word.endswith("er") and (i == head or _ADJECTIVE_E.fullmatch(word[:-1])):
            words[i] = word[:-1]
    return " ".join(words)


def _strong_masculine(title: str) -> str:
    """ "der brandenburgische Arbeitsminister" stands as "brandenburgischer Arbeitsminister" without its
    article, "der Sächsische Ausländerbeauftragte" as "Sächsischer Ausländerbeauftragter"."""
    words = title.split(" ")
    head = _adjectival_head(title)
    for i, word in enumerate(words):
        if i == head and word.endswith("e"):
            words[i] = word + "r"
        if _ORDINAL.fullmatch(word):  # "der 1. Vorsitzende", "der Erste Vorsitzende"
            words[i] = word + "r" if word.endswith("e") else word
            continue
        if not _ADJECTIVE_E.fullmatch(word):
            break
        words[i] = word + "r"
    return " ".join(words)


_ORDINAL = re.compile(r"[1-3]\.|(?:Erst|Zweit|Dritt)e")


# A masculine role noun ends the title: "Referent", "Leiter der Abteilung", "Projektleiter" (its feminine adds "in"
# to the stem: "Referentin"; "Landrat" and "Anwalt" take an umlaut: "Landrätin", "Anwältin").
_MASCULINE_STEM = re.compile(rf"(?i:{any_of(lexicon.GENDERED_ROLE_STEMS)})(?![\w*:_/])")
_UMLAUTED = {
    s: u
    for s in lexicon.GENDERED_ROLE_STEMS
    for u in lexicon.GENDERED_ROLE_STEMS
    if u != s and len(u) == len(s) and u.translate(str.maketrans("äöü", "aou")) == s
}


def _feminine(title: str) -> str:
    """ "Referent" -> "Referentin", "Leiter des Projekts" -> "Leiterin des Projekts"; others as they stand."""
    stem = _MASCULINE_STEM.search(title)
    if stem is None or title[: stem.start()].count(" ") != title[: stem.end()].count(" "):
        return title
    low = stem.group().lower()
    if low in _UMLAUTED:
        umlauted = _UMLAUTED[low]
        cased = umlauted.capitalize() if stem.group()[0].isupper() else umlauted
        return title[: stem.start()] + cased + "in" + title[stem.end() :]
    return title[: stem.end()] + "in" + title[stem.end() :]
