"""Names ended by a legal form, read back from the form to where the name starts.

"Tür an Tür - Digitalfabrik gGmbH", "Verein Ausbildung und Arbeit e. V.", "Beispiel UG (haftungsbeschränkt)":
a legal form ends a name; the name starts after any word that cannot begin one, after the genitive article
that follows a role ("Geschäftsführerin der Muster GmbH"), after a classifying noun ("der Verein Brückenbau
e.V." is named "Brückenbau e.V."), on the form's line in a block of short lines, and back at a collective head
("Charta der Vielfalt e.V."). Adjectives after "der" take their strong ending ("der Sächsische Flüchtlingsrat
e. V." is "Sächsischer Flüchtlingsrat e. V.").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ... import lexicon
from ...lexicon.names import KIND_OF_SERVICE_ENDINGS
from ...lexicon.places import PLACE_NAMES
from ...lexicon.projects import COMPASS_WORDS, TIME_WORDS
from ...text.alternation import any_of
from ...text.morphology import adjective_stem, known_gender
from ...text.spans import Mention
from .abbreviations import short_form_after
from .complements import nominative_label
from .heads import ARTICLES, LEGAL_FORM, PREPOSITIONS, head_suffix, names_a_body
from .leading_words import at_the_instigation, is_town_adjective
from .words import CAP, GENERIC_CLASSIFIER, NOT_NAME_START, SHORT_LINE_MAX, named_organisation

# Up to six name words before a legal form; a name word may be written in small letters ("adis e.V."), joined
# by "&", a dash, a preposition or a hyphen coordination ("Unstrut-Hainich- und Kyffhäuserkreis mbH").
# A capitalised word may join two by a slash: "Arbeit und Leben – DGB/VHS Musterstadt e. V.", "Lernwerk Nord/Süd gGmbH".
_NAME_WORD = r"(?:[A-ZÄÖÜ][\w\-.]*\w(?:/[A-ZÄÖÜ][\w\-.]*\w)?|[a-zäöüß][\w\-.]*\w(?<!en)|[A-ZÄÖÜ]{2,}\+?)"
# English names link their words by small words too: "Start with a Friend e. V.", "Friends of Lernweg e. V."
_LINK = r"(?:\s+(?:an|und|für(?:\s+(?:die|den|das))?|der|des|in|&|-|–|of|for|the|with|a|and|to|on)\s+|-?\s+und\s+|\s+)"
# A club's year or number after its first word: "TSV Beispielstadt 1860 e. V.", "FC Musterdorf 04 e. V."
_YEAR_OR_NUMBER = r"\d{2,4}(?![\d.,])"
# A company's form joined by a hyphen to its last word: "Beispiel Bildungs-GmbH", "Muster Service-gGmbH" (not "-AG",
# a working group's: "die Projekt-AG Integration").
_HYPHENED_FORM = r"-(?=g?GmbH(?!\w))"
# The short form may stand between the name and its legal form: "Bildungszentrum Süd (BZS) gGmbH", "Lernhaus (LH) e. V."
# (an acronym, two capitals at least: "Volkshochschule Halle (Saale) gGmbH" brackets a river)
_ACRONYM_IN_BRACKETS = r"\((?P<short>[A-ZÄÖÜ][A-Za-zäöü&-]{0,8}[A-ZÄÖÜ][A-Za-zäöü]{0,3})\)"
_NAMED_BY_LEGAL_FORM = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME_WORD}(?:{_LINK}(?:{_NAME_WORD}|{_YEAR_OR_NUMBER})){{0,5}})"
    rf"(?:\s+{_ACRONYM_IN_BRACKETS})?(?:\s+|{_HYPHENED_FORM})(?P<form>{LEGAL_FORM})"
)
_A_TIME_BEFORE_ITS_NUMBER = re.compile(
    rf"(?:^|\s)(?:[Ss]eit|[Aa]b|[Bb]is|[Ii]m|[Vv]on|{'|'.join(sorted(TIME_WORDS))})\s+{_YEAR_OR_NUMBER}"
)
_INNER_LEGAL_FORM = re.compile(rf"(?:\s|{_HYPHENED_FORM}){LEGAL_FORM}")
LEGAL = re.compile(rf"\s*(?:{LEGAL_FORM}|AöR(?![\w]))")


def by_legal_form(text: str) -> list[Mention]:
    """ "Tür an Tür - Digitalfabrik gGmbH", "Verein Ausbildung und Arbeit e. V.": a legal form ends a name. The
    name starts after any word that cannot begin one, and after the genitive article that follows a role or
    a place ("Geschäftsführerin der Beispiel GmbH", "Nordhessen des Bildungswerks … e. V.")."""
    out = []
    for match in _legal_form_matches(text):
        company = _COMPANY_FORM.match(match.group("form")) is not None
        form_at = (
            match.start("short") - 1 if match.group("short") else match.start("form")
        )  # where the name's words end
        start = _name_start(text, match.start("name"), form_at, company)
        if start is None:
            continue
        start = _enumeration_start(text, _slogan_start(text, start))
        start = _after_a_short_line(text, start, form_at)
        start = _past_a_bullet(text, start)
        start = _past_an_earlier_item(text, start, form_at)
        start = _back_to_the_brand_s_head(text, start)
        instigation = at_the_instigation(text, start)
        start = instigation.end() if instigation else start
        start = _past_a_town_adjective(text, start, match.end(), form_at if company else None)
        generic = GENERIC_CLASSIFIER.match(text, start, match.end())
        # "der Verein Brückenbau e.V.": the mention covers the classifying noun, the name is what follows it;
        # a compass word or a place alone after it is no name ("Bildungsträger Nord gGmbH" is the whole name)
        if generic and _no_name_alone(text[generic.end() : form_at]):
            generic = None
        name_start = generic.end() if generic else start
        before_form = re.sub(r"\s+", " ", text[name_start:form_at]).strip()
        if _A_TIME_BEFORE_ITS_NUMBER.search(before_form):  # "ist seit 2019 e. V.": a time, no name
            continue
        if generic:
            pass  # "des Vereins Neue Nachbarn e. V.": a name in apposition to its classifier stands as written
        elif _GENITIVE_BEFORE.search(
            text, max(0, start - 8), start
        ):  # "des Musterverbandes e.V.": nominative
            before_form = nominative_label(before_form, _genitive_offset(before_form))
        else:
            before_form = _adjectives_in_the_nominative(text, name_start, before_form, match.group("form"))
        if before_form.endswith("-") and " " not in before_form:
            continue  # "die Tochter-GmbH", "eine Service-gGmbH": a kind of company, no name
        joiner = "" if before_form.endswith("-") else " "  # "Beispiel Bildungs-GmbH"
        label = before_form + joiner + re.sub(r"\s+", " ", match.group("form"))
        mention = named_organisation(text, start, match.end(), label)
        abbr = short_form_after(
            text, match.end()
        )  # "Lernweg gGmbH (LWG)": the short form the text goes on to use
        if abbr and not abbr.group("abbr").isdigit():
            mention = replace(
                mention, end=abbr.end(), surface=text[start : abbr.end()], abbreviation=abbr.group("abbr")
            )
        elif match.group("short"):
            mention = replace(mention, abbreviation=match.group("short"))
        out.append(mention)
    return out


# A name made as a slogan, one noun on both sides of its verb: "Frauen helfen Frauen e. V.", "Nachbarn helfen
# Nachbarn Musterstadt e. V.", "Mütter helfen Müttern e. V." (the verb, a small word, ends the name read back from the legal form).
_SLOGAN_BEFORE = re.compile(r"(?<![\w-])(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)[ \xa0]+[a-zäöüß]{3,}(?:en|t)[ \xa0]+$")
_SLOGAN_REACH = 40  # characters back over the noun and the verb


def _slogan_start(text: str, start: int) -> int:
    before = _SLOGAN_BEFORE.search(text, max(0, start - _SLOGAN_REACH), start)
    # the noun after the verb may take the dative plural's -n: "Mütter helfen Müttern e. V."
    if before is None or not re.match(rf"{before.group('noun')}n?(?![\w-])", text[start:]):
        return start
    return before.start()


def _after_a_short_line(text: str, start: int, end: int) -> int:
    """ "Petra Beispiel\nProjektleiterin\nLernwerk gGmbH": in a block of short lines the name read back from a
    legal form starts on the form's line; it runs over a line break only in wrapped running text."""
    pos = start
    while (newline := text.find("\n", pos, end)) >= 0:
        line_start = text.rfind("\n", 0, newline) + 1
        item = _LIST_ITEM.match(text, newline + 1)
        if item is not None:  # "- Verein X\n- Lernwerk gGmbH": each item of a list is a name of its own
            start = item.end()
        elif newline - line_start < SHORT_LINE_MAX:
            start = newline + 1
        pos = newline + 1
    return start


