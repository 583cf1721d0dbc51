"""Counts in shapes of German the earlier rounds did not read: relative clauses with "dessen"/"deren" and on bodies,
in sentences written for these tests (three or more variants a construction: word order, inflection, other
names)."""

from __future__ import annotations

import pytest
from test_extract_counts import counts_of, values_of

# ---------------------------------------------------------------- relative clauses


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die Kammer arbeitet eng mit dem IQ Netzwerk Bayern zusammen, dessen Beratungsstellen 2029 über "
            "4.000 Menschen berieten.",
            ("IQ Netzwerk Bayern", 4000),
        ),
        (
            "Gastgeber war das IQ Netzwerk Hessen, dessen elf Teilprojekte sich vorstellten.",
            ("IQ Netzwerk Hessen", 11),
        ),
        (
            "Der Verein Lernwerk e. V. arbeitet mit dem Projekt „Türöffner Nord“ zusammen, dessen Team seit "
            "dem Start rund 900 Fachkräfte begleitet hat.",
            ("Türöffner Nord", 900),
        ),
    ],
)
def test_a_genitive_relative_clause_counts_for_its_antecedent(body: str, expected: tuple[str, int]) -> None:
    found = values_of(body)
    assert expected in found
    assert not any(v == expected[1] and s != expected[0] for s, v in found)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Zu den Partnern zählt der Verein Lernwerk e. V., der zwölf Sprachmittlerinnen beschäftigt.",
            ("Lernwerk e. V.", 12),
        ),
        (
            "Eingeladen hatte die Handwerkskammer Oberfranken, die im Jahr 2029 rund 300 Anträge bearbeitet hat.",
            ("Handwerkskammer Oberfranken", 300),
        ),
        (
            "Dabei ist auch die Brückenbau gGmbH, welche seit 2025 über 1.500 Geflüchtete beraten hat.",
            ("Brückenbau gGmbH", 1500),
        ),
    ],
)
def test_a_relative_clause_on_a_body_counts_for_the_body(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        # the pronoun agrees with no name before the verb's particle
        "Die Kammer arbeitet eng mit dem IQ Netzwerk Bayern zusammen, deren Beratungsstellen 4.000 Menschen "
        "berieten.",
        "Das Netzwerk stellt die Handwerkskammer Oberfranken vor, dessen Team 4.000 Menschen beriet.",
        # more than one word between the name and the comma: the relative clause may be on something else
        "Die Kammer hat mit dem IQ Netzwerk Bayern einen Vertrag geschlossen, dessen Laufzeit 4.000 Menschen "
        "nützt.",
    ],
)
def test_no_antecedent_past_a_verb_without_agreement(body: str) -> None:
    found = values_of(body)
    assert ("IQ Netzwerk Bayern", 4000) not in found
    assert ("Handwerkskammer Oberfranken", 4000) not in found


# ---------------------------------------------------------------- a number standing for the figure before


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Berieten die Fachleute des IQ Netzwerks Hamburg 2028 noch gut 2.900 Menschen, so waren es 2029 "
            "bereits über 3.400.",
            ("IQ Netzwerk Hamburg", 3400),
        ),
        (
            "Das IQ Netzwerk Sachsen zählte im Vorjahr 420 Anerkennungen. Zuletzt waren es im Jahr 2030 schon 515.",
            ("IQ Netzwerk Sachsen", 515),
        ),
        (
            "Im IQ Netzwerk Bayern wurden 2027 rund 800 Anträge gestellt; 2028 waren es dann nur noch 610.",
            ("IQ Netzwerk Bayern", 610),
        ),
    ],
)
def test_a_year_and_adverbs_between_waren_es_and_the_number(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bayern hat 40 Betriebe beraten. Bis zur Prüfung sind es bereits nur noch 12 Wochen.",
        "Petra Beispiel hat 40 Betriebe besucht. 2029 waren es schon 55.",
        "Das IQ Netzwerk Bayern hat 40 Betriebe beraten. Damals waren es 2029 Menschen aus Syrien.",
    ],
)
def test_a_midfield_before_a_number_without_a_figure_or_with_a_noun_is_no_ellipsis(body: str) -> None:
    assert {v for _, v in values_of(body)} <= {40}


