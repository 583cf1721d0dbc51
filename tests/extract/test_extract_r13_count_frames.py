"""Counts in verb frames and sentence shapes of round 13's construction matrix: taking part said with "sich
beteiligen" or "sich anmelden", a standing share in a body, ranges, the neuter pronoun "Es" for a project, and the
topic of the sentence before when a project is its subject (sentences written for these tests, three or more
variants a construction)."""

from __future__ import annotations

import pytest
from test_extract_counts import counts_of, values_of

# ---------------------------------------------------------------- taking part in an event

_EVENT = "Am 5. Mai 2031 fand die Konferenz „Wege in Arbeit“ des IQ Netzwerks Bremen statt. "


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (_EVENT + "Rund 200 Fachleute beteiligten sich an der Konferenz.", 200),
        (_EVENT + "An der Konferenz beteiligten sich mehr als 140 Gäste aus Betrieben und Kammern.", 140),
        (
            "Die Fachtagung „Vielfalt zählt“ des IQ Netzwerks Hessen fand am 2. Juni 2030 in Kassel statt. "
            "Etwa 90 Teilnehmerinnen und Teilnehmer beteiligten sich an den Diskussionen.",
            90,
        ),
        (_EVENT + "Über 300 Besucherinnen und Besucher hatten sich angemeldet.", 300),
        (_EVENT + "Für die Konferenz haben sich 250 Personen angemeldet.", 250),
    ],
)
def test_people_who_took_part_or_signed_up_are_the_events_audience(body: str, value: int) -> None:
    found = values_of(body)
    assert any(v == value and s.startswith(("Konferenz", "Fachtagung")) for s, v in found)
    assert not any(v == value and "Netzwerk" in s for s, v in found)


# ---------------------------------------------------------------- a standing share in a body


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Etwa 80 Betriebe beteiligen sich am IQ Netzwerk Thüringen.", ("IQ Netzwerk Thüringen", 80)),
        ("Am IQ Netzwerk Sachsen sind zwölf Träger beteiligt.", ("IQ Netzwerk Sachsen", 12)),
        ("Am Projekt „Werkbank Süd“ beteiligen sich neun Kliniken aus der Region.", ("Werkbank Süd", 9)),
        (
            "Am Projekt „Pflege plus“ des IQ Netzwerks Bayern beteiligen sich mehr als 30 Betriebe.",
            ("Pflege plus", 30),
        ),
    ],
)
def test_what_has_a_share_in_a_body_is_that_bodys(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


def test_a_share_in_a_study_is_no_count_of_a_body() -> None:
    body = "An der Umfrage beteiligten sich 400 Betriebe. Das IQ Netzwerk Thüringen hatte sie beauftragt."
    assert not any(v == 400 for _, v in values_of(body))


# ---------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Sachsen beriet 2030 400 bis 500 Unternehmen.",
        "Das IQ Netzwerk Sachsen berät jährlich 400 – 500 Betriebe.",
        "Das IQ Netzwerk Sachsen berät jedes Jahr zwischen 400 und 500 Unternehmen.",
        "Das Projekt „Werkbank Süd“ begleitet jährlich zwischen zwanzig und dreißig Fachkräfte.",
    ],
)
def test_a_range_is_no_figure(body: str) -> None:
    assert not any(v in (400, 500, 20, 30) for _, v in values_of(body))


def test_a_figure_after_a_list_of_figures_is_still_counted() -> None:
    body = "Das IQ Netzwerk Sachsen hat 2030 rund 6.000 Beratungen und 400 Kurse durchgeführt."
    assert {("IQ Netzwerk Sachsen", 6000), ("IQ Netzwerk Sachsen", 400)} <= values_of(body)


# ---------------------------------------------------------------- "Es" for a project


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Werkbank Süd“ im IQ Netzwerk Sachsen begleitet zugewanderte Ärztinnen. Es hat seit "
            "2028 240 Ärztinnen beraten.",
            ("Werkbank Süd", 240),
        ),
        (
            "Das Projekt „Brücke Ost“ gehört zum IQ Netzwerk Hessen. Es berät jedes Jahr rund 80 Pflegekräfte.",
            ("Brücke Ost", 80),
        ),
        (
            "Das Bildungswerk Musterstadt ist Partner im IQ Netzwerk Sachsen. Es beschäftigt 45 Lehrkräfte.",
            ("Bildungswerk Musterstadt", 45),
        ),
    ],
)
def test_es_stands_for_the_neuter_unit_before(body: str, expected: tuple[str, int]) -> None:
    found = values_of(body)
    assert expected in found
    assert not any(v == expected[1] and s != expected[0] for s, v in found)


