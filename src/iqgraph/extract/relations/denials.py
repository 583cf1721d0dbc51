"""Facts a clause denies are none: one filter over what the readers found (`without_denied_facts`), a row a
predicate for how its clause denies it. The readers find a construction without its negation; these rows drop what
a "nicht", a "kein" or a refusal in the same clause denies.

- fundedBy: the payer in one clause with a denial of money: "Die Stadt X erhält vom Land Y keine Fördermittel für das
  Projekt Z", "Das Land Y fördert das Projekt Z nicht mehr", "Der Antrag des Projekts Z auf Förderung durch das Land
  Y wurde abgelehnt". (The readers of a passive deny by themselves; this catches what the others read.)
- hostedBy, ledBy: a "nicht" or "kein" a few words before the one named later, or closing the clause after both:
  "Das Projekt X wird nicht von der Y getragen, sondern …", "Die Y betreibt das Projekt X nicht", "X ist nicht bei der
  Y angesiedelt", "X wird nicht von Anna Beispiel geleitet". A past carrier ("wird nicht mehr von der Y koordiniert")
  is still one the text names.
- memberOf, and a person's membership (`membership_denied`, for memberships.py): a negated member noun or "nicht"
  between the member and its whole, or a "nicht" or a verb of leaving closing the clause after the whole: "Die
  Stiftung X ist kein Partner im Netzwerk Y", "Karl Muster ist nicht Mitglied im Verein Y", "Die X gehört dem Bündnis Y
  nicht mehr an", "Der Verein Z ist aus dem Netzwerk Y ausgetreten".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import lexicon
from ..text.alternation import longest_first
from ..text.spans import Mention
from .actors import RelationFinding

__all__ = ["membership_denied", "without_denied_facts"]

# "nicht", but not "nicht nur … sondern auch"
_NOT = r"\bnicht\b(?!\s+nur\b)"
# conjunctions that open a clause of its own: "nicht vom Land, sondern von der Y getragen"
_CONTRASTS = ("aber", "doch", "sondern", "während")


def _clause_break(marks: str, conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    """A punctuation mark (one of `marks`) or a conjunction that puts what is before and after it in two clauses."""
    return re.compile(rf"[{marks}]\s|\s(?:{'|'.join(conjunctions)})\s")


def _one_clause(text: str, start: int, end: int, breaks: re.Pattern[str]) -> bool:
    """Whether nothing from `start` to `end` breaks the clause."""
    return breaks.search(text, start, end) is None


# fundedBy: the denials of money, each with its span
_FUNDING_DENIAL = re.compile(
    # no money: "keine Fördermittel", "keinerlei finanzielle Unterstützung", "keinen Zuschuss"
    r"\b(?:keine|keinerlei|keinen|kein)\s+(?:weiteren?\s+|finanzielle\s+|öffentlichen?\s+)?"
    r"(?:\w*[Mm]ittel\w*|\w*[Gg]eld\w*|\w*[Ff]örderung\w*|\w*[Zz]uschuss\w*|Zuwendung\w*|\w*[Ff]inanzierung\w*"
    r"|Unterstützung)\b"
    # the active verb negated at its clause's end: "fördert das Projekt Z nicht (mehr)"
    r"|\b(?:fördert|finanziert|förderte|finanzierte|fördern|finanzieren|förderten|finanzierten)\b[^.;,]{0,120}?"
    rf"{_NOT}"
    # an application refused: "Der Antrag … wurde abgelehnt", "lehnte den Förderantrag ab"
    r"|\b\w*[Aa]ntrag\w*\b[^.;]{0,160}?\babgelehnt\b|\blehnt\w*\s+(?:den|die)\s+\w*[Aa]ntr[aä]g\w*\b"
)
_FUNDING_BREAK = _clause_break(",;", _CONTRASTS)


def _funding_denied(text: str, sentence: tuple[int, int], f: RelationFinding) -> bool:
    """The payer stands in one clause with a denial (no comma between)."""
    return any(
        _payer_in_its_clause(text, f.object, d.span()) for d in _FUNDING_DENIAL.finditer(text, *sentence)
    )


def _payer_in_its_clause(text: str, payer: Mention, denial: tuple[int, int]) -> bool:
    start, end = (payer.end, denial[0]) if payer.end <= denial[0] else (denial[1], payer.start)
    if end < start:
        # the payer inside the denial's span: "… Antrag auf Förderung durch das Land Y … abgelehnt"
        return True
    return _one_clause(text, start, end, _FUNDING_BREAK)


# hostedBy, ledBy: "nicht", but not "nicht mehr" (a former carrier), "nicht zuletzt", "nicht immer", …; "kein Träger",
# "keine Koordination"
_HOSTING_DENIAL = re.compile(
    r"\b(?:nicht(?!\s+(?:nur|mehr|länger|zuletzt|immer|allein|selten|wenige|ohne|wie)\b)"
    r"|kein(?:e|en|er)?(?=\s+(?:\w+\s+)?(?:Träger|Trägerin|Projektträger|Koordination|Leitung|Leiter|Leiterin)\b))"
)
_HOSTING_BREAK = _clause_break(",;:", (*_CONTRASTS, "und", "oder"))
# words from the denial to the name it denies: "nicht" + "mehr von der", "nicht Träger des Projekts"
_HOSTING_DENIAL_WORDS = 4
# characters from the fact's last name to a "nicht" closing its clause: "betreibt das Projekt X seit Jahren nicht"
_HOSTING_DENIAL_AFTER = 60


def _hosting_denied(text: str, sentence: tuple[int, int], f: RelationFinding) -> bool:
    """A denial a few words before the one named later (no clause of its own between), or after both, closing
    their clause."""
    first = max(sentence[0], min(f.subject.start, f.object.start))
    last = max(f.subject.end, f.object.end)
    other = f.object if f.object.start >= f.subject.start else f.subject  # the one named later
    for d in (m.start() for m in _HOSTING_DENIAL.finditer(text, *sentence)):
        if first <= d < other.start:
            # right before the name it denies: "nicht von der Y", "nicht Träger des X" (not "nicht wie gewohnt in den
            # Räumen der Y, bei der X angesiedelt ist": the place of something else denied)
            words = len(text[d : other.start].split())
            if words <= _HOSTING_DENIAL_WORDS and _one_clause(text, d, other.start, _HOSTING_BREAK):
                return True
        elif last <= d < last + _HOSTING_DENIAL_AFTER and _one_clause(text, last, d, _HOSTING_BREAK):
            return True
    return False


# memberOf: between the member and its whole, a negated member noun or "nicht" before it
_MEMBERSHIP_DENIAL_BETWEEN = re.compile(
    rf"\b(?:kein|keine|keiner|keinen)\s+(?:[a-zäöü]\w*(?:e|en|er|es)\s+)?(?:{longest_first(lexicon.MEMBER_NOUNS)})"
    rf"|{_NOT}"
)
# ... or after the whole, closing the clause: "… dem Bündnis Y nicht (mehr) an", "… aus dem Netzwerk Y ausgetreten"
_MEMBERSHIP_DENIAL_AFTER = re.compile(
    rf"[^.;,:!?\n]{{0,40}}?(?:{_NOT}|\b(?:ausgetreten|ausgeschieden|austreten|ausscheiden|verlassen)\b)"
)
_MEMBERSHIP_BREAK = _clause_break(",;:", (*_CONTRASTS, "und"))


def membership_denied(text: str, member: Mention, whole: Mention) -> bool:
    """Whether the clause naming `member` before `whole` says it is none of its members."""
    if member.end > whole.start:
        return False
    between = text[member.end : whole.start]
    if _one_clause(text, member.end, whole.start, _MEMBERSHIP_BREAK) and _MEMBERSHIP_DENIAL_BETWEEN.search(
        between
    ):
        return True
    after = _MEMBERSHIP_DENIAL_AFTER.match(text, whole.end)
    return after is not None and _one_clause(text, *after.span(), _MEMBERSHIP_BREAK)


_DENIED: dict[str, Callable[[str, tuple[int, int], RelationFinding], bool]] = {
    "fundedBy": _funding_denied,
    "hostedBy": _hosting_denied,
    "ledBy": _hosting_denied,
    "memberOf": lambda text, _sentence, f: membership_denied(text, f.subject, f.object),
}


def without_denied_facts(
    text: str, sentence: tuple[int, int], found: list[RelationFinding]
) -> list[RelationFinding]:
    """The findings, less each one whose predicate's row finds it denied in its clause."""
    return [f for f in found if f.predicate not in _DENIED or not _DENIED[f.predicate](text, sentence, f)]
