"""A role's organisation read from the release around it: the one ministry that fits "Arbeitsministerin",
the organisation a possessive points back to ("Ihr Geschäftsführer Karl Muster")."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..names.organisations.words import is_of_kind
from ..text.spans import IndexedMentions, Mention
from .phrases import is_head_noun
from .roles import ANY_STEM, ORG_TYPES, RoleFinding, leads

_MINISTRY_HEAD = re.compile(
    r"(?P<first>\w*?)(?P<stem>" + "|".join(lexicon.MINISTRY_ROLE_STEMS) + r")(?:in|innen|s|n)?$",
    re.IGNORECASE,
)


def with_ministry_of_the_release(finding: RoleFinding, text: str, mentions: list[Mention]) -> RoleFinding:
    """ "Arbeitsministerin Petra Beispiel" in a release that names the "Ministerium für Arbeit …": a minister,
    state secretary or senator whose phrase names no organisation heads or serves the one ministry of the
    release that fits the compound's first part ("Arbeits-"), any one where the noun is bare ("Ministerin").
    A role in a ministry named by such a compound ("Abteilungsleiter im Integrationsministerium NRW") is in
    the one ministry the release names in full whose portfolio fits."""
    if finding.organisation is not None:
        return _with_ministry_in_full(finding, mentions)
    if " für " in finding.title:
        return finding
    head = next((_MINISTRY_HEAD.match(w) for w in finding.title.split(" ") if _MINISTRY_HEAD.match(w)), None)
    if head is None:
        return finding
    federal = (
        head.group("stem").lower() != "senator"
        and not _of_a_land(text, finding)
        and not _LAND_LEVEL.match(head.group("first"))
    )
    ministry = _fitting_ministry(head.group("first"), mentions, federal)
    return finding if ministry is None else replace(finding, organisation=ministry)


# "Hamburgs Sozialsenatorin", "die niedersächsische Sozialministerin": a Land's office, no federal ministry's.
_LAND_ADJECTIVE = (
    r"(?i:"
    + "|".join(re.escape(stem) for stem in lexicon.LAND_ADJECTIVE_STEMS)
    + r")(?:e|en|er)|"
    + "|".join(re.escape(a) for a in lexicon.LAND_ADJECTIVES if a.endswith("er"))  # "Hamburger", "Thüringer"
)
_LAND_GENITIVE = "|".join(re.escape(land) + "s" for land in lexicon.LAENDER)
_LAND_BEFORE = re.compile(rf"(?<![\w-])(?:{_LAND_GENITIVE}|{_LAND_ADJECTIVE})[ \xa0]+$")
_LAND_IN_TITLE = re.compile(rf"(?<![\w-])(?:{_LAND_ADJECTIVE})(?![\w-])")
LAND_BEFORE_REACH = 30  # characters back over "Baden-Württembergs " or "der niedersächsischen "


# "Staatsministerin", "Landesminister": a Land's minister (Sachsen's and Bayern's ministries are "Staatsministerien"),
# no federal ministry's.
_LAND_LEVEL = re.compile(r"(?i:staats|landes)$")


def _of_a_land(text: str, finding: RoleFinding) -> bool:
    head = finding.head
    before = head >= 0 and _LAND_BEFORE.search(text, max(0, head - LAND_BEFORE_REACH), head) is not None
    return before or _LAND_IN_TITLE.search(finding.title) is not None


def _with_ministry_in_full(finding: RoleFinding, mentions: list[Mention]) -> RoleFinding:
    org = finding.organisation
    if org is None or org.type != "Ministry" or " für " in org.label:
        return finding  # a ministry named in full
    short = _SHORT_MINISTRY.fullmatch(org.label.split(" ")[0])
    if short is None or not _portfolio(short.group("first").lower())[0]:
        return finding  # "Bundesministerium" names no portfolio
    named_in_full = [m for m in mentions if " für " in m.label and m.key != org.key]
    ministry = _fitting_ministry(short.group("first"), named_in_full)
    return finding if ministry is None else replace(finding, organisation=ministry)


_SHORT_MINISTRY = re.compile(r"(?P<first>\w+?)ministerium", re.IGNORECASE)


def _fitting_ministry(first: str, mentions: list[Mention], federal: bool = True) -> Mention | None:
    """The one ministry among `mentions` whose name holds the portfolio a compound's first part names; a federal
    one only where `federal` (a senator's or a Land's minister's is the Land's)."""
    portfolio, level = _portfolio(first.lower())
    fitting = {
        m.key: m
        for m in mentions
        if m.type == "Ministry"
        and not m.generic
        and portfolio in m.label.lower()
        and (level != "bundes" or m.label.lower().startswith(level))
        and (federal or not m.label.lower().startswith("bundes"))
    }
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _portfolio(first: str) -> tuple[str, str | None]:
    """ "bundesarbeits" -> ("arbeit", "bundes"): the portfolio of a compound's first part and its level."""
    level = next((x for x in lexicon.GOVERNMENT_LEVELS if first.startswith(x)), None)
    rest = first[len(level) :] if level else first
    if rest.endswith("s") and len(rest) > 4:
        rest = rest[:-1]  # the linking "s": "Arbeits-"
    return rest.rstrip("-"), level