# ---------------------------------------------------------------- figure lists under a heading


@pytest.mark.parametrize(
    "heading",
    [
        "Die wichtigsten Zahlen im Überblick:",
        "Die Bilanz 2031 auf einen Blick",
        "Kennzahlen in Zahlen:",
    ],
)
def test_figures_under_a_heading_of_figures_naming_no_one_are_the_release_s_unit_s(heading: str) -> None:
    body = f"Das IQ Netzwerk Hamburg legt seinen Bericht vor.\n\n{heading}\n- Erstberatungen: 3.412\n- 85 Betriebe"
    assert {("IQ Netzwerk Hamburg", 3412), ("IQ Netzwerk Hamburg", 85)} <= values_of(body)


@pytest.mark.parametrize(
    "heading",
    [
        "Das IQ Netzwerk Hamburg in Zahlen:",
        "Die Bilanz des IQ Netzwerks Hamburg für 2031:",
        "Statistik des IQ Netzwerks Hamburg 2031:",
    ],
)
def test_a_heading_naming_one_owner_may_end_in_a_colon_when_it_announces_figures(heading: str) -> None:
    body = f"Das Jahr 2031 war ein gutes Jahr.\n\n{heading}\n- Erstberatungen: 3.412\n- 85 Betriebe"
    assert {("IQ Netzwerk Hamburg", 3412), ("IQ Netzwerk Hamburg", 85)} <= values_of(body)


@pytest.mark.parametrize(
    "heading",
    [
        "Kontakt beim IQ Netzwerk Hamburg:",
        "Wir danken dem IQ Netzwerk Hamburg:",
        "Die Zahlen im Überblick:",  # no network or project named in the release
    ],
)
def test_other_headings_with_a_colon_own_no_figures(heading: str) -> None:
    body = f"Im Jahr 2031 war viel los.\n\n{heading}\n- Erstberatungen: 3.412\n- 85 Betriebe"
    assert not values_of(body)


# ---------------------------------------------------------------- people taking part in a project now


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Startklar“ der Volkshochschule Heideland bereitet Pflegekräfte auf die Prüfung vor. "
            "Derzeit nehmen 24 Frauen und Männer teil.",
            ("Startklar", 24),
        ),
        (
            "Das Projekt „Brückenbau“ berät seit 2029 in Kassel. An den Kursen nehmen zurzeit 18 Pflegekräfte aus "
            "Drittstaaten teil.",
            ("Brückenbau", 18),
        ),
        (
            "Neu ist das Projekt „Lotsenhaus“. 31 Ingenieurinnen nehmen aktuell an der Qualifizierung teil.",
            ("Lotsenhaus", 31),
        ),
    ],
)
def test_people_taking_part_now_are_the_project_s_participants(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        # an event: its audience, not the project's
        "Das Projekt „Startklar“ lädt am 5. Mai zum Fachtag ein. Es nehmen rund 120 Fachleute teil.",
        # a network's release: no project's participants
        "Das IQ Netzwerk Hessen berät seit 2029 in Kassel. An den Kursen nehmen zurzeit 18 Pflegekräfte teil.",
        # someone else named in the sentence
        "Das Projekt „Startklar“ berät in Kassel. Am Kurs der Volkshochschule Heideland nehmen 24 Frauen teil.",
    ],
)
def test_taking_part_now_at_an_event_or_elsewhere_is_no_project_s(body: str) -> None:
    assert not any(s == "Startklar" and v in (24, 120) for s, v in values_of(body))
    assert ("IQ Netzwerk Hessen", 18) not in values_of(body)