@pytest.mark.parametrize(
    "body",
    [
        # two units in the sentence before, both before the verb's object: which one is unsure
        "Das IQ Netzwerk Sachsen unterhält das Projekt „Werkbank Süd“. Es hat 2030 über 3.000 Menschen beraten.",
        # "Es" cannot stand for a feminine unit
        "Die Beratungsstelle „Anerkennung Ost“ gehört zum IQ Netzwerk Sachsen. Es hat 2030 über 3.000 Menschen "
        "beraten.",
        # a person named before may be meant
        "Petra Beispiel leitet das Projekt „Werkbank Süd“. Es hat seit 2028 240 Ärztinnen beraten.",
    ],
)
def test_es_without_a_neuter_unit_gives_no_subject(body: str) -> None:
    assert not any(v in (40, 3000, 240) and "Netzwerk" in s for s, v in values_of(body))


# ---------------------------------------------------------------- the topic of the sentence before


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Werkbank Süd“ des IQ Netzwerks Sachsen berät zugewanderte Ärztinnen. Im vergangenen "
            "Jahr wurden 350 Beratungen durchgeführt.",
            ("Werkbank Süd", 350),
        ),
        (
            "Die Beratungsstelle „Anerkennung Ost“ des IQ Netzwerks Thüringen ist in Erfurt angesiedelt. Seit "
            "2028 wurden dort über 1.200 Anträge begleitet.",
            ("Beratungsstelle „Anerkennung Ost“", 1200),
        ),
        (
            "Das Teilprojekt „Brücke Ost“ des IQ Landesnetzwerks Hessen richtet sich an Pflegekräfte. Bislang "
            "wurden 95 Pflegekräfte beraten.",
            ("Brücke Ost", 95),
        ),
    ],
)
def test_a_project_subject_before_its_networks_genitive_is_the_topic(
    body: str, expected: tuple[str, int]
) -> None:
    found = values_of(body)
    assert expected in found
    assert not any(v == expected[1] and "Netzwerk" in s for s, v in found)


def test_a_network_subject_stays_the_topic() -> None:
    body = (
        "Das IQ Netzwerk Sachsen unterhält das Projekt „Werkbank Süd“. Im vergangenen Jahr wurden 350 "
        "Beratungen durchgeführt."
    )
    assert ("Werkbank Süd", 350) not in values_of(body)


# ---------------------------------------------------------------- an event noun before the owner's genitive


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Der Jahresempfang des IQ Netzwerks Sachsen am 4. April 2031 brachte rund 180 Akteure zusammen.",
            180,
        ),
        ("Die Fachtagung des IQ Netzwerks Hessen am 9. Mai 2030 brachte über 120 Fachleute zusammen.", 120),
        (
            "Am 3. März 2031 brachte die Jahrestagung des IQ Landesnetzwerks Bayern 240 Expertinnen und Experten "
            "zusammen.",
            240,
        ),
    ],
)
def test_an_occasion_bringing_people_together_counts_its_audience(body: str, value: int) -> None:
    found = values_of(body)
    assert any(v == value and not s.startswith("IQ") for s, v in found)
    assert not any(v == value and s.startswith("IQ") for s, v in found)


@pytest.mark.parametrize(
    "body",
    [
        "Der Jahresempfang des IQ Netzwerks Sachsen am 4. April 2031 richtete sich an 180 Fachleute.",
        "Die Fachtagung des IQ Netzwerks Hessen am 9. Mai 2030 wandte sich an rund 120 Personalverantwortliche.",
        "Das Symposium des Projekts „Werkbank Süd“ am 2. Juni 2031 sprach 90 Unternehmen an.",
    ],
)
def test_a_figure_of_an_event_is_no_figure_of_its_organiser(body: str) -> None:
    assert not any(s.startswith(("IQ", "Werkbank")) for s, _ in values_of(body))


# ---------------------------------------------------------------- some of an owner's things, a shortage


