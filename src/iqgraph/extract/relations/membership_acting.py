"""A person acting for a body named after them: "Petra Beispiel sprach für die Stiftung X", "Karl Muster nahm im
Auftrag des Vereins Y teil", "Petra Beispiel, im Namen der Stiftung X, dankte …". The body named first ("Für die
Stiftung X sprach …") is read in `roles/body_references.py`."""

from __future__ import annotations

import re

from .. import lexicon

_ACTING = "|".join(lexicon.ACTING_FOR_VERBS)
# Verbs a person does on a body's behalf, besides speaking and signing: "begrüßte im Namen des Vereins Y die Gäste"
_ON_BEHALF_VERBS = "|".join((*lexicon.ACTING_FOR_VERBS, *lexicon.ON_BEHALF_VERBS))
_ADVERBS = r"(?:\s+(?:heute|dort|auch|zudem|dann|anschließend|erneut|zunächst|ebenfalls))*"
# "sprach (dort) für die Stiftung X": a verb of acting, then "für" and the body (not "warb für": a campaign)
_FOR_AFTER = re.compile(rf"\s+(?:{_ACTING}){_ADVERBS}\s+für\s+(?:die|den|das)\s+")
# "nahm im Auftrag des Vereins Y teil", "war im Namen der Stiftung X vor Ort", ", im Auftrag der Stiftung X,"
_ON_BEHALF_AFTER = re.compile(
    rf"(?:\s*,|\s+(?:{_ON_BEHALF_VERBS}){_ADVERBS})\s+(?:im\s+Auftrag|im\s+Namen|seitens)\s+(?:der|des)\s+"
)

# the verb before its subject: "Am Abend sprach Petra Beispiel für die Stiftung X", "begrüßte Karl Muster im Namen …"
_VERB_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_ON_BEHALF_VERBS})\s+(?:(?:Frau|Herrn?)\s+)?(?:(?:Dr|Prof)\.\s*)*$"
)
_FOR_ONLY = re.compile(rf"{_ADVERBS}\s+für\s+(?:die|den|das)\s+")
_ON_BEHALF_ONLY = re.compile(rf"{_ADVERBS}\s+(?:im\s+Auftrag|im\s+Namen|seitens)\s+(?:der|des)\s+")
VERB_REACH = 30  # characters back from the name over the verb and "Frau Dr."


def acts_for_after(text: str, gap: str, person_start: int) -> bool:
    """Whether `gap`, the text from a person's name (at `person_start`) to a body's, says the person acts for it."""
    if _FOR_AFTER.fullmatch(gap) or _ON_BEHALF_AFTER.fullmatch(gap):
        return True
    verb = _VERB_BEFORE.search(text, max(0, person_start - VERB_REACH), person_start)
    if verb is None:
        return False
    acting = verb.group(0).split()[0] in lexicon.ACTING_FOR_VERBS
    return bool(_ON_BEHALF_ONLY.fullmatch(gap) or acting and _FOR_ONLY.fullmatch(gap))