# ---------------------------------------------------------------- a part of the figure before


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Weitblick“ hat seit 2029 bereits 530 Geflüchtete begleitet, 212 von ihnen fanden eine "
            "Stelle.",
            ("Weitblick", 212),
        ),
        (
            "Das IQ Netzwerk Hessen beriet 2030 rund 1.400 Menschen. Knapp 600 von ihnen hatten einen "
            "Hochschulabschluss.",
            ("IQ Netzwerk Hessen", 600),
        ),
        (
            "Im IQ Netzwerk Bayern wurden 2029 insgesamt 820 Anträge gestellt, 410 davon im Gesundheitswesen.",
            ("IQ Netzwerk Bayern", 410),
        ),
    ],
)
def test_a_part_of_the_figure_before_counts_for_its_subject(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        # no figure before with a subject
        "Petra Beispiel hat 40 Betriebe besucht, 12 von ihnen im Landkreis.",
        # no part: larger than the figure before
        "Das IQ Netzwerk Hessen beriet 2030 rund 400 Menschen. 900 von ihnen kamen wieder.",
        # the figure before is a year, no count
        "Seit 2029 gibt es das Projekt „Weitblick“. 12 von ihnen arbeiten in Kassel.",
    ],
)
def test_a_part_without_a_larger_figure_before_is_no_count(body: str) -> None:
    assert not {v for _, v in values_of(body)} & {12, 900}


# ---------------------------------------------------------------- firms taking part in an event


@pytest.mark.parametrize(
    "sentence",
    [
        "Es nahmen rund 80 Betriebe teil.",
        "Rund 80 Unternehmen aus der Region nahmen teil.",
        "Über 80 Firmen und Institutionen waren vor Ort dabei.",
    ],
)
def test_firms_taking_part_are_the_event_s_audience(sentence: str) -> None:
    body = (
        "Am 12. März 2031 fand in Kassel der Fachtag „Vielfalt wirkt“ des IQ Netzwerks Hessen statt. "
        + sentence
    )
    assert ("Fachtag „Vielfalt wirkt“", 80) in values_of(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "An der Umfrage des Netzwerks nahmen 300 Betriebe teil.",
        "Im vergangenen Jahr nahmen 300 Betriebe teil.",
        "An den Schulungen nahmen 300 Unternehmen teil.",
    ],
)
def test_firms_taking_part_in_something_else_are_no_audience(sentence: str) -> None:
    body = (
        "Am 12. März 2031 fand in Kassel der Fachtag „Vielfalt wirkt“ des IQ Netzwerks Hessen statt. "
        + sentence
    )
    assert ("Fachtag „Vielfalt wirkt“", 300) not in values_of(body)


# ---------------------------------------------------------------- money for the unit spoken of


@pytest.mark.parametrize(
    ("second", "value"),
    [
        ("Für die Laufzeit bis 2028 stehen rund 650.000 Euro zur Verfügung.", 650000),
        ("Die Fördersumme beträgt insgesamt 1,2 Millionen Euro.", 1200000),
        ("Gefördert wird es mit 480.000 € aus dem Europäischen Sozialfonds.", 480000),
    ],
)
def test_money_in_words_of_funding_naming_no_one_is_the_unit_s_spoken_of(second: str, value: int) -> None:
    body = "Das Projekt „Kompass“ des Vereins Lernwerk e. V. startet im Mai in Rostock. " + second
    assert ("Kompass", value) in values_of(body)


@pytest.mark.parametrize(
    "second",
    [
        # someone else named in the clause
        "Dem Verein Lernwerk e. V. stehen dafür 650.000 Euro zur Verfügung.",
        # nationwide money is no project's
        "Bundesweit stehen 650.000 Euro zur Verfügung.",
        # no words of funding
        "Die Kosten für Dolmetscher lagen zuletzt bei 650.000 Euro.",
    ],
)
def test_money_for_someone_else_or_nationwide_or_without_funding_is_not_the_unit_s(second: str) -> None:
    body = "Das Projekt „Kompass“ startet im Mai in Rostock. " + second
    assert ("Kompass", 650000) not in values_of(body)


# ---------------------------------------------------------------- a grouped number inside a clause's cue


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Brückenbau“ berät seit 2029 in Kassel. Es stehen 1.200 Plätze zur Verfügung.",
            ("Brückenbau", 1200),
        ),
        ("An dem Projekt „Brückenbau“ nehmen 1.045 Ärztinnen teil.", ("Brückenbau", 1045)),
        (
            "Das Projekt „Brückenbau“ berät seit 2029 in Kassel. An den Kursen nehmen zurzeit 1.018 Pflegekräfte "
            "teil.",
            ("Brückenbau", 1018),
        ),
    ],
)
def test_the_dot_of_a_grouped_number_does_not_end_the_clause_s_cue(
    body: str, expected: tuple[str, int]
) -> None:
    assert expected in values_of(body)


