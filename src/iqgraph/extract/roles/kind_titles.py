"""Titles that name their body by its kind in the compound's first part: "Vereinsvorsitzender Karl Muster",
"Kammerpräsidentin Petra Beispiel", "Stiftungsvorstand", "Verbandsgeschäftsführer". The body is the one of that
kind the release names before the title; the title stays as written (the gold keeps "Vereinsvorsitzender")."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..names.organisations.words import is_of_kind
from .bodies import ReleaseBodies
from .roles import RoleFinding, leads

# The kind (with its linking "s", "n" or a hyphen) and a post inside a body after it: "Vereins|vorsitzender",
# "Kammer|präsident", "Behörden|leiterin", "Verbands-Geschäftsführerin"
_KIND_FIRST = re.compile(
    rf"(?P<kind>{'|'.join(lexicon.BODY_STAND_INS)})(?:s|n|es)?-?"
    rf"(?P<post>(?i:[a-zäöü]*(?:{'|'.join(lexicon.STAFF_ROLE_STEMS)})\w*))"
)


def with_the_body_of_its_kind(finding: RoleFinding, bodies: ReleaseBodies) -> RoleFinding:
    """The one body of the kind the title's first part names, named before the role: "Der Verein X e. V. … . Der
    Vereinsvorsitzende Karl Muster sagte …" (none or several of that kind: the title keeps no body)."""
    if finding.organisation is not None:
        return finding
    compound = next((m for w in finding.title.split(" ") if (m := _KIND_FIRST.fullmatch(w))), None)
    if compound is None:
        return finding
    pos = finding.head if finding.head >= 0 else finding.person.start
    kind = compound.group("kind")
    found = {m.key: m for m in bodies.bodies_before(pos) if is_of_kind(m.label, kind)}
    if len(found) != 1:
        return finding
    body = next(iter(found.values()))
    return replace(finding, organisation=body, leads=leads(compound.group(0), finding.title, body))
