"""Counts crossed with what a sentence hangs on them (round 14's interaction matrix): lists after a colon or in a
fact box, an event's audience in a relative clause or brought to a place, "es" after the verb, joint subjects, who
used a unit's offer, a participle attribute in the opening phrase, subordinate clauses and survey samples, a unit
named as the source, "wir" after a colon, "davon", a body after a fronted owner, a person named by a post, rates,
ratios and pages (sentences written for these tests, three or more variants a construction)."""

from __future__ import annotations

import pytest
from test_extract_counts import values_of

from iqgraph.extract import sentence_passes
from iqgraph.extract.counts.counts import CountFinding, CountScope, find_counts

# ---------------------------------------------------------------- participants in a list after a colon


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Werkstatt Zukunft“ in Zahlen: 240 Teilnehmerinnen, 35 Betriebe und 9 Kurse.",
            {("Werkstatt Zukunft", 240), ("Werkstatt Zukunft", 35), ("Werkstatt Zukunft", 9)},
        ),
        (
            "Das Projekt „Pflege plus“ hat Bilanz gezogen: 118 Teilnehmende, 22 Kliniken, 6 Lehrgänge.",
            {("Pflege plus", 118), ("Pflege plus", 22), ("Pflege plus", 6)},
        ),
        (
            "Das IQ Netzwerk Thüringen im Überblick: 870 Teilnehmer und 41 Partner.",
            {("IQ Netzwerk Thüringen", 870), ("IQ Netzwerk Thüringen", 41)},
        ),
    ],
)
def test_participants_opening_a_list_after_a_colon_are_the_named_units(
    body: str, expected: set[tuple[str, int]]
) -> None:
    assert expected <= values_of(body)


def test_participants_in_a_relative_clause_on_a_project_are_the_projects() -> None:
    body = "Ute Muster leitet das Projekt „Lernpfad Nord“, das seit dem Start 150 Teilnehmende begleitet hat."
    assert ("Lernpfad Nord", 150) in values_of(body)


# ---------------------------------------------------------------- attributes of counted nouns in a colon list


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die Bilanz des Projekts „Werkstatt Zukunft“: 240 Teilnehmerinnen aus 31 Ländern und 35 Betriebe.",
            {("Werkstatt Zukunft", 240), ("Werkstatt Zukunft", 35)},
        ),
        (
            "Bilanz des IQ Netzwerks Sachsen: 2.700 Beratungen und 390 Teilnehmende in den Kursen.",
            {("IQ Netzwerk Sachsen", 2700), ("IQ Netzwerk Sachsen", 390)},
        ),
        (
            "Das IQ Netzwerk Bremen hat Bilanz gezogen: 1.450 Erstberatungen in der Stadt und 310 in Bremerhaven.",
            {("IQ Netzwerk Bremen", 1450)},
        ),
    ],
)
def test_a_colon_list_may_carry_attributes_of_its_counted_nouns(
    body: str, expected: set[tuple[str, int]]
) -> None:
    assert expected <= values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Sachsen meldet: 2.700 Menschen suchen im Land Arbeit.",
        "Das IQ Netzwerk Bremen warnt: In der Stadt fehlen 1.450 Pflegekräfte.",
        "Das Projekt „Pflege plus“ berichtet: 118 Betriebe der Handwerkskammer Erfurt suchen Personal.",
    ],
)
def test_a_colon_opening_a_clause_with_a_verb_or_another_body_gives_no_list(body: str) -> None:
    assert not {v for _, v in values_of(body)} & {2700, 1450, 118}


# ---------------------------------------------------------------- an event's audience in a subordinate clause

