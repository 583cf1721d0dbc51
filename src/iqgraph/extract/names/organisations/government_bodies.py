"""Bodies of government named without an organisation head: commissioners' offices ("bei der Beauftragten
der Landesregierung für Teilhabe", "Büro des Beauftragten des Senats") and Lands that act or pay ("Das Land
Niedersachsen fördert", "Mittel des Freistaates Sachsen").
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.places import KREIS_DISTRICTS, REGIONS, RIVERS_AFTER_AM, RIVERS_AFTER_AN_DER
from ...lexicon.projects import SERVICE_UNIT_HEAD_ENDINGS, TIME_WORDS
from ...text.morphology import adjective_stem
from ...text.spans import Mention
from .words import CAP, FOR_PORTFOLIO, PLACE, dated_town, joined, named_like_a_town, trim_portfolio

_LAND_NAMES = "|".join(re.escape(x) for x in sorted(lexicon.LAENDER, key=len, reverse=True))
# "Das Land Niedersachsen fördert", "Mittel des Freistaates Sachsen", "vom Land Hessen finanziert" (the agent of a
# passive): a Land as the body that acts or pays (not "im Land Bremen", where it is the place).
_LAND_AS_BODY = re.compile(
    rf"(?<![\w-])(?:(?:(?P<article>[Dd]as|[Dd]em|[Dd]es|[Vv]om)|(?P<field>[\w-]+):)[ \xa0]+(?P<name>(?P<kind>Land|Freistaat)(?:es|s)?\s+(?P<land>{_LAND_NAMES}))"
    rf"|(?P<masculine>[Dd]er|[Dd]en)\s+(?P<state>Freistaat\s+(?P<free_land>{_LAND_NAMES})))(?![\w-])"
)  # "der/den Freistaat X": the masculine article is no genitive
# Before "das/dem Land X" a preposition of place or goal makes it the territory: "in das Land Hessen kommen",
# "aus dem Land Bremen", "für das Land Sachsen wichtig".
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?i:in|aus|nach|zu|für|über|im)\s+$")
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>\w+)\s+$")
_LOOK_BEHIND = 30  # characters before the article: one word and its spaces


def find_lands_as_bodies(text: str) -> list[Mention]:
    out = []
    for match in (m for m in _LAND_AS_BODY.finditer(text) if _acts_or_pays(text, m)):
        group, label = _named_land(match)
        start, end = match.span(group)
        out.append(Mention.named(start, end, "Agency", label, match.group(group), priority=2))
    return out


# A district, a town or a city-state as the body that acts, pays or employs: "Der Kreis Herford fördert", "mit der
# Stadt Jena", "Petra Beispiel (Stadt Jena)", "mit der Freien und Hansestadt Hamburg". "im Kreis Herford", "in der
# Stadt Jena" name the territory (a place, read elsewhere); a genitive ("die Bürger der Stadt Jena") only where it
# pays ("Mittel der Stadt Jena") or after a preposition that takes the dative ("gemeinsam mit der Stadt Jena").
CITY_STATE = r"Freien?\s+(?:und\s+)?Hansestadt\s+(?:Hamburg|Bremen)"
# A town's name may hold its river: "Frankfurt am Main", "Halle (Saale)"; "die Stadt Kassel am Montag" is a day.
_NOT_A_RIVER = "|".join(sorted(TIME_WORDS))
_AN_DER = "|".join(sorted(RIVERS_AFTER_AN_DER))
_RIVER = (
    rf"(?:\s+am\s+(?!(?:{_NOT_A_RIVER})(?![\w-]))[A-ZÄÖÜ]\w+|\s+an\s+der\s+(?:{_AN_DER})(?![\w-])"
    r"|\s+\([A-ZÄÖÜ]\w+\))"
)
# The river a town's name ends with, after the town has been read: "Frankfurt am Main", "Halle (Saale)", "Mülheim an
# der Ruhr" (a known river only: "Jobcenter Kassel (JC)" is a short form, "Jobcenter X am Standort Y" a site).
_TOWN_RIVER = re.compile(
    rf"\s+(?P<am>am)\s+(?P<river>[A-ZÄÖÜ]\w+)(?![\w-])|\s+an\s+der\s+(?:{_AN_DER})(?![\w-])"
    rf"|\s+\((?:{_AN_DER})\)"
)


def town_river_end(text: str, town_start: int, end: int) -> int:
    """The end of the town's name that ends at `end`, with its river: after "am" a river or a name the place lists
    know whole ("Offenbach am Main", "Bad Soden am Taunus"; not "Kassel am Montag")."""
    river = _TOWN_RIVER.match(text, end)
    if river is None:
        return end
    whole = " ".join(text[town_start : river.end()].split())
    known = river.group("river") in RIVERS_AFTER_AM or whole in _DISTRICT_TOWNS
    return river.end() if not river.group("am") or known else end


# A spa's or a saint's town keeps its first word: "die Stadt Bad Hersfeld", "der Stadt St. Ingbert".
_TOWN_PREFIX = r"(?:(?:Bad|Sankt|St\.)\s+)?"
# A district named by a hyphenated compound of its landscapes or rivers: "der Rhein-Sieg-Kreis", "des
# Main-Kinzig-Kreises" (not a one-word compound: "der Arbeitskreis", "der Freundeskreis").
# ... or one the district lists know as one word: "der Wetteraukreis", "des Vogelsbergkreises".
_KREIS_NAMES = "|".join(sorted(KREIS_DISTRICTS, key=len, reverse=True))
_DISTRICT_COMPOUND = rf"(?P<district>(?:[A-ZÄÖÜ][a-zäöüß]+-){{1,3}}Kreis|{_KREIS_NAMES})(?:es)?"
_MUNICIPALITY = re.compile(
    rf"(?<![\w-])(?:(?P<article>[Dd](?:er|em|en|es|ie)|[Vv]om|[Bb]eim)\s+|(?P<bracket>\()|(?P<field>[\w-]+):[ \xa0]+"
    rf"|(?P<item>(?m:^)[ \t]*(?:[-•*–·▪][ \t]+)?)|(?P<bare>))"
    rf"(?P<name>(?P<kind>Kreis|(?:Hanse|Universitäts|Kreis|Hochschul|Messe|Landeshaupt|Bundes)?[Ss]tadt|Bezirk|Gemeinde)(?:es|s)?\s+(?P<town>(?P<base>{_TOWN_PREFIX}{CAP}){_RIVER}?)|{CITY_STATE}"
    rf"|{_DISTRICT_COMPOUND})(?![\w-])"
)
# Bavaria's districts are bodies of their own named by their region: "der Bezirk Oberfranken fördert".
_DISTRICT_TOWNS = frozenset({*lexicon.CITIES, *lexicon.GERMAN_PLACES, *REGIONS})
_LOCATIVE_BEFORE = re.compile(r"(?<![\w-])(?i:in|aus|nach|zu|über)\s+$")
# "Stadt" and its compounds that a town styles itself by: "die Universitätsstadt Greifswald", "der Kreisstadt X"
_FEMININE_KINDS = ("Stadt", "stadt", "Gemeinde")  # and a municipality that is no town: "die Gemeinde Künzell"


def find_municipalities_as_bodies(text: str) -> list[Mention]:
    out = []
    dated = dated_town(
        text
    )  # "Ludwigsau, 12. Mai 2031 – Die Stadt Ludwigsau …": the dateline's town is a town
    for match in _MUNICIPALITY.finditer(text):
        town = match.group("town")
        known = town is None or town in _DISTRICT_TOWNS or match.group("base") in _DISTRICT_TOWNS
        known = known or match.group("base") == dated
        known = known or _merged_town(match.group("base")) or named_like_a_town(match.group("base"))
        # "die Stadt Bremen", "der Stadt Berlin": a city-state named as the town it also is
        known = known or (match.group("kind") or "").lower().endswith("stadt") and town in lexicon.CITY_STATES
        # after "Stadt" a town named like a common word is the town: "die Stadt Essen" (not "der Bezirk Mitte")
        # (also with its river: "die Stadt Halle (Saale)")
        known = (
            known
            or (match.group("kind") or "").endswith(_FEMININE_KINDS)
            and (town in lexicon.AMBIGUOUS_TOWNS or match.group("base") in lexicon.AMBIGUOUS_TOWNS)
        )
        if not known or not _municipality_acts(text, match):
            continue
        label = (
            f"{match.group('kind')} {town}"
            if town
            else match.group("district") or re.sub(r"^Freien", "Freie", joined(match.group("name")))
        )
        out.append(
            Mention.named(match.start("name"), match.end("name"), "Agency", label, match.group("name"))
        )
    return out


def _merged_town(name: str) -> bool:
    """ "Dessau-Roßlau", "Villingen-Schwenningen": a town merged from towns, named by their names joined with a
    hyphen, one of which a place list knows."""
    parts = name.split("-")
    return len(parts) > 1 and all(p[:1].isupper() for p in parts) and any(p in _DISTRICT_TOWNS for p in parts)


# A list's item that is a municipality's name alone: the line ends after it, perhaps after a comma or semicolon.
_ITEM_END = re.compile(r"[ \t]*[,;]?[ \t]*(?:\n|$)")


def _municipality_acts(text: str, match: re.Match[str]) -> bool:
    if match.group("bracket"):
        return text.startswith(")", match.end())
    if match.group("item") is not None:
        return _ITEM_END.match(text, match.end()) is not None  # "- Stadt Fulda" alone on a list's line
    if match.group("field"):
        # "Veranstalter: Stadt Fulda", "Herausgeber: Landkreis X": a field naming who acts or pays
        field = match.group("field")
        return is_funder_field(field) or field.lower().endswith(_ORGANISER_FIELDS)
    if match.group("bare") is not None:
        return _BARE_LIST.search(text, max(0, match.start() - _DATIVE_LIST_REACH), match.start()) is not None
    before = text[max(0, match.start() - _LOOK_BEHIND) : match.start()]
    if _LOCATIVE_BEFORE.search(before):
        return False
    article = match.group("article").lower()
    feminine = (
        (match.group("kind") or "").endswith(_FEMININE_KINDS)
        or match.group("kind") is None
        and not match.group("district")
    )
    genitive = article == "des" or article == "der" and feminine
    word = _WORD_BEFORE.search(before)
    word_before = word.group("word").lower() if word else ""
    if genitive and (word_before in _CONJUNCTIONS or _LIST_COMMA.search(before)):
        return (
            _second_of_a_dative_pair(text, match.start())
            or _second_genitive_of_a_payment(text, match.start())
            or _second_genitive_of_an_actor(text, match.start())
            or _of_a_unit(text, match.start())
        )
    return (
        not genitive
        or _of_a_unit(text, match.start())
        or word_before in lexicon.PAYMENT_NOUNS
        or word_before in _DATIVE_PREPOSITIONS
        or word_before.endswith(_ON_BEHALF_NOUNS)
        or _after_a_finite_verb(word)
    )


# "Das Netzwerk dankte der Stadt X", "Das Haus gehört der Stadt X": a genitive attribute follows a noun, so "der"
# after a verb in small letters is the dative of the body the verb addresses (not a genitive preposition: "statt der
# Stadt X", or an adverb: "nicht der Stadt X").
# (and the past of strong verbs of giving and helping: "Der Landkreis übergab der Gemeinde X einen Scheck")
_FINITE_VERB = re.compile(
    r"[a-zäöüß]{2,}(?:t|te|ten)|wurden?|werden|(?:(?:über)?gab|überwies|verlieh|half|bot|empfahl)(?:en)?"
)  # "Gedankt wurde der Stadt X"
_NO_VERBS = frozenset(
    {"statt", "anstatt", "nicht", "jetzt", "erst", "selbst", "meist", "zuletzt", "zuerst", "längst", "oft", "sonst"}
    | {"unweit", "inmitten"}  # genitive prepositions of place
)  # fmt: skip
_SUPERLATIVE = "sten"  # "die meisten der Stadt X", "die ältesten": no verb


def _after_a_finite_verb(word: re.Match[str] | None) -> bool:
    if word is None:
        return False
    written = word.group("word")
    return (
        _FINITE_VERB.fullmatch(written) is not None
        and written not in _NO_VERBS
        and not written.endswith(_SUPERLATIVE)
    )


# "die Servicestelle Berufsanerkennung der Stadt X", "das Projekt „Wege in Arbeit“ der Stadt X", "das Welcome Center
# der Stadt X": a genitive after a unit's head and its name is the body that runs the unit.
# (the second of two carriers coordinated in that genitive too: "das Kooperationsprojekt der Y und der Stadt X")
_UNIT_BEFORE = re.compile(
    rf"(?:{'|'.join(SERVICE_UNIT_HEAD_ENDINGS)}|Center|Centre|[Pp]rojekt(?:es|s)?)"
    r"(?:\s+[„\"»][^„“”\"»«\n]{1,60}[“”\"«]|(?:\s+[A-ZÄÖÜ][\w\-]*){0,3})"
    r"(?:\s+(?:der|des)\s+[A-ZÄÖÜ](?:e\.\s?V\.|[^,;.:!?\n]){0,60}?\s+(?:und|sowie))?\s+$"
)
_UNIT_REACH = 160  # characters back over the unit's head and its name (and a first carrier)


def _of_a_unit(text: str, start: int) -> bool:
    return _UNIT_BEFORE.search(text, max(0, start - _UNIT_REACH), start) is not None


# Nouns after which the genitive is the body acting, or offering what the noun names: "im Namen der Stadt X", "im
# Auftrag des Kreises X", "Vertreterinnen der Stadt X", "ein Angebot der Stadt X", "das Modellprojekt des Kreises X",
# "eine Initiative der Stadt X" (not "die Bürger der Stadt X", "die Mitte der Stadt X": its people, its ground).
_ON_BEHALF_NOUNS = (
    *("namen", "auftrag", "vertreter", "vertreterin", "vertreterinnen", "vertretern"),
    *("angebot", "angebots", "angebote", "projekt", "projekts", "projektes", "projekte", "initiative"),
    *("programm", "programms", "programmes", "einladung", "einrichtung"),
    # ... or that it works with others or supports them: "eine Kooperation der Stadt X mit …", "mit Unterstützung
    # des Kreises X", "die Beteiligung der Stadt X", "Mitarbeiterinnen der Stadt X"
    *("kooperation", "zusammenarbeit", "unterstützung", "beteiligung", "partnerschaft", "engagement"),
    *("mitarbeiter", "mitarbeiterin", "mitarbeiterinnen", "mitarbeitenden", "beschäftigten"),
    # ... or speaks for it: "Pressestelle der Hansestadt X", "eine Sprecherin der Stadt X"
    *("pressestelle", "sprecher", "sprecherin"),
    # ... or holds the event named: "der Neujahrsempfang der Stadt X", "beim Fachtag des Kreises Y"
    *(
        "empfang",
        "empfangs",
        "fachtag",
        "fachtags",
        "fachtages",
        "tagung",
        "konferenz",
        "veranstaltung",
        "feier",
    ),
    *("festakt", "festakts", "festaktes", "preisverleihung", "workshop", "workshops", "messe", "kongress"),
    *("kongresses", "treffen", "treffens", "sommerfest", "sommerfests", "sommerfestes"),
)


_DATIVE_PREPOSITIONS = frozenset({"mit", "von", "bei", "zwischen", "gegenüber", "seitens", "neben"})
# An item of a list after a comma: "von der Agentur X, dem Jobcenter Y, der Stadt Z und …".
_LIST_COMMA = re.compile(r"[\w.],\s+$")
# A body's name in a list (a registered association's dots), more after a comma and their article, then the
# conjunction or the comma before the next item.
# (capitalised words and the small words of a name's grammar: "Verein Lernwerk e. V. aus Musterstadt", not "Bus
# fuhren sie zu den Museen der Stadt X", a clause)
_NAME_GLUE = r"(?:für|der|des|und|am|an|zu|zur|zum|von|vom|aus|in|im|e\.\s?V\.|[gm]?GmbH|mbH)"
_LISTED_NAME = (  # a portfolio's items are joined by commas: "Ministeriums für Wirtschaft, Arbeit und Tourismus"
    rf"[A-ZÄÖÜ][\w-]*(?:(?:\s+|,\s+(?=[A-ZÄÖÜ]))(?:{_NAME_GLUE}|[A-ZÄÖÜ][\w-]*|\([A-ZÄÖÜ][\w-]*\))){{0,12}}"
)
_LISTED_NAMES = (
    rf"{_LISTED_NAME}(?:,\s+(?:der|dem|den|des)\s+{_LISTED_NAME}){{0,3}}"
    r"(?:\s+(?:und|sowie|oder)|(?<=[\w.]),)\s+$"
)
_DATIVE_LIST_REACH = 300  # characters back to the preposition: up to five bodies' names and their separators
# The first of bodies coordinated after one dative preposition: "gefördert von der Stiftung X und| der Stadt Y",
# "gemeinsam mit dem Verein X sowie| der Stadt Y", "von der Agentur X, dem Jobcenter Y,| der Stadt Z" (the article
# after "und" or the comma is the preposition's, no genitive).
_FIRST_DATIVE = re.compile(
    rf"(?<![\w-])(?:(?i:{'|'.join(sorted(_DATIVE_PREPOSITIONS))})\s+(?:der|dem)|(?i:vom|beim))\s+"
    + _LISTED_NAMES
)


# Bodies named without their articles after "von", "mit" or "durch", as a list or a caption writes them: "eine
# Kooperation von| Stadt X, Jobcenter Y und| Landkreis Z" (not "in Stadt X", nor "von Stadt zu Stadt").
_BARE_LIST = re.compile(
    rf"(?<![\w-])(?i:von|mit|durch)\s+(?:{_LISTED_NAME}(?:(?<=[\w.]),\s+|\s+(?:und|sowie)\s+)){{0,5}}$"
)


def _second_of_a_dative_pair(text: str, start: int) -> bool:
    return _FIRST_DATIVE.search(text, max(0, start - _DATIVE_LIST_REACH), start) is not None


def _named_land(match: re.Match[str]) -> tuple[str, str]:
    """The group that holds the name, and its label in the nominative."""
    if match.group("masculine"):
        return "state", f"Freistaat {match.group('free_land')}"
    return "name", f"{match.group('kind')} {match.group('land')}"


def _acts_or_pays(text: str, match: re.Match[str]) -> bool:
    """A genitive Land is a body only as the payer of money or support ("Mittel des Landes Hessen", not "die
    Hauptstadt des Landes Hessen"); "das/dem Land" only where no preposition of place stands before it."""
    before = text[max(0, match.start() - _LOOK_BEHIND) : match.start()]
    if match.group("field"):
        return is_funder_field(match.group("field"))
    if (match.group("article") or "").lower() == "des":
        word = _WORD_BEFORE.search(before)
        if word is not None and word.group("word").lower() in _CONJUNCTIONS:
            return _second_genitive_of_a_payment(text, match.start())
        return word is not None and _is_payment_noun(word.group("word"))
    # "im vom Land Hessen geförderten Projekt": "vom" is the agent's own preposition, whatever stands before it
    if (match.group("article") or "").lower() == "vom":
        return True
    return _PLACE_PREPOSITION_BEFORE.search(before) is None


_CONJUNCTIONS = frozenset({"und", "sowie", "oder"})


# The label of a field whose value is a funder or a carrier: "Förderung: Land Hessen", "Fördergeber: Stadt Kassel",
# "Träger: Landkreis X" (a noun phrase without its article, as a list or a box writes it).
_ORGANISER_FIELDS = ("veranstalter", "ausrichter", "gastgeber", "organisator", "herausgeber")
_FUNDER_FIELD_ENDINGS = tuple(n.lower() for n in lexicon.FUNDER_NOUNS) + ("träger", "auftraggeber", "partner")


def is_funder_field(word: str) -> bool:
    low = word.lower()
    return _is_payment_noun(word) or low.endswith(_FUNDER_FIELD_ENDINGS)


def _is_payment_noun(word: str) -> bool:
    low = word.lower()
    return low in lexicon.PAYMENT_NOUNS or low.endswith(lexicon.PAYMENT_NOUN_ENDINGS)


# The first of two genitives coordinated after one payment noun: "aus Mitteln des ESF und| des Landes Hessen".
_FIRST_GENITIVE = re.compile(
    rf"(?<![\w-])(?i:[\w-]*(?:{'|'.join(sorted({*lexicon.PAYMENT_NOUNS, *lexicon.PAYMENT_NOUN_ENDINGS}, key=len, reverse=True))}))\s+(?:des|der)\s+"
    r"[^,;.:!?]{1,60}?\s+(?:und|sowie|oder)\s+$"
)
_GENITIVE_REACH = 90  # characters back to the payment noun: its genitive's name and the conjunction


def _second_genitive_of_a_payment(text: str, start: int) -> bool:
    """ "Mittel des Bundes und des Landes X": the genitive after "und" shares the payment noun of the first."""
    return _FIRST_GENITIVE.search(text, max(0, start - _GENITIVE_REACH), start) is not None


# The first of genitives coordinated after a noun of acting on a body's behalf: "Vertreterinnen des Jobcenters X
# sowie| der Stadt Y", "mit Unterstützung des Vereins X und| der Stadt Y" (the second shares the noun).
_FIRST_ACTOR_GENITIVE = re.compile(
    rf"(?<![\w-])(?i:[\w-]*(?:{'|'.join(sorted(_ON_BEHALF_NOUNS, key=len, reverse=True))}))\s+(?:des|der)\s+"
    + _LISTED_NAMES
)


def _second_genitive_of_an_actor(text: str, start: int) -> bool:
    return _FIRST_ACTOR_GENITIVE.search(text, max(0, start - _DATIVE_LIST_REACH), start) is not None


# A commissioner's office as a body: "bei der Beauftragten der Landesregierung für Teilhabe", "mit dem Sächsischen
# Ausländerbeauftragten", "Büro des Beauftragten des Senats". Only after a preposition or an office noun: after a
# person's name ("Petra Beispiel, Beauftragte für …") or in an appointment ("zur Beauftragten … ernannt") the
# same words are a role, not a body. "des Landes" alone only points back to a Land: the name is not complete.
_GOVERNMENT = (
    rf"(?:Berliner\s+)?(?:Bundes|Landes|Staats)?regierung|(?:Berliner\s+)?Senats(?:\s+von\s+Berlin)?"
    rf"|Landes\s+(?:{PLACE})|Freistaate?s\s+(?:{PLACE})|(?:Landeshaupt)?[Ss]tadt\s+{CAP}|(?:Land)?[Kk]reises\s+{CAP}"
)
# A noun for what a body does, before the commissioner in the genitive: "auf Einladung der Beauftragten der
# Bundesregierung für …", "im Auftrag des Landesbeauftragten für …", "mit Unterstützung der Beauftragten für …".
_ACTING_NOUNS = "Einladung|Auftrag|Unterstützung|Förderung|Initiative|Schirmherrschaft"
_COMMISSIONER = re.compile(
    r"(?<![\w-])(?:(?i:bei|mit|von|an|für|durch|gegenüber)\s+(?P<article>der|dem|den|die)|(?P<contracted>[Bb]eim|[Vv]om)"
    r"|(?P<office>Büro|Stab|Geschäftsstelle)(?:s|es)?\s+(?:des|der)"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?P<subject>Die|Der)"
    rf"|(?P<acting>{_ACTING_NOUNS})\s+(?P<genitive>der|des))\s+"
    rf"(?P<name>(?:(?P<adjective>[A-ZÄÖÜ][\w-]*(?:e|en|er))\s+)?(?P<head>[A-ZÄÖÜ]?[\w-]*[Bb]eauftragte[nr]?)"
    rf"(?P<government>\s+(?:der|des)\s+(?:{_GOVERNMENT}))?)(?![\w-])"
)
# "Beauftragte für Integration der Stadt Kiel": the government may follow the portfolio
_GOVERNMENT_AFTER = re.compile(rf"\s+(?:der|des)\s+(?:{_GOVERNMENT})(?![\w-])")
_MASCULINE_ARTICLES = ("dem", "den", "des", "beim", "vom", "Beim", "Vom")
# The Land whose commissioner the office is, closing its name after the portfolio
_LAND_AFTER = re.compile(rf"\s+(?:{_LAND_NAMES})(?![\w-])")