# The mark opening an item of a list: "- ", "– ", "• ", "* ".
_LIST_ITEM = re.compile(r"[ \t\xa0]*[-–•*·▪][ \t\xa0]+")


def _past_a_bullet(text: str, start: int) -> int:
    """ "- Verein Brückenbau e. V." at a line's start: the name starts after the list mark."""
    bullet = _LIST_ITEM.match(text, start) if start == 0 or text[start - 1] == "\n" else None
    return bullet.end() if bullet else start


# "bei der Beschäftigung, Arbeit und Integration gGmbH": a name made of an enumeration whose "und" item stands before
# the legal form; the items before it, each closed by a comma, follow the article or preposition opening the name.
_ENUMERATION_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{any_of(ARTICLES + PREPOSITIONS)})\s+(?P<items>(?:{CAP},\s+){{1,3}})$"
)
_LAST_ITEM = re.compile(rf"{CAP}\s+und\s+[A-ZÄÖÜ]")
_ENUMERATION_WINDOW = 100  # characters back over three items and the article


# "Stadt Fulda und Verein Lernwerk e. V.": a classifying noun after "und" opens the last item of a list, whose name
# the legal form ends; the words before it are another item ("Arbeit und Leben e. V." has no classifier there).
# (Not "und Partner": "Muster und Partner GmbH" is one firm's name.)
# A spaced dash before the classifier parts a listed unit from its carrier the same way: "• Interkulturelle Öffnung –
# Verein Miteinander e. V." (a brand before a dash has none: "Tür an Tür – Integrationsprojekte gGmbH").
_CLASSIFIER_AFTER_AND = re.compile(
    r"[ \xa0]+(?:und|sowie|–)[ \xa0]+(?:(?:die|der|den|dem|das)[ \xa0]+)?"
    r"(?=(?:Vereins?|Firma|Unternehmens?|[\w-]*[Tt]räger(?:in|s)?)[ \xa0]+[A-ZÄÖÜa-zäöüß])"
)


