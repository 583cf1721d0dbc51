"""Which projects a release places in its network, on invented sentences: where the text calls one project a
Teilprojekt of the network, the other projects it names are not the network's by default, unless one is
"ein weiteres Angebot" of them; a network the projects only cooperate with ("in Kooperation mit dem IQ
Netzwerk X") holds none of them."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _part_of(body: str) -> set[tuple[str, str]]:
    relations = facts_of("Neues aus der Region\n\n" + body).relations
    return {(s, o) for s, p, o in relations if p == "partOf"}


@pytest.mark.parametrize(
    ("body", "placed", "other", "network"),
    [
        (
            "Die Beratungsstelle Anerkennung Nordhessen ist ein Teilprojekt des IQ Netzwerks Hessen. "
            "Daneben bietet der Verein Lernwerk e. V. das Projekt „Brücke Pflege“ an.",
            "Beratungsstelle Anerkennung Nordhessen",
            "Brücke Pflege",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Mit dem Projekt „Werkstatt Zukunft“ begleitet die Stiftung Musterweg junge Geflüchtete. "
            "Zum IQ Netzwerk Sachsen gehört dagegen die Beratungsstelle Anerkennung Leipzig.",
            "Beratungsstelle Anerkennung Leipzig",
            "Werkstatt Zukunft",
            "IQ Netzwerk Sachsen",
        ),
        (
            "Im Projekt „Startbahn Technik“ der Volkshochschule Muster lernen zwölf Frauen. Die Kontaktstelle "
            "Anerkennung Erfurt gehört seit 2021 zum IQ Netzwerk Thüringen.",
            "Kontaktstelle Anerkennung Erfurt",
            "Startbahn Technik",
            "IQ Netzwerk Thüringen",
        ),
    ],
)
def test_a_project_the_text_places_in_the_network_leaves_the_others_out(
    body: str, placed: str, other: str, network: str
) -> None:
    part_of = _part_of(body)
    assert (placed, network) in part_of
    assert (other, network) not in part_of


@pytest.mark.parametrize(
    ("body", "further", "network"),
    [
        (
            "Die Beratungsstelle Anerkennung Nordhessen ist ein Teilprojekt des IQ Netzwerks Hessen. "
            "Ein weiteres Angebot ist das Projekt „Startbahn Technik“ der Volkshochschule Muster.",
            "Startbahn Technik",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Die Lotsenstelle Anerkennung Leipzig gehört zum IQ Netzwerk Sachsen. Das zweite Teilprojekt, "
            "„Brücke Pflege“, bereitet Pflegekräfte auf die Kenntnisprüfung vor.",
            "Brücke Pflege",
            "IQ Netzwerk Sachsen",
        ),
        (
            "Die Kontaktstelle Anerkennung Erfurt ist Teil des IQ Netzwerks Thüringen. Als weiteres "
            "Angebot startet im Mai die Qualifizierung „Werkstatt Zukunft“.",
            "Werkstatt Zukunft",
            "IQ Netzwerk Thüringen",
        ),
    ],
)
def test_one_more_of_the_network_s_offers_is_the_network_s_too(body: str, further: str, network: str) -> None:
    assert (further, network) in _part_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Der Verein Lernwerk e. V. lud in Kooperation mit dem IQ Netzwerk Hessen zum Fachtag ein. Am Stand "
        "stellte sich das Projekt „Brücke Pflege“ des Vereins vor.",
        "In Zusammenarbeit mit dem IQ Netzwerk Sachsen richtet die Stiftung Musterweg eine Messe aus. Dort "
        "wirbt das Projekt „Werkstatt Zukunft“ um Betriebe.",
        "Das Projekt „Startbahn Technik“ der Volkshochschule Muster zeigt seine Arbeit. Die Ausstellung "
        "entstand in Kooperation mit dem IQ Netzwerk Thüringen.",
    ],
)
def test_a_network_named_only_as_a_cooperation_partner_holds_no_project(body: str) -> None:
    assert not _part_of(body) - {(s, o) for s, o in _part_of(body) if "Qualifizierung" in o}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Zum IQ Netzwerk Sachsen gehören die Beratungsstelle Anerkennung Leipzig und das Projekt "
            "„Brücke Pflege“.",
            {
                ("Beratungsstelle Anerkennung Leipzig", "partOf", "IQ Netzwerk Sachsen"),
                ("Brücke Pflege", "partOf", "IQ Netzwerk Sachsen"),
            },
        ),
        (
            "Seit Jahren arbeitet die Region eng zusammen; zum IQ Netzwerk Thüringen gehört seit 2019 "
            "auch das Projekt „Werkstatt Zukunft“.",
            {("Werkstatt Zukunft", "partOf", "IQ Netzwerk Thüringen")},
        ),
        (
            "Zum Programm Integration durch Qualifizierung (IQ) gehören das IQ Netzwerk Hessen und das "
            "Projekt „Brücke Pflege“.",
            {
                ("IQ Landesnetzwerk Hessen", "partOf", "Integration durch Qualifizierung"),
                ("Brücke Pflege", "partOf", "Integration durch Qualifizierung"),
            },
        ),
    ],
)
def test_the_whole_opening_the_clause_holds_the_parts_after_its_verb(
    body: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= facts_of("Neues aus der Region\n\n" + body).relations


@pytest.mark.parametrize(
    ("body", "network"),
    [
        (
            "Aus dem ESF Plus fördert das Land drei Projekte. Die Mittel des ESF Plus fließen in Kurse. Das "
            "Programm „Integration durch Qualifizierung (IQ)“ setzt im Land das IQ Netzwerk Hessen um.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Das IQ Netzwerk Sachsen berät Betriebe. Der Asyl-, Migrations- und Integrationsfonds (AMIF) "
            "bezahlt zwei Kurse, der AMIF auch eine Beratung. Auch das Förderprogramm Integration durch "
            "Qualifizierung ist vertreten.",
            "IQ Netzwerk Sachsen",
        ),
        (
            "Der Europäische Sozialfonds Plus (ESF Plus) trägt viele Angebote; aus dem ESF Plus kommen "
            "auch die Mittel für das IQ Netzwerk Thüringen im Programm Integration durch Qualifizierung (IQ).",
            "IQ Netzwerk Thüringen",
        ),
    ],
)
def test_a_network_stays_the_programme_s_where_another_programme_is_named_more_often(
    body: str, network: str
) -> None:
    assert (network, "Integration durch Qualifizierung") in _part_of(body)


@pytest.mark.parametrize(
    ("body", "unit", "place"),
    [
        (
            "Die IQ Qualifizierungsberatung berät seit März auch in Gotha.",
            "IQ Qualifizierungsberatung",
            "Gotha",
        ),
        ("Die IQ-Anerkennungsberatung berät künftig auch in Suhl.", "IQ Anerkennungsberatung", "Suhl"),
        (
            "Die IQ Qualifizierungsbegleitung begleitet Frauen in Jena.",
            "IQ Qualifizierungsbegleitung",
            "Jena",
        ),
    ],
)
def test_a_bare_iq_service_opening_the_sentence_works_where_it_says(body: str, unit: str, place: str) -> None:
    relations = facts_of("Neues aus der Region\n\n" + body).relations
    assert (unit, "locatedIn", place) in relations
    assert (unit, "partOf", "Integration durch Qualifizierung") in relations


@pytest.mark.parametrize(
    ("body", "network"),
    [
        (
            "Teilprojekte im IQ Netzwerk Hessen:\n\n– Brücke Pflege (Träger: Lernwerk e. V.)\n"
            "– Werkstatt Zukunft (Träger: Stiftung Musterweg)\n\nAußerhalb des Netzwerks berät das Land selbst.",
            "IQ Landesnetzwerk Hessen",
        ),
        (
            "Zum IQ Netzwerk Sachsen gehören derzeit folgende Teilprojekte:\n• Brücke Pflege\n• Werkstatt Zukunft\n\n"
            "Außerhalb des Netzwerks arbeitet eine Beratung der Stadt.",
            "IQ Netzwerk Sachsen",
        ),
        (
            "Das Netzwerk arbeitet eng mit dem Land zusammen. Die Teilprojekte des IQ Netzwerks Thüringen:\n"
            "- Brücke Pflege (Träger: Lernwerk e. V.)\n- Werkstatt Zukunft (Träger: Stiftung Musterweg)\n\n"
            "Außerhalb des Netzwerks gibt es weitere Hilfen.",
            "IQ Netzwerk Thüringen",
        ),
    ],
)
def test_the_projects_listed_under_a_network_s_lead_in_are_its_own(body: str, network: str) -> None:
    part_of = _part_of(body)
    assert {("Brücke Pflege", network), ("Werkstatt Zukunft", network)} <= part_of


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen kooperiert mit folgenden Projekten:\n– Brücke Pflege (Träger: Lernwerk e. V.)\n",
        "Partnerprojekte des IQ Netzwerks Sachsen:\n• Brücke Pflege (Träger: Lernwerk e. V.)\n\n"
        "Außerhalb des Netzwerks arbeitet eine Beratung der Stadt.",
        "Projekte außerhalb des IQ Netzwerks Thüringen:\n1. Brücke Pflege – Träger: Lernwerk e. V.\n",
    ],
)
def test_a_list_of_a_network_s_partners_holds_no_part(body: str) -> None:
    assert not any(s == "Brücke Pflege" for s, _ in _part_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Anker Beruf“ der Stiftung Musterweg begleitet Geflüchtete. Bei Fragen zur Anerkennung "
        "verweist es an die Beratungsstelle des IQ Netzwerks Hessen.",
        "Im Projekt „Anker Beruf“ lernen zwölf Frauen. Wer einen Abschluss mitbringt, wird an das IQ Netzwerk "
        "Sachsen vermittelt.",
        "Mit „Anker Beruf“ bietet der Verein Lernwerk e. V. Kurse an. Die Teilnehmenden verweist der Verein bei "
        "Bedarf an die Anerkennungsberatung im IQ Netzwerk Thüringen.",
    ],
)
def test_a_network_people_are_sent_on_to_holds_no_project(body: str) -> None:
    assert not any(s == "Anker Beruf" for s, _ in _part_of(body))


@pytest.mark.parametrize(
    ("body", "whole"),
    [
        (
            "Das Projekt „Anker Beruf“ startet im Mai. Es gehört zum Landesprogramm „Gute Arbeit“.",
            "Gute Arbeit",
        ),
        (
            "Die Beratungsstelle Anerkennung Kiel öffnet am Montag. Sie ist Teil des IQ Netzwerks "
            "Schleswig-Holstein.",
            "IQ Netzwerk Schleswig-Holstein",
        ),
        (
            "Seit 2024 läuft das Projekt „Anker Beruf“ im Kreis. Es gehört zum ESF-Plus-Programm „Neue Wege“.",
            "Neue Wege",
        ),
    ],
)
def test_a_pronoun_opening_the_sentence_places_the_unit_before_it(body: str, whole: str) -> None:
    part_of = _part_of(body)
    assert any(o == whole for _, o in part_of)
    assert not any("Sozialfonds" in o for _, o in part_of)


@pytest.mark.parametrize(
    "body",
    [
        "Mit dem Projekt „Anker Beruf“ startet die Volkshochschule Muster ein Angebot. Es wird über das "
        "Bundesprogramm KompAS gefördert. Beim Auftakt war auch das IQ Netzwerk Hessen dabei.",
        "Das Projekt „Anker Beruf“ wird aus dem Landesprogramm „Gute Arbeit“ finanziert. Gäste kamen vom IQ "
        "Netzwerk Sachsen.",
        "Das Projekt „Anker Beruf“ des Vereins Lernwerk e. V. gehört zum Bundesprogramm „Neue Chancen“. Auch "
        "Fachleute des IQ Netzwerks Thüringen stellten sich vor.",
    ],
)
def test_a_project_of_another_programme_is_not_the_sole_network_s(body: str) -> None:
    assert not any(s == "Anker Beruf" and "Netzwerk" in o for s, o in _part_of(body))


def test_a_project_paid_from_a_fund_stays_the_sole_network_s() -> None:
    body = (
        "Das IQ Netzwerk Hessen stellt sich vor. Das Projekt „Anker Beruf“ der Volkshochschule Muster wird aus "
        "Mitteln des Europäischen Sozialfonds Plus gefördert."
    )
    assert ("Anker Beruf", "IQ Landesnetzwerk Hessen") in _part_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Im Rahmen der ESF-Plus-Förderrichtlinie „Fachkräfte sichern“ berät die Beratungsstelle Anerkennung Kiel.",
        "Die Beratungsstelle Anerkennung Kiel arbeitet im Rahmen des ESF-Plus-Programms „Neue Wege“.",
        "Die Beratungsstelle Anerkennung Kiel ist Teil des AMIF-Programms „Gute Arbeit“.",
    ],
)
def test_a_fund_opening_a_programme_s_compound_is_not_the_whole(body: str) -> None:
    assert not any("Sozialfonds" in o or "Integrationsfonds" in o for _, o in _part_of(body))