def find_commissioner_offices(text: str) -> list[Mention]:
    """Commissioners' offices; their head is a role noun, so they are kept apart from the names a role
    noun may lead ("Geschäftsführerin der Beispiel GmbH")."""
    out = []
    for match in _COMMISSIONER.finditer(text):
        end, has_portfolio = _portfolio_end(text, match.end())
        government_after = None if match.group("government") else _GOVERNMENT_AFTER.match(text, end)
        end = government_after.end() if government_after else end
        land_after = _LAND_AFTER.match(text, end) if has_portfolio and not government_after else None
        end = land_after.end() if land_after else end  # "Landesbeauftragte für Migration Sachsen-Anhalt"
        adjective = match.group("adjective")
        if adjective and not (adjective_stem(adjective) or adjective in lexicon.LAND_ADJECTIVES):
            continue  # "an die Petra Beauftragte": no adjective, no office
        if match.group("subject") == "Die" and match.group("head").endswith("n"):
            continue  # "Die Sächsischen Ausländerbeauftragten tagen": a plural names no one office
        named = adjective or match.group("government") or government_after or has_portfolio
        if not named or _PERSON_NEXT.match(text, end):
            continue  # "mit dem Beauftragten für Integration Petra Beispiel": a person by her role
        if (match.group("acting") or match.group("subject")) and _PERSON_IN_APPOSITION.match(text, end):
            continue  # "auf Einladung der Beauftragten für Integration, Petra Beispiel,": the person invited
        start = match.start("office") if match.group("office") else match.start("name")
        out.append(
            Mention.named(
                start, end, "Agency", _commissioner_label(match, text[match.end() : end]), text[start:end]
            )
        )
    return out