def _past_an_earlier_item(text: str, start: int, form_start: int) -> int:
    items = list(_CLASSIFIER_AFTER_AND.finditer(text, start, form_start))
    return items[-1].end() if items else start


# "Diakonie Hessen – Diakonisches Werk in … e. V.": a long name whose first part is a body's head and its region,
# then a dash; read back from the legal form over at most six words it would begin at the region.
_HEAD_BEFORE = re.compile(r"(?<![\w-])(?P<head>[A-ZÄÖÜ][\w-]*\w)[ \xa0]+$")
_WORD_AND_DASH = re.compile(r"[A-ZÄÖÜ][\w-]*\w[ \xa0]+[–-][ \xa0]")
_HEAD_REACH = 40  # characters back over the head word


def _back_to_the_brand_s_head(text: str, start: int) -> int:
    if not _WORD_AND_DASH.match(text, start):
        return start
    head = _HEAD_BEFORE.search(text, max(0, start - _HEAD_REACH), start)
    return head.start() if head and head_suffix(head.group("head")) else start


def _enumeration_start(text: str, start: int) -> int:
    if not _LAST_ITEM.match(text, start):
        return start
    before = _ENUMERATION_BEFORE.search(text, max(0, start - _ENUMERATION_WINDOW), start)
    if before is None or any(names_a_body(item) for item in re.findall(CAP, before.group("items"))):
        return start
    return before.start("items")