# "Die Brückenbau gGmbH … Ihr Geschäftsführer Karl Muster": a possessive before a role points back to the
# organisation named last, when no person was named since (else it may be that person's: "ihre Kollegin").
# So does a relative one: "die Brückenbau gGmbH, deren Geschäftsführerin Petra Beispiel ist", and a dative one after
# "mit": "der Verein X mit seiner Vorsitzenden Y".
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w-])(?i:ihr|ihre|ihrem|ihren|ihrer|ihres|sein|seine|seinem|seinen|seiner|seines|deren|dessen)[ \xa0]+$"
)
POSSESSIVE_WINDOW = 200  # characters from the organisation named to the possessive


def with_possessive_organisation(finding: RoleFinding, text: str, mentions: IndexedMentions) -> RoleFinding:
    if finding.organisation is not None or finding.head < 0:
        return finding
    possessive = _POSSESSIVE_BEFORE.search(text, max(0, finding.head - POSSESSIVE_REACH), finding.head)
    if possessive is None:
        return finding
    at = possessive.start()
    before = [m for m in mentions.starting_in(at - POSSESSIVE_WINDOW, at + 1) if m.end <= at]
    org = max((m for m in before if m.type in ORG_TYPES and not m.generic), key=lambda m: m.end, default=None)
    if org is None or any(m.type == "Person" and m.start >= org.end for m in before):
        return finding
    if _PARAGRAPH_BREAK.search(text, org.end, at):
        return finding  # a paragraph opening with "Ihr Vorsitzender" speaks of a body of its own, not the last one
    if _fitting_owner_before(possessive.group(0), org, before, text):
        return finding  # "Petra Beispiel ist Vorsitzende des Vereins X. Ihr Stellvertreter …": hers, maybe
    if possessive.group(0).strip().lower().startswith(("sein", "dessen")) and _feminine_body(org):
        return finding  # "… bei der Beispiel GmbH. Seine Beraterin …": his, a man's spoken of before
    noun = next((w for w in finding.title.split(" ") if ANY_STEM.search(w)), finding.title)
    return replace(finding, organisation=org, leads=leads(noun, finding.title, org))


def someone_s_boss(finding: RoleFinding, text: str) -> bool:
    """ "Ihr Chef, Projektleiter X": a bare "Chef" after a possessive, with no body, is the person's boss, not a post
    (the post follows: "Projektleiter")."""
    if finding.organisation is not None or finding.head < 0 or finding.title not in lexicon.RELATIONAL_TITLES:
        return False
    return _POSSESSIVE_BEFORE.search(text, max(0, finding.head - POSSESSIVE_REACH), finding.head) is not None


POSSESSIVE_REACH = 10  # characters back from the title over "seinem "


def _feminine_body(org: Mention) -> bool:
    """ "die Beispiel GmbH", "die Stiftung X": a body whose legal form or head is feminine ("der Verein X e. V." is
    not, whatever its name holds)."""
    words = org.label.lower().replace("e. v.", "e.v.").split()
    if words[-1] == "e.v.":
        return False
    return words[-1] in lexicon.FEMININE_LEGAL_FORMS or words[0].endswith(lexicon.FEMININE_BODY_HEADS)


# "ihr"/"ihre" may point back to a woman, "sein"/"seine" to a man named with the organisation.
_POSSESSIVE_GENDER = {"ihr": "f", "sein": "m"}
OWNER_REACH = 120  # characters from a person to the organisation named after her in the same sentence


