"""What an event told by its verb is called beyond the verb's noun: the prize an award gave ("verlieh den
Integrationspreis der Stadt X" -> "Verleihung des Integrationspreises der Stadt X") and the session a body held
("tagte der Landesbeirat" -> "Sitzung", named after the body by events.py).
"""

from __future__ import annotations

import re

from ..names.mentions import Mention
from ..text.morphology import genitive_with_article
from ..text.spans import ByStart
from .nouns import attribute_after

# The prize an award ceremony told by its verb gave, in any case ("den Integrationspreis", "mit dem Preis"); a
# "Hauptpreis des Integrationspreises" gives the prize it is part of (the last one named).
_PRIZE = re.compile(r"\b(?P<prize>[A-ZÄÖÜ][\w\-]*?[Pp]reis)(?:es|s)?\b(?!\s+(?:des|der)\s+[\w\-]*[Pp]reis)")
_PRIZE_GIVING_NOUNS = frozenset({"Preisverleihung"})
# A body that "tagte" held a session ("Sitzung des Landesbeirats"), where a group of people held a "Tagung".
_SESSION_OF_A_BODY = {"Tagung": "Sitzung"}


def session_of_a_body(verb_noun: str) -> str:
    """The noun of an event told by its verb when a body held it: "Sitzung" for "Tagung", else the verb's noun."""
    return _SESSION_OF_A_BODY.get(verb_noun, verb_noun)


def prize_given(
    text: str,
    verb_noun: str,
    sentence: tuple[int, int],
    by_start: ByStart[Mention],
    keys_in_full: frozenset[str],
) -> str | None:
    """ "Am 3. Mai wurde der Integrationspreis der Stadt X verliehen": "Verleihung des Integrationspreises der Stadt
    X", the prize with the genitive attribute written after it."""
    if verb_noun not in _PRIZE_GIVING_NOUNS:
        return None
    prize = _PRIZE.search(text, *sentence)
    if prize is None:
        return None
    of = attribute_after(text, prize.end(), by_start, keys_in_full)
    return f"Verleihung {genitive_with_article(prize.group('prize'))}{of}"