def _legal_form_matches(text: str) -> list[re.Match[str]]:
    """Each name ended by a legal form; "die Muster AG und die Beispiel SE" holds two (a name ends at the first
    legal form inside a longer match)."""
    out = []
    for start, end in _stretches_with_a_legal_form(text):
        out += _legal_form_matches_in(text, start, end)
    return out


def _legal_form_matches_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    out = []
    for match in _NAMED_BY_LEGAL_FORM.finditer(text, start, end):
        inner = _INNER_LEGAL_FORM.search(match.group("name"))
        if inner:
            first = _NAMED_BY_LEGAL_FORM.search(text, match.start(), match.start("name") + inner.end())
            out += [first] if first else []
        out.append(match)
    return out


# A character no name with its legal form holds, or a blank line (a headline is no part of the name opening the
# paragraph after it): a name found in the whole text lies between two of them.
_OUTSIDE_A_NAME = re.compile(
    rf"(?P<form_part>\(haftungsbeschränkt\)|{_ACRONYM_IN_BRACKETS}(?=\s*{LEGAL_FORM}))"
    r"|(?!/[A-ZÄÖÜ])[^\w\s\-.+&–]|\n[ \t\xa0]*\n"
    r"|\t"  # a table's cell break: "Brücke Nord<TAB>Lernwerk gGmbH" is two cells
)


def _stretches_with_a_legal_form(text: str) -> list[tuple[int, int]]:
    """The stretches between characters outside any name that hold a legal form: the pattern of names before
    a legal form, tried at every word of a long text, finds in them all it finds in the whole text."""
    forms = [m.start() for m in _INNER_LEGAL_FORM.finditer(text)]
    # the brackets of "UG (haftungsbeschränkt)" belong to the legal form
    bounds = [m.start() for m in _OUTSIDE_A_NAME.finditer(text) if not m.group("form_part")] if forms else []
    out: list[tuple[int, int]] = []
    for form in forms:
        after = bisect_right(bounds, form)
        stretch = (bounds[after - 1] + 1 if after else 0, bounds[after] if after < len(bounds) else len(text))
        if not out or out[-1] != stretch:
            out.append(stretch)
    return out


# "der Verein Brückenbau e.V.", "die Firma Beispielbau GmbH", "das Unternehmen Muster AG", "der Bildungsträger
# Lernweg gGmbH", "der Projektpartner Muster AG", "der MigraNet-Träger Muster gGmbH": a noun that classifies the
# name after it
_NOT_A_NAME_ALONE = frozenset({*COMPASS_WORDS, "Mitte", *PLACE_NAMES})
# A landscape named by a town's or a region's adjective: "Oldenburger Land", "Hohenloher Land", "Bergisches Land".
_LANDSCAPE = re.compile(r"[A-ZÄÖÜ][\w-]*(?:er|es)\s+(?:Land|Raum)")


# Legal forms of companies, all feminine ("die GmbH", "die AG"); an association ("der Verein", e. V.) is masculine.
_COMPANY_FORM = re.compile(r"(?:gemeinnützige\s+)?(?:g?GmbH|mbH|g?UG|gAG|AG|SE|KGaA|KG|OHG|GbR)(?![\w])")


_FIRST_WORD = re.compile(r"(?P<word>[A-ZÄÖÜ]\w+)\s+")


