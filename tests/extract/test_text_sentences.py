"""The sentence splitter: where a full stop ends a sentence and where it belongs to a name."""

from __future__ import annotations

import pytest

from iqgraph.extract.text.text import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Träger ist der „Lernhaus Weser e. V.“ (LHW) in Bremen. Das LHW berät.",
        "Sie arbeitet beim Verein „Brücken bauen e. V.“ (BBV) mit. Der BBV ist neu.",
        "Mitglied ist die „Werkstatt Ostsee e.V.“ (WO) aus Kiel. Die WO lädt ein.",
    ],
)
def test_a_legal_form_in_quotes_before_its_short_form_ends_no_sentence(text: str) -> None:
    first, second = texts(text)
    assert "(" in first and second.startswith("D")


@pytest.mark.parametrize(
    "text",
    [
        "Die Servicestelle „Beraten. Begleiten. Vermitteln“ öffnet in Halle. Sie ist neu.",
        "Das Motto „Ankommen. Arbeiten. Bleiben.“ gilt in Gera. Alle machen mit.",
        "Unter dem Titel »Lernen. Wachsen.« lud der Verein ein. Es kamen viele.",
    ],
)
def test_a_slogan_in_quotes_stays_in_its_sentence(text: str) -> None:
    assert len(texts(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Sie sagte: „Gut.“ Dann ging sie.",
        "Die Beratung beginnt im Mai. Das Team freut sich.",
        "„Wir sind bereit. Die Zahl der Anfragen wächst jeden Monat weiter, das zeigt den Bedarf“, sagte sie. Sie lacht.",
    ],
)
def test_sentence_ends_outside_short_quotes_still_split(text: str) -> None:
    assert len(texts(text)) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Der Fachtag findet in der Goethestr. 5 in Kassel statt. Einlass ist ab neun.",
        "Das Büro in der Kasseler Str. 12a ist offen. Termine gibt es sofort.",
        "Das Netzwerk hat rd. 40 Partner in Hessen. Weitere kommen dazu.",
    ],
)
def test_a_street_written_short_or_rd_before_a_number_ends_no_sentence(text: str) -> None:
    assert len(texts(text)) == 2


def test_a_street_written_short_at_a_sentence_end_still_ends_it() -> None:
    assert texts("Sie wohnt in der Hauptstr. Dort ist es ruhig.") == [
        "Sie wohnt in der Hauptstr.",
        "Dort ist es ruhig.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Am 5. Juni 2031 fand das 10. Netzwerktreffen in Kassel statt.",
        "Zum 25. Mal lud der Verein Lernwerk zum Sommerfest.",
        "Die Stiftung feierte ihren 12. Geburtstag mit einem Empfang.",
    ],
)
def test_a_two_digit_ordinal_after_an_article_ends_no_sentence(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_two_digit_number_closing_a_sentence_still_ends_it() -> None:
    assert [s.text for s in split_sentences("Es kamen 10. Danach ging es los.")] == [
        "Es kamen 10.",
        "Danach ging es los.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Das Projekt läuft beim Verein Lernwerk e. V. Bereits 2019 begann die Arbeit.",
        "Träger ist der Verein Brückenbau e.V. Seit Mai berät er auch in Fulda.",
        "Es lud der Förderverein Nord e. V. ein. Die Gäste kamen zahlreich.",
        "Die Stiftung und der Lernwerk e. V. Der Verein berät seit Jahren.",
    ],
)
def test_a_legal_form_before_a_new_clause_ends_the_sentence(text: str) -> None:
    assert len(texts(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein Lernwerk e. V. Kassel berät Zugewanderte.",
        "Der Verein Lernwerk e. V. (LW) berät Zugewanderte.",
        "Der Lernwerk e. V. Landesverband Hessen berät Zugewanderte.",
    ],
)
def test_a_legal_form_before_its_seat_short_form_or_branch_goes_on(text: str) -> None:
    assert len(texts(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Seit 2021 ist der Verein Sprachbrücke e. V. Mitglied im IQ Netzwerk Bayern.",
        "Nun wird die Werkhaus Süd gGmbH zusammen mit dem Lernort Ems e.V. Trägerin des Projekts.",
        "Künftig bleibt der Förderkreis Mitte e. V. Gastgeber der Fachtage in Gera.",
        "Im Herbst war der Bildungsverein Ost e.V. Ausrichter einer Tagung zur Anerkennung.",
        "Damit ist die Initiative Zukunft e. V. Partnerin von drei Jobcentern.",
        "Seit Mai sind der Lernort Ems e. V. und der Förderkreis Mitte e.V. Mitglieder im Verbund.",
    ],
)
def test_a_legal_form_before_a_predicate_role_noun_goes_on(text: str) -> None:
    assert len(texts(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Träger ist der Verein Sprachbrücke e. V. Partner sind die Städte Jena und Gera.",
        "Die Beratung leistet der Lernort Ems e.V. Mitglied im Netzwerk ist auch die Stadt Lingen.",
        "Es lädt der Förderkreis Mitte e. V. Gastgeber der Tagung war im Vorjahr die Stadt.",
        "Gegründet wurde das Projekt vom Bildungsverein Ost e. V. Die Beratung beginnt im Mai.",
        "Es berät der Lernort Ems e. V. Träger der Stellen in Lingen und Meppen ist die Stadt.",
    ],
)
def test_a_legal_form_before_a_role_noun_with_its_own_verb_ends_the_sentence(text: str) -> None:
    assert len(texts(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Träger ist die Lernwerk GmbH. Die Beratung beginnt im Mai.",
        "Es berät die Brückenbau Consulting GmbH. Bereits 2019 begann die Arbeit.",
        "Gastgeberin war die Werkhaus Nord GmbH & Co. KG. Rund 80 Gäste kamen.",
        "Den Zuschlag erhielt die Akademie Süd GmbH. Petra Beispiel leitet sie.",
    ],
)
def test_a_full_stop_after_gmbh_or_kg_ends_the_sentence(text: str) -> None:
    assert len(texts(text)) == 2


def test_co_before_kg_ends_no_sentence() -> None:
    assert texts("Die Werkhaus Nord GmbH & Co. KG berät Betriebe.") == [
        "Die Werkhaus Nord GmbH & Co. KG berät Betriebe."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Akademie bietet Kurse in der Abt. Pflege an.",
        "Das betrifft insbes. Pflegekräfte aus Drittstaaten.",
        "Die Förderung folgt Ziff. Drei der Richtlinie.",
        "Der Kurs ist zzt. Teil des Angebots in Gera.",
    ],
)
def test_more_abbreviations_before_a_capitalised_word_end_no_sentence(text: str) -> None:
    assert len(texts(text)) == 1