# ---------------------------------------------------------------- clients of whom they turned to


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "2.145 Ratsuchende wandten sich 2030 an das IQ Netzwerk Thüringen.",
            ("IQ Netzwerk Thüringen", 2145),
        ),
        (
            "Im vergangenen Jahr haben sich über 2.145 Menschen an das Projekt „Kompass“ gewandt.",
            ("Kompass", 2145),
        ),
        (
            "Beim IQ Netzwerk Thüringen ließen sich 2030 rund 2.145 Menschen beraten.",
            ("IQ Netzwerk Thüringen", 2145),
        ),
        (
            "Rund 2.145 Fachkräfte ließen sich 2030 beim Projekt „Kompass“ zu ihrer Anerkennung beraten.",
            ("Kompass", 2145),
        ),
    ],
)
def test_the_clients_of_whom_they_turned_to_or_were_advised_by(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "An das IQ Netzwerk Thüringen schrieben 2.145 Menschen Briefe.",
        "Beim IQ Netzwerk Thüringen informierten sich 2.145 Menschen im Internet über Kurse.",
        "Bei der Feier des IQ Netzwerks Thüringen tanzten 2.145 Menschen.",
    ],
)
def test_other_verbs_with_an_or_bei_give_no_clients(body: str) -> None:
    assert ("IQ Netzwerk Thüringen", 2145) not in values_of(body)


# ---------------------------------------------------------------- present with a few units


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das IQ Netzwerk Thüringen ist mit drei Standorten in Erfurt, Jena und Gera vertreten.",
            ("IQ Netzwerk Thüringen", 3),
        ),
        ("In Sachsen ist das Projekt „Kompass“ mit vier Büros präsent.", ("Kompass", 4)),
        (
            "Mit drei Beratungsstellen ist das IQ Netzwerk Thüringen in der Region vertreten.",
            ("IQ Netzwerk Thüringen", 3),
        ),
    ],
)
def test_a_few_units_a_subject_is_present_with(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Thüringen feierte mit drei Reden, vertreten war auch die Ministerin.",
        "Das IQ Netzwerk Thüringen ehrte den Betrieb mit drei Preisen.",
        "Das IQ Netzwerk Thüringen sprach mit drei Betrieben; vertreten waren Handwerk und Handel.",
    ],
)
def test_a_few_after_mit_without_being_present_are_one_act(body: str) -> None:
    assert ("IQ Netzwerk Thüringen", 3) not in values_of(body)


# ---------------------------------------------------------------- "im Land" for the one Land named


@pytest.mark.parametrize(
    "body",
    [
        "Die Beratung in Sachsen-Anhalt wächst. Im Land gibt es derzeit neun Anerkennungsberatungsstellen.",
        "In Sachsen-Anhalt wird viel beraten. Derzeit bestehen im ganzen Land neun Anlaufstellen.",
        "Für Sachsen-Anhalt meldet die Statistik Zuwächse. Inzwischen arbeiten im Land neun Beratungsstellen.",
    ],
)
def test_im_land_stands_for_the_one_land_the_release_names(body: str) -> None:
    assert ("Sachsen-Anhalt", 9) in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        # two Länder named: which one is unsure
        "Sachsen und Thüringen bauen die Beratung aus. Im Land gibt es derzeit neun Beratungsstellen.",
        # no Land named as a place
        "Die Stadt Kassel baut die Beratung aus. Im Land gibt es derzeit neun Beratungsstellen.",
        # a Land named after "im Land" is itself the container
        "In Sachsen wird viel beraten. Im Land Bremen gibt es derzeit neun Beratungsstellen.",
    ],
)
def test_im_land_without_one_land_named_stands_for_none(body: str) -> None:
    found = values_of(body)
    assert ("Sachsen", 9) not in found
    assert ("Thüringen", 9) not in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Das IQ Netzwerk Hessen beschäftigt im Team acht Beraterinnen.", ("IQ Netzwerk Hessen", 8)),
        ("Das IQ Netzwerk Hessen bot im Sommer neun Kurse an.", ("IQ Netzwerk Hessen", 9)),
        ("Das IQ Netzwerk Hessen zählte im Frühjahr sieben neue Partner.", ("IQ Netzwerk Hessen", 7)),
    ],
)
def test_a_number_word_after_a_noun_is_no_label_s_number(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen berät in Raum 12 Geflüchtete.",
        "Das IQ Netzwerk Hessen lädt zum Kongress 2031 Fachleute ein.",
        "Das IQ Netzwerk Hessen berät in Gebäude 7 Zugewanderte.",
    ],
)
def test_a_digit_after_a_bare_noun_stays_a_label_s_number(body: str) -> None:
    assert not values_of(body)