def _past_a_town_adjective(text: str, start: int, end: int, company_form: int | None = None) -> int:
    """ "der Geraer Verein Ankerplatz e. V.", "die Kieler Firma Beispielbau GmbH": a town's adjective before a
    classifying noun says where the body is (a place of its own); the name starts at the noun. So it does before
    a company's coined name ("die Kasseler Brückenbau gGmbH"; `company_form`: where its form starts), not before
    a kind of body or service, which the adjective names with it ("die Hamburger Volkshochschule GmbH")."""
    first = _FIRST_WORD.match(text, start, end)
    if first is None or not is_town_adjective(first.group("word")):
        return start
    if GENERIC_CLASSIFIER.match(text, first.end(), end):
        return first.end()
    coined = company_form is not None and _a_coined_name(text[first.end() : company_form])
    return first.end() if coined else start


def _a_coined_name(words: str) -> bool:
    """One or two capitalised words, none naming a kind of body or service: "Brückenbau", "Lernweg Nord"."""
    parts = words.split()
    return (
        0 < len(parts) <= _MOST_WORDS_OF_A_COINED_NAME
        and all(p[:1].isupper() and not names_a_body(p) for p in parts)
        and not parts[-1].lower().endswith(KIND_OF_SERVICE_ENDINGS)
    )


_MOST_WORDS_OF_A_COINED_NAME = 2


def _no_name_alone(words: str) -> bool:
    """A place, a compass word or a landscape alone after a classifying noun is no name: the noun is part of it
    ("Bildungsträger Nord gGmbH", "Bildungsträger Oldenburger Land e. V.")."""
    words = " ".join(words.split())
    return words in _NOT_A_NAME_ALONE or _LANDSCAPE.fullmatch(words) is not None


_SMALL_ADJECTIVE = re.compile(r"[a-zäöüß]{2,}(?:e|en|er|es|em)")
# An article or contraction that inflects the name after it: "des Musterverbandes e.V.", "für den Kroatischen
# Beispielbund e.V." are read in the nominative.
_GENITIVE_BEFORE = re.compile(r"(?<![\w-])(?:des|eines|vom|beim|zum|dem|den|im)\s+$", re.IGNORECASE)


# The article before a name whose first adjective is in its weak form, and the strong ending that adjective takes
# without an article: "der Sächsische Flüchtlingsrat e. V." (masculine), "das Christliche Werk e. V." (neuter), "bei
# der / zur Evangelischen Akademie gGmbH" (feminine dative). The article says the gender, which the head may not.
_WEAK_ADJECTIVE_AFTER = {("der", "e"): "er", ("das", "e"): "es", ("der", "en"): "e", ("zur", "en"): "e"}
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?P<article>der|das|zur)\s+$", re.IGNORECASE)


def _masculine_name(rest: list[str], form: str) -> bool:
    """A name whose "der" is a nominative masculine: its head noun is masculine, or it has none and is a
    Verein ("der Sächsische Flüchtlingsrat e. V.", "der Deutsche Lotsenbund e.V."), not a GmbH (feminine)."""
    head = next((w for w in rest if adjective_stem(w) is None), None)
    head_gender = known_gender(head) if head else None
    return head_gender == "m" if head_gender else form.replace(" ", "").startswith("e.V")


def _adjectives_in_the_nominative(text: str, start: int, name: str, form: str) -> str:
    """ "Sächsische Flüchtlingsrat" after "der" is "Sächsischer Flüchtlingsrat": the adjectives before the head take
    the strong ending the name has on its own."""
    article = _ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    if article is None:
        return name
    words = name.split(" ")
    for i, word in enumerate(words[:-1]):
        stem = adjective_stem(word)
        if stem is None or not words[i + 1][:1].isupper():
            break
        if (article.group("article").lower(), word[len(stem) :]) == ("der", "e") and not _masculine_name(
            words[i + 1 :], form
        ):
            break  # "bei der Perspektive Arbeit gGmbH": a dative feminine takes "-en", so "-e" is no adjective's
        ending = _WEAK_ADJECTIVE_AFTER.get((article.group("article").lower(), word[len(stem) :]))
        if ending is None:
            break
        words[i] = stem + ending
    return " ".join(words)