def _portfolio_end(text: str, end: int) -> tuple[int, bool]:
    portfolio = FOR_PORTFOLIO.match(text, end)
    if portfolio is None:
        return end, False
    return end + len(trim_portfolio(portfolio)), True


_PERSON_NEXT = re.compile(r"\s+(?P<given>[A-ZÄÖÜ][a-zäöüß]+)\s+[A-ZÄÖÜ]")
_PERSON_IN_APPOSITION = re.compile(r"\s*,\s*(?:(?:Dr|Prof)\.\s*)*[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ]")


def _commissioner_label(match: re.Match[str], portfolio: str) -> str:
    """The office in the nominative; its gender is the article's ("bei der Beauftragten" is a woman's office)."""
    name = joined(match.group("name") + portfolio)
    if match.group("office"):
        return (
            re.sub(r"\s+", " ", match.group(0).split()[0])
            + " "
            + " ".join(match.group(0).split()[1:2])
            + " "
            + name
        )
    article = match.group("article") or match.group("contracted") or match.group("genitive")
    masculine = article in _MASCULINE_ARTICLES or match.group("subject") == "Der"
    head = match.group("head")
    nominative_head = re.sub(r"[nr]$", "", head) + ("r" if masculine else "")
    words = name.split(" ")
    index = words.index(head)
    words[index] = nominative_head
    if index:  # "Sächsischen" -> "Sächsischer" / "Sächsische"
        stem = adjective_stem(words[0])
        words[0] = words[0] if stem is None else stem + ("er" if masculine else "e")
    return " ".join(words)