# ---------------------------------------------------------------- by way of a project or network


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Fast 70 Pflegekräfte haben in den vergangenen zwei Jahren über das Projekt „Pflege ankommen“ eine "
            "Stelle gefunden.",
            ("Pflege ankommen", 70),
        ),
        ("Dank des Projekts „Pflege ankommen“ fanden 70 Pflegekräfte eine Stelle.", ("Pflege ankommen", 70)),
        (
            "Über das IQ Netzwerk Brandenburg wurden 2030 rund 70 Fachkräfte in Arbeit vermittelt.",
            ("IQ Netzwerk Brandenburg", 70),
        ),
        (
            "Mit Hilfe des Projekts „Pflege ankommen“ konnten 70 Frauen ihre Anerkennung erreichen.",
            ("Pflege ankommen", 70),
        ),
    ],
)
def test_people_s_figure_reached_by_way_of_a_project_is_its(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Die Ministerin sprach über das Projekt „Pflege ankommen“ mit 70 Schülern.",
        "Über das Projekt „Pflege ankommen“ flossen 70.000 Euro an die Kliniken.",
        "Die Zeitung berichtete über das Projekt „Pflege ankommen“ und 70 Kliniken.",
    ],
)
def test_ueber_without_a_verb_of_finding_or_money_is_no_way_of(body: str) -> None:
    assert not any(s == "Pflege ankommen" and v in (70, 70000) for s, v in values_of(body))


# ---------------------------------------------------------------- a second count after a dative preposition


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das IQ Netzwerk Thüringen ist mit drei Standorten und zwölf Teilprojekten vertreten.",
            ("IQ Netzwerk Thüringen", "Teilprojekte", 12),
        ),
        (
            "Das Projekt „Kompass“ arbeitet mit elf Kliniken und 24 Pflegeheimen zusammen.",
            ("Kompass", "Pflegeheime", 24),
        ),
        (
            "Das IQ Netzwerk Thüringen ist an acht Standorten sowie in 14 Beratungsräumen präsent.",
            ("IQ Netzwerk Thüringen", "Beratungsräume", 14),
        ),
    ],
)
def test_a_count_joined_to_one_in_the_dative_is_stored_in_the_nominative(
    body: str, expected: tuple[str, str, int]
) -> None:
    assert expected in counts_of(body)


def test_a_count_joined_to_one_in_the_nominative_stays_as_written() -> None:
    found = counts_of("Das IQ Netzwerk Thüringen hat 12 Teilprojekte und arbeitet mit 30 Betrieben.")
    assert ("IQ Netzwerk Thüringen", "Teilprojekte", 12) in found


# ---------------------------------------------------------------- the writer's own figures


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Unser Team hat 2030 über 300 Ratsuchende begleitet.", 300),
        ("Gemeinsam mit unseren 14 Partnern beraten wir Zugewanderte.", 14),
        ("Unsere zwölf Beraterinnen sprechen acht Sprachen.", 12),
    ],
)
def test_our_team_and_our_figures_are_the_release_s_unit_s(second: str, expected: int) -> None:
    body = "Das Projekt „Türöffner Nord“ berät in Kassel. " + second
    assert ("Türöffner Nord", expected) in values_of(body)