def _fitting_owner_before(possessive: str, org: Mention, before: list[Mention], text: str) -> bool:
    """A person of the possessive's gender named shortly before the organisation, in its sentence."""
    word = possessive.strip().lower()
    gender = next((g for stem, g in _POSSESSIVE_GENDER.items() if word.startswith(stem)), None)
    return any(
        m.type == "Person"
        and m.gender == gender
        and 0 <= org.start - m.end <= OWNER_REACH
        and not _SENTENCE_END.search(text, m.end, org.start)
        for m in before
    )


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\n")
# A sentence ends between the person and the organisation: "… Anna Probe. Die Stiftung X, vertreten durch ihre …"
_SENTENCE_END = re.compile(r"[.!?][\"“”»«]?\s+[A-ZÄÖÜ„]")


def with_body_on_the_line_above(finding: RoleFinding, text: str, mentions: IndexedMentions) -> RoleFinding:
    """A contact or signature block: "Kontakt:\\nBrückenbau e. V.\\nPetra Beispiel, Referentin": a role
    read on a line that opens with its holder's name belongs to the body named alone on the line above."""
    person = finding.person
    if finding.organisation is not None or finding.head < 0 or "\n" in _between(text, person, finding.head):
        return finding
    line_start = text.rfind("\n", 0, person.start) + 1
    if line_start < 2 or text[line_start : person.start].strip():
        return finding
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1]
    body = next(
        (
            m
            for m in mentions.starting_in(above_start, line_start)
            if m.type in ORG_TYPES and not m.generic and above.strip() == text[m.start : m.end]
        ),
        None,
    )
    if body is None:
        return finding
    noun = next((w for w in finding.title.split(" ") if ANY_STEM.search(w)), finding.title)
    return replace(finding, organisation=body, leads=leads(noun, finding.title, body))


def _between(text: str, person: Mention, head: int) -> str:
    return text[person.end : head] if head >= person.end else text[head : person.start]


def with_body_of_the_sentence_before(
    finding: RoleFinding,
    text: str,
    sentences: tuple[tuple[int, int], tuple[int, int] | None],
    mentions: IndexedMentions,
) -> RoleFinding:
    """ "Die Brückenbau gGmbH feierte Jubiläum. Geschäftsführerin Petra Beispiel dankte dem Team.": a post in a
    body (a head, a member of staff) whose sentence names no body is in the one body the sentence before names,
    when that sentence names no person (else the post may be in that person's body or be hers)."""
    sentence, previous = sentences
    if finding.organisation is not None or previous is None or not _is_staff(finding.title):
        return finding
    if any(m.type in ORG_TYPES for m in mentions.starting_in(*sentence)):
        return finding
    before = mentions.starting_in(*previous)
    if any(m.type == "Person" for m in before) or _firm_named_by_a_person(text, finding, mentions, sentence):
        return finding
    body = _opening_body(text, previous, before)
    if body is None:
        return finding
    if _AGENT_OR_PARTNER_BEFORE.search(text, max(0, body.start - _AGENT_WINDOW), body.start):
        return (
            finding  # "Gefördert wird der Kurs vom Bundesamt X. Kursleiterin Y …": X pays, Y works elsewhere
        )
    noun = next((w for w in finding.title.split(" ") if ANY_STEM.search(w)), finding.title)
    body = _unit_named_with(body, before) if is_head_noun(noun) else body
    # "Der Präsident des Verbands, X, …" after a sentence naming the association: the body is now named, so the
    # title drops the kind it kept in its place
    title = _BODY_KIND_GENITIVE.sub("", finding.title)
    return replace(finding, title=title, organisation=body, leads=leads(noun, title, body))


# "X, Geschäftsführerin von Paul Schmidt": a firm named by its owner's name follows the title; the post is there,
# not in a body the sentence before named.
_OF_BEFORE_THE_NAME = re.compile(r"[ \xa0]+(?:von|bei)[ \xa0]+$")
FIRM_OWNER_REACH = 40  # characters from the title's start over "Geschäftsführerin von " to the owner's name


def _firm_named_by_a_person(
    text: str, finding: RoleFinding, mentions: IndexedMentions, sentence: tuple[int, int]
) -> bool:
    if finding.head < 0:
        return False
    return any(
        m.type == "Person"
        and m is not finding.person
        and finding.head < m.start <= finding.head + FIRM_OWNER_REACH
        and _OF_BEFORE_THE_NAME.search(text, finding.head, m.start) is not None
        for m in mentions.starting_in(*sentence)
    )


