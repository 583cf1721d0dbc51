"""A body in apposition to a person's name: between commas ("Petra Beispiel, Stiftung Lernwerk, sagte …"), in
brackets ("(Karl Muster, Diakonie Hessen)"), between dashes ("Petra Beispiel – Stiftung X – stellte … vor") or as
a pair of a list that semicolons divide ("A, Stiftung X; B, Verein Y"); several bodies in the brackets after one
name ("Anna Beispiel (Verein X und Stiftung Y)").

Apart from memberships.py because these read the punctuation around a name and a body, not a verb or a
preposition between them.
"""

from __future__ import annotations

import re

from ..text.spans import Mention

# A contact line goes on with a telephone number or address: "Petra Beispiel, Stiftung X, Telefon 0561 …"
_CONTACT_WORDS = r"Tel\.|Telefon|Fon|Fax|Mobil|E-Mail|Mail"
# A body in apposition, between commas with no role noun: "Petra Beispiel, Stiftung Lernwerk, stellte … vor";
# the clause goes on with a verb after the second comma (not a list of names: "…, Stiftung X, Karl Muster").
_APPOSITION_OPEN = re.compile(r",[ \xa0]+")
APPOSITION_CLOSE = re.compile(
    rf"\s*,\s+[a-zäöü]|\s*,\s*(?:{_CONTACT_WORDS})(?![\w-])|\s*\)|\s*;|[ \xa0]*:|[ \xa0]*[.!?]?[ \xa0]*(?:\n|$)|[ \xa0]*[.!?][ \xa0]+[A-ZÄÖÜ„\"]"
)
# A body between dashes after a name, in apposition as between commas: "Petra Beispiel – Stiftung X – stellte … vor"
_DASH = re.compile(r"[ \xa0]+[–—-][ \xa0]+")
# The last pair of a list whose pairs a semicolon divides: "…; Karl Muster, Jobcenter Y." (the line or sentence ends)
_AFTER_SEMICOLON = re.compile(r";[ \xa0]*(?:(?:Frau|Herr|Herrn)[ \xa0]+)?(?:(?:Dr|Prof)\.[ \xa0]*)*$")
_LIST_END = re.compile(r"[ \xa0]*(?:\.?[ \xa0]*(?:\n|$)|\.[ \xa0]+[A-ZÄÖÜ])|(?<=\.)[ \xa0]+[A-ZÄÖÜ]")
_TITLE_REACH = 20  # characters before a name for the semicolon and a title ("; Prof. Dr. ")


def in_apposition(text: str, person: Mention, org: Mention) -> bool:
    """ "Petra Beispiel, Stiftung Lernwerk, sagte", "(Karl Muster, Diakonie Hessen)", "A, Stiftung X; B, Verein Y"."""
    if _DASH.fullmatch(text, person.end, org.start):  # "Petra Beispiel – Stiftung Lernwerk – stellte … vor"
        return _DASH.match(text, org.end) is not None
    if not _APPOSITION_OPEN.fullmatch(text, person.end, org.start):
        return False
    last_of_a_list = _AFTER_SEMICOLON.search(text, max(0, person.start - _TITLE_REACH), person.start)
    return bool(APPOSITION_CLOSE.match(text, org.end) or (last_of_a_list and _LIST_END.match(text, org.end)))


# The parenthesis closes after the body, or after its town or unit: "(Stiftung X, Kassel)", "(Jobcenter Y/Team Z)",
# or after the place a unit read by its short name serves: "(ProAB Kassel)"
PARENTHESIS_CLOSE = re.compile(r"\s*(?:[,/][^()\n]{1,40}|[^\S\n]+[A-ZÄÖÜ][\w-]*\w)?\)")
_BRACKET_OPEN = re.compile(r"[ \xa0]*\([ \xa0]*")
_BODY_GLUE = re.compile(r"[ \xa0]*(?:,|und|sowie|/)[ \xa0]*")


def several_bodies_in_parentheses(text: str, person: Mention, orgs: list[Mention]) -> list[Mention]:
    """ "Anna Beispiel (Verein X und Stiftung Y)": two or more bodies joined in the parentheses after one name, each
    hers (one body alone is read with the names before it, in memberships.py)."""
    opening = _BRACKET_OPEN.match(text, person.end)
    if opening is None:
        return []
    by_start = {m.start: m for m in orgs}
    chain = [by_start[opening.end()]] if opening.end() in by_start else []
    while chain:
        glue = _BODY_GLUE.match(text, chain[-1].end)
        following = by_start.get(glue.end()) if glue else None
        if following is None:
            break
        chain.append(following)
    return chain if len(chain) > 1 and PARENTHESIS_CLOSE.match(text, chain[-1].end) else []
