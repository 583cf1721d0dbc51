"""Public bodies, organisations and membership, round 17 (constructions of news articles, ministry statements and
near-domain texts that the rules missed; invented sentences): the federal government named by its head alone ("die
Bundesregierung"), the European Commission typed as a public body, an alliance outside IQ by its quoted name ("im
Netzwerk „Arbeit für Geflüchtete“"), one member named after its whole and the verb ("Dem Bündnis Y gehört auch die X
an", "Mitglied des Bündnisses Y ist auch der X"), and the near shapes that give none of these."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _entities(text: str) -> set[tuple[str, str]]:
    return facts_of("Aus der Region\n\n" + text).entities


def _members(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Aus der Region\n\n" + text).relations if p == "memberOf"}


# ---------------------------------------------------------------- the federal government by its head alone


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung hat am Mittwoch Eckpunkte für ein Einwanderungsgesetz beschlossen.",
        "Das Projekt wird seit 2021 von der Bundesregierung gefördert.",
        "Der Verband richtete seine Forderungen an die neue Bundesregierung in Berlin.",
        "Kritik an der Bundesregierung kam von den Kammern; sie prüft nun den Entwurf.",
    ],
)
def test_the_federal_government_by_its_head_alone_is_a_public_body(text: str) -> None:
    assert ("Agency", "Bundesregierung") in _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        # a commissioner's office names the government inside its own name: one body, the office
        "Der Beauftragte der Bundesregierung für Aussiedlerfragen begrüßte den Plan.",
        # no article: a word in a compound or a kind, not the body
        "Eine Bundesregierung allein kann das nicht lösen, sagte der Präsident.",
        "Der Bundesregierungssprecher äußerte sich nicht.",
        # a genitive attribute of a noun: the government spoken of in passing, no party to the news
        "Nach Angaben der Bundesregierung stieg die Zahl der Anträge im Jahr 2023 deutlich.",
        "Die Ziele der Bundesregierung seien ehrgeizig, sagte der Präsident des Verbands.",
    ],
)
def test_no_federal_government_inside_another_name_without_its_article_or_in_passing(text: str) -> None:
    assert ("Agency", "Bundesregierung") not in _entities(text)


# ---------------------------------------------------------------- the European Commission, a public body


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Europäische Kommission hat einen EU-Talentpool vorgeschlagen.", "Europäische Kommission"),
        ("Der Vorschlag der Europäischen Kommission liegt seit März vor.", "Europäische Kommission"),
        ("Die EU-Kommission begrüßte die Pläne der Länder.", "Europäische Kommission"),
        ("Die Härtefallkommission des Landes Thüringen tagte am Montag.", "Härtefallkommission des Landes Thüringen"),
    ],
)  # fmt: skip
def test_a_government_s_commission_is_a_public_body(text: str, label: str) -> None:
    assert ("Agency", label) in _entities(text)


def test_an_association_s_commission_is_no_public_body() -> None:
    entities = _entities("Die Ethikkommission des Vereins Lernwerk e. V. tagte am Montag.")
    assert not any(t == "Agency" and "kommission" in label.lower() for t, label in entities)


# ---------------------------------------------------------------- an alliance by its quoted name


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Im Netzwerk „Arbeit für Geflüchtete Oberfranken“ arbeiten die Caritas Bamberg und die IHK für Oberfranken "
         "Bayreuth zusammen.",
         {("Caritas Bamberg", "Arbeit für Geflüchtete Oberfranken"),
          ("IHK für Oberfranken Bayreuth", "Arbeit für Geflüchtete Oberfranken")}),
        ('Partner im Netzwerk "Pflege International" sind die Handwerkskammer Dresden und die Caritas Bamberg.',
         {("Handwerkskammer Dresden", "Pflege International"), ("Caritas Bamberg", "Pflege International")}),
        ("Die Stiftung Lernwerk ist seit 2019 Mitglied im Netzwerk „Vielfalt im Betrieb“.",
         {("Stiftung Lernwerk", "Vielfalt im Betrieb")}),
    ],
)  # fmt: skip
def test_an_alliance_by_its_quoted_name_has_members(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _members(text)


def test_a_quoted_network_name_is_an_organisation() -> None:
    assert ("Organisation", "Pflege International") in _entities(
        "Das Netzwerk „Pflege International“ hat am Montag in Bamberg getagt."
    )


@pytest.mark.parametrize(
    "text",
    [
        # the programme's own words: the programme, no alliance of its own
        "Beraten hat sie das Netzwerk „Integration durch Qualifizierung“ in Sachsen.",
        # a word said of the network, no name
        "Die Kammer nannte das Netzwerk „überfällig“ und trat ihm bei.",
    ],
)
def test_no_alliance_from_the_programme_s_words_or_a_quoted_word(text: str) -> None:
    entities = _entities(text)
    assert ("Organisation", "überfällig") not in entities
    assert not any(t == "Organisation" and "Qualifizierung" in label for t, label in entities)


# ---------------------------------------------------------------- one member after its whole and the verb


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Dem Bündnis für Fachkräfte Nordhessen gehört seit Januar auch die Handwerkskammer Kassel an.",
         ("Handwerkskammer Kassel", "Bündnis für Fachkräfte Nordhessen")),
        ("Dem Bündnis für Ausbildung Thüringen gehörte bis 2020 die Stiftung Lernwerk an.",
         ("Stiftung Lernwerk", "Bündnis für Ausbildung Thüringen")),
        ("Mitglied des Bündnisses für Ausbildung Rheinland-Pfalz ist auch der Landkreistag Rheinland-Pfalz.",
         ("Landkreistag Rheinland-Pfalz", "Bündnis für Ausbildung Rheinland-Pfalz")),
        ("Gründungsmitglied im Netzwerk diskriminierungsfreies Bayern war 2015 die Stiftung Lernwerk.",
         ("Stiftung Lernwerk", "Netzwerk diskriminierungsfreies Bayern")),
        ("Partnerin im Bündnis für Fachkräfte Nordhessen ist seit Mai die Universität Kassel.",
         ("Universität Kassel", "Bündnis für Fachkräfte Nordhessen")),
    ],
)  # fmt: skip
def test_one_member_named_after_its_whole_and_the_verb(text: str, fact: tuple[str, str]) -> None:
    assert fact in _members(text)


@pytest.mark.parametrize(
    "text",
    [
        # a partner of a body that is no alliance may be a project's partner
        "Partnerin des Vereins Mosaik e. V. ist die Stadt Kassel.",
        # the nominative "Der" with a singular verb: the subject is the member, read elsewhere, not the other way
        "Der Verein Mosaik e. V. gehört dem Bündnis für Fachkräfte Nordhessen an.",
    ],
)
def test_no_member_of_a_body_that_is_no_alliance_nor_the_whole_of_its_member(text: str) -> None:
    members = _members(text)
    assert ("Stadt Kassel", "Mosaik e. V.") not in members
    assert ("Bündnis für Fachkräfte Nordhessen", "Mosaik e. V.") not in members


# ---------------------------------------------------------------- a forum of a region that is a body


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Beim Wirtschaftsforum (WiFo) der Region Cham arbeitet seit Mai die Lotsenstelle Cham.",
         "Wirtschaftsforum der Region Cham"),
        ("Das Integrationsforum (IFO) des Landkreises Kassel hat sich neu aufgestellt.",
         "Integrationsforum des Landkreises Kassel"),
        ("Gegründet wurde das Bildungsforum (BiFo) der Stadt Erfurt schon 2009.", "Bildungsforum der Stadt Erfurt"),
    ],
)  # fmt: skip
def test_a_forum_with_its_short_form_and_region_is_a_body(text: str, label: str) -> None:
    assert any(t == "Organisation" and name.startswith(label) for t, name in _entities(text))


def test_the_short_form_of_a_forum_of_a_region_stands_for_it_later() -> None:
    text = (
        "Das Wirtschaftsforum (Wifo) der Region Passau vermittelt Mentoren. Dem Wifo gehört auch die Sparkasse "
        "Passau an."
    )
    assert ("Sparkasse Passau", "Wirtschaftsforum der Region Passau") in _members(text)


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal or a year: the meeting of that number or year
        "Rund 200 Gäste kamen zum 5. Wirtschaftsforum (Wifo) der Region Nordhessen.",
        "Das Wirtschaftsforum (Wifo) der Region Nordhessen 2024 fand in Kassel statt.",
    ],
)
def test_a_forum_with_its_ordinal_or_year_is_no_body(text: str) -> None:
    assert not any(t == "Organisation" and "forum" in label for t, label in _entities(text))


# ---------------------------------------------------------------- a name in small letters in a carrier's slot


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Welcome Center arbeitet unter dem Dach von saaris.", "saaris"),
        ("Das unter dem Dach von lernwerk tätige Lotsenbüro berät Fachkräfte.", "lernwerk"),
        ("Das Projekt „Ankommen“ wird in Trägerschaft von lernwerk durchgeführt.", "lernwerk"),
        ("Das Projekt „Ankommen“ startet im Mai. Träger ist arbeitplus.", "arbeitplus"),
    ],
)
def test_a_name_in_small_letters_in_a_carrier_s_slot_is_a_body(text: str, label: str) -> None:
    assert ("Organisation", label) in _entities(text)


def test_a_name_in_small_letters_is_the_body_elsewhere_in_the_text_too() -> None:
    text = "Das Projekt „Ankommen“ wird in Trägerschaft von lernwerk durchgeführt. Die Kurse von lernwerk sind voll."
    assert ("Ankommen", "hostedBy", "lernwerk") in facts_of("Aus der Region\n\n" + text).relations


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Ankommen“ steht unter dem Dach von uns allen.",
        "Das Projekt „Ankommen“ startet im Mai. Träger ist weiterhin die Stadt Jena.",
        "Das Projekt „Ankommen“ wird getragen von zahlreichen Ehrenamtlichen.",
    ],
)
def test_no_name_from_a_pronoun_an_adverb_or_an_adjective_in_a_carrier_s_slot(text: str) -> None:
    assert not any(label[:1].islower() for _, label in _entities(text))
