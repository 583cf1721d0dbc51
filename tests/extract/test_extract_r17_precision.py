"""Wrong facts, round 17 (invented sentences): the subject of a cue taken from another clause ("X startet, und das
Projekt Y erhält vom Land …"), a body that built a unit taken for the funded after a fronted funding phrase ("Mit
Förderung des Landes hat der Verein Y das Projekt X aufgebaut"), a unit set apart by a comparison before the verb
("Anders als Y wird X gefördert", "Im Gegensatz zu Y erhält X Mittel"), a payer read as a carrier ("erhielt das
Projekt X vom Land Y 80.000 Euro"), and persons meant to speak who did not ("Ursprünglich sollte X sprechen")."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _funded(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Erfurt\n\n" + text).relations if p == "fundedBy"}


def _ties(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Erfurt\n\n" + text).relations if p == predicate}


# ---------------------------------------------------------------- the cue's subject in its own clause


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Das Projekt „Brückenbau“ startet am 1. Juli in Erfurt, und das Projekt „Wegweiser Arbeit“ erhält vom "
         "Land Thüringen 200.000 Euro.", ("Wegweiser Arbeit", "Land Thüringen"), ("Brückenbau", "Land Thüringen")),
        ("Das Projekt „Lotsenhaus“ berät in Gera, aber die Beratungsstelle „Neustart Ost“ bekam Mittel aus dem "
         "Europäischen Sozialfonds.", ("Beratungsstelle „Neustart Ost“", "Europäischen Sozialfonds"),
         ("Lotsenhaus", "Europäischen Sozialfonds")),
        ("Das Projekt „Lotsenhaus“ lief 2019 aus; das Projekt „Wegweiser Arbeit“ erhielt danach Fördermittel vom "
         "Land Thüringen.", ("Wegweiser Arbeit", "Land Thüringen"), ("Lotsenhaus", "Land Thüringen")),
    ],
)  # fmt: skip
def test_the_money_cue_s_subject_is_named_in_its_own_clause(
    text: str, right: tuple[str, str], wrong: tuple[str, str]
) -> None:
    found = _funded(text)
    assert wrong not in found
    assert any(s == right[0] and o[:6] == right[1][:6] for s, o in found)  # "Europäischer Sozialfonds"


def test_a_member_cue_after_a_semicolon_names_its_own_member() -> None:
    ties = _ties("Die Stiftung Lernort berät in Gera; der Verein Brücke e.V. ist Mitglied im IQ Netzwerk "
                 "Thüringen.", "memberOf")  # fmt: skip
    assert ("Brücke e.V.", "IQ Netzwerk Thüringen") in ties
    assert ("Stiftung Lernort", "IQ Netzwerk Thüringen") not in ties


def test_a_pronoun_after_the_conjunction_leaves_the_first_clause_s_subject() -> None:
    # no name in the cue's own clause: the unit named before is still what "es" stands for
    found = _funded(
        "Das Projekt „Wegweiser Arbeit“ startet im Mai, und es erhält vom Land Thüringen 90.000 Euro."
    )
    assert ("Wegweiser Arbeit", "Land Thüringen") in found


# ---------------------------------------------------------------- a fronted funding phrase: the unit is funded


@pytest.mark.parametrize(
    ("text", "unit", "body", "payer"),
    [
        ("Mit Förderung des Landes Bayern hat der Caritasverband Augsburg das Projekt „Ankommen im Beruf“ "
         "aufgebaut.", "Ankommen im Beruf", "Caritasverband Augsburg", "Land Bayern"),
        ("Mit Mitteln des Europäischen Sozialfonds baute die Diakonie Hof 2019 die Beratungsstelle „Anerkennung "
         "Hof“ auf.", "Beratungsstelle „Anerkennung Hof“", "Diakonie Hof", "Europäischer Sozialfonds"),
        ("Mit finanzieller Unterstützung der Stadt Jena richtet der Verein Lernhaus e.V. das Projekt „Jena "
         "verbindet“ ein.", "Jena verbindet", "Lernhaus e.V.", "Stadt Jena"),
    ],
)  # fmt: skip
def test_a_fronted_funding_phrase_funds_the_unit_not_the_body_that_runs_it(
    text: str, unit: str, body: str, payer: str
) -> None:
    found = _funded(text)
    assert (body, payer) not in found
    assert (unit, payer) in found


# ---------------------------------------------------------------- a comparison or a phrase set apart before the verb


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Anders als das Programm „Lernwege“ wird das Programm „Brückenjahr“ vom Bundesministerium für Bildung "
         "und Forschung gefördert.", "Brückenjahr", "Lernwege"),
        ("Im Gegensatz zum Projekt „Nordlicht“ wurde die Beratungsstelle „Hafen“ vom Europäischen Sozialfonds "
         "finanziert.", "Beratungsstelle „Hafen“", "Nordlicht"),
        ("Im Gegensatz zum Projekt „Nordlicht“ erhält das Projekt „Hafen“ Mittel vom Europäischen Sozialfonds.",
         "Hafen", "Nordlicht"),
        ("Neben der IQ Anerkennungsberatung Kiel bekam 2020 auch das Projekt „Hafen“ Fördermittel des Landes "
         "Schleswig-Holstein.", "Hafen", "IQ Anerkennungsberatung Kiel"),
    ],
)  # fmt: skip
def test_the_unit_set_apart_before_the_verb_is_not_the_funded(text: str, right: str, wrong: str) -> None:
    funded = {s for s, _ in _funded(text)}
    assert wrong not in funded
    assert right in funded


def test_a_unit_named_for_its_money_is_still_the_funded() -> None:
    # "für" names the unit the money is for: not set apart
    found = _funded(
        "Der Verein Lotsenhaus e.V. erhält Fördermittel des Landes Thüringen für das Projekt „Hafen“."
    )
    assert ("Hafen", "Land Thüringen") in found


# ---------------------------------------------------------------- the giver of money is no carrier


@pytest.mark.parametrize(
    ("text", "unit", "payer"),
    [
        ("Nachdem das Projekt „Start Nord“ im März ausgelaufen war, erhielt das Projekt „Start Süd“ vom Land "
         "Hessen 80.000 Euro.", "Start Süd", "Land Hessen"),
        ("Seit 2020 bekommt das Projekt „Start Süd“ von der Stadt Kassel jährlich Fördermittel.", "Start Süd",
         "Stadt Kassel"),
        ("Im Jahr 2022 erhielt die Beratungsstelle „Start Süd“ vom Land Hessen rund 1,2 Millionen Euro.",
         "Beratungsstelle „Start Süd“", "Land Hessen"),
    ],
)  # fmt: skip
def test_a_body_giving_money_after_the_unit_funds_and_does_not_carry_it(
    text: str, unit: str, payer: str
) -> None:
    assert (unit, payer) not in _ties(text, "hostedBy")
    assert (unit, payer) in _funded(text)


def test_a_body_after_the_unit_without_money_still_carries_it() -> None:
    assert ("Start Süd", "Arbeit Plus e.V.") in _ties(
        "Das Projekt „Start Süd“ vom Verein Arbeit Plus e.V. berät in Kassel.", "hostedBy"
    )


# ---------------------------------------------------------------- meant to speak, did not


_CONFERENCE = "Die Landeskonferenz „Anerkennung 2025“ fand am 3. Februar 2025 in Mainz statt. "


def _speakers(text: str) -> set[str]:
    return {
        s for s, p, _ in facts_of("Konferenz in Mainz\n\n" + _CONFERENCE + text).relations if p == "speakerAt"
    }


@pytest.mark.parametrize(
    ("text", "silent", "spoke"),
    [
        ("Ministerin Katharina Binz eröffnete die Konferenz. Ursprünglich sollte auch Staatssekretär Denis Alt "
         "sprechen.", "Denis Alt", "Katharina Binz"),
        ("Eigentlich sollte Ministerin Petra Grimm das Grußwort sprechen; vertreten wurde sie von Staatssekretärin "
         "Susi Maier.", "Petra Grimm", "Susi Maier"),
        ("Ministerin Katharina Binz sollte eigentlich die Konferenz eröffnen. Den Vortrag hielt Ali Kaya.",
         "Katharina Binz", "Ali Kaya"),
        ("Staatssekretär Denis Alt hätte das Schlusswort halten sollen. Ministerin Katharina Binz eröffnete die "
         "Konferenz.", "Denis Alt", "Katharina Binz"),
    ],
)  # fmt: skip
def test_one_meant_to_speak_did_not(text: str, silent: str, spoke: str) -> None:
    speakers = _speakers(text)
    assert silent not in speakers
    assert spoke in speakers


def test_one_announced_to_speak_is_a_speaker() -> None:
    # an announcement in the future is no speech meant and missed
    text = ("Konferenz in Mainz\n\nDie Landeskonferenz „Anerkennung 2025“ findet am 3. Februar 2025 in Mainz statt. "
            "Danach soll Staatssekretär Denis Alt sprechen.")  # fmt: skip
    assert "Denis Alt" in {s for s, p, _ in facts_of(text).relations if p == "speakerAt"}


# ---------------------------------------------------------------- a body's kind left in a title once the body is named


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return facts_of("Pflege in Ulm\n\n" + text).roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Die Deutsche Pflegegesellschaft fordert schnellere Verfahren. Der Präsident des Verbands, Gerald Gast, "
         "sagte, die Bürokratie sei zu hoch.", ("Gerald Gast", "Präsident", "Deutsche Pflegegesellschaft")),
        ("Die Lernwerk Ulm GmbH feierte Jubiläum. Die Geschäftsführerin der Gesellschaft, Rita Blum, dankte dem "
         "Team.", ("Rita Blum", "Geschäftsführerin", "Lernwerk Ulm GmbH")),
        ("Die Diakonie Ulm stellte ihre Bilanz vor. Der Geschäftsführer des Verbandes, Jan Ohm, nannte Zahlen.",
         ("Jan Ohm", "Geschäftsführer", "Diakonie Ulm")),
    ],
)  # fmt: skip
def test_a_title_s_body_kind_gives_way_to_the_body_named_before(
    text: str, role: tuple[str, str, str | None]
) -> None:
    roles = _roles(text)
    assert role in roles
    assert not any(t.endswith(("Verbands", "Verbandes", "Gesellschaft")) for _, t, _ in roles)


def test_a_unit_in_the_title_stays_in_it() -> None:
    # "der Abteilung" is a unit inside the body, not the body itself: the title keeps it
    roles = _roles(
        "Die Diakonie Ulm berät Zugewanderte. Der Leiter der Abteilung, Jan Ohm, stellte die Arbeit vor."
    )
    assert ("Jan Ohm", "Leiter der Abteilung", "Diakonie Ulm") in roles


# ---------------------------------------------------------------- "nicht …, sondern …": the payer after "sondern"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Das Projekt „Hafenlotsen“ wird nicht vom Land, sondern von der Stadt Kiel gefördert.",
         ("Hafenlotsen", "Stadt Kiel")),
        ("Das Projekt „Hafenlotsen“ wurde 2020 nicht vom Land Schleswig-Holstein gefördert, sondern von der Stadt "
         "Kiel.", ("Hafenlotsen", "Stadt Kiel")),
        ("Die Beratungsstelle „Hafenlotsen“ wird seit 2020 nicht aus Landesmitteln, sondern aus dem Europäischen "
         "Sozialfonds finanziert.", ("Beratungsstelle „Hafenlotsen“", "Europäischer Sozialfonds")),
    ],
)  # fmt: skip
def test_the_payer_after_sondern_funds_the_unit(text: str, fact: tuple[str, str]) -> None:
    found = _funded(text)
    assert fact in found
    assert not any(o.startswith("Land") for _, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt „Hafenlotsen“ wird nicht mehr von der Stadt Kiel gefördert.",
        "Das Projekt „Hafenlotsen“ wird nicht von der Stadt Kiel gefördert, sondern berät ehrenamtlich.",
    ],
)
def test_a_denied_payer_without_sondern_funds_nothing(text: str) -> None:
    assert not _funded(text)


# ---------------------------------------------------------------- a carrier of the clause before is not what is carried


def test_the_carrier_of_an_earlier_clause_is_not_carried_by_the_next() -> None:
    text = ("Das IQ Netzwerk Hessen wird seit 2011 gefördert. Bis 2014 war die Koordination bei der Stadt Frankfurt "
            "angesiedelt, seit 2015 liegt sie beim Verein Lernbrücke e.V.")  # fmt: skip
    assert ("Stadt Frankfurt", "Lernbrücke e.V.") not in _ties(text, "hostedBy")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Die Koordination des IQ Netzwerks Hessen liegt beim Verein Lernbrücke e.V.",
         ("IQ Landesnetzwerk Hessen", "Lernbrücke e.V.")),
        ("Die Trägerschaft des Projekts „Lotsen Kassel“ liegt seit 2017 beim Diakonischen Werk Kassel.",
         ("Lotsen Kassel", "Diakonisches Werk Kassel")),
        ("Die Koordination beim IQ Netzwerk Hessen liegt seit 2015 beim Verein Lernbrücke e.V.",
         ("IQ Landesnetzwerk Hessen", "Lernbrücke e.V.")),
    ],
)  # fmt: skip
def test_the_unit_named_between_the_noun_and_its_verb_is_carried(text: str, fact: tuple[str, str]) -> None:
    assert fact in _ties(text, "hostedBy")


# ---------------------------------------------------------------- a passive's carried unit named in its own clause


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Das Projekt „Lotsenhaus“ wird von der Stadt Gera gefördert, während das Projekt „Brückenbau“ beim Verein "
         "Lernort e.V. angesiedelt ist.", ("Brückenbau", "Lernort e.V."), ("Lotsenhaus", "Lernort e.V.")),
        ("Das Projekt „Lotsenhaus“ berät in Gera, und die Beratungsstelle „Brückenbau“ wird von der Diakonie Gera "
         "durchgeführt.", ("Beratungsstelle „Brückenbau“", "Diakonie Gera"), ("Lotsenhaus", "Diakonie Gera")),
        ("Das Projekt „Lotsenhaus“ lief 2019 aus, aber das Projekt „Brückenbau“ wird weiter von der Caritas Gera "
         "umgesetzt.", ("Brückenbau", "Caritas Gera"), ("Lotsenhaus", "Caritas Gera")),
    ],
)  # fmt: skip
def test_the_carried_unit_is_named_in_the_passive_s_own_clause(
    text: str, right: tuple[str, str], wrong: tuple[str, str]
) -> None:
    hosts = _ties(text, "hostedBy")
    assert right in hosts
    assert wrong not in hosts


def test_a_pronoun_clause_leaves_the_unit_named_before() -> None:
    text = "Das Projekt „Lotsenhaus“ startet im Mai, und es wird von der Diakonie Gera umgesetzt."
    assert ("Lotsenhaus", "Diakonie Gera") in _ties(text, "hostedBy")