@pytest.mark.parametrize(
    "body",
    [
        "Ministerin Petra Beispiel besuchte am Montag drei Projekte des IQ Netzwerks Sachsen.",
        "Staatssekretär Jan Muster lernte dabei vier Teilprojekte des IQ Netzwerks Hessen kennen.",
        "Am Nachmittag stellte Anna Probe zwei Teilprojekte des IQ Landesnetzwerks Bayern vor.",
    ],
)
def test_a_persons_handful_of_a_networks_projects_is_no_count_of_them(body: str) -> None:
    assert not values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ministerin Petra Beispiel besuchte die drei Teilprojekte des IQ Netzwerks Sachsen.", 3),
        ("Die zwölf Teilprojekte des IQ Netzwerks Hessen stellte Anna Probe vor.", 12),
        ("Jan Muster lobte alle 14 Teilprojekte des IQ Netzwerks Bremen.", 14),
    ],
)
def test_all_of_a_networks_projects_stay_its_count(body: str, expected: int) -> None:
    assert any(s.startswith("IQ") and v == expected for s, v in values_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "In Deutschland fehlen laut IQ Netzwerk Sachsen 400.000 Fachkräfte pro Jahr.",
        "Nach Angaben des IQ Netzwerks Hessen fehlen bundesweit seit Jahren 300.000 Pflegekräfte.",
        "Dem IQ Netzwerk Bremen zufolge fehlen im Jahr 2030 rund 20.000 Fachkräfte.",
    ],
)
def test_a_shortage_a_network_reports_is_no_tally_of_it(body: str) -> None:
    assert not any(s.startswith("IQ") for s, _ in values_of(body))


# ---------------------------------------------------------------- "wir" in a quotation: the speaker's unit


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "„Wir haben seit 2028 über 500 Menschen beraten“, sagte Petra Beispiel, Leiterin des Projekts "
            "„Werkbank Süd“.",
            ("Werkbank Süd", 500),
        ),
        (
            "„Im vergangenen Jahr haben wir rund 1.200 Ratsuchende begleitet“, berichtet Jan Muster vom IQ "
            "Netzwerk Hessen.",
            ("IQ Netzwerk Hessen", 1200),
        ),
        (
            "„Wir konnten 2030 mehr als 80 Betriebe gewinnen“, so Anna Probe, Geschäftsführerin der Lernwerk "
            "gGmbH.",
            ("Lernwerk gGmbH", 80),
        ),
    ],
)
def test_we_in_a_quotation_is_the_speakers_unit(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        # two units after the quotation: whose is unsure
        "„Wir haben 500 Menschen beraten“, sagte Petra Beispiel vom IQ Netzwerk Hessen und dankte der "
        "Handwerkskammer Kassel.",
        # the quotation closes its sentence: no words of who spoke in it
        "„Wir haben 500 Menschen beraten.“ Das sagte Petra Beispiel vom IQ Netzwerk Hessen.",
        # no "wir": the quotation's subject is someone else
        "„Die Betriebe haben 500 Fachkräfte eingestellt“, sagte Jan Muster vom IQ Netzwerk Bremen.",
    ],
)
def test_a_quotation_without_one_speakers_unit_gives_no_subject(body: str) -> None:
    assert not any(v == 500 and s.startswith("IQ") for s, v in values_of(body))