def _name_start(text: str, start: int, end: int, company: bool) -> int | None:
    found = list(re.finditer(r"\S+", text[start:end]))
    words, offsets = [w.group(0) for w in found], [w.start() for w in found]
    breaks = [i + 1 for i in range(len(words)) if _breaks_name(words, i)]
    first = breaks[-1] if breaks else 0
    while first < len(words) and (_function_word(words, first) or words[first] in ("-", "–", "&")):
        first += 1
    # "die Initiative der Lernwerk gGmbH": a company is feminine, so the "der" before its name is its own article
    # (genitive or dative), no link inside a collective's name ("Charta der Vielfalt e. V.")
    if not (company and 0 < first < len(words) and words[first - 1] == "der"):
        first = _back_to_collective_head(words, first)
    if first + 1 < len(words) and _SMALL_ADJECTIVE.fullmatch(words[first]) and words[first + 1][:1].isupper():
        first += 1  # "die neue Arbeit e.V.": the adjective describes, the name begins after it
    if 0 < first < len(words) and words[first - 1].lower() in _ATTRIBUTE_PREPOSITIONS:
        first = _after_participle(words, first)
    return start + offsets[first] if first < len(words) else None


# Words that join a collective head to its attributes inside one name: "Zentralstelle für die Weiterbildung im
# Handwerk e.V.", "Föderation der Beispielvereine in Deutschland e.V."
_ATTRIBUTE_LINKS = frozenset(
    {"der", "des", "die", "den", "für", "im", "in", "zur", "zum", "von", "vom", "und"}
)
_ARTICLES = frozenset({"der", "des", "die", "den", "dem", "das"})
_COORDINATORS = frozenset({"und", "oder", "sowie"})


def _back_to_collective_head(words: list[str], first: int) -> int:
    """A collective head before the name start leads the name through its attributes ("Charta der Vielfalt
    e.V.", not "Vielfalt e.V."), where only attribute links and capitalised words stand between; a role noun
    ("Geschäftsführerin der Beispiel GmbH") or any other word keeps the start."""
    for j in range(first - 1, -1, -1):
        word = words[j]
        if word.lower() in _ARTICLES and j > 0 and words[j - 1].lower() in _COORDINATORS:
            return first  # "das Zentrum X und die Beispiel gGmbH": an article after "und" opens a second name
        if word.lower() in _ATTRIBUTE_LINKS:
            continue
        if not word.isalpha() or not word[:1].isupper() or word.lower().endswith(tuple(lexicon.ROLE_STEMS)):
            return first
        if word.lower().endswith(lexicon.COLLECTIVE_HEADS):
            begins = j == 0 or words[j - 1].lower() in NOT_NAME_START or words[j - 1] in ("-", "–")
            return j if begins else first
    return first


# "der in Kassel ansässige Verein X e.V.": a prepositional phrase closed by a participle or adjective stands
# before the head; it describes the organisation and is no part of its name.
_ATTRIBUTE_PREPOSITIONS = frozenset(
    {"in", "im", "aus", "bei", "beim", "seit", "von", "vom", "am", "an", "für"}
)
_MAX_PHRASE_OBJECT = 3  # capitalised words between the preposition and the participle ("in Bad Muster")


def _after_participle(words: list[str], first: int) -> int:
    """The word after the participle that closes an attribute phrase, or `first` where there is none."""
    for i in range(first, min(len(words) - 1, first + _MAX_PHRASE_OBJECT + 1)):
        if _SMALL_ADJECTIVE.fullmatch(words[i]):
            return i + 1 if i > first and words[i + 1][:1].isupper() else first
        if not words[i][:1].isupper():
            return first
    return first


_LEGAL_FORM_WORD = re.compile(r"(?:g?GmbH|mbH|AG|eG|V\.|e\.V\.|gUG|KG)")


def _styled_in_capitals(words: list[str], i: int) -> bool:
    """ "IN VIA", "FÜR UNS": a function word in capitals before another word in capitals is part of a styled name."""
    return (
        words[i].isalpha()
        and words[i].isupper()
        and len(words[i]) > 1
        and i + 1 < len(words)
        and words[i + 1].isalpha()
        and words[i + 1].isupper()
        and len(words[i + 1]) > 1
    )


