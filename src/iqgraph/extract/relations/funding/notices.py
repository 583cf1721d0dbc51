"""A funding notice handed over: "Ministerin A überreichte dem Verein Y den Förderbescheid für das Projekt X", "Das
Ministerium Z hat der Y gGmbH einen Zuwendungsbescheid über 60.000 Euro für das Projekt X erteilt", "Die Y erhielt
vom Land Z den Bewilligungsbescheid für X": the body receiving the notice carries X (X hostedBy Y), the ministry,
agency or fund issuing it pays (X fundedBy Z)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...text.spans import Mention
from ..actors import RelationFinding, actors
from .marks import PUBLIC_PAYERS, RIGHT_AFTER_FOR, is_fund

_NOTICE = re.compile(r"\b(?:Förder|Zuwendungs|Bewilligungs)(?:mittel)?bescheid(?:e|es|s|en)?\b")
_FOR = re.compile(r"\b[Ff]ür\s+")
# the recipient in the dative or after "an": "überreichte dem Verein Y", "übergab … an die Y gGmbH" (a head noun the
# name may leave out between the article and the name)
_TO_THE_RECIPIENT = re.compile(r"(?:\b(?:dem|der)|\ban\s+(?:den|die|das))\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$")
# or the subject of receiving: "Die Y gGmbH erhielt / bekam / nahm den Förderbescheid … entgegen"
_RECEIVING = re.compile(r"\s+(?:erhält|erhielt|erhalten|erhielten|bekommt|bekam|nahm|nimmt|nahmen)\b")
# the issuer after a mark or in the genitive of the notice: "vom Land Z", "des Ministeriums Z"
_FROM_THE_ISSUER = re.compile(r"\b(?:vom|von\s+der|von\s+dem|des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$")
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-zäöüß]+)\s+(?:der|die|das)\s+$")
_NAME_REACH = 24  # characters back from a name to its article and preposition: "an die Lernwerk", "vom Land"
_RECIPIENTS = frozenset({"Organisation", "Agency"})
_UNITS = frozenset({"Subproject", "StateNetwork", "CoordinationOffice"})


def handed_notices(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Iterator[RelationFinding]:
    notice = _NOTICE.search(text, *sentence)
    if notice is None:
        return
    unit = _unit_for(text, sentence, ms)
    if unit is None:
        return
    named = [m for m in actors(ms, *sentence) if m is not unit]
    recipient = next((m for m in named if m.type in _RECIPIENTS and _receives(text, sentence, m)), None)
    issuers = [m for m in named if m is not recipient and _issues(text, sentence, m)]
    if recipient is not None and not _pays(recipient):
        yield RelationFinding(unit, "hostedBy", recipient)
    yield from (RelationFinding(unit, "fundedBy", issuer) for issuer in issuers[:1])


def _unit_for(text: str, sentence: tuple[int, int], ms: list[Mention]) -> Mention | None:
    """The unit after "für": "für das Projekt „X“", "für die Anlaufstelle X"."""
    for cue in _FOR.finditer(text, *sentence):
        after = actors(ms, cue.end(), sentence[1])
        if after and after[0].type in _UNITS and RIGHT_AFTER_FOR.fullmatch(text, cue.end(), after[0].start):
            return after[0]
    # or the unit itself the recipient: "übergab dem Projekt „X“ einen Förderbescheid", "… an das Projekt X"
    return next((m for m in actors(ms, *sentence, _UNITS) if _receives(text, sentence, m)), None)


def _receives(text: str, sentence: tuple[int, int], m: Mention) -> bool:
    if _TO_THE_RECIPIENT.search(text, max(sentence[0], m.start - _NAME_REACH), m.start):
        return True
    opening = text[sentence[0] : m.start].strip()
    return opening in ("", "Der", "Die", "Das") and _RECEIVING.match(text, m.end) is not None


def _pays(m: Mention) -> bool:
    """A ministry, a Land or the federation, a fund: who issues a notice, not who receives it."""
    return m.type == "Ministry" or is_fund(m) or m.label.startswith(("Land ", "Freistaat ", "Bund"))


def _issues(text: str, sentence: tuple[int, int], m: Mention) -> bool:
    """The payer as the subject opening the sentence or after "vom" / in the notice's genitive."""
    if not (_pays(m) or m.type in PUBLIC_PAYERS):
        return False
    if _FROM_THE_ISSUER.search(text, max(sentence[0], m.start - _NAME_REACH), m.start):
        return True
    # or the subject right after the finite verb, something else fronted: "Für X hat das Ministerium Z …"
    verb = _VERB_BEFORE.search(text, max(sentence[0], m.start - _NAME_REACH), m.start)
    if verb is not None and verb.group("verb") not in lexicon.PREPOSITIONS:
        return True
    return text[sentence[0] : m.start].strip() in ("", "Der", "Die", "Das")