# ---------------------------------------------------------------- money and course tallies of the topic before


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Werkbank Süd“ des IQ Netzwerks Sachsen startete 2028. Das Gesamtbudget beläuft sich "
            "auf 3 Mio. Euro.",
            ("Werkbank Süd", 3_000_000),
        ),
        (
            "Das Projekt „Brücke Ost“ des IQ Netzwerks Hessen läuft seit 2029. Das Projektvolumen liegt bei rund "
            "2,4 Millionen Euro.",
            ("Brücke Ost", 2_400_000),
        ),
        (
            "Das Projekt „Pflege plus“ des IQ Netzwerks Bayern begann im Mai. Die Gesamtfördersumme beträgt "
            "450.000 Euro.",
            ("Pflege plus", 450_000),
        ),
    ],
)
def test_a_compound_funding_noun_gives_the_topics_money(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


def test_a_towns_budget_is_no_count() -> None:
    body = (
        "Die Stadt Musterhausen hat ihren Haushalt beschlossen. Das Gesamtvolumen beträgt 400 Millionen Euro."
    )
    assert not values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Werkbank Süd“ des IQ Netzwerks Sachsen startete 2028. Bislang haben 30 Absolventinnen "
            "den Kurs erfolgreich abgeschlossen.",
            ("Werkbank Süd", 30),
        ),
        (
            "Das Projekt „Brücke Ost“ begleitet Pflegekräfte. Seit dem Start haben 45 Pflegekräfte die "
            "Qualifizierung absolviert.",
            ("Brücke Ost", 45),
        ),
        (
            "Das Projekt „Pflege plus“ bereitet auf die Kenntnisprüfung vor. Insgesamt 60 Ärztinnen und Ärzte "
            "haben das Programm bisher abgeschlossen.",
            ("Pflege plus", 60),
        ),
    ],
)
def test_those_who_completed_a_projects_course_are_its_tally(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


# ---------------------------------------------------------------- scale words written short


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Das IQ Netzwerk Sachsen erhält 3,5 Mio Euro.", 3_500_000),
        ("Das IQ Netzwerk Hessen erhält bis 2030 rund 800 Tsd. Euro.", 800_000),
        ("Für das IQ Netzwerk Bremen stehen 1,2 Mrd Euro bereit.", 1_200_000_000),
        ("Das IQ Netzwerk Bayern erhält 650 Tsd Euro aus dem Landeshaushalt.", 650_000),
    ],
)
def test_a_short_scale_word_multiplies_the_amount(body: str, value: int) -> None:
    values = {v for _, v in values_of(body)}
    assert value in values
    assert not values & {3, 800, 1, 650}


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Sachsen erhält 3 Mio.",
        "Das IQ Netzwerk Hessen bekam 2 Millionen.",
        "Das IQ Netzwerk Bremen rechnet mit 40 Tausend.",
    ],
)
def test_a_scale_word_is_no_counted_noun(body: str) -> None:
    assert not values_of(body)


# ---------------------------------------------------------------- a tally going on, "dazu", "dort"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das IQ Netzwerk Sachsen blickt zurück. Im Jahr 2030 wurden 4.000 Menschen beraten. Außerdem wurden "
            "im selben Jahr 30 Veranstaltungen durchgeführt.",
            ("IQ Netzwerk Sachsen", 30),
        ),
        (
            "Das Projekt „Werkbank Süd“ gibt es seit 2028. Seitdem wurden 400 Ärztinnen beraten. Bislang wurden "
            "zudem 35 Kurse angeboten.",
            ("Werkbank Süd", 35),
        ),
        (
            "Die Beratungsstelle „Anerkennung Ost“ des IQ Netzwerks Thüringen zieht Bilanz. Seit 2029 wurden dort "
            "1.100 Anträge begleitet. Insgesamt wurden seitdem 640 Betriebe informiert.",
            ("Beratungsstelle „Anerkennung Ost“", 640),
        ),
    ],
)
def test_a_tally_going_on_from_the_tally_before_shares_its_subject(
    body: str, expected: tuple[str, int]
) -> None:
    assert expected in values_of(body)


def test_a_tally_after_a_sentence_naming_a_body_is_not_carried_on() -> None:
    body = (
        "Das IQ Netzwerk Sachsen blickt zurück. Im Jahr 2030 wurden 4.000 Menschen beraten. Die Handwerkskammer "
        "Leipzig lobte die Arbeit. Insgesamt wurden im Jahr 30 Preise verliehen."
    )
    assert ("IQ Netzwerk Sachsen", 30) not in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das IQ Netzwerk Sachsen besteht seit 2005. Heute gehören 30 Partner dazu.",
            ("IQ Netzwerk Sachsen", 30),
        ),
        (
            "Das Projekt „Werkbank Süd“ startete 2029. Mittlerweile sind 14 Kliniken beteiligt.",
            ("Werkbank Süd", 14),
        ),
        (
            "Das IQ Netzwerk Hessen wurde 2011 gegründet. Derzeit arbeiten dort 60 Fachkräfte.",
            ("IQ Netzwerk Hessen", 60),
        ),
    ],
)
def test_dazu_and_dort_stand_for_the_unit_before(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


def test_dazu_after_a_sentence_about_a_body_gives_no_network_count() -> None:
    body = (
        "Die Handwerkskammer Leipzig ist Partner des IQ Netzwerks Sachsen. Heute gehören 3.000 Betriebe dazu."
    )
    assert ("IQ Netzwerk Sachsen", 3000) not in values_of(body)


# ---------------------------------------------------------------- a sentence breaking off into a list


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das IQ Netzwerk Sachsen hat im Jahr 2030:\n- 4.000 Menschen beraten,\n- 250 Personen qualifiziert "
            "und\n- 30 Veranstaltungen durchgeführt.",
            {("IQ Netzwerk Sachsen", 4000), ("IQ Netzwerk Sachsen", 250), ("IQ Netzwerk Sachsen", 30)},
        ),
        (
            "Die Beratungsstelle „Anerkennung Ost“ konnte seit 2028:\n• rund 900 Anträge begleiten\n• 120 Betriebe "
            "informieren",
            {("Beratungsstelle „Anerkennung Ost“", 900), ("Beratungsstelle „Anerkennung Ost“", 120)},
        ),
        (
            "Projekt „Werkbank Süd“ erreichte bis Ende 2031:\n– 640 Ärztinnen und Ärzte\n– 45 Kliniken",
            {("Werkbank Süd", 640), ("Werkbank Süd", 45)},
        ),
    ],
)
def test_the_subject_of_a_sentence_broken_into_a_list_owns_its_figures(
    body: str, expected: set[tuple[str, int]]
) -> None:
    assert expected <= values_of(body)