# A Bremen-style authority named by its head's office: "mitfinanziert von der Senatorin für Kinder und Bildung",
# "beim Senator für Wirtschaft", "Mittel der Senatorin für …". Only after a preposition or an
# office noun and with a portfolio; followed by a name ("die Senatorin für Arbeit, Petra Beispiel") or
# after one ("Petra Beispiel, Senatorin für …") the same words are a person's role.
_SENATOR = re.compile(
    r"(?<![\w-])(?:(?i:bei|mit|von|an|durch|seitens)\s+(?P<article>der|dem|den|die)|(?P<contracted>[Bb]eim|[Vv]om)"
    r"|(?:Mittel[n]?|Förderung|Auftrag|Referat|Abteilung)\s+(?P<genitive>der|des)"
    # the payer as the subject after its verb: "die Kofinanzierung übernimmt die Senatorin für …"
    r"|(?:übernimmt|übernahm|trägt|trug|zahlt|zahlte)\s+(?:die|der))\s+"
    r"(?P<head>Senator(?:in|s)?)(?![\w-])"
)


def find_senator_authorities(text: str) -> list[Mention]:
    out = []
    for match in _SENATOR.finditer(text):
        end, has_portfolio = _portfolio_end(text, match.end())
        if not has_portfolio or _PERSON_NEXT.match(text, end) or _PERSON_IN_APPOSITION.match(text, end):
            continue
        feminine = match.group("head") == "Senatorin" or match.group("article") in ("die",)
        head = "Senatorin" if feminine else "Senator"
        label = joined(head + text[match.end() : end])
        start = match.start("head")
        out.append(Mention.named(start, end, "Ministry", label, text[start:end]))
    return out