_FAIR = "Die Jobbörse „Neue Wege“ fand am 3. März 2031 in Gießen statt. "


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Der Fachtag „Wege in Arbeit“, an dem rund 140 Gäste teilnahmen, fand am 4. Mai 2031 in Fulda statt.",
            140,
        ),
        (
            "Die Konferenz „Vielfalt zählt“ am 2. Juni 2030, an der 95 Teilnehmende teilnahmen, war ausgebucht.",
            95,
        ),
        (
            "Am 4. Mai 2031 fand das Forum „Arbeit und Ankommen“ statt, an dem mehr als 210 Besucher teilnahmen.",
            210,
        ),
    ],
)
def test_an_audience_taking_part_in_a_relative_clause_is_the_events(body: str, value: int) -> None:
    found = values_of(body)
    assert any(v == value and s.startswith(("Fachtag", "Konferenz", "Forum")) for s, v in found)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Der Fachtag „Wege in Arbeit“ am 4. Mai 2031 in Fulda zog 140 Gäste an.", 140),
        (_FAIR + "Die Börse zog rund 320 Besucherinnen und Besucher an.", 320),
        ("Am 4. Mai 2031 zog die Konferenz „Vielfalt zählt“ in Kassel mehr als 95 Teilnehmende an.", 95),
        (
            "Der Fachtag „Wege in Arbeit“, der am 4. Mai 2031 rund 140 Gäste anlockte, fand in Fulda statt.",
            140,
        ),
        ("Die Konferenz „Vielfalt zählt“, die am 2. Juni 2030 über 95 Besucher anzog, war ausgebucht.", 95),
    ],
)
def test_an_audience_an_event_drew_is_the_events(body: str, value: int) -> None:
    found = values_of(body)
    assert any(v == value and s.startswith(("Fachtag", "Jobbörse", "Konferenz")) for s, v in found)


def test_participants_a_project_served_who_took_part_in_courses_stay_the_projects() -> None:
    body = (
        "Der Fachtag „Wege in Arbeit“ fand am 4. Mai 2031 in Fulda statt. Das Projekt „Lernpfad Nord“ hat seit "
        "2029 rund 480 Teilnehmende begleitet, die an Sprachkursen teilnahmen."
    )
    assert ("Lernpfad Nord", 480) in values_of(body)


# ---------------------------------------------------------------- "es" after a fronted part and the verb


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Lernpfad Nord“ begann 2029. Seitdem hat es rund 260 Frauen begleitet.",
            ("Lernpfad Nord", 260),
        ),
        (
            "Das IQ Netzwerk Thüringen wurde 2005 gegründet. Heute zählt es 38 Partner.",
            ("IQ Netzwerk Thüringen", 38),
        ),
        (
            "Das Projekt „Werkstatt Zukunft“ läuft seit Januar. Im ersten Halbjahr beriet es 75 Betriebe.",
            ("Werkstatt Zukunft", 75),
        ),
    ],
)
def test_a_neuter_es_after_the_verb_is_the_unit_before(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Werkstatt Zukunft“ der Stadt Kiel begann 2029. Seitdem hat es 260 Frauen begleitet.",
            ("Werkstatt Zukunft", 260),
        ),
        (
            "Das Projekt „Lernpfad Nord“ des IQ Netzwerks Bremen begann 2029. Seitdem hat es 260 Frauen begleitet.",
            ("Lernpfad Nord", 260),
        ),
    ],
)
def test_a_neuter_es_is_the_neuter_unit_of_two_names_before(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lernpfad Nord“ begann 2029. Seitdem gibt es 260 Plätze in Kursen.",
        "Das Projekt „Lernpfad Nord“ begann 2029. Seitdem hat es über 260 Anfragen gegeben.",
        "Das Projekt „Lernpfad Nord“ begann 2029. Dabei geht es um 260 Frauen aus der Region.",
        "Ute Muster übernahm das Projekt „Lernpfad Nord“. Seitdem hat es 260 Frauen begleitet.",
    ],
)
def test_an_impersonal_es_or_a_person_before_gives_no_count(body: str) -> None:
    assert not any(v == 260 for _, v in values_of(body))


# ---------------------------------------------------------------- two names joined as the subject


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bremen und das IQ Netzwerk Hamburg haben gemeinsam 4.100 Menschen beraten.",
        "Die Handwerkskammer Erfurt und das IQ Netzwerk Thüringen haben 2031 rund 4.100 Betriebe beraten.",
        "Seit 2029 haben das Projekt „Lernpfad Nord“ sowie die Stadt Kiel 4.100 Frauen begleitet.",
    ],
)
def test_a_figure_of_two_joined_subjects_is_no_ones_alone(body: str) -> None:
    assert not any(v == 4100 for _, v in values_of(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das IQ Netzwerk Thüringen und seine Partner haben 2031 rund 4.100 Menschen beraten.",
            ("IQ Netzwerk Thüringen", 4100),
        ),
        (
            "Das IQ Netzwerk Thüringen hat gemeinsam mit der Handwerkskammer Erfurt 4.100 Betriebe beraten.",
            ("IQ Netzwerk Thüringen", 4100),
        ),
        (
            "Das Projekt „Lernpfad Nord“ hat 4.100 Frauen begleitet und das Projekt „Werkstatt Zukunft“ 900 Männer.",
            ("Lernpfad Nord", 4100),
        ),
    ],
)
def test_a_subject_with_a_partner_named_otherwise_keeps_its_figure(
    body: str, expected: tuple[str, int]
) -> None:
    assert expected in values_of(body)