def test_a_persons_words_before_a_list_give_no_owner() -> None:
    body = "Petra Beispiel vom IQ Netzwerk Sachsen erklärt:\n- 4.000 Menschen warten auf einen Bescheid."
    assert ("IQ Netzwerk Sachsen", 4000) not in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Werkbank Süd“ des IQ Netzwerks Sachsen berät Ärztinnen. Seit 2028 wurden 730 Beratungen "
            "geführt. Das Gesamtbudget beläuft sich auf 1,4 Mio Euro.",
            ("Werkbank Süd", 1_400_000),
        ),
        (
            "Das IQ Netzwerk Hessen blickt zurück. Im Jahr 2030 wurden 5.000 Menschen beraten. Dafür standen rund "
            "2 Millionen Euro zur Verfügung.",
            ("IQ Netzwerk Hessen", 2_000_000),
        ),
        (
            "Die Beratungsstelle „Anerkennung Ost“ gibt es seit 2027. Bislang wurden dort 900 Anträge begleitet. "
            "Die Fördersumme beträgt 320.000 Euro.",
            ("Beratungsstelle „Anerkennung Ost“", 320_000),
        ),
    ],
)
def test_money_after_a_tally_is_for_the_tallys_unit(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


# ---------------------------------------------------------------- a counted subject's genitive owner


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die rund 40 Beraterinnen des IQ Netzwerks Sachsen führten 2030 über 6.000 Gespräche.",
            ("IQ Netzwerk Sachsen", 6000),
        ),
        (
            "Die 12 Beraterinnen und Berater des IQ Netzwerks Hessen begleiteten 2029 rund 2.400 Ratsuchende.",
            ("IQ Netzwerk Hessen", 2400),
        ),
        (
            "Die Lotsinnen und Lotsen des Projekts „Werkbank Süd“ haben seit 2028 mehr als 700 Pflegekräfte "
            "beraten.",
            ("Werkbank Süd", 700),
        ),
    ],
)
def test_the_figure_of_a_subject_with_a_qualified_number_or_a_pair_is_its_owners(
    body: str, expected: tuple[str, int]
) -> None:
    assert expected in values_of(body)


def test_a_pair_of_bodies_before_a_genitive_is_no_phrase_of_one_owner() -> None:
    body = "Die Ministerin und der Präsident der Handwerkskammer Kassel lobten 2030 rund 300 Betriebe."
    assert not any(v == 300 for _, v in values_of(body))


# ---------------------------------------------------------------- "über" after a name


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ("Seit 2028 hat das IQ Netzwerk Thüringen über 900 Menschen beraten.", "Menschen (über)"),
        ("2030 beriet die Handwerkskammer Kassel über 300 Betriebe.", "Betriebe (über)"),
        ("Im Jahr 2029 zählte das IQ Landesnetzwerk Bayern über 40 Partner.", "Partner (über)"),
    ],
)
def test_ueber_after_a_name_is_more_than(body: str, what: str) -> None:
    assert what in {w for _, w, _ in counts_of(body)}


def test_ueber_after_a_noun_gives_an_amount() -> None:
    body = "Das IQ Netzwerk Thüringen erhielt einen Förderbescheid über 1,2 Millionen Euro."
    assert ("IQ Netzwerk Thüringen", "Euro", 1_200_000) in counts_of(body)


