"""A project named before and its carrier in the genitive of the kind noun standing for it: "Neu ist auch das
Projekt X. Das Projekt der Volkshochschule Y bereitet … vor", "Dieses Angebot des Vereins Y richtet sich an …":
X hostedBy Y."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...lexicon.projects import PROJECT_KIND_STAND_INS
from ...text.spans import Mention
from ..actors import COORDINATED, RelationFinding, actors
from .words import INSTRUMENT_CARRIERS

# The kind noun opening the sentence with a genitive after it (not "vom": "Das Projekt vom Land gefördert …" names
# a payer); an adjective may stand before the noun ("Das neue Angebot der Y").
_KIND_NOUN_OF_A_BODY = re.compile(
    r"\s*(?:Das|Dieses|Die|Diese|Der|Dieser)\s+(?:[a-zäöüß]\w*e[ns]?\s+)?"
    rf"(?:{'|'.join(sorted(PROJECT_KIND_STAND_INS, key=len, reverse=True))})\s+(?:des|der)\s+"
)
_HEAD_NOUN = re.compile(r"(?:[A-ZÄÖÜ]\w*\s+)?")  # a head noun the carrier's name may leave out: "des Vereins"
# a Land or the federation pays for a project it is said to own ("Das Projekt des Landes …"), carries none
_PAYING_NAMES = ("Land ", "Freistaat ", "Bund", "Landes", "Senat")


def carrier_of_the_project_named_before(
    text: str, sentence: tuple[int, int], ms: list[Mention], project: Mention | None
) -> Iterator[RelationFinding]:
    """`project`: the subproject named last before the sentence; it must stand in the same paragraph."""
    cue = _KIND_NOUN_OF_A_BODY.match(text, sentence[0], sentence[1])
    if cue is None or project is None or "\n" in text[project.end : sentence[0]]:
        return
    named = actors(ms, cue.end(), sentence[1])
    carrier = named[0] if named else None
    if carrier is None or not _HEAD_NOUN.fullmatch(text, cue.end(), carrier.start):
        return
    if carrier.type not in INSTRUMENT_CARRIERS or carrier.label.startswith(_PAYING_NAMES):
        return
    # "Das Projekt der Y „X“ …": the sentence names its own unit right after the carrier
    if (
        len(named) > 1
        and named[1].type in COORDINATED
        and not text[carrier.end : named[1].start].strip(' „"»')
    ):
        return
    yield RelationFinding(project, "hostedBy", carrier)
