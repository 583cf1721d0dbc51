"""Text wrapped at a fixed width, or a sentence broken over two lines: read as the sentence it is."""

from __future__ import annotations

import textwrap

import pytest

from conftest import facts_of
from iqgraph.extract.text.text import split_sentences
from iqgraph.extract.text.wrapped_lines import unwrap

RELEASE = """Neue Anlaufstelle für internationale Fachkräfte in Gießen

Gießen, 4. Juni 2025. Das Projekt „Brücke Beruf“ berät seit diesem Monat Menschen mit ausländischen Abschlüssen auf dem Weg in den passenden Beruf. Es gehört zum IQ Netzwerk Hessen. Träger des Projekts ist der Verein Lernhaus Mittelhessen e. V. mit Sitz in Gießen.

Zur Eröffnung am 3. Juni begrüßte Projektleiterin Carla Winter rund 70 Gäste im Rathaus Gießen. „Wir wollen, dass niemand seinen Beruf an der Grenze abgeben muss“, sagte Winter. Stadtrat Jonas Feld von der Stadt Gießen sprach ein Grußwort und dankte dem Team für die schnelle Umsetzung.
"""


def _wrapped(text: str, width: int) -> str:
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in text.split("\n\n"))


def _wrapped_lines(text: str, width: int) -> str:
    """Each line longer than `width` wrapped at it, as a plain-text release is (headings keep their lines)."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)) or line
        for line in text.split("\n")
    )


@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_release_wrapped_at_a_fixed_width_gives_the_facts_of_the_unwrapped_one(width: int) -> None:
    flat, wrapped = facts_of(RELEASE), facts_of(_wrapped(RELEASE, width))
    assert wrapped.entities == flat.entities
    assert wrapped.relations == flat.relations
    assert wrapped.roles == flat.roles
    assert wrapped.quotes == flat.quotes
    assert wrapped.counts == flat.counts


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nDas Projekt wird vom Land Hessen gefördert\nund vom Verein Lernhaus umgesetzt.",
        "Titel\n\nDie Beratung, die seit Mai läuft,\nist kostenlos und vertraulich für alle.",
        "Titel\n\nAm Fachtag nahmen rund 60 Fachleute aus\nganz Hessen teil, darunter Kammern.",
    ],
)
def test_a_sentence_going_on_in_small_letters_on_the_next_line_is_one(text: str) -> None:
    assert len(split_sentences(unwrap(text))) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Neue Beratung in Kassel\nDas Projekt berät ab sofort Zugewanderte aus allen Ländern.",
        "12.05.2024\nk.o.-Runde für Bürokratie: das Projekt stellt sich vor und lädt ein.",
        "Sehr geehrte Frau Beispiel,\nvielen Dank für Ihre Anfrage zu unserem Angebot vor Ort.",
        "Die Angebote des Projekts umfassen im Einzelnen\n- Beratung zur Anerkennung\n- Begleitung",
        "Kontakt\nVerein Lernhaus Mittelhessen e. V.\nCarla Winter\nProjektleitung",
    ],
)
def test_headings_datelines_salutations_list_items_and_contact_lines_keep_their_lines(text: str) -> None:
    assert unwrap(text) == text


def test_unwrapping_keeps_every_offset() -> None:
    text = _wrapped(RELEASE, 64)
    unwrapped = unwrap(text)
    assert len(unwrapped) == len(text)
    assert unwrapped.replace(" ", "\n") == text.replace(" ", "\n")


@pytest.mark.parametrize(
    ("line_end", "going_on"),
    [
        ("auf dem Podium sprachen am Nachmittag Prof. Dr.", "Lena Ahrens und weitere Gäste aus der Region."),
        ("die Tagung „Arbeit und Anerkennung in Deutschland“", "fand großen Anklang bei den vielen Gästen."),
        ("die Förderung läuft zunächst bis zum 31.", "Dezember und wird dann für zwei Jahre neu beantragt."),
    ],
)
def test_a_line_ending_in_an_abbreviation_an_ordinal_or_a_closing_quote_goes_on(
    line_end: str, going_on: str
) -> None:
    filler = "Das Projekt berät Menschen mit ausländischen Abschlüssen auf dem Weg in"
    text = "\n".join([filler] * 6 + [f"Im Bericht des Netzwerks steht, {line_end}", going_on])
    assert unwrap(text).endswith(f"{line_end} {going_on}")


def test_a_line_ending_a_sentence_keeps_its_break_in_a_wrapped_text() -> None:
    filler = "Das Projekt berät Menschen mit ausländischen Abschlüssen auf dem Weg in"
    text = "\n".join(
        [filler] * 6 + ["Am Ende des Jahres zog das Team eine gute Bilanz der Arbeit.", "Neue Kurse folgen."]
    )
    assert unwrap(text).endswith("Arbeit.\nNeue Kurse folgen.")


_FILLER = "Das Projekt berät Menschen mit ausländischen Abschlüssen auf dem Weg in"


@pytest.mark.parametrize(
    ("line_end", "going_on"),
    [
        (
            "Die Förderung der Beratung durch das Land Hessen läuft schon seit dem",
            "3. März 2021 und endet im Herbst.",
        ),
        (
            "Gefördert wird die Beratung von der Stadt Kassel aus Eigenmitteln seit",
            "15. Januar 2024 mit Erfolg.",
        ),
        (
            "Der erste Fachtag des neuen Netzwerks in Kassel fand am Dienstag, dem",
            "7. Oktober, im Rathaus statt.",
        ),
    ],
)
def test_a_day_and_its_month_at_a_line_s_start_go_on_and_open_no_list_item(
    line_end: str, going_on: str
) -> None:
    text = "\n".join([_FILLER] * 6 + [line_end, going_on])
    assert unwrap(text).endswith(f"{line_end} {going_on}")


@pytest.mark.parametrize(
    "lines",
    [
        [
            "„Wir beraten jede Woche viele Menschen aus ganz unterschiedlichen Ländern.",
            "Das lohnt sich“, sagte Anna Muster.",
        ],
        [
            "Projektleiter Karl Probe sagt: »Die Nachfrage ist groß, das Team wächst.",
            "Wir suchen Verstärkung«, und lacht.",
        ],
        [
            "„Anerkennung braucht Zeit und gute Begleitung durch erfahrene Fachleute.",
            "Beides bieten wir“, so Petra Beispiel.",
        ],
    ],
)
def test_a_quotation_still_open_at_a_sentence_s_end_goes_on_in_the_next_line(lines: list[str]) -> None:
    text = "\n".join([_FILLER] * 6 + lines)
    assert unwrap(text).endswith(" ".join(lines))


def test_a_quotation_closed_before_the_line_s_end_keeps_the_break() -> None:
    text = "\n".join(
        [_FILLER] * 6 + ["„Wir beraten jede Woche viele Menschen“, sagte Anna Muster.", "Neue Kurse folgen."]
    )
    assert unwrap(text).endswith("Muster.\nNeue Kurse folgen.")


@pytest.mark.parametrize(
    ("line_end", "going_on"),
    [
        (
            "Aus der Verwaltung der Stadt Kassel waren bei der Auswahl eingebunden:",
            "Frau Anna Muster und Herr Karl Probe.",
        ),
        (
            "Das Teilprojekt ist seit dem Frühjahr bei einem freien Träger (Träger:",
            "Verein Lernhaus e. V.) angesiedelt.",
        ),
        (
            "Die Beratung findet an zwei Orten statt, die Termine sind variabel;",
            "Anmeldung bitte per Telefon.",
        ),
    ],
)
def test_a_long_line_ending_in_a_colon_or_semicolon_in_a_wrapped_text_goes_on(
    line_end: str, going_on: str
) -> None:
    text = "\n".join([_FILLER] * 6 + [line_end, going_on])
    assert unwrap(text).endswith(f"{line_end} {going_on}")


def test_a_field_s_label_on_a_short_line_keeps_its_line() -> None:
    text = "\n".join([_FILLER] * 6 + ["Ansprechpartnerin:", "Anna Muster"])
    assert unwrap(text).endswith("Ansprechpartnerin:\nAnna Muster")


# A text wrapped at about 52 characters: a line ends where the next word would not have fitted.
_NARROW = "Die Beratung hilft Zugewanderten mit Abschlüssen aus"


def _narrow(*lines: str) -> str:
    return "\n".join([_NARROW] * 6 + list(lines))


@pytest.mark.parametrize(
    ("line_end", "going_on"),
    [
        ("Qualifizierungsprojekte des Landesnetzwerks", "Mittelhessen-Nord verbessert."),
        ("Anpassungsqualifizierungen beziehungsweise", "Ausgleichsmaßnahmen werden vermittelt."),
        ("Integrationsabteilung der Stadtverwaltung", "Musterhausen, Anna Muster."),
    ],
)
def test_a_line_of_few_long_words_goes_on_where_the_next_word_did_not_fit(
    line_end: str, going_on: str
) -> None:
    assert unwrap(_narrow(line_end, going_on)).endswith(f"{line_end} {going_on}")


@pytest.mark.parametrize(
    ("heading", "opening"),
    [
        ("Vertiefende Arbeitsgruppen am Vormittag", "Am Nachmittag tagte das Plenum."),
        ("Rückblick auf den Fachtag des Netzwerks", "Zunächst sprach die Ministerin."),
        ("Neue Beratungsstelle für Zugewanderte in Kassel", "Die Stadt Kassel hat eröffnet."),
    ],
)
def test_a_line_the_next_word_would_have_fitted_on_keeps_its_break(heading: str, opening: str) -> None:
    assert unwrap(_narrow(heading, opening)).endswith(f"{heading}\n{opening}")


@pytest.mark.parametrize(
    ("line_end", "going_on"),
    [
        ("Am Montag trafen sich die Teams des Netzwerks IQ Nord", "– Ost zu ihrem Jahrestreffen in Kassel."),
        ("Es sprachen Anna Muster und Karl Probe (Haus Vielfalt", "- Bildungswerk gGmbH) über ihre Arbeit."),
        ("Zur Sitzung kamen Frau Petra Beispiel (Referat III B", "12) und Herr Karl Probe vom Verein."),
    ],
)
def test_a_dash_or_number_the_wrap_moved_down_opens_no_list_item(line_end: str, going_on: str) -> None:
    assert unwrap(_narrow(line_end, going_on)).endswith(f"{line_end} {going_on}")


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Alle Angebote sind kostenlos.",
            "- Begleitung in Anpassungsqualifizierungen im Betrieb",
            "- Beratung",
        ],
        [
            "Alle Angebote sind kostenlos.",
            "1. Beratung zur Anerkennung ausländischer Abschlüsse",
            "2. Begleitung",
        ],
        ["Das Angebot des Vereins umfasst folgende Leistungen:", "- Beratung zur Anerkennung"],
    ],
)
def test_a_list_item_after_a_full_item_or_an_introducing_colon_keeps_its_line(lines: list[str]) -> None:
    assert unwrap(_narrow(*lines)).endswith("\n".join(lines[-2:]))


@pytest.mark.parametrize(
    ("line_end", "going_on"),
    [
        (
            'Beraten wird in der Servicestelle "Gut. Beraten.',
            'Ankommen" des Vereins Lernwerk e. V. in Kassel.',
        ),
        ('Wir beraten im Haus der Vereine "Start. Ziel. Beruf.', 'Zukunft" in der Altstadt von Fulda.'),
        ('Im Herbst startet das Projekt "Weiter. Lernen.', 'Arbeiten" der Stadt Musterhausen.'),
    ],
)
def test_a_name_in_straight_quotation_marks_goes_on_over_its_full_stops(line_end: str, going_on: str) -> None:
    assert unwrap(_narrow(line_end, going_on)).endswith(f"{line_end} {going_on}")


@pytest.mark.parametrize(
    "quotation",
    [
        '„Wir freuen uns über die vielen Gäste!", sagte Muster.',
        '"Die Nachfrage ist groß", so Projektleiter Karl Probe.',
        '„Ohne Partner geht es nicht", betonte Petra Beispiel.',
    ],
)
def test_a_quotation_closed_by_a_straight_mark_keeps_the_break_after_it(quotation: str) -> None:
    assert unwrap(_narrow(quotation, "Neue Kurse ab Mai")).endswith(f"{quotation}\nNeue Kurse ab Mai")


SHORT_RELEASE = """Mentoring startet in Musterhausen
Das Mentoringprogramm „Brücken bauen“ der Volkshochschule Musterhausen geht in die zweite Runde. Seit Januar 2024 haben sich 35 Mentorinnen und Mentoren gemeldet, darunter Führungskräfte der Stadtsparkasse Musterhausen und der Kreiskliniken Musterhausen-Nord GmbH.
Koordiniert wird das Programm von Lena Beispiel, pädagogische Mitarbeiterin der Volkshochschule Musterhausen. Die Volkshochschule ist Partnerin im IQ Netzwerk Niedersachsen.
Frage: Wer trägt die Koordination im Netzwerk?
Karla Probe: Die Koordination liegt beim Verein Arbeit und Bildung Niedersachsen e. V. in Hannover, gefördert vom Niedersächsischen Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung.
"""


@pytest.mark.parametrize("width", [55, 60, 66, 72, 80, 90])
def test_a_short_release_wrapped_at_any_width_gives_the_facts_of_the_unwrapped_one(width: int) -> None:
    flat, wrapped = facts_of(SHORT_RELEASE), facts_of(_wrapped_lines(SHORT_RELEASE, width))
    assert flat.relations  # the release states facts to lose
    assert (wrapped.entities, wrapped.relations, wrapped.roles) == (flat.entities, flat.relations, flat.roles)


@pytest.mark.parametrize(
    ("sentence", "going_on"),
    [
        (
            "Der Fachtag fand im Rathaus von Musterhausen statt.",
            "Anerkennungsberatung gibt es nun auch in Kassel.",
        ),
        ("Im Vorjahr kamen 80 Gäste zum Treffen des Vereins.", "Teilnehmende sind herzlich willkommen."),
        (
            "Die Beratung ist kostenlos und auf Wunsch anonym.",
            "Qualifizierungsbegleitungen werden angeboten.",
        ),
    ],
)
def test_a_sentence_s_end_before_a_word_that_did_not_fit_goes_on_in_its_paragraph(
    sentence: str, going_on: str
) -> None:
    assert unwrap(_narrow(sentence, going_on)).endswith(f"{sentence} {going_on}")


@pytest.mark.parametrize(
    "own_line",
    [
        "Ausblick und Termine",  # a heading: no mark, and the next line's word would have fitted on it
        "Anna Muster: Wir beraten jede Woche viele Menschen.",
        "Mit freundlichen Grüßen",
        "Von Karla Probe, 3. Mai 2024",
    ],
)
def test_a_heading_label_closing_or_byline_after_a_sentence_s_end_keeps_its_line(own_line: str) -> None:
    text = _narrow(
        "Der Fachtag fand im Rathaus von Musterhausen statt.", own_line, "Am Montag geht es weiter."
    )
    assert f"statt.\n{own_line}" in unwrap(text)


@pytest.mark.parametrize(
    ("line_end", "going_on"),
    [
        ("Im Herbst lud der Verein zum Fachtag „Warum warten?", "– Wege in Arbeit“ ins Rathaus ein."),
        ("Abends sprach Anna Muster zum Motto „Wer hilft mit?", "- Ehrenamt im Netzwerk“ vor Gästen."),
        ("Die Reihe trägt nun den Titel „Wie geht das denn nun?", "– Anerkennung in Kassel“ und startet."),
    ],
)
def test_a_dash_the_wrap_moved_down_inside_an_open_quotation_goes_on(line_end: str, going_on: str) -> None:
    assert unwrap(_narrow(line_end, going_on)).endswith(f"{line_end} {going_on}")


@pytest.mark.parametrize(
    "longer",
    [
        "Das Land fördert den Verein aus Mitteln des Förderprogramms IQ",  # a word joined when the text was read
        "Weitere Informationen: www.beispiel-verein.de/angebote/beratung",
    ],
)
def test_one_line_longer_than_the_rest_does_not_widen_the_wrap(longer: str) -> None:
    text = _narrow(longer, "Qualifizierungsprojekte des Landesnetzwerks", "Mittelhessen-Nord verbessert.")
    assert unwrap(text).endswith("Landesnetzwerks Mittelhessen-Nord verbessert.")


SHORT_NEAR_DOMAIN = """Gemeinderat beschließt Haushalt
Der Gemeinderat von Beispielhausen hat am Dienstag den Haushalt für das Jahr 2026 beschlossen. Kämmerin Ute Probe sprach von einem soliden Ergebnis. Für die Sanierung der Grundschule am Markt sind 2,4 Millionen Euro vorgesehen.
Bürgermeister Tom Muster dankte den Fraktionen: „Wir haben gemeinsam eine gute Lösung gefunden.“ Die Stadtwerke Beispielhausen GmbH erhalten einen Zuschuss von 300.000 Euro.
"""


@pytest.mark.parametrize("width", [55, 66, 80, 90])
def test_a_short_release_of_few_lines_is_read_as_wrapped_and_gains_no_count(width: int) -> None:
    flat, wrapped = facts_of(SHORT_NEAR_DOMAIN), facts_of(_wrapped_lines(SHORT_NEAR_DOMAIN, width))
    assert (wrapped.relations, wrapped.roles, wrapped.counts) == (flat.relations, flat.roles, flat.counts)


@pytest.mark.parametrize("width", [30, 34, 38, 42])
def test_a_release_printed_in_a_narrow_newspaper_column_gives_the_facts_of_the_unwrapped_one(
    width: int,
) -> None:
    flat, wrapped = facts_of(RELEASE), facts_of(_wrapped(RELEASE, width))
    assert (wrapped.entities, wrapped.relations, wrapped.roles) == (flat.entities, flat.relations, flat.roles)
    assert wrapped.quotes == flat.quotes


NARROW_WITH_A_LIST = """Neue Hilfe in Kassel