# ---------------------------------------------------------------- who used a unit's offer


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mehr als 6.400 Menschen haben die Beratung des IQ Netzwerks Bremen genutzt.",
            ("IQ Netzwerk Bremen", 6400),
        ),
        ("Rund 230 Frauen nutzten 2031 das Angebot des Projekts „Lernpfad Nord“.", ("Lernpfad Nord", 230)),
        (
            "Über 1.100 Betriebe haben im letzten Jahr die kostenlosen Kurse des IQ Netzwerks Sachsen in Anspruch "
            "genommen.",
            ("IQ Netzwerk Sachsen", 1100),
        ),
    ],
)
def test_who_used_a_units_offer_are_its_clients(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Rund 230 Besucher nutzten 2031 die Räume des IQ Netzwerks Bremen für ein Fest der Stadt.",
        "Das IQ Netzwerk Bremen meldet, dass die Stadt rund 230 Wohnungen des Landes nutzt.",
        "Rund 230 Frauen nutzten 2031 das Angebot der Volkshochschule Kiel.",
    ],
)
def test_using_what_is_no_offer_of_an_owner_gives_no_owners_count(body: str) -> None:
    assert not any(v == 230 and s.startswith("IQ") for s, v in values_of(body))


# ---------------------------------------------------------------- a fact box under a heading


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Projekt „Lernpfad Nord“ auf einen Blick\nLaufzeit: 2030 bis 2033\nFördersumme: 520.000 Euro\n"
            "Teilnehmende: 140\n",
            {("Lernpfad Nord", 520000), ("Lernpfad Nord", 140)},
        ),
        (
            "Projekt „Werkstatt Zukunft“\nTräger: Verein Lernwerk e. V.\nStandorte: 4\nFördervolumen: 1,3 Mio. Euro\n",
            {("Werkstatt Zukunft", 4), ("Werkstatt Zukunft", 1300000)},
        ),
        (
            "IQ Netzwerk Thüringen im Überblick\nKoordination: Erfurt\nTeilprojekte: 14\nBeratungen 2031: 3.900\n",
            {("IQ Netzwerk Thüringen", 14), ("IQ Netzwerk Thüringen", 3900)},
        ),
    ],
)
def test_figures_of_a_fact_box_go_on_under_its_other_lines(body: str, expected: set[tuple[str, int]]) -> None:
    assert expected <= values_of(body)


def test_a_carrier_named_in_a_fact_box_line_heads_no_list() -> None:
    body = "Projekt „Werkstatt Zukunft“\nTräger: Verein Lernwerk e. V.\nStandorte: 4\n"
    assert not any(s.startswith("Verein") or s.startswith("Lernwerk") for s, _ in values_of(body))


