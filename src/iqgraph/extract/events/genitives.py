"""The organisers an event's genitive names: "Fachtag des Vereins X", "Empfang des IQ Landesnetzwerks", and the
bodies joined to it ("des Vereins X und der Kammer Y").
"""

from __future__ import annotations

import re

from .. import lexicon
from ..names.mentions import Mention
from ..text.morphology import genitive_with_article, head_index, known_gender
from ..text.spans import ByStart
from .nouns import ORG_TYPES, EventNoun, after_name, named_in_full

_OF_ORGANISER = re.compile(r"\s+(?:des|der|vom|von\s+der|von\s+dem)\s+")  # "Fachtag des/vom Verein X"
# Nouns of an act done to a thing: their genitive names what was opened or started ("Eröffnung der
# Beratungsstelle X", "Auftakt der Kampagne Y"), a project, never who held the occasion.
_ACT_ON_A_THING = frozenset(lexicon.OPENING_EVENT_NOUNS)
_THING_TYPES = frozenset({"Subproject"})


def with_genitives(
    text: str,
    genitive: Mention | None,
    organisers: list[Mention],
    by_start: ByStart[Mention],
    keys_in_full: frozenset[str],
) -> list[Mention]:
    """The organisers, those of the event's genitive first ("Fachtag des Vereins X und der Kammer Y")."""
    if genitive is None:
        return organisers
    of = [genitive, *_joined_genitives(text, genitive, by_start, keys_in_full)]
    return [*of, *(o for o in organisers if o.key not in {g.key for g in of})]


def genitive_organiser(
    text: str, occurrences: list[EventNoun], by_start: ByStart[Mention], keys_in_full: frozenset[str]
) -> Mention | None:
    """ "Empfang des IQ Landesnetzwerks", "Fachtag der Stiftung X" and "Fachtag „Vielfalt“ der Stiftung X" name
    the organiser."""
    for occurrence in occurrences:
        link = _OF_ORGANISER.match(text, after_name(text, occurrence.end))
        if (
            link
            and link.group(0).strip().startswith("vo")
            and _supported_by(text, occurrence.start, link.end())
        ):
            continue
        bodies = [m for m in by_start.at(link.end()) if m.type in ORG_TYPES] if link else []
        if occurrence.noun in _ACT_ON_A_THING:
            bodies = [m for m in bodies if m.type not in _THING_TYPES]
        if bodies and named_in_full(bodies[-1], keys_in_full):
            return bodies[-1]
    return None


# A passive of support or funding in the clause makes "von" its agent: "Gefördert wird der Fachtag vom Ministerium X",
# "Der Workshop wurde von der Stiftung Y unterstützt" (who paid or helped, not who held it).
_SUPPORTED = (
    r"\b(?i:gefördert|mitgefördert|kofinanziert|finanziert|mitfinanziert|unterstützt|gesponsert|ermöglicht)\b"
)
_IN_THE_CLAUSE = r"(?:[^.;!?\n,]|(?<=\d)\.)"  # a day's dot may stand in it: "am 3. Juli"
_SUPPORTED_BEFORE = re.compile(_SUPPORTED + _IN_THE_CLAUSE + "*$")
_SUPPORTED_AFTER = re.compile(_IN_THE_CLAUSE + "*?" + _SUPPORTED)
_CLAUSE_REACH = 140  # characters before the event's noun and after the agent in which the participle stands


def _supported_by(text: str, start: int, agent: int) -> bool:
    return bool(
        _SUPPORTED_BEFORE.search(text, max(0, start - _CLAUSE_REACH), start)
        or _SUPPORTED_AFTER.match(text, agent, agent + _CLAUSE_REACH)
    )


_AND_OF = re.compile(r"\s+(?:und|sowie)\s+(?:des|der)\s+")  # "Fachtag des Vereins X und der Kammer Y"


def _joined_genitives(
    text: str, first: Mention, by_start: ByStart[Mention], keys_in_full: frozenset[str]
) -> list[Mention]:
    """The bodies joined to an event's genitive organiser: "des Vereins X und der Kammer Y" names both."""
    out, pos = [], first.end
    while (link := _AND_OF.match(text, pos)) is not None:
        bodies = [m for m in by_start.at(link.end()) if m.type in ORG_TYPES]
        if not bodies or not named_in_full(bodies[-1], keys_in_full):
            break
        out.append(bodies[-1])
        pos = bodies[-1].end
    return out


# The nouns that head a project's name ("Projekt X", "Beratungsstelle Y"): a name headed by one takes the genitive.
_PROJECT_HEADS = tuple(h.lower() for h in lexicon.SUBPROJECT_HEADS)


# Legal forms of firms and cooperatives, all feminine ("die GmbH", "die eG"): "der Lernhaus gGmbH", never the name
# inflected ("des Lernhauses gGmbH"); and of a registered club, which is a Verein.
_FIRM_FORMS = tuple(f for f in lexicon.LEGAL_FORMS if f not in ("e. V.", "e.V."))
_CLUB_FORMS = ("e. V.", "e.V.")


def of_the_organiser(body: Mention) -> str:
    """ "des Vereins X", and for a project named by its name alone "von Wegweiser Arbeit": a project's name is not
    inflected ("des Wegweiser Arbeits"), so where the genitive would change it, it takes "von" ("der Brücke Pflege"
    changes nothing and stays). A firm's name keeps its form after "der" ("der Lernhaus Magdeburg gGmbH"), a club's
    whose head is no common noun takes "des Vereins" ("des Vereins Brückenschlag e. V.")."""
    label = body.label
    if label.endswith(_FIRM_FORMS):
        return f"der {label}"
    words = label.split()
    if label.endswith(_CLUB_FORMS) and known_gender(words[head_index(words)]) is None:
        return f"des Vereins {label}"
    genitive = genitive_with_article(label)
    named_alone = not any(w.lower().endswith(_PROJECT_HEADS) for w in words)
    if body.type == "Subproject" and named_alone and not genitive.endswith(f" {label}"):
        return f"von {label}"
    return genitive