KASSEL. Das Projekt Brücke Beruf
berät seit drei Jahren Menschen
mit ausländischen Abschlüssen,
und es gehört zum IQ Netzwerk
Hessen. Leiterin des Projekts
ist die Juristin Ina Probe, die
früher beim Verein Lernwerk e. V.
gearbeitet hat.

Weitere Angebote im Netzwerk:
Faire Integration Kassel
Brücke in den Beruf Fulda
Qualifizierung Pflege Marburg
Mentoring für Frauen Gießen
"""


def test_a_narrow_column_joins_its_prose_and_keeps_a_list_s_names_on_their_lines() -> None:
    unwrapped = unwrap(NARROW_WITH_A_LIST)
    assert "Das Projekt Brücke Beruf berät seit drei Jahren" in unwrapped
    assert "Leiterin des Projekts ist die Juristin Ina Probe" in unwrapped
    assert "Faire Integration Kassel\nBrücke in den Beruf Fulda\nQualifizierung Pflege Marburg\n" in unwrapped


@pytest.mark.parametrize(
    "text",
    [
        # a list of names alone, as narrow as a column: no prose, no line joined
        "Unsere Partner\n\nVerein Lernwerk e. V. Kassel\nStiftung Lernhaus Fulda\nBildungswerk Nord Marburg\n"
        "Jobcenter Landkreis Gießen\nAgentur für Arbeit Hanau\nStadt Musterhausen Ost",
        # short headings and datelines
        "Kassel\nFachkräfte\nAnerkennung\nBeratung\nTermine\nKontakt",
    ],
)
def test_short_lines_that_are_no_column_keep_their_breaks(text: str) -> None:
    assert unwrap(text) == text