# A body named by its kind alone in a title's genitive: "des Verbands", "der Kammer", "des Vereins"
_BODY_KINDS = "|".join((*lexicon.BODY_STAND_INS, "Gesellschaft", "Organisation", "Unternehmen"))
_BODY_KIND_GENITIVE = re.compile(rf"\s+(?:des|der)\s+(?:{_BODY_KINDS})(?:e?s)?$")


_LED_UNITS = ("Subproject", "CoordinationOffice")


def _unit_named_with(body: Mention, named: list[Mention]) -> Mention:
    """ "Der Verein X ist Träger der Beratungsstelle Y. Leiterin Z …": a head's post is in the one unit (project,
    office) the sentence before names besides its body, the unit spoken of, not in the body that carries it."""
    if body.type in _LED_UNITS:
        return body
    units = {m.key: m for m in named if m.type in _LED_UNITS and not m.generic}
    return next(iter(units.values())) if len(units) == 1 else body


# What may stand before the body opening a sentence as its subject: an article or the writer's possessive
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:Der|Die|Das|Unser|Unsere)\s+)?")
_JOINED = re.compile(r"\s*(?:,|und|sowie|oder)\s*(?:(?:der|die|das|dem|den)\s+)?")


def _opening_body(text: str, sentence: tuple[int, int], named: list[Mention]) -> Mention | None:
    """The one body a sentence names, or with several the one opening it as its subject ("Unser Verein ist Mitglied
    im Verband Y": the association; a stand-in such as "Der Verein" counts)."""
    bodies = [m for m in named if m.type in ORG_TYPES]
    if len({m.key for m in bodies}) == 1:
        return bodies[0] if not bodies[0].generic else _named_for(bodies[0], named)
    first = bodies[0] if bodies else None
    if first is None or not _SUBJECT_OPENING.fullmatch(text, sentence[0], first.start):
        return None
    if _JOINED.fullmatch(text, first.end, bodies[1].start):
        return None  # "Die Stiftung A und die Stiftung B luden ein": two subjects
    return first if not first.generic else _named_for(first, named)


def _named_for(stand_in: Mention, named: list[Mention]) -> Mention:
    return next((m for m in named if m.key == stand_in.key and not m.generic), stand_in)


# "Ansprechpartnerin dort ist Petra Beispiel", "Dort ist Karl Muster Ansprechpartner": "dort" points back to a body.
_THERE = re.compile(r"(?<![\w-])[Dd]ort(?![\w-])")


def with_the_body_there(
    finding: RoleFinding,
    text: str,
    sentences: tuple[tuple[int, int], tuple[int, int] | None],
    mentions: IndexedMentions,
) -> RoleFinding:
    """A role whose sentence says "dort" and names no body is in the one body the sentence before names."""
    sentence, previous = sentences
    if finding.organisation is not None or previous is None or finding.head < 0:
        return finding
    if not _THERE.search(text, sentence[0], max(finding.person.end, finding.head)):
        return finding
    if any(m.type in ORG_TYPES for m in mentions.starting_in(*sentence)):
        return finding
    bodies = _bodies_in(mentions, previous)
    if not bodies and _THERE.search(text, *previous):
        # "X berät in Kiel. Dort arbeiten sechs Beraterinnen. Ansprechpartnerin dort ist Y": "dort" again
        start = text.rfind("\n\n", max(0, previous[0] - THERE_AGAIN_REACH), previous[0])
        bodies = _bodies_in(mentions, (max(start, previous[0] - THERE_AGAIN_REACH), previous[0]))
    if len(bodies) != 1:
        return finding
    body = next(iter(bodies.values()))
    noun = next((w for w in finding.title.split(" ") if ANY_STEM.search(w)), finding.title)
    return replace(finding, organisation=body, leads=leads(noun, finding.title, body))


THERE_AGAIN_REACH = 300  # characters back, within the paragraph, from a sentence that already said "dort"


def _bodies_in(mentions: IndexedMentions, span: tuple[int, int]) -> dict[str, Mention]:
    return {m.key: m for m in mentions.starting_in(*span) if m.type in _PLACES_OF_WORK and not m.generic}


_PLACES_OF_WORK = ORG_TYPES - {"Programme"}