# ---------------------------------------------------------------- a participle attribute in the opening phrase


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die mit 3 Mio. Euro geförderten Teilprojekte des IQ Netzwerks Bremen haben 2031 rund 5.300 Menschen "
            "erreicht.",
            ("IQ Netzwerk Bremen", 5300),
        ),
        (
            "Die vom Land finanzierten Anlaufstellen des IQ Netzwerks Sachsen berieten 2031 über 5.300 Ratsuchende.",
            ("IQ Netzwerk Sachsen", 5300),
        ),
        (
            "Die in ganz Thüringen verteilten Standorte des IQ Netzwerks Thüringen erreichten 5.300 Menschen.",
            ("IQ Netzwerk Thüringen", 5300),
        ),
    ],
)
def test_a_participle_with_its_phrase_before_the_head_keeps_the_genitive_owner(
    body: str, expected: tuple[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (*expected, "head-genitive") in _with_rules(body, monkeypatch)


def test_a_participle_phrase_on_another_bodys_noun_gives_no_count_of_an_owner() -> None:
    body = "Die mit dem Land abgestimmten Pläne der Stadt Kiel sehen 5.300 Wohnungen vor."
    assert not any(s.startswith("IQ") for s, _ in values_of(body))


def _with_rules(body: str, monkeypatch: pytest.MonkeyPatch) -> set[tuple[str, int, str]]:
    """(subject label, number, rule) of the counts read in the body."""
    found: set[tuple[str, int, str]] = set()

    def spy(scope: CountScope) -> list[CountFinding]:
        out = find_counts(scope)
        found.update((c.subject.label, c.value, c.rule) for c in out if c.subject is not None)
        return out

    monkeypatch.setattr(sentence_passes, "find_counts", spy)
    values_of(body)
    return found


# ---------------------------------------------------------------- subordinate clauses and survey samples


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen verweist auf eine Studie, wonach 2.900 Betriebe Fachkräfte suchen.",
        "Das Projekt „Lernpfad Nord“ prüft, ob 2.900 Plätze in Kursen ausreichen.",
        "Das IQ Netzwerk Bremen beriet Betriebe, bevor 2.900 neue Stellen in der Pflege ausgeschrieben wurden.",
    ],
)
def test_a_figure_in_a_subordinate_clause_of_its_own_is_not_the_main_subjects(body: str) -> None:
    assert not any(v == 2900 for _, v in values_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Hessen verweist auf eine Umfrage unter 2.900 Betrieben.",
        "Eine Befragung von rund 2.900 Ratsuchenden durch das IQ Netzwerk Sachsen zeigt hohe Zufriedenheit.",
        "Das Projekt „Lernpfad Nord“ hat eine Studie mit 2.900 Teilnehmerinnen ausgewertet.",
    ],
)
def test_those_a_survey_asked_are_no_ones_tally(body: str) -> None:
    assert not any(v == 2900 for _, v in values_of(body))


def test_a_tally_beside_a_survey_is_still_read() -> None:
    body = (
        "Das IQ Netzwerk Hessen hat eine Umfrage unter 120 Partnern durchgeführt und 2.900 Menschen beraten."
    )
    assert ("IQ Netzwerk Hessen", 2900) in values_of(body)
    assert ("IQ Netzwerk Hessen", 120) not in values_of(body)


# ---------------------------------------------------------------- a unit named as the source of its tally


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Nach Angaben des IQ Netzwerks Bremen wurden 2031 rund 3.700 Menschen beraten.",
            ("IQ Netzwerk Bremen", 3700),
        ),
        (
            "Wie das Projekt „Lernpfad Nord“ mitteilte, wurden im ersten Jahr 370 Frauen begleitet.",
            ("Lernpfad Nord", 370),
        ),
        (
            "Laut IQ Netzwerk Sachsen ließen sich 2031 über 3.700 Fachkräfte beraten.",
            ("IQ Netzwerk Sachsen", 3700),
        ),
        (
            "Das IQ Netzwerk Thüringen berichtet, dass 2031 knapp 3.700 Beratungen geführt wurden.",
            ("IQ Netzwerk Thüringen", 3700),
        ),
    ],
)
def test_a_unit_named_as_the_source_of_people_served_reports_its_own_tally(
    body: str, expected: tuple[str, int]
) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Laut IQ Netzwerk Bremen fehlen in der Region 3.700 Pflegekräfte.",
        "Nach Angaben des IQ Netzwerks Sachsen wurden bundesweit 3.700 Anträge gestellt.",
        "Wie das Projekt „Lernpfad Nord“ und die Stadt Kiel mitteilten, wurden 3.700 Frauen beraten.",
        "Nach Angaben des IQ Netzwerks Hessen wurden von der Handwerkskammer Kassel 3.700 Betriebe beraten.",
    ],
)
def test_a_source_gives_no_tally_of_its_own_for_other_figures(body: str) -> None:
    assert not any(v == 3700 and s.startswith(("IQ", "Lernpfad")) for s, v in values_of(body))