# ---------------------------------------------------------------- turning to an owner's units


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "An die Beratungsstellen des IQ Netzwerks Sachsen wandten sich 2030 über 6.200 Ratsuchende.",
            ("IQ Netzwerk Sachsen", 6200),
        ),
        (
            "Bei den Anlaufstellen des IQ Netzwerks Hessen meldeten sich im Jahr 2029 rund 3.100 Fachkräfte.",
            ("IQ Netzwerk Hessen", 3100),
        ),
        (
            "An den Kursen des Projekts „Werkbank Süd“ nahmen seit 2028 mehr als 600 Pflegekräfte teil.",
            ("Werkbank Süd", 600),
        ),
    ],
)
def test_people_turning_to_an_owners_units_are_its_figure(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


def test_people_at_an_event_of_an_owner_are_not_its_figure() -> None:
    body = "An der Tagung des IQ Netzwerks Sachsen nahmen am 3. Mai 2030 rund 200 Fachleute teil."
    assert ("IQ Netzwerk Sachsen", 200) not in values_of(body)


# ---------------------------------------------------------------- the event's audience with its article


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Das IQ Netzwerk Sachsen lud am 4. April 2031 zu seinem Jahresempfang. Die 180 Gäste erlebten ein "
            "vielseitiges Programm.",
            180,
        ),
        (
            "Am 9. Juni 2030 fand die Fachtagung „Wege in Arbeit“ des IQ Netzwerks Hessen statt. Die rund 120 "
            "Besucherinnen und Besucher erwartete ein dichtes Programm.",
            120,
        ),
        (
            "Die Konferenz „Arbeit hat Zukunft“ des IQ Netzwerks Bremen fand am 2. Mai 2031 statt. Für die 90 "
            "Gäste gab es anschließend einen Empfang.",
            90,
        ),
    ],
)
def test_the_audience_with_its_article_after_an_event_is_the_events(body: str, value: int) -> None:
    found = values_of(body)
    assert any(v == value and not s.startswith("IQ") for s, v in found)


def test_the_participants_of_a_project_are_no_events_audience() -> None:
    body = (
        "Das Projekt „Werkbank Süd“ des IQ Netzwerks Sachsen qualifiziert Pflegekräfte. Die 150 Teilnehmenden "
        "erhalten ein Zertifikat."
    )
    assert not values_of(body)


# ---------------------------------------------------------------- a relative clause opened by a preposition


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Werkbank Süd“ gehört zum IQ Netzwerk Sachsen, in dem 30 Partner zusammenarbeiten.",
            ("IQ Netzwerk Sachsen", 30),
        ),
        (
            "Das Projekt „Brücke Ost“ gehört zum IQ Netzwerk Hessen, zu dem 14 Teilprojekte gehören.",
            ("IQ Netzwerk Hessen", 14),
        ),
        (
            "Die Kammer arbeitet mit dem IQ Netzwerk Bremen zusammen, an dem sich rund 40 Betriebe beteiligen.",
            ("IQ Netzwerk Bremen", 40),
        ),
    ],
)
def test_a_relative_clause_after_a_preposition_counts_for_its_antecedent(
    body: str, expected: tuple[str, int]
) -> None:
    found = values_of(body)
    assert expected in found
    assert not any(v == expected[1] and s != expected[0] for s, v in found)


def test_in_dem_before_a_noun_opens_no_relative_clause() -> None:
    body = "Das IQ Netzwerk Sachsen lädt ins Rathaus ein, in dem Saal finden 200 Gäste Platz."
    assert ("IQ Netzwerk Sachsen", 200) not in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Seit 2028 hat das Projekt „Werkbank Süd“ insgesamt 45 Kurse organisiert, an denen 600 Personen "
            "teilnahmen.",
            ("Werkbank Süd", 600),
        ),
        (
            "Das Projekt „Brücke Ost“ bot 2030 zwölf Seminare an, an denen rund 180 Pflegekräfte teilnahmen.",
            ("Brücke Ost", 180),
        ),
        (
            "Das IQ Netzwerk Bremen führte 2029 30 Sprachkurse durch, an denen über 400 Beschäftigte teilnahmen.",
            ("IQ Netzwerk Bremen", 400),
        ),
    ],
)
def test_a_tally_in_a_relative_clause_after_the_participle_is_the_owners(
    body: str, expected: tuple[str, int]
) -> None:
    assert expected in values_of(body)