# A title keeping a unit named by its kind alone: "Leiter des Referats", "Referentin der Abteilung"
_UNITS = "|".join(w.capitalize() for w in lexicon.TITLE_UNIT_NOUNS)
_UNIT_IN_TITLE = re.compile(rf"(?:des|der)\s+(?P<unit>{_UNITS})(?:e?s)?$")
UNIT_NAME_MAX = (
    60  # characters of the unit's number and name before its body's genitive ("34 „Integration in Arbeit“")
)
# the unit named with its body in the sentence before: "das Referat 34 „Integration“ des Ministeriums …"
_UNIT_WITH_ITS_BODY = re.compile(
    rf"(?<![\w-])(?P<unit>{_UNITS})(?![\w-])[^.;!?]{{0,{UNIT_NAME_MAX}}}?\s+(?:des|der)\s+"
)


def with_body_of_the_unit_before(
    finding: RoleFinding,
    text: str,
    sentences: tuple[tuple[int, int], tuple[int, int] | None],
    mentions: IndexedMentions,
) -> RoleFinding:
    """ "Das Referat 34 der Stiftung X berät. Leiter des Referats ist Karl Muster.": a title keeping a unit by its kind
    alone is in the body whose genitive follows that unit in the sentence before."""
    sentence, previous = sentences
    unit = _UNIT_IN_TITLE.search(finding.title) if finding.organisation is None and previous else None
    if unit is None or previous is None:
        return finding
    named = (
        m for m in _UNIT_WITH_ITS_BODY.finditer(text, *previous) if m.group("unit") == unit.group("unit")
    )
    at = next((m.end() for m in named), -1)
    body = mentions.first_starting_in(at, at + 1, lambda m: m.type in _PLACES_OF_WORK and not m.generic)
    body = body or _body_by_its_kind(text, at, mentions)
    if body is None:
        return finding
    return replace(
        finding, organisation=body, leads=leads(finding.title.split(" ")[0], finding.title, body)
    )  # a programme ("IQ" in a service's name) is no place one works at


# The unit's body by its kind alone, no name after it: "das Referat 34 des Ministeriums", "die Abteilung des Vereins"
_KIND_GENITIVE = re.compile(
    r"(?P<kind>Ministerium|Verein|Stiftung|Kammer|Verband)(?:e?s)?(?![\w-])(?![ \xa0]+[A-ZÄÖÜ])"
)
_KIND_TYPES = {"Ministerium": "Ministry"}


def _body_by_its_kind(text: str, at: int, mentions: IndexedMentions) -> Mention | None:
    """The first body of the kind the unit's genitive names, named before it: the release's own (a ministry's
    release names its ministry first, others it works with after)."""
    kind = _KIND_GENITIVE.match(text, at) if at >= 0 else None
    if kind is None:
        return None
    word = kind.group("kind")
    return next(
        (
            m
            for m in mentions.starting_in(0, at)
            if not m.generic
            and (
                m.type == _KIND_TYPES[word]
                if word in _KIND_TYPES
                else m.type in _PLACES_OF_WORK and is_of_kind(m.label, word)
            )
        ),
        None,
    )


# A body named as the agent of a passive or as a partner ("vom", "durch die", "mit der", "für den") is not
# where the staff of the next sentence work.
_AGENT_OR_PARTNER_BEFORE = re.compile(
    r"(?<![\w-])(?i:vom|von|durch|mit|für|gemeinsam\s+mit)(?:\s+(?:der|den|dem|die|das))?\s+$"
)
_AGENT_WINDOW = 25  # characters back over the preposition and its article


def _is_staff(title: str) -> bool:
    """A post inside a body ("Geschäftsführerin", "Projektleiter"), not an office of government or a profession."""
    low = title.lower()
    return any(stem in low for stem in lexicon.STAFF_ROLE_STEMS) and not any(
        stem in low for stem in lexicon.MINISTRY_ROLE_STEMS
    )


def with_the_release_s_one_project(finding: RoleFinding, project: Mention | None) -> RoleFinding:
    """ "Projektleiterin Petra Beispiel" in a release about the one project it names: a project post without a
    body of its own is in that project."""
    if finding.organisation is not None or project is None:
        return finding
    if not _noun_of(finding.title).startswith(_POSTS_IN_A_PROJECT):
        return finding
    return replace(finding, organisation=project, leads=leads(finding.title, finding.title, project))


