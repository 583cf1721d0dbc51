"""Who pays for a unit, said in more constructions: a relative clause, a noun standing for the unit, a funding
noun without its funded; invented sentences in several variants."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _funders(text: str, funded: str) -> set[str]:
    return {o for s, p, o in facts_of("Titel\n\n" + text).relations if s == funded and p == "fundedBy"}


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lotsenhaus“ in Fulda, das vom Land Hessen gefördert wird, öffnet im Mai.",
        "Die Stiftung Lernwege e.V. setzt das Projekt „Lotsenhaus“ um, welches seit 2030 aus Mitteln des Landes "
        "Hessen finanziert wurde.",
        "Im Mai öffnet das Projekt „Lotsenhaus“ der Stiftung Lernwege e.V., das durch das Land Hessen "
        "kofinanziert worden ist.",
    ],
)
def test_a_relative_clause_names_the_funders_of_its_antecedent(body: str) -> None:
    assert _funders(body, "Lotsenhaus") == {"Land Hessen"}


@pytest.mark.parametrize(
    "body",
    [
        "Die Stiftung Lernwege e.V., die vom Land Hessen gefördert wird, berät in Fulda.",
        "Das Projekt „Lotsenhaus“ kooperiert mit dem Treffpunkt Sonnenweg, der vom Land Hessen gefördert wird.",
        "Das Projekt „Lotsenhaus“ berät Menschen, die vom Land Hessen gefördert werden.",
    ],
)
def test_a_relative_clause_about_something_else_names_no_funding_of_the_project(body: str) -> None:
    assert _funders(body, "Lotsenhaus") == set()


@pytest.mark.parametrize(
    "second",
    [
        "Finanziert wird das Angebot durch die Stadt Fulda.",
        "Gefördert wird dieses Vorhaben aus Mitteln der Stadt Fulda.",
        "Kofinanziert wird die Initiative von der Stadt Fulda.",
    ],
)
def test_a_fronted_participle_with_a_noun_standing_for_the_unit_named_before(second: str) -> None:
    assert _funders("In Fulda berät das Projekt „Lotsenhaus“. " + second, "Lotsenhaus") == {"Stadt Fulda"}


@pytest.mark.parametrize(
    "second",
    [
        "Die Förderung erfolgt durch die Stadt Fulda.",
        "Die Kofinanzierung übernimmt die Stadt Fulda.",
        "Dank der Finanzierung aus Mitteln der Stadt Fulda kann es bis 2031 arbeiten.",
    ],
)
def test_a_funding_noun_without_its_funded_means_the_unit_named_before(second: str) -> None:
    assert _funders("In Fulda berät das Projekt „Lotsenhaus“. " + second, "Lotsenhaus") == {"Stadt Fulda"}


@pytest.mark.parametrize(
    "second",
    [
        "Die Förderung von Frauen durch die Stadt Fulda ist ein Ziel.",
        "Für die Förderung der Kurse ist die Stadt Fulda zuständig.",
        "Ein Ziel ist die Förderung junger Menschen.",
    ],
)
def test_a_funding_noun_with_another_object_is_no_funding_of_the_unit(second: str) -> None:
    assert _funders("In Fulda berät das Projekt „Lotsenhaus“. " + second, "Lotsenhaus") == set()


@pytest.mark.parametrize(
    ("body", "funded", "funder"),
    [
        (
            "Das IQ Netzwerk Hessen des Bundesministeriums für Arbeit und Soziales berät in Kassel.",
            "IQ Landesnetzwerk Hessen",
            "Bundesministerium für Arbeit und Soziales",
        ),
        (
            "In Fulda öffnet das Projekt „Lotsenhaus“ des Hessischen Ministeriums für Soziales und Integration.",
            "Lotsenhaus",
            "Hessisches Ministerium für Soziales und Integration",
        ),
        (
            "Wir danken dem Modellprojekt „Lotsenhaus“ des Musterministeriums für Arbeit für die Hilfe.",
            "Lotsenhaus",
            "Musterministerium für Arbeit",
        ),
    ],
)
def test_a_ministry_in_the_genitive_of_a_network_or_project_pays_for_it(
    body: str, funded: str, funder: str
) -> None:
    assert _funders(body, funded) == {funder}


@pytest.mark.parametrize(
    "body",
    [
        "Die Leiterin des Projekts „Lotsenhaus“ der Stiftung Lernwege e.V. sprach in Fulda.",
        "Das Projekt „Lotsenhaus“ der Stadt Fulda berät Zugewanderte.",
        "Im Projekt „Lotsenhaus“ des Vereins Brückenbau e.V. beraten zwei Fachkräfte.",
    ],
)
def test_a_body_in_the_genitive_of_a_project_does_not_pay_for_it(body: str) -> None:
    assert _funders(body, "Lotsenhaus") == set()


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lotsenhaus“ wird von der Stadt Fulda finanziell unterstützt.",
        "Die Stadt Fulda unterstützt das Projekt „Lotsenhaus“ seit 2030 finanziell.",
        "Seit dem Frühjahr unterstützte die Stadt Fulda das Projekt „Lotsenhaus“ auch finanziell.",
    ],
)
def test_financial_support_is_funding(body: str) -> None:
    assert _funders(body, "Lotsenhaus") == {"Stadt Fulda"}


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lotsenhaus“ wird von der Stadt Fulda unterstützt.",
        "Die Stadt Fulda unterstützt das Projekt „Lotsenhaus“ bei der Suche nach Räumen.",
        "Die Stadt Fulda unterstützt das Projekt „Lotsenhaus“, finanziell ist es unabhängig.",
    ],
)
def test_support_not_said_to_be_financial_is_no_funding(body: str) -> None:
    assert _funders(body, "Lotsenhaus") == set()


@pytest.mark.parametrize(
    ("body", "funder"),
    [
        (
            "Aus Mitteln des Europäischen Sozialfonds wird das Projekt „Lotsenhaus“ gefördert.",
            "Europäischer Sozialfonds",
        ),
        (
            "Mit Mitteln der Stadt Fulda wurde das Projekt „Lotsenhaus“ im Jahr 2030 finanziert.",
            "Stadt Fulda",
        ),
        (
            "Durch das Musterministerium für Arbeit werden das Projekt „Lotsenhaus“ und weitere Angebote gefördert.",
            "Musterministerium für Arbeit",
        ),
    ],
)
def test_the_funders_opening_a_passive_sentence(body: str, funder: str) -> None:
    assert _funders(body, "Lotsenhaus") == {funder}


@pytest.mark.parametrize(
    ("body", "funded", "funder"),
    [
        (
            "Das Förderprogramm „Wege in Arbeit“ ist ein Programm des Musterministeriums für Arbeit.",
            "Wege in Arbeit",
            "Musterministerium für Arbeit",
        ),
        (
            "Das Programm „Wege in Arbeit“ war ein Bundesprogramm der Bundesagentur für Arbeit.",
            "Wege in Arbeit",
            "Bundesagentur für Arbeit",
        ),
        (
            "Als Landesprogramm des Hessischen Ministeriums für Soziales und Integration startet das Programm „Wege "
            "in Arbeit“.",
            "Wege in Arbeit",
            "Hessisches Ministerium für Soziales und Integration",
        ),
    ],
)
def test_a_programme_said_to_be_a_bodys_is_funded_by_it(body: str, funded: str, funder: str) -> None:
    assert _funders(body, funded) == {funder}


@pytest.mark.parametrize(
    ("body", "funder"),
    [
        ("Das Projekt „Lotsenhaus“ wird mit Förderung des Landes Thüringen umgesetzt.", "Land Thüringen"),
        ("Mit Mitteln der Stadt Fulda berät das Projekt „Lotsenhaus“ seit 2030.", "Stadt Fulda"),
        (
            "Das Projekt „Lotsenhaus“ arbeitet mit der Finanzierung durch die Stadt Fulda weiter.",
            "Stadt Fulda",
        ),
    ],
)
def test_a_funding_phrase_with_mit(body: str, funder: str) -> None:
    assert _funders(body, "Lotsenhaus") == {funder}


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lotsenhaus“ wird im Auftrag der Stadt Fulda durchgeführt.",
        "Die Stiftung Lernwege e.V. setzt im Auftrag der Stadt Fulda das Projekt „Lotsenhaus“ um.",
        "Im Auftrag der Stadt Fulda berät das Projekt „Lotsenhaus“ Betriebe.",
    ],
)
def test_work_commissioned_by_a_payer(body: str) -> None:
    assert _funders(body, "Lotsenhaus") == {"Stadt Fulda"}


def test_a_body_working_on_commission_is_not_funded() -> None:
    f = facts_of("Titel\n\nDie Stiftung Lernwege e.V. berät im Auftrag der Stadt Fulda.")
    assert not any(p == "fundedBy" for _, p, _ in f.relations)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen ist Teil des Förderprogramms „Wege in Arbeit“, das vom Musterministerium für Arbeit "
        "gefördert wird.",
        "Das IQ Netzwerk Hessen gehört zum Förderprogramm „Wege in Arbeit“, welches aus Mitteln des "
        "Musterministeriums für Arbeit finanziert wird.",
        "Das IQ Netzwerk Hessen ist seit 2030 ein Teil des Förderprogramms „Wege in Arbeit“, das durch das "
        "Musterministerium für Arbeit kofinanziert wird.",
    ],
)
def test_a_passive_inside_a_relative_clause_funds_the_antecedent_not_the_subject(body: str) -> None:
    assert _funders(body, "Wege in Arbeit") == {"Musterministerium für Arbeit"}
    assert _funders(body, "IQ Landesnetzwerk Hessen") == set()


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lotsenhaus“ wird gefördert im Rahmen des Programms „Wege in Arbeit“ durch die Stadt Fulda.",
        "Das Projekt „Lotsenhaus“ wurde finanziert in den Jahren 2030 bis 2032 von der Stadt Fulda.",
        "Das Projekt „Lotsenhaus“ wird kofinanziert seit 2030 aus Mitteln der Stadt Fulda.",
    ],
)
def test_the_funders_after_a_phrase_that_follows_the_participle(body: str) -> None:
    # (and the programme the project is funded in, where the phrase names one)
    assert _funders(body, "Lotsenhaus") - {"Wege in Arbeit"} == {"Stadt Fulda"}


@pytest.mark.parametrize(
    "body",
    [
        "Die Stadt Fulda und das Land Hessen finanzieren das Projekt „Lotsenhaus“ gemeinsam.",
        "Seit 2030 fördern die Stadt Fulda und das Land Hessen das Projekt „Lotsenhaus“.",
        "Die Stadt Fulda sowie das Land Hessen förderten das Projekt „Lotsenhaus“ drei Jahre lang.",
    ],
)
def test_a_plural_verb_has_every_payer_coordinated_as_its_subject(body: str) -> None:
    assert _funders(body, "Lotsenhaus") == {"Stadt Fulda", "Land Hessen"}


def test_a_singular_verb_has_one_payer() -> None:
    body = "Die Stadt Fulda fördert das Projekt „Lotsenhaus“, das Land Hessen berät es."
    assert _funders(body, "Lotsenhaus") == {"Stadt Fulda"}


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lotsenhaus“ ist eines von zehn Angeboten im IQ Netzwerk Hessen, die vom Land Hessen "
        "gefördert werden.",
        "Es gibt Kurse beim IQ Netzwerk Hessen, die aus Mitteln der Stadt Fulda finanziert wurden.",
        "Zu den Partnern des IQ Netzwerks Hessen, die durch das Land Hessen gefördert werden, zählt die Stadt Fulda.",
    ],
)
def test_a_plural_relative_clause_does_not_refer_to_one_name(body: str) -> None:
    assert _funders(body, "IQ Landesnetzwerk Hessen") == set()


def test_a_plural_relative_clause_refers_to_coordinated_names() -> None:
    body = "Sie berät mit den Projekten „Lotsenhaus“ und „Brückenbau“, die vom Land Hessen gefördert werden."
    f = facts_of("Titel\n\n" + body)
    assert {s for s, p, o in f.relations if p == "fundedBy" and o == "Land Hessen"} == {
        "Lotsenhaus",
        "Brückenbau",
    }


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lotsenhaus“ profitiert von Mitteln des Landes Hessen.",
        "Das Projekt „Lotsenhaus“ profitierte seit 2030 von Fördermitteln der Stadt Fulda.",
        "Auch das Projekt „Lotsenhaus“ profitiert von den Mitteln aus dem Europäischen Sozialfonds.",
    ],
)
def test_profiting_from_a_payers_money(body: str) -> None:
    assert len(_funders(body, "Lotsenhaus")) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Förderer des Projekts „Lotsenhaus“ ist die Stadt Fulda.",
        "Die Stadt Fulda ist seit 2030 Geldgeberin des Projekts „Lotsenhaus“.",
        "Die Stadt Fulda ist ein wichtiger Zuwendungsgeber des Projekts „Lotsenhaus“.",
    ],
)
def test_a_funder_noun_with_the_funded_in_its_genitive(body: str) -> None:
    assert _funders(body, "Lotsenhaus") == {"Stadt Fulda"}


@pytest.mark.parametrize(
    ("second", "funder"),
    [
        ("Fördermittelgeber ist die Stadt Fulda.", "Stadt Fulda"),
        ("Geldgeber waren die Stadt Fulda und das Land Hessen.", "Stadt Fulda"),
        (
            "Gefördert durch: Musterministerium für Arbeit, Europäischer Sozialfonds",
            "Musterministerium für Arbeit",
        ),
    ],
)
def test_a_funder_noun_without_the_funded_means_the_unit_named_before(second: str, funder: str) -> None:
    assert funder in _funders("In Fulda berät das Projekt „Lotsenhaus“. " + second, "Lotsenhaus")


def test_thanks_to_funders_names_no_funder() -> None:
    body = "Petra Beispiel dankte den Förderern des Projekts „Lotsenhaus“ in der Stadt Fulda."
    assert _funders(body, "Lotsenhaus") == set()


@pytest.mark.parametrize(
    ("body", "funder"),
    [
        ("Das ESF-geförderte Projekt „Lotsenhaus“ berät in Fulda.", "Europäischer Sozialfonds"),
        (
            "In Fulda berät das BMAS-finanzierte Projekt „Lotsenhaus“.",
            "Bundesministerium für Arbeit und Soziales",
        ),
        ("Im Mai startet das ESF-kofinanzierte Modellprojekt „Lotsenhaus“.", "Europäischer Sozialfonds"),
    ],
)
def test_a_funder_as_the_first_part_of_a_compound_participle(body: str, funder: str) -> None:
    assert _funders(body, "Lotsenhaus") == {funder}


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lotsenhaus“ ist ein von der Stadt Fulda gefördertes Angebot.",
        "Das Projekt „Lotsenhaus“ war seit 2030 eine aus Mitteln der Stadt Fulda finanzierte Anlaufstelle.",
        "Das Projekt „Lotsenhaus“ ist eine staatlich durch die Stadt Fulda geförderte Beratung.",
    ],
)
def test_a_funding_attribute_in_a_predicate_noun_funds_the_subject(body: str) -> None:
    assert _funders(body, "Lotsenhaus") == {"Stadt Fulda"}


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lotsenhaus“ ist ein Partner der von der Stadt Fulda geförderten Stiftung Lernwege e.V.",
        "Das Projekt „Lotsenhaus“ ist ein Partner der von der Stadt Fulda geförderten Kurse.",
        "Das Projekt „Lotsenhaus“ ist ein Treffpunkt für die von der Stadt Fulda geförderten Familien.",
    ],
)
def test_a_funding_attribute_of_another_noun_in_the_predicate_is_not_the_subjects(body: str) -> None:
    assert _funders(body, "Lotsenhaus") == set()


@pytest.mark.parametrize(
    "second",
    [
        "Das Angebot, das von der Stadt Fulda gefördert wird, richtet sich an Zugewanderte.",
        "Für Betriebe gibt es das Beratungsangebot, welches aus Mitteln der Stadt Fulda finanziert wird.",
        "Sie lobte das Vorhaben, das durch die Stadt Fulda kofinanziert wird.",
    ],
)
def test_a_relative_clause_after_a_noun_standing_for_the_unit_named_before(second: str) -> None:
    assert _funders("In Fulda berät das Projekt „Lotsenhaus“. " + second, "Lotsenhaus") == {"Stadt Fulda"}


@pytest.mark.parametrize(
    "second",
    [
        "Finanziell beteiligt sich außerdem die Stadt Fulda.",
        "Die Stadt Fulda beteiligt sich seit 2030 finanziell.",
        "Auch die Stadt Fulda beteiligt sich an den Kosten.",
    ],
)
def test_a_body_taking_a_financial_part_pays_for_the_unit_named_before(second: str) -> None:
    assert _funders("In Fulda berät das Projekt „Lotsenhaus“. " + second, "Lotsenhaus") == {"Stadt Fulda"}


@pytest.mark.parametrize(
    "second",
    [
        "Die Stadt Fulda beteiligt sich an der Beratung.",
        "An der Planung beteiligt sich die Stadt Fulda.",
        "Die Stadt Fulda beteiligt sich am Austausch, finanziell hilft sie nicht.",
    ],
)
def test_taking_part_without_money_is_no_funding(second: str) -> None:
    assert _funders("In Fulda berät das Projekt „Lotsenhaus“. " + second, "Lotsenhaus") == set()


@pytest.mark.parametrize(
    "second",
    [
        "Die Förderung erfolgt außerdem durch die Stadt Fulda.",
        "Es wird zudem von der Stadt Fulda gefördert.",
        "Finanziell beteiligt sich auch die Stadt Fulda.",
    ],
)
def test_a_fund_named_before_is_not_what_a_later_funding_phrase_means(second: str) -> None:
    first = "Das Projekt „Lotsenhaus“ erhält Mittel aus dem Europäischen Sozialfonds. "
    f = facts_of("Titel\n\n" + first + second)
    assert ("Europäischer Sozialfonds", "fundedBy", "Stadt Fulda") not in f.relations
    assert ("Lotsenhaus", "fundedBy", "Stadt Fulda") in f.relations


@pytest.mark.parametrize(
    "second",
    [
        "Möglich wird das durch eine Förderung des Landes Hessen.",
        "Dank der finanziellen Unterstützung des Landes Hessen ist die Beratung kostenlos.",
        "Die Kofinanzierung des Landes Hessen sichert die Arbeit bis 2033.",
    ],
)
def test_a_funding_noun_with_a_public_payer_in_its_genitive_funds_the_unit_named_before(second: str) -> None:
    assert _funders("In Fulda berät das Projekt „Lotsenhaus“. " + second, "Lotsenhaus") == {"Land Hessen"}


@pytest.mark.parametrize(
    "body",
    [
        "Mit finanzieller Unterstützung des Landes Hessen startet das Projekt „Lotsenhaus“ in Fulda.",
        "Das Projekt „Lotsenhaus“ erhält seit 2031 eine Förderung des Landes Hessen.",
        "Dank einer Förderung des Landes Hessen kann das Projekt „Lotsenhaus“ weiter beraten.",
    ],
)
def test_a_funding_noun_with_a_public_payer_funds_the_unit_its_sentence_names(body: str) -> None:
    assert _funders(body, "Lotsenhaus") == {"Land Hessen"}


@pytest.mark.parametrize(
    "second",
    [
        "Die Förderung der Stadt Fulda durch das Land endet 2032.",  # the genitive is what is paid for
        "Die Förderung der Stiftung Lernwerk gGmbH endet 2032.",  # a body: payer or paid for, unclear
        "Die Unterstützung des Landes Hessen ist groß.",  # support, not said to be financial
    ],
)
def test_a_genitive_that_is_not_a_public_payer_names_no_funder(second: str) -> None:
    assert _funders("In Fulda berät das Projekt „Lotsenhaus“. " + second, "Lotsenhaus") == set()


@pytest.mark.parametrize(
    "second",
    [
        "Die Finanzierung übernehmen das Land Hessen und die Stadt Fulda.",
        "Die Kofinanzierung tragen das Land Hessen sowie die Stadt Fulda.",
        "Die Förderung übernahmen das Land Hessen und die Stadt Fulda gemeinsam.",
    ],
)
def test_every_payer_of_a_plural_taking_on_of_the_funding(second: str) -> None:
    funders = _funders("In Fulda berät das Projekt „Lotsenhaus“. " + second, "Lotsenhaus")
    assert funders == {"Land Hessen", "Stadt Fulda"}


def test_a_singular_taking_on_of_the_funding_names_its_one_payer() -> None:
    second = "Die Finanzierung übernimmt das Land Hessen, die Stadt Fulda stellt die Räume."
    assert _funders("In Fulda berät das Projekt „Lotsenhaus“. " + second, "Lotsenhaus") == {"Land Hessen"}
