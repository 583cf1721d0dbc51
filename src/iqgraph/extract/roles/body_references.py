"""Bodies a person is tied to without the body's name right after the role or the name: the body a fronted phrase
says the person acts for ("Für die Stiftung X sprach Geschäftsführerin Petra Beispiel") and a short name for a body
named in full before ("Karl Muster vom Jobcenter"). Read for roles here and for memberships in `relations/`."""

from __future__ import annotations

import re

from .. import lexicon
from ..text.spans import Mention
from .bodies import ReleaseBodies, named_in_full_before

# The body first, in a phrase saying for whom the person acts: "Für die Stiftung X sprach Petra Beispiel", the
# verb before the phrase ("Es sprach für die Stiftung X noch Petra Beispiel"), "Seitens der Handwerkskammer Y
# begrüßte Karl Muster die Gäste", "Im Namen des Vereins Z dankte …" (any verb after these two), where they
# come from: "Von der Stiftung X kamen A und B" ("berichtete/sprach von" is about a body, not from it).
_FOR_THE_BODY = re.compile(
    r"(?:\b(?P<verb>[a-zäöü]\w*)\s+)?\b(?:(?P<for>[Ff]ür)\s+(?:die|den|das)"
    r"|(?P<on_behalf>[Ss]eitens|[Vv]on\s*[Ss]eiten|[Aa]uf\s+[Ss]eiten|[Ii]m\s+Namen|[Ii]m\s+Auftrag)\s+(?:der|des)|(?:[Vv]on\s+der|[Vv]om|[Aa]us\s+dem|[Aa]us\s+der))\s+$"
)
_ACTING_VERB = re.compile(
    r"\s+(?:(?P<verb>[a-zäöü]\w*)\s+)?(?:(?:sich|auch|zudem|dann|noch|anschließend|danach|zunächst|zuerst)\s+)?"
    r"(?:(?:Frau|Herr|Herrn)\s+)?(?:(?:Dr|Prof)\.\s*)*"
)
_FOR_THE_BODY_REACH = 40  # characters back from the body to "für die" / "seitens der" and its sentence start


def acts_for(text: str, sentence: tuple[int, int], org: Mention, start: int) -> bool:
    """ "Für die Stiftung X sprach Petra Beispiel", "Seitens des Vereins Y begrüßte Karl Muster …"."""
    if not org.end < start <= org.end + _FOR_THE_BODY_REACH:
        return False
    lead = _FOR_THE_BODY.search(text, max(sentence[0], org.start - _FOR_THE_BODY_REACH), org.start)
    verb = _ACTING_VERB.fullmatch(text, org.end, start)
    if lead is None or verb is None:
        return False
    if lead.group("on_behalf"):
        return verb.group("verb") is not None
    said = {lead.group("verb"), verb.group("verb")}
    if lead.group("for"):
        fronted = lead.group("verb") is None and verb.group("verb") in lexicon.FRONTED_FOR_VERBS
        return fronted or bool(said & set(lexicon.ACTING_FOR_VERBS))
    return bool(said & set(lexicon.COMING_FROM_VERBS))


# People of a body named as a group first, then some of them by name after "darunter" / "unter ihnen": "Vertreter der
# Handwerkskammer Y besuchten das Netzwerk, darunter Hauptgeschäftsführer Karl Muster", "Eine Delegation des Vereins X
# kam, unter ihnen Petra Beispiel" (the group noun right before the body; the clause up to "darunter" without a stop).
_GROUP_OF_THE_BODY = re.compile(
    r"(?<![\w-])(?:Vertreter(?:innen)?(?:\s+und\s+Vertreter(?:innen)?)?|Vertretende[n]?|Mitarbeiter(?:innen)?"
    r"|Mitarbeitende[n]?|Mitglieder[n]?|Delegation|Abordnung)\s+(?:der|des|vom|von\s+der|von\s+dem|aus\s+dem|aus\s+der)\s+$"
)
AMONG_CLAUSE_MAX = 120  # characters of the clause between the body and "darunter"
LISTED_BEFORE_MAX = 80  # characters of the names listed after "darunter" before this one
_AMONG_THEM = re.compile(
    rf"(?:[^.;:!?()\n]|(?<=\d)\.){{0,{AMONG_CLAUSE_MAX}}}?,\s+(?:darunter|unter\s+ihnen)(?:\s+auch)?\s+"
    rf"(?:[^.;:!?()\n]{{1,{LISTED_BEFORE_MAX}}}?(?:,|\s+und|\s+sowie)\s+)?"
    r"(?:(?:[a-zäöü]\w*\s+)?[A-ZÄÖÜ][\w-]*\s+)?(?:(?:Frau|Herr|Herrn)\s+)?(?:(?:Dr|Prof)\.\s*)*$"
)
GROUP_REACH = 40  # characters back from the body over the group noun ("Vertreterinnen und Vertreter der ")


def among_its_people(text: str, sentence: tuple[int, int], org: Mention, start: int) -> bool:
    """Whether the person (or the title) at `start` is named after "darunter" as one of the body's group."""
    if not org.end < start <= org.end + AMONG_CLAUSE_MAX + LISTED_BEFORE_MAX:
        return False
    group = _GROUP_OF_THE_BODY.search(text, max(sentence[0], org.start - GROUP_REACH), org.start)
    return group is not None and _AMONG_THEM.fullmatch(text, org.end, start) is not None


