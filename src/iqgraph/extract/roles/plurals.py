"""Whether a role noun names more than one holder: it reads the role noun's match and the words right before it
(its plural form, "die" or "beide", a possessive: "die Geschäftsführer A und B", "ihre Mitarbeiterinnen A und B").
"""

from __future__ import annotations

import re

from .. import lexicon
from .lists import singular
from .titles import noun_gender

# "die Geschäftsführer A und B", "die beiden Referenten A und B": a masculine role noun's plural looks like its
# singular; "die" before it tells ("den Geschäftsführer" is one man, in the accusative).
# "der beiden", "den beiden Referenten": "beiden" says plural in any case
_PLURAL_ARTICLE = re.compile(r"(?<![\w-])(?i:die|(?:die|der|den)[ \xa0]+beiden|beide)[ \xa0]+$")
PLURAL_ARTICLE_REACH = 12


def is_plural(text: str, head: re.Match[str]) -> bool:
    return (
        singular(head.group("noun")) != head.group("noun")
        or _plural_by_article(text, head)
        or _adjectival_in_en(head.group("noun"))
        or "innen und " in head.group("noun")  # "Referentinnen und Referenten": both genders' plurals
    )


def _adjectival_in_en(noun: str) -> bool:
    """ "die Abgeordneten A und B", "der Beauftragten A und B": an adjectival noun in "-en" may be a plural; the
    names listed after it tell."""
    low = noun.lower()
    return low.endswith("en") and any(stem in low for stem in lexicon.ADJECTIVAL_ROLE_STEMS)


def _plural_by_article(text: str, head: re.Match[str]) -> bool:
    before = _PLURAL_ARTICLE.search(text, max(0, head.start() - PLURAL_ARTICLE_REACH), head.start())
    return before is not None and noun_gender(head.group("noun")) == "m"


def whose_plural_untold(text: str, head: re.Match[str], title_stop: int) -> bool:
    """A feminine plural title after a possessive with no body after it ("ihre Mitarbeiterinnen A und B")."""
    return (
        head.group("noun").endswith("innen") and title_stop == head.end() and _after_a_possessive(text, head)
    )


# "ihre Mitarbeiterinnen", "seine Kolleginnen", "unsere Beraterinnen": a plural title owned by someone named before
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w-])(?i:ihre|seine|deren|dessen|unsere|eure)[ \xa0]+(?:[a-zäöü]\w*[ \xa0]+)?$"
)
POSSESSIVE_REACH = 30  # characters back over the possessive and an adjective ("ihre beiden", "seine neuen")


def _after_a_possessive(text: str, head: re.Match[str]) -> bool:
    return _POSSESSIVE_BEFORE.search(text, max(0, head.start() - POSSESSIVE_REACH), head.start()) is not None
