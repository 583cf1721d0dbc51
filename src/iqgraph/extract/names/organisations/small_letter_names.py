"""A body whose name is styled in small letters, known by the slot it stands in: "unter dem Dach von saaris", "in
Trägerschaft von lernwerk", "Träger ist arbeitplus". Only a carrier's slot names a body so surely that a word in small
letters there is its name (no German word but a pronoun or a determiner stands there: "von uns", "von einem Verein");
the same word elsewhere in the text is that body too ("die Beratung von saaris").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text.spans import Mention

_NAME = r"(?P<name>[a-zäöüß][a-zäöüß0-9&\-]{2,}[a-zäöüß0-9])"
_CARRIER_SLOT = re.compile(
    r"(?<![\w-])(?:[Uu]nter\s+dem\s+Dach\s+von|in\s+(?:der\s+)?Trägerschaft\s+von|[Gg]etragen\s+von|Träger\s+(?:ist|war))"
    # the name closes the phrase: a stop, or a verb or participle in small letters ("… saaris agierende Center",
    # "… lernwerk durchgeführt"), not an article (the subject after an adverb: "Träger ist weiterhin die Stadt")
    rf"\s+{_NAME}(?=\s*[,.;:!?)]|\s+(?!(?:die|der|das|den|dem|des|ein\w*)\b)[a-zäöüß])"
)
# Small words a carrier's slot holds that are no name: pronouns, determiners, numbers and adverbs.
_NO_NAMES = frozenset(
    {
        "uns",
        "ihm",
        "ihr",
        "ihnen",
        "euch",
        "mir",
        "dir",
        "allen",
        "vielen",
        "beiden",
        "mehreren",
        "anderen",
        "dort",
    }
    | {
        "einem",
        "einer",
        "eines",
        "keinem",
        "keiner",
        "diesem",
        "dieser",
        "jenem",
        "jener",
        "wem",
        "wo",
        "damals",
    }
    | {
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "zwölf",
        "rund",
        "etwa",
        "heute",
    }
)


def find_small_letter_names(text: str) -> list[Mention]:
    out = []
    for match in _CARRIER_SLOT.finditer(text):
        name = match.group("name")
        if name in _NO_NAMES or name.startswith(("unser", "ihre", "sein", "dies", "jen", "welch")):
            continue
        out += [Mention.named(m.start(), m.end(), "Organisation", name, name) for m in _as_a_word(name, text)]
    return out


# A name styled in small letters joined by dots or "&", with its legal form, maybe after its short name and a dash:
# "saaris – saarland.innovation&standort e. V.", "lernwerk.bildung&arbeit gGmbH": one body, not a dotted name and a
# second body "standort e. V."; its short name elsewhere in the text is the same body ("Die Beratung von saaris").
_STYLED_WITH_LEGAL_FORM = re.compile(
    r"(?<![\w./@-])(?:(?P<short>[a-zäöüß][a-zäöüß0-9]{2,11})\s+[–-]\s+)?"
    r"(?P<styled>[a-zäöüß]{2,}(?:[.&][a-zäöüß]{2,})+)\s*(?P<legal>e\.\s?V\.|gGmbH|GmbH|gUG)"
)


def styled_names_with_legal_form(text: str) -> list[Mention]:
    out = []
    for match in _STYLED_WITH_LEGAL_FORM.finditer(text) if "." in text else ():
        label = " ".join(match.group(0).split())
        body = Mention.named(match.start(), match.end(), "Organisation", label, match.group(0), priority=2)
        out.append(body)
        short = match.group("short")
        if short is None or short in _NO_NAMES:
            continue
        out += [
            Mention(m.start(), m.end(), "Organisation", body.key, label, short, priority=2)
            for m in _as_a_word(short, text)
            if not match.start() <= m.start() < match.end()
        ]
    return out


def _as_a_word(name: str, text: str) -> Iterator[re.Match[str]]:
    """Where a name in small letters stands as a word of its own, not inside a web or mail address ("saaris.de",
    "info@saaris")."""
    return re.finditer(rf"(?<![\w./@-]){re.escape(name)}(?![\w@-]|\.\w)", text)