def _noun_of(title: str) -> str:
    """The title from its noun on, lower case: "netzwerkkoordinator" of "bisheriger Netzwerkkoordinator" (an adjective
    of time before it: "dem bisherigen Netzwerkkoordinator X" held the post in the release's network too)."""
    words = title.split(" ")
    return " ".join(words[next((i for i, w in enumerate(words) if w[:1].isupper()), 0) :]).lower()


# ... and a counsellor ("sagt Beraterin Petra Beispiel" in a report on one advice centre): the project's staff
_POSTS_IN_A_PROJECT = (*lexicon.PROJECT_POST_PREFIXES, "berater")


def with_the_release_s_one_network(finding: RoleFinding, network: Mention | None) -> RoleFinding:
    """ "Netzwerkkoordinatorin Petra Beispiel" in a release about one network: a post the compound places in a
    network, with no body of its own, is in that network."""
    if finding.organisation is not None or network is None:
        return finding
    if not _noun_of(finding.title).startswith(lexicon.NETWORK_POST_PREFIXES):
        return finding
    return replace(finding, organisation=network, leads=leads(finding.title, finding.title, network))


def with_the_section_s_project(finding: RoleFinding, text: str, mentions: IndexedMentions) -> RoleFinding:
    """A project page: "Brückenkurs Pflege / Träger: … / Kontakt: Petra Beispiel (Projektleitung)": a project post with
    no body of its own, in a paragraph headed by a project's name alone on its first line, is in that project."""
    title = finding.title.lower()
    if finding.organisation is not None or finding.head < 0 or not title.startswith(_SECTION_POSTS):
        return finding
    blank = text.rfind("\n\n", max(0, finding.head - SECTION_REACH), finding.head)
    if blank < 0 and finding.head > SECTION_REACH:
        return finding  # no paragraph start near: a long paragraph is no project's section
    start = blank + 2 if blank >= 0 else 0
    line_end = text.find("\n", start, finding.head)
    if line_end < 0:
        return finding  # the post stands on the heading's line
    heading = _HEADING.fullmatch(text, start, line_end)
    if heading is None:
        return finding
    spans = {
        heading.span("name"),
        heading.span("line"),
    }  # the name alone, or the whole line with its head noun
    project = mentions.first_starting_in(
        start - 1, line_end, lambda m: m.type == "Subproject" and (m.start, m.end) in spans
    )
    if project is None:
        return finding
    return replace(finding, organisation=project, leads=leads(finding.title, finding.title, project))


_SECTION_POSTS = (*lexicon.PROJECT_POST_PREFIXES, "leitung", *lexicon.CONTACT_ROLE_STEMS)
SECTION_REACH = 1500  # characters back from a post to the blank line opening its project's section
# A heading line that is a project's name, maybe after its head noun in quotes: "Projekt „Wege finden“"
_HEADING = re.compile(
    rf"[ \t]*(?P<line>(?:(?:{'|'.join(lexicon.SUBPROJECT_HEADS)})[ \t]+[„\"»]?)?(?P<name>[^\n]+?)[“\"«]?)[ \t]*"
)


# How far back in its paragraph a project post looks for the project the paragraph is about: a few sentences
PARAGRAPH_PROJECT_REACH = 400


def with_the_paragraph_s_project(
    finding: RoleFinding, text: str, sentence: tuple[int, int], mentions: IndexedMentions
) -> RoleFinding:
    """ "Zum Netzwerk gehört das Projekt X. Es wird von der Y getragen. Projektleiterin ist Petra Beispiel.": a project
    post whose sentence names no body is in the one project its paragraph names before it, within a few sentences."""
    if finding.organisation is not None or not finding.title.lower().startswith(_POSTS_IN_A_PROJECT):
        return finding
    if any(m.type in ORG_TYPES for m in mentions.starting_in(*sentence)):
        return finding
    start = max(0, sentence[0] - PARAGRAPH_PROJECT_REACH)
    blank = text.rfind("\n\n", start, sentence[0])
    projects = {
        m.key: m for m in mentions.of_type("Subproject").starting_in(max(start, blank + 1), sentence[0])
    }
    if len(projects) != 1:
        return finding
    project = next(iter(projects.values()))
    return replace(finding, organisation=project, leads=leads(finding.title, finding.title, project))