@pytest.mark.parametrize(
    "second",
    [
        # a quotation: the speaker's "unsere" may be another body's
        "„Unsere 14 Partnerbetriebe sind begeistert“, sagt eine Sprecherin.",
        # a body named in the sentence
        "Die Handwerkskammer Kassel lobt die Arbeit: Unsere 14 Betriebe profitieren.",
        # the team of someone named
        "Das Team der Handwerkskammer Kassel hat 14 Betriebe besucht.",
    ],
)
def test_ours_in_a_quotation_or_beside_another_body_is_not_the_unit_s(second: str) -> None:
    body = "Das Projekt „Türöffner Nord“ berät in Kassel. " + second
    assert ("Türöffner Nord", 14) not in values_of(body)


# ---------------------------------------------------------------- an insertion between dashes, a figure before "("


@pytest.mark.parametrize(
    "body",
    [
        "Mehr als 2.300 Beratungen – so viele wie nie zuvor – hat das IQ Netzwerk Hessen 2030 durchgeführt.",
        "Das IQ Netzwerk Hessen hat 2030 – trotz vieler Krankheitsfälle – mehr als 2.300 Beratungen durchgeführt.",
        "Über 2.300 Beratungen — ein neuer Rekord — führte das IQ Netzwerk Hessen im Jahr 2030 durch.",
    ],
)
def test_an_insertion_between_two_dashes_does_not_end_the_clause(body: str) -> None:
    assert ("IQ Netzwerk Hessen", 2300) in values_of(body)


def test_a_count_inside_an_insertion_between_dashes_is_read_in_it() -> None:
    body = "Der Fachtag – rund 300 Gäste kamen – war ein Erfolg, sagte die Ministerin dem IQ Netzwerk Hessen."
    assert ("IQ Netzwerk Hessen", 300) not in values_of(body)


@pytest.mark.parametrize(
    "second",
    [
        "Die Zahl der Beratungen stieg 2030 auf 2.345 (2029: 2.100).",
        "Die Zahl der Ratsuchenden lag 2030 bei 2.345 (Vorjahr: 2.100).",
        "Die Zahl der Anträge ist auf 2.345 (Stand: Juni 2030) gestiegen.",
    ],
)
def test_a_zahl_der_figure_before_a_parenthesis(second: str) -> None:
    assert ("IQ Netzwerk Hessen", 2345) in values_of("Das IQ Netzwerk Hessen zieht Bilanz. " + second)


# ---------------------------------------------------------------- subprojects in the network's Land


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das IQ Netzwerk Hessen berät Zugewanderte. In Hessen arbeiten 21 Teilprojekte an 14 Standorten.",
            ("IQ Netzwerk Hessen", 21),
        ),
        (
            "Das IQ Netzwerk Sachsen-Anhalt wächst. In Sachsen-Anhalt gibt es inzwischen neun Teilprojekte.",
            ("IQ Netzwerk Sachsen-Anhalt", 9),
        ),
        (
            "Seit 2029 berät das IQ Netzwerk Bayern. In ganz Bayern sind zwölf Teilprojekte aktiv.",
            ("IQ Netzwerk Bayern", 12),
        ),
    ],
)
def test_subprojects_in_the_land_of_the_release_s_network_are_the_network_s(
    body: str, expected: tuple[str, int]
) -> None:
    found = values_of(body)
    assert expected in found
    assert not any(v == expected[1] and s != expected[0] for s, v in found)


@pytest.mark.parametrize(
    ("body", "land"),
    [
        # another Land's subprojects
        ("Das IQ Netzwerk Hessen berät Zugewanderte. In Sachsen arbeiten 21 Teilprojekte.", "Sachsen"),
        # not subprojects: the Land's own figure
        ("Das IQ Netzwerk Hessen berät Zugewanderte. In Hessen wurden 21 Anträge gestellt.", "Hessen"),
        # "Sachsen" is no part of "Sachsen-Anhalt"
        ("Das IQ Netzwerk Sachsen-Anhalt wächst. In Sachsen gibt es 21 Teilprojekte.", "Sachsen"),
    ],
)
def test_other_figures_or_lands_stay_the_land_s(body: str, land: str) -> None:
    assert (land, 21) in values_of(body)