def _function_word(words: list[str], i: int) -> bool:
    """An article, preposition or conjunction that cannot begin a name; not one styled in capitals ("IN VIA")."""
    return words[i].lower() in NOT_NAME_START and not _styled_in_capitals(words, i)


def _breaks_name(words: list[str], i: int) -> bool:
    """A word the name cannot run across: a function word, "und" between a name and a small-letter name
    ("die Stadt und adis e.V."), or the genitive article after a role or place ("Leiterin der …")."""
    low = words[i].lower()
    if _styled_in_capitals(words, i):
        return False  # "IN VIA Musterstadt e. V.": a name styled in capitals
    if low in ("und", "sowie") and i > 0 and _LEGAL_FORM_WORD.fullmatch(words[i - 1]):
        return True  # "Lernwerk gGmbH und IN VIA e. V.": the first name's legal form ends it
    if low in ("der", "des"):
        return i > 0 and head_suffix(words[i - 1]) is None
    if low in ("die", "den", "das") and i > 1 and words[i - 1] == "für" and head_suffix(words[i - 2]):
        return False  # "Caritasverband für die Diözese Muster e. V.": the head's "für" phrase names its area
    if low == "und":
        joined = i > 0 and words[i - 1].endswith("-")
        return not joined and (
            not (i + 1 < len(words) and words[i + 1][:1].isupper()) or _two_named_bodies(words, i)
        )
    if low in ("an", "für", "in"):
        return False
    return low in NOT_NAME_START or _finite_verb(words, i) or _press_desk_of(words, i)


_LEFT_NAME_REACH = 3  # words back from "und" to the first name's head ("Stiftung Lernwerk Nord und …")


def _two_named_bodies(words: list[str], i: int) -> bool:
    """ "Handwerkskammer Kassel und Caritasverband Gera e.V.": each side of "und" has a head of its own and a name
    after it, so they are two bodies, the legal form the second's ("Arbeit und Leben e. V." has no head)."""
    right = i + 2 < len(words) and head_suffix(words[i + 1]) is not None and words[i + 2][:1].isupper()
    if not right or i < 2 or head_suffix(words[i - 1]) is not None:
        return False
    for j in range(i - 2, max(-1, i - 1 - _LEFT_NAME_REACH), -1):
        if not (words[j].isalpha() and words[j][:1].isupper()):
            return False
        if head_suffix(words[j]) is not None:
            return True
    return False


# The press desk a contact line names before its body: "Pressekontakt: Öffentlichkeitsarbeit Lernwerk Nord e. V." is
# Lernwerk Nord e. V.'s desk ("Verein für Öffentlichkeitsarbeit e. V." keeps the word: it follows "für").
_PRESS_DESK_WORDS = frozenset({"Öffentlichkeitsarbeit", "Pressestelle", "Pressearbeit", "Pressekontakt"})


def _press_desk_of(words: list[str], i: int) -> bool:
    return words[i] in _PRESS_DESK_WORDS and i + 1 < len(words) and (i == 0 or words[i - 1] != "für")


_SHORTEST_VERB = 4  # letters: "tut", "hat" are too short to tell from a small-letter brand


def _finite_verb(words: list[str], i: int) -> bool:
    """ "Die Stadt fördert Lernwerk e. V.", "Petra Beispiel leitet Lernwerk e. V.": a small word in -t between two
    capitalised words is the verb of a clause, the subject before it no part of the name (a small-letter brand
    follows a small word or none: "von lernwelt Akademie gGmbH")."""
    word = words[i]
    return (
        0 < i < len(words) - 1
        and word.islower()
        and word.isalpha()
        and len(word) >= _SHORTEST_VERB
        and word.endswith("t")
        and words[i - 1][:1].isupper()
        and words[i + 1][:1].isupper()
    )


def _genitive_offset(name: str) -> int | None:
    found = re.search(r" (?:der|des) ", name)
    return found.start() if found else None