# ---------------------------------------------------------------- "wir" in a quotation introduced by a colon


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ute Muster, Leiterin des IQ Netzwerks Bremen, sagt: „Wir haben 2031 über 2.600 Menschen beraten.“",
            ("IQ Netzwerk Bremen", 2600),
        ),
        (
            "Ute Muster, Leiterin des Projekts „Lernpfad Nord“, betont: „Seit dem Start haben wir 260 Frauen "
            "begleitet.“",
            ("Lernpfad Nord", 260),
        ),
        (
            "Jonas Probe von der IQ Fachstelle Einwanderung erklärt: „Wir haben im letzten Jahr 2.600 Betriebe "
            "beraten.“",
            ("IQ Fachstelle Einwanderung", 2600),
        ),
    ],
)
def test_we_in_a_quotation_after_a_colon_is_the_speakers_unit(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Ute Muster vom IQ Netzwerk Bremen und Jonas Probe von der Stadt Kiel betonen: „Wir haben 2.600 Menschen "
        "erreicht.“",
        "Die Ministerin sagte: „Wir haben im Land 2.600 neue Stellen geschaffen.“",
    ],
)
def test_we_of_speakers_of_two_units_or_none_is_no_ones(body: str) -> None:
    assert not any(v == 2600 for _, v in values_of(body))


# ---------------------------------------------------------------- an audience brought to a place, firms expected

_MESSE = "Am 20. März 2032 findet die Jobmesse „Arbeit am Fluss“ in Minden statt. "


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Der Fachtag „Pflege verbindet“ am 3. Mai 2031 führte rund 95 Gäste in die Stadthalle Fulda.", 95),
        (
            "Die Stadt Fulda richtete den Fachtag „Pflege verbindet“ aus, der am 3. Mai 2031 rund 95 Gäste in das "
            "Schloss brachte.",
            95,
        ),
        ("Am 3. Mai 2031 lockte der Fachtag „Pflege verbindet“ über 95 Besucher nach Fulda.", 95),
    ],
)
def test_an_audience_an_event_brought_to_a_place_is_the_events(body: str, value: int) -> None:
    assert any(v == value and s.startswith("Fachtag") for s, v in values_of(body))


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (_MESSE + "Erwartet werden rund 45 Betriebe aus der Region.", 45),
        (_MESSE + "Es werden 45 Aussteller erwartet.", 45),
        (_MESSE + "Zur Messe werden über 45 Unternehmen erwartet.", 45),
    ],
)
def test_firms_expected_at_a_coming_event_are_its_exhibitors(body: str, value: int) -> None:
    assert any(v == value and s.startswith("Jobmesse") for s, v in values_of(body))


def test_firms_expected_by_a_year_are_a_forecast_no_events() -> None:
    body = _MESSE + "Im Gewerbegebiet werden bis 2034 rund 45 neue Betriebe erwartet."
    assert not any(v == 45 for _, v in values_of(body))


# ---------------------------------------------------------------- "davon" and a part without its noun


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Insgesamt 310 Frauen hat das Projekt „Lernpfad Nord“ seit 2029 begleitet, davon 125 in Kiel.",
            ("Lernpfad Nord", 125),
        ),
        (
            "Das IQ Netzwerk Bremen hat 2031 mehr als 8 400 Beratungen geführt, davon 3.150 für Frauen.",
            ("IQ Netzwerk Bremen", 3150),
        ),
        (
            "Das IQ Netzwerk Sachsen beriet 2031 rund 6.000 Menschen, davon rund 2.100 allein in Leipzig.",
            ("IQ Netzwerk Sachsen", 2100),
        ),
    ],
)
def test_a_part_after_davon_without_its_noun_is_the_figures_subjects(
    body: str, expected: tuple[str, int]
) -> None:
    assert expected in values_of(body)


def test_a_year_after_davon_is_no_part() -> None:
    body = "Das IQ Netzwerk Bremen hat mehr als 8 400 Beratungen geführt, davon 2031 die meisten."
    assert not any(v == 2031 for _, v in values_of(body))


# ---------------------------------------------------------------- a body after a fronted phrase naming an owner


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Gemeinsam mit dem IQ Netzwerk Hessen hat die Handwerkskammer Kassel 340 Betriebe beraten.",
            ("Handwerkskammer Kassel", 340),
        ),
        (
            "Im IQ Netzwerk Bremen berät die Handwerkskammer Bremen rund 340 Betriebe.",
            ("Handwerkskammer Bremen", 340),
        ),
        (
            "Im Projekt „Lernpfad Nord“ hat der Verein Lernwerk e. V. seit 2029 rund 340 Frauen begleitet.",
            ("Lernwerk e. V.", 340),
        ),
    ],
)
def test_a_body_after_a_fronted_phrase_naming_an_owner_is_the_subject(
    body: str, expected: tuple[str, int]
) -> None:
    found = values_of(body)
    assert expected in found
    assert not any(v == 340 and s.startswith(("IQ", "Lernpfad")) for s, v in found)


