"""Who held an event, said in more constructions: a fronted participle, a host noun with the event in its genitive,
a verb with its particle at the clause's end, an event said to be a body's; invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of
from iqgraph.extract.text.morphology import genitive_with_article

RELEASE = dt.date(2031, 6, 1)


def _organisers(text: str) -> set[str]:
    return {o for _, p, o in facts_of("Titel\n\n" + text, RELEASE).relations if p == "organisedBy"}


@pytest.mark.parametrize(
    "text",
    [
        "Veranstaltet vom Verein Brückenbau e.V. fand am 12. Mai 2031 in Kassel ein Fachtag statt.",
        "Organisiert von der Stiftung Lernwege e.V. trafen sich am 12. Mai 2031 in Jena 80 Fachleute zur Tagung.",
        "Ausgerichtet durch die Handwerkskammer Kassel, begann am 12. Mai 2031 die Fachkonferenz.",
    ],
)
def test_a_fronted_participle_with_its_agent(text: str) -> None:
    assert _organisers(text) & {"Brückenbau e.V.", "Stiftung Lernwege e.V.", "Handwerkskammer Kassel"}


@pytest.mark.parametrize(
    "text",
    [
        "Gastgeber der Fachtagung am 12. Mai 2031 in Kassel war die Stiftung Lernwege e.V.",
        "Gastgeberin des Netzwerktreffens am 12. Mai 2031 ist die Stiftung Lernwege e.V.",
        "Veranstalter der Konferenz „Arbeit für alle“ am 12. Mai 2031 war die Stiftung Lernwege e.V.",
    ],
)
def test_a_host_noun_with_the_event_in_its_genitive(text: str) -> None:
    assert _organisers(text) == {"Stiftung Lernwege e.V."}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. Mai 2031 führte die Stiftung Lernwege e.V. in Kassel einen Fachtag durch.",
        "Die Stiftung Lernwege e.V. bot am 12. Mai 2031 einen Workshop für Betriebe an.",
        "Am 12. Mai 2031 bietet die Stiftung Lernwege e.V. in Jena eine Infoveranstaltung an.",
    ],
)
def test_a_verb_with_its_particle_at_the_clause_end(text: str) -> None:
    assert _organisers(text) == {"Stiftung Lernwege e.V."}


@pytest.mark.parametrize(
    "text",
    [
        "Beim Fachtag am 12. Mai 2031 führte Petra Beispiel vom Verein Brückenbau e.V. durch das Programm.",
        "Am 12. Mai 2031 fand der Fachtag statt, Karl Muster von der Stiftung Lernwege e.V. führte durch den Tag.",
        "Zum Fachtag am 12. Mai 2031 bot die Stadt Kassel ihre Halle für die Gäste.",
    ],
)
def test_leading_through_a_programme_is_no_organising(text: str) -> None:
    assert _organisers(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Der Fachtag am 12. Mai 2031 in Kassel war eine Veranstaltung der Stiftung Lernwege e.V.",
        "Die Tagung am 12. Mai 2031, eine Veranstaltung des Vereins Brückenbau e.V., zog 90 Gäste an.",
        "Am 12. Mai 2031 fand in Jena die Jahrestagung statt, eine Veranstaltung der Stiftung Lernwege e.V.",
    ],
)
def test_an_event_said_to_be_a_bodys(text: str) -> None:
    assert _organisers(text) & {"Brückenbau e.V.", "Stiftung Lernwege e.V."}


@pytest.mark.parametrize(
    "text",
    [
        "Am Freitag, den 12. Mai 2031, gründet sich in Kassel der Verein Brückenbau e.V.",
        "Der Verein Brückenbau e.V. gründet sich am 12. Mai 2031 in Jena.",
        "Nach Jahren als loser Kreis gründen sich am 12. Mai 2031 der Verein Brückenbau e.V. und zwei Initiativen.",
    ],
)
def test_a_body_founding_itself_holds_its_founding(text: str) -> None:
    assert _organisers(text) == {"Brückenbau e.V."}


@pytest.mark.parametrize(
    "text",
    [
        "Mit einem Fachtag am 12. Mai 2031 in Kassel hat der Verein Brückenbau e.V. sein Jubiläum gefeiert.",
        "Mit einer Feierstunde am 12. Mai 2031 eröffnete der Verein Brückenbau e.V. seine Beratungsstelle.",
        "Mit dem Netzwerktreffen am 12. Mai 2031 startete der Verein Brückenbau e.V. in das neue Jahr.",
    ],
)
def test_an_event_as_the_means_the_host_acted_by(text: str) -> None:
    assert _organisers(text) == {"Brückenbau e.V."}


def test_a_speech_as_the_means_names_no_host() -> None:
    assert _organisers("Mit einem Grußwort eröffnete die Stadt Kassel am 12. Mai 2031 den Fachtag.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Zu ihrem vierten Netzwerktreffen kam die Handwerkskammer Kassel am 12. Mai 2031 in Fulda zusammen.",
        "Die Handwerkskammer Kassel hat am 12. Mai 2031 in Fulda ihren ersten Fachtag ausgerichtet.",
        "Am 12. Mai 2031 feierte die Handwerkskammer Kassel mit vielen Gästen ihr zehntes Jubiläum.",
    ],
)
def test_a_possessive_before_the_event_names_its_host(text: str) -> None:
    assert _organisers(text) == {"Handwerkskammer Kassel"}


@pytest.mark.parametrize(
    "text",
    [
        # a guest's visit: the possessor visits, it holds nothing
        "Bei ihrem Besuch am 12. Mai 2031 informierte sich Ministerin Petra Beispiel im Jobcenter Kassel.",
        # the possessor is the teams, the body only their genitive attribute
        "Am 12. Mai 2031 trafen sich die Teams der Handwerkskammer Kassel zu ihrem dritten Arbeitstreffen.",
    ],
)
def test_a_possessive_of_a_guest_or_of_a_noun_before_a_body_names_no_host(text: str) -> None:
    assert _organisers(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Die Handwerkskammer Kassel lädt zu ihrem Fachtag Pflege ein. Er findet am 12. Mai 2031 statt.",
        "Die Handwerkskammer Kassel veranstaltet einen Workshop zur Anerkennung. Termin: 12.05.2031.",
        "Die Handwerkskammer Kassel richtet im Frühjahr ihre Jahrestagung aus. Sie findet am 12. Mai 2031 in Fulda "
        "statt.",
    ],
)
def test_the_host_named_with_the_event_before_the_sentence_that_dates_it(text: str) -> None:
    earlier = "Am 3. März 2031 eröffnete Petra Beispiel die Beratungsstelle „Wege in Arbeit“.\n\n"
    facts = facts_of("Titel\n\n" + earlier + text, RELEASE)
    held = {e for e, p, o in facts.relations if p == "organisedBy" and o == "Handwerkskammer Kassel"}
    assert len(held) == 1
    assert not held & {"Eröffnung der Beratungsstelle „Wege in Arbeit“"}


@pytest.mark.parametrize(
    "text",
    [
        "Der Fachtag „Wege“ am 12. Mai 2031, zu dem die Stiftung Lernwege e.V. eingeladen hatte, war ausgebucht.",
        "Rund 90 Gäste kamen am 12. Mai 2031 zur Tagung „Wege“, die der Verein Brückenbau e.V. ausrichtete.",
        "Die Fachkonferenz „Wege“, die die Handwerkskammer Kassel am 12. Mai 2031 veranstaltet hat, endete spät.",
    ],
)
def test_a_relative_clause_about_the_event_with_its_host_as_subject(text: str) -> None:
    assert _organisers(text) & {"Brückenbau e.V.", "Stiftung Lernwege e.V.", "Handwerkskammer Kassel"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Lernwege e.V. war am 12. Mai 2031 Gastgeberin des Fachtags „Wege“.",
        "Der Verein Brückenbau e.V. war auch in diesem Jahr Gastgeber der Tagung „Wege“ am 12. Mai 2031.",
        "Die Handwerkskammer Kassel ist am 12. Mai 2031 Veranstalterin der Fachkonferenz „Wege“.",
    ],
)
def test_a_host_noun_after_a_middle_field(text: str) -> None:
    assert _organisers(text) & {"Brückenbau e.V.", "Stiftung Lernwege e.V.", "Handwerkskammer Kassel"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Lernwege e.V. war am 12. Mai 2031 beim Gastgeber des Fachtags „Wege“ zu Gast.",
        "Der Fachtag „Wege“ am 12. Mai 2031, zu dem die Stiftung Lernwege e.V. Fachleute begrüßte, war ausgebucht.",
    ],
)
def test_a_guest_of_the_host_or_a_clause_without_an_organising_verb_names_no_host(text: str) -> None:
    assert not _organisers(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Am 4. Mai 2031 tagte der Landesbeirat für Integration in Magdeburg. Petra Beispiel berichtete.",
            "Landesbeirat für Integration",
        ),
        (
            "Der Landesbeirat für Migration tagte am 4. Mai 2031 in Dresden. In der Sitzung sprach Karl Muster.",
            "Landesbeirat für Migration",
        ),
        (
            "Im Landtag tagte am 4. Mai 2031 der Ausschuss für Arbeit und Soziales. Anna Probe berichtete.",
            "Ausschuss für Arbeit und Soziales",
        ),
    ],
)
def test_a_body_that_meets_holds_its_session(text: str, body: str) -> None:
    facts = facts_of("Titel\n\n" + text, RELEASE)
    session = f"Sitzung {genitive_with_article(body)}"
    assert [label for label, _ in facts.events] == [session]
    assert (session, "organisedBy", body) in facts.relations


def test_a_group_of_people_meeting_holds_a_tagung_of_no_body() -> None:
    facts = facts_of(
        "Titel\n\nAm 4. Mai 2031 tagten rund 80 Fachleute in Kiel. Petra Beispiel berichtete.", RELEASE
    )
    assert [label for label, _ in facts.events] == ["Tagung"]
    assert _organisers("Am 4. Mai 2031 tagten rund 80 Fachleute in Kiel. Petra Beispiel berichtete.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Der Fachtag „Vielfalt“ des Vereins Brückenbau e.V. und der Handwerkskammer Kassel fand am 12. Mai 2031 statt.",
        "Am 12. Mai 2031 begann in Jena die Tagung des Vereins Brückenbau e.V. sowie der Handwerkskammer Kassel.",
        "Das Netzwerktreffen des Vereins Brückenbau e.V. und der Handwerkskammer Kassel fand am 12. Mai 2031 in "
        "Fulda statt.",
    ],
)
def test_bodies_joined_in_the_events_genitive_all_organise_it(text: str) -> None:
    assert _organisers(text) == {"Brückenbau e.V.", "Handwerkskammer Kassel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. Mai 2031 fand auf Initiative des IQ Netzwerks Hessen ein Fachtag in Kassel statt.",
        "Auf Initiative der Handwerkskammer Kassel trafen sich am 12. Mai 2031 Betriebe zum Netzwerktreffen.",
        "Der Infotag am 12. Mai 2031 in Jena kam auf Initiative der Handwerkskammer Kassel zustande.",
    ],
)
def test_who_took_the_initiative_organised_the_event(text: str) -> None:
    assert _organisers(text) & {"IQ Landesnetzwerk Hessen", "Handwerkskammer Kassel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. Mai 2031 hatte der Verein Lernwerk e. V. zum Auftakt der Kampagne „Zukunft zählt“ eingeladen.",
        "Am 12. Mai 2031 lud die Stadt Gießen zur Eröffnung der Beratungsstelle „Türöffner Süd“ ein.",
        "Der Auftakt des Teilprojekts „Werkbank Vielfalt“ fand am 12. Mai 2031 in Fulda statt.",
    ],
)
def test_what_an_opening_opened_is_no_organiser(text: str) -> None:
    assert not {
        o for o in _organisers(text) if o.endswith(("Zukunft zählt", "Türöffner Süd“", "Werkbank Vielfalt"))
    }


def test_a_body_in_the_genitive_of_an_ordinary_event_still_holds_it() -> None:
    text = "Am 12. Mai 2031 fand der Fachtag des Vereins Lernwerk e. V. in Gießen statt."
    assert _organisers(text) == {"Lernwerk e. V."}