# A body named short after the person, by the first word of its name or its kind, where it was named in full before:
# "Karl Muster vom Jobcenter sagte", "A und B von der Stiftung erklärten" (not a name that goes on: "vom Jobcenter Y";
# not "aus dem Landkreis": where a person comes from).
_SHORT_BODY = re.compile(
    r"(?:\s*,\s*(?:beide|alle\s+\w+)\s+|\s+)(?:vom|von\s+der|von\s+dem)\s+"
    r"(?P<word>[A-ZÄÖÜ][\w-]*\w)(?![\w-])(?![ \xa0]+[A-ZÄÖÜ0-9(„\"])"
)


def body_named_short(
    text: str,
    sentence: tuple[int, int],
    person: Mention,
    mentions: list[Mention],
    release: ReleaseBodies | None,
) -> Mention | None:
    """The body named in full before that a short name right after the person stands for, or None."""
    short = _SHORT_BODY.match(text, person.end, sentence[1])
    if short is None or any(m.start == short.start("word") for m in mentions):
        return None
    return named_in_full_before(short.group("word"), release, person.start)


# The body named by its kind alone, fronted, the title after the verb: "Für das Netzwerk begrüßte dessen Koordinatorin
# Petra Beispiel die Gäste", "Seitens des Vereins sprach Vorstand Karl Muster".
_STAND_IN_KINDS = {"Netzwerk": "StateNetwork", "Projekt": "Subproject", "Teilprojekt": "Subproject"}
_FOR_A_STAND_IN = re.compile(
    r"\s*(?:(?P<for>Für)\s+(?:das|den|die)|(?:Seitens|Im\s+Namen|Im\s+Auftrag)\s+(?:des|der))"
    r"\s+(?P<noun>[A-ZÄÖÜ]\w*?)(?:e?s)?\s+(?P<verb>[a-zäöü]\w*)\s+(?:(?:dessen|deren)\s+)?"
)


def stand_in_acted_for(
    text: str, sentence: tuple[int, int], head: int, release: ReleaseBodies | None
) -> Mention | None:
    """The one body of the release a stand-in opening the sentence ("Für das Netzwerk", "Seitens des Vereins") names,
    where the title at `head`, after its verb, is the holder's."""
    lead = _FOR_A_STAND_IN.fullmatch(text, sentence[0], head) if head > sentence[0] else None
    if lead is None or release is None:
        return None
    verbs = lexicon.ACTING_FOR_VERBS + lexicon.ON_BEHALF_VERBS
    if lead.group("for") and lead.group("verb") not in verbs:
        return None
    noun = lead.group("noun")
    kind = _STAND_IN_KINDS.get(noun)
    if kind is not None:
        bodies = {m.key: m for m in release.bodies_before(lead.start()) if m.type == kind}
        return next(iter(bodies.values())) if len(bodies) == 1 else None
    return named_in_full_before(noun, release, lead.start()) if noun in lexicon.BODY_STAND_INS else None


_COMPANY_MAX = 40  # characters of "mit zwei Fachleuten"
_LISTED_BEFORE_MAX = 80  # characters of the titled names listed before this one after the colon
# "Die Stadt X, vertreten durch (den) Oberbürgermeister Y": the body the holder stands for, right before
_REPRESENTED_BY = re.compile(
    r"[ \xa0]*,[ \xa0]*vertreten[ \xa0]+durch[ \xa0]+(?:(?:den|die)[ \xa0]+)?"
    # "Die X war mit zwei Fachleuten vertreten: Teamleiterin A und Vermittler B": each titled name after the colon
    rf"|\s+(?:war|ist|waren|sind)\s+(?:(?:mit|durch)\s+[^:;.\n]{{1,{_COMPANY_MAX}}}?\s+)?vertreten\s*:\s*"
    rf"(?:[^;.:\n]{{0,{_LISTED_BEFORE_MAX}}}?(?:,|\bund|\bsowie)\s+)?"
)
# "Der Verein X war durch (seinen) Vorstand Karl Muster vertreten": the body, the agent's title and name, the verb.
_BY_A_TITLE = re.compile(
    r"\s+(?:war|ist|waren|sind|wird|wurde)\s+(?:(?:auch|erneut|dort)\s+)?durch\s+(?:(?:ihren|seinen|ihre|seine|den|die)\s+)?"
)
_REPRESENTED_AFTER = re.compile(r"\s+vertreten(?![\w-])")


def represented_by(text: str, body: Mention, head: int, holder_end: int) -> bool:
    """ "Die Stadt X, vertreten durch Oberbürgermeister Y", "Die X war mit zwei Fachleuten vertreten: Teamleiterin A …",
    "Der Verein X war durch Vorstand Y vertreten": the body a title at `head` (its holder ending at `holder_end`)
    stands for."""
    return bool(
        _REPRESENTED_BY.fullmatch(text, body.end, head)
        or _BY_A_TITLE.fullmatch(text, body.end, head)
        and _REPRESENTED_AFTER.match(text, holder_end)
    )