def test_a_person_after_a_fronted_owner_leaves_no_body_count() -> None:
    body = "Im IQ Netzwerk Bremen hat Ute Muster von der Handwerkskammer Bremen 340 Betriebe beraten."
    assert not any(v == 340 and s.startswith("Handwerkskammer") for s, v in values_of(body))


# ---------------------------------------------------------------- a person named by a post after a container


@pytest.mark.parametrize(
    "body",
    [
        "Im IQ Netzwerk Bremen hat die Senatorin 270 Urkunden überreicht.",
        "Im IQ Netzwerk Sachsen übergab der Staatssekretär 270 Zeugnisse.",
        "Im Projekt „Lernpfad Nord“ verteilte die Projektleiterin 270 Mappen.",
    ],
)
def test_what_a_person_named_by_a_post_hands_over_is_no_containers_count(body: str) -> None:
    assert not any(v == 270 for _, v in values_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Im IQ Netzwerk Bremen haben die Beraterinnen 2031 rund 270 Menschen beraten.",
        "Im IQ Netzwerk Bremen arbeiten 270 Partner zusammen.",
        "Im IQ Netzwerk Bremen haben die Beratungsstellen 270 Menschen beraten.",
    ],
)
def test_a_containers_staff_or_members_keep_its_count(body: str) -> None:
    assert ("IQ Netzwerk Bremen", 270) in values_of(body)


# ---------------------------------------------------------------- rates, ratios and pages are no tallies


@pytest.mark.parametrize(
    "body",
    [
        "Das IQ Netzwerk Bremen zahlt bis zu 640 Euro Zuschuss pro Person.",
        "Das Projekt „Lernpfad Nord“ bietet 64 Plätze je Kurs an.",
        "Das IQ Netzwerk Sachsen erstattet 64 Euro pro Antrag.",
    ],
)
def test_a_rate_per_person_or_course_is_no_tally(body: str) -> None:
    assert not any(v in (640, 64) for _, v in values_of(body))


def test_a_tally_per_year_is_still_one() -> None:
    body = "Das IQ Netzwerk Bremen führt rund 640 Beratungen pro Jahr durch."
    assert ("IQ Netzwerk Bremen", 640) in values_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Das Projekt „Lernpfad Nord“ meldet eine hohe Quote: 3 von 4 Teilnehmerinnen finden Arbeit.",
        "Im Projekt „Werkstatt Zukunft“ schlossen drei von vier Teilnehmenden die Prüfung ab.",
        "Das IQ Netzwerk Bremen hat einen Jahresbericht mit 64 Seiten veröffentlicht.",
    ],
)
def test_a_ratio_of_participants_or_a_page_count_is_no_tally(body: str) -> None:
    assert not any(v in (4, 64) for _, v in values_of(body))


# ---------------------------------------------------------------- money for what an owner offers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Der Senat stellt bis 2033 rund 4 Millionen Euro für die Angebote des IQ Netzwerks Bremen bereit.",
            ("IQ Netzwerk Bremen", 4000000),
        ),
        (
            "Für die neuen Kurse des Projekts „Lernpfad Nord“ stehen 400.000 Euro bereit.",
            ("Lernpfad Nord", 400000),
        ),
        (
            "Das Land investiert 4 Millionen Euro in die Beratungsstellen des IQ Netzwerks Sachsen.",
            ("IQ Netzwerk Sachsen", 4000000),
        ),
    ],
)
def test_money_for_what_an_owner_offers_is_the_owners(body: str, expected: tuple[str, int]) -> None:
    assert expected in values_of(body)


def test_money_for_another_bodys_offers_is_no_owners() -> None:
    body = "Das IQ Netzwerk Bremen begrüßt, dass die Stadt 4 Millionen Euro für den Ausbau der Kitas bereitstellt."
    assert not any(v == 4000000 for _, v in values_of(body))
