"""Events and their speakers read from the clauses of a sentence (what a relative clause says of those it names, a
talk told by what it showed), a grant handed over that is no prize, and venues named by their kind, in sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import Facts, facts_of

RELEASE = dt.date(2031, 5, 20)


def _speakers(text: str) -> set[str]:
    return {s for s, p, _ in facts_of("Titel\n\n" + text, RELEASE).relations if p == "speakerAt"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Am Ende dankte Petra Beispiel der Geschäftsstelle, zu der auch "
        "Karl Muster und Anna Probe gehören.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel dankte allen Betrieben, bei denen Karl Muster "
        "und Anna Probe arbeiten.",
        "Am 12. März fand der Fachtag statt. Zum Schluss dankte Petra Beispiel dem Beratungsteam, zu dem "
        "neben ihr Karl Muster, Anna Probe und Jonas Exempel zählen.",
    ],
)
def test_persons_named_in_a_relative_clause_of_a_preposition_are_no_speakers(text: str) -> None:
    assert _speakers(text) == {"Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Petra Beispiel leitete die Runde, in der Karl Muster über "
        "Wartezeiten berichtete.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel begrüßte die Gäste der Runde, mit denen Karl "
        "Muster anschließend diskutierte.",
        "Am 12. März fand der Fachtag statt. Petra Beispiel eröffnete das Podium, auf dem Karl Muster "
        "sprach.",
    ],
)
def test_a_relative_clause_with_its_own_speech_act_keeps_its_speaker(text: str) -> None:
    assert "Karl Muster" in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Karl Muster, der beim Verein Lernwerk arbeitet, zeigte, wie "
        "Betriebe neue Fachkräfte einarbeiten.",
        "Am 12. März fand der Fachtag statt. Anhand von drei Beispielen zeigte Karl Muster, was kleine "
        "Betriebe leisten können.",
        "Am 12. März fand der Fachtag statt. Karl Muster und Anna Probe zeigten den Gästen, warum die "
        "Anerkennung so lange dauert.",
    ],
)
def test_showing_how_a_thing_is_done_at_an_event_held_makes_a_speaker(text: str) -> None:
    assert "Karl Muster" in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Die Studie von Karl Muster zeigte sich als hilfreich.",
        "Am 12. Juni findet der Fachtag statt. Karl Muster zeigt dort, wie Betriebe einarbeiten.",
        "Am 12. März fand der Fachtag statt. Karl Muster zeigte sich zufrieden, wie es lief.",
    ],
)
def test_a_mood_shown_or_a_show_announced_makes_no_speaker(text: str) -> None:
    assert "Karl Muster" not in _speakers(text)


def _facts(text: str) -> Facts:
    return facts_of("Titel\n\n" + text, RELEASE)


@pytest.mark.parametrize(
    "text",
    [
        "Ministerin Petra Beispiel überreichte die Förderbescheide am Montag in Kiel.",
        "Die Zuwendungsbescheide überreichte Staatssekretär Karl Muster am 12. März in Fulda.",
        "Am 12. März überreichten Petra Beispiel und Karl Muster dem Verein einen Scheck über 5.000 Euro.",
    ],
)
def test_a_grant_handed_over_is_no_prize_giving(text: str) -> None:
    assert _facts(text).events == []


@pytest.mark.parametrize(
    "text",
    [
        "Ministerin Petra Beispiel überreichte am 12. März in Kiel den Integrationspreis.",
        "Am 12. März überreichte Karl Muster die Urkunden an zwölf Absolventinnen.",
        "Die Auszeichnung überreichte Anna Probe am 12. März im Kieler Schloss.",
    ],
)
def test_a_prize_or_certificates_handed_over_stay_an_occasion(text: str) -> None:
    assert _facts(text).events


@pytest.mark.parametrize(
    "text",
    [
        "Der Fachtag fand am 12. März im Rathaus statt.",
        "Am 12. März trafen sich die Beratungsstellen in der Stadthalle.",
        "Die Ministerin sprach am 12. März im Bürgerhaus über Anerkennung.",
    ],
)
def test_a_venue_named_by_its_kind_alone_is_no_place(text: str) -> None:
    assert not {label for kind, label in _facts(text).entities if kind == "Place"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Der Fachtag fand am 12. März im Rathaus Kassel statt.", "Rathaus Kassel"),
        ("Am 12. März trafen sich die Beratungsstellen in der Stadthalle Fulda.", "Stadthalle Fulda"),
        ("Die Tagung fand am 12. März im Bürgerhaus in Gießen statt.", "Bürgerhaus Gießen"),
    ],
)
def test_a_venue_of_a_kind_named_by_its_town_is_a_place(text: str, venue: str) -> None:
    assert ("Place", venue) in _facts(text).entities


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Referentinnen der Workshops waren Karl Muster und Anna Probe.",
        "Am 12. März fand die Konferenz statt. Als Referent des Forums trat Karl Muster auf.",
        "Am 12. März fand der Fachtag statt. Referenten der Podiumsdiskussion: Karl Muster und Anna Probe.",
    ],
)
def test_a_speaker_of_a_part_of_the_event_named_in_the_genitive_speaks(text: str) -> None:
    assert "Karl Muster" in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Referentin der Geschäftsführung Anna Probe saß im Publikum.",
        "Am 12. März fand der Fachtag statt. Karl Muster, Referent des Ministeriums, war unter den Gästen.",
        "Am 12. März fand der Fachtag statt. Die Referentin der Landesregierung, Anna Probe, hörte zu.",
    ],
)
def test_a_referent_of_a_body_is_a_post_and_no_speaker(text: str) -> None:
    assert _speakers(text) == set()


def _organisers(text: str) -> set[str]:
    return {o for _, p, o in _facts(text).relations if p == "organisedBy"}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Am 12. März war der Saal voll, als der Verein Lernwerk e. V. zur Podiumsdiskussion ins Kulturhaus "
            "Kassel eingeladen hatte.",
            "Lernwerk e. V.",
        ),
        ("Als die Stiftung Beispielhaus am 12. März zum Fachtag eingeladen hatte, kamen 80 Gäste.", None),
        (
            "Nachdem das IQ Netzwerk Sachsen am 12. März die Jahrestagung ausgerichtet hatte, zog es Bilanz.",
            "IQ Netzwerk Sachsen",
        ),
    ],
)
def test_a_clause_of_time_with_its_host_as_subject_names_the_organiser(text: str, host: str | None) -> None:
    found = _organisers(text)
    assert len(found) == 1 and (host is None or host in found)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Eine Woche zuvor hatte der Verein einen Workshop angeboten, bei "
        "dem Karl Muster referierte.",
        "Am 12. März fand der Fachtag statt. Im Vorjahr hatte Karl Muster die Gäste begrüßt.",
        "Am 12. März fand der Fachtag statt. Drei Tage später sprach Karl Muster vor dem Landtag.",
    ],
)
def test_a_sentence_set_at_a_distance_from_the_event_names_no_speaker_of_it(text: str) -> None:
    assert "Karl Muster" not in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Zuvor hatte Karl Muster die Gäste begrüßt.",
        "Am 12. März fand der Fachtag statt. Karl Muster, der vor einem Jahr aus Syrien kam, berichtete.",
        "Am 12. März fand der Fachtag statt. „Vor einem Jahr gab es das nicht“, sagte Karl Muster dort.",
    ],
)
def test_a_time_of_the_same_event_or_of_a_story_keeps_the_speaker(text: str) -> None:
    assert "Karl Muster" in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März besuchte Ministerin Anna Probe die Beratungsstelle. Begleitet wurde sie von Staatssekretär "
        "Karl Muster, der sich nicht äußerte.",
        "Am 12. März besuchte Anna Probe, begleitet von Karl Muster, die Beratungsstelle und sprach mit dem Team.",
        "Am 12. März besuchte Anna Probe die Beratungsstelle. Begleitet wurde die Ministerin vom Abgeordneten "
        "Karl Muster, der zuhörte.",
    ],
)
def test_one_who_came_along_with_a_visitor_is_no_speaker(text: str) -> None:
    assert "Karl Muster" not in _speakers(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Drei Betriebe sind am Mittwochabend mit dem Integrationspreis ausgezeichnet worden.", 26),
        ("Die Beratungsstelle ist am Montag offiziell eröffnet worden.", 24),
        ("Zehn Absolventinnen sind am Dienstag mit dem Förderpreis ausgezeichnet worden.", 25),
    ],
)
def test_a_weekday_in_the_perfect_passive_is_the_last_such_day(text: str, day: int) -> None:
    facts = facts_of("Titel\n\n" + text, dt.date(2031, 11, 28))  # a Friday
    assert [d for _, d in facts.events] == [dt.date(2031, 11, day)]


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März wurden drei Betriebe ausgezeichnet. Die Verleihung fand im Rathaus Kassel statt.",
        "Drei Betriebe wurden am 12. März mit dem Preis ausgezeichnet. Die Verleihung fand im Rathaus Kassel statt.",
        "Am 12. März zeichnete die Stadt drei Betriebe aus. Die Verleihung fand dann im Rathaus Kassel statt.",
    ],
)
def test_an_event_told_by_its_verb_is_named_again_by_the_last_part_of_its_noun(text: str) -> None:
    placed = {o for _, p, o in _facts(text).relations if p == "locatedIn"}
    assert "Rathaus Kassel" in placed


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt; ausgerichtet wurde er vom Verein Lernwerk e. V.",
        "Am 12. März tagte die Konferenz; veranstaltet wurde sie von dem Verein Lernwerk e. V.",
        "Am 12. März fand der Fachtag in Kassel statt und organisiert wurde er vom Verein Lernwerk e. V.",
    ],
)
def test_a_clause_opened_by_the_participle_of_the_passive_names_the_organiser(text: str) -> None:
    assert _organisers(text) == {"Lernwerk e. V."}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Der Verein Lernwerk e. V. lädt zu einem Online-Seminar ein. Am Donnerstag, 19. Juni 2031, von 10 bis "
            "12 Uhr erklären Fachleute das Verfahren.",
            dt.date(2031, 6, 19),
        ),
        (
            "Das Netzwerk bietet Betrieben einen Workshop an. Er beginnt am 3. Juli 2031 um 9:30 Uhr in Kiel.",
            dt.date(2031, 7, 3),
        ),
        (
            "Zum Fachtag sind alle Beratungsstellen eingeladen. Los geht es am 8. Juli 2031, 10 Uhr, im Rathaus Kiel.",
            dt.date(2031, 7, 8),
        ),
    ],
)
def test_a_day_given_with_its_hours_is_the_time_of_the_event_named_before(text: str, day: dt.date) -> None:
    assert [d for _, d in _facts(text).events] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein Lernwerk e. V. lädt zu einem Online-Seminar ein. Anmeldung bis Montag, 16. Juni 2031, 12 Uhr.",
        "Der Verein plant einen Workshop. Die Frist endet am 3. Juli 2031 um 12 Uhr.",
        "Ein Fachtag ist geplant. Zuletzt aktualisiert: Montag, 16. Juni 2031, 8:56 Uhr.",
    ],
)
def test_a_deadline_or_a_page_s_time_stamp_with_its_hour_is_no_event_s_time(text: str) -> None:
    assert [d for _, d in _facts(text).events if d is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Als Diskutantinnen waren Anna Probe und Petra Beispiel geladen.",
        "Am 12. März fand der Fachtag statt. An der Diskussion beteiligten sich Anna Probe und Petra Beispiel.",
        "Am 12. März fand der Fachtag statt. Anna Probe und Petra Beispiel beteiligten sich an der Podiumsdebatte.",
    ],
)
def test_one_taking_part_in_a_debate_speaks(text: str) -> None:
    assert _speakers(text) == {"Anna Probe", "Petra Beispiel"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. In Vertretung der erkrankten Ministerin Anna Probe sprach "
        "Staatssekretär Karl Muster.",
        "Am 12. März fand der Fachtag statt. Karl Muster sprach anstelle von Anna Probe ein Grußwort.",
        "Am 12. März fand der Fachtag statt. Im Auftrag von Anna Probe begrüßte Karl Muster die Gäste.",
    ],
)
def test_one_spoken_for_is_absent_and_no_speaker(text: str) -> None:
    assert _speakers(text) == {"Karl Muster"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Karl Muster konnte wegen Krankheit nicht sprechen.",
        "Am 12. März fand der Fachtag statt. Ohne Grußwort ging es los, Karl Muster saß im Publikum.",
        "Am 12. März fand der Fachtag statt. Im Publikum saßen auch Karl Muster und Anna Probe.",
    ],
)
def test_a_denied_speech_act_or_the_audience_makes_no_speaker(text: str) -> None:
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Anna Probe hielt nicht nur einen Vortrag.",
        "Am 12. März fand der Fachtag statt. Karl Muster sprach nicht über Zahlen, sondern über Menschen.",
        "Am 12. März fand der Fachtag statt. Kein anderer Redner begeisterte so wie Karl Muster, der den Tag eröffnete.",
    ],
)
def test_a_negation_that_does_not_deny_the_act_keeps_the_speaker(text: str) -> None:
    assert _speakers(text) - {"Anna Probe", "Karl Muster"} == set() and _speakers(text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Am 12. März war das IQ Netzwerk Sachsen Gastgeber eines Netzwerktreffens in Leipzig.",
            "IQ Netzwerk Sachsen",
        ),
        ("Am 12. März war der Verein Lernwerk Gastgeber eines Fachtags in Kassel.", "Verein Lernwerk"),
        (
            "Beim Fachtag am 12. März in Kiel war die Handwerkskammer Kiel erstmals Gastgeberin.",
            "Handwerkskammer Kiel",
        ),
    ],
)
def test_a_host_as_the_subject_after_war_before_its_host_noun_organises(text: str, host: str) -> None:
    assert _organisers(text) == {host}


def test_a_guest_at_the_host_s_is_no_organiser() -> None:
    text = "Am 12. März war der Verein Lernwerk e. V. beim Gastgeber des Fachtags in Kiel zu Gast."
    assert "Lernwerk e. V." not in _organisers(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Am 12. März fand in Kiel der Unternehmerdialog „Fachkräfte“ statt.",
            "Unternehmerdialog „Fachkräfte“",
        ),
        ("Am 12. März fand in Kiel ein Planspiel für Betriebe statt.", "Planspiel"),
        (
            "Am 12. März fand in Kiel der Fachabend des Vereins Lernwerk statt.",
            "Fachabend des Vereins Lernwerk",
        ),
    ],
)
def test_more_formats_of_a_day_s_programme_are_event_nouns(text: str, label: str) -> None:
    assert [name for name, _ in _facts(text).events] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Dort hatte Karl Muster die Rolle der Betriebe hervorgehoben.",
        "Am 12. März fand der Fachtag statt. Beim Fachtag hat Karl Muster die Bedeutung der Beratung betont.",
        "Am 12. März fand der Fachtag statt. Zuvor hatte Karl Muster die Arbeit der Lotsen gewürdigt.",
    ],
)
def test_a_report_of_speech_in_the_perfect_at_an_event_held_makes_a_speaker(text: str) -> None:
    assert _speakers(text) == {"Karl Muster"}


@pytest.mark.parametrize(
    ("text", "house"),
    [
        (
            "Am 12. März fand der Fachtag auf dem Gelände der Handwerkskammer Erfurt statt.",
            "Handwerkskammer Erfurt",
        ),
        ("Am 12. März fand der Fachtag auf dem Campus der Hochschule Fulda statt.", "Hochschule Fulda"),
        ("Der Fachtag fand am 12. März im Garten des Vereins Lernwerk statt.", "Verein Lernwerk"),
    ],
)
def test_the_grounds_or_garden_of_an_organisation_are_the_event_s_venue(text: str, house: str) -> None:
    assert {o for _, p, o in _facts(text).relations if p == "locatedIn"} == {house}


def test_grounds_denied_are_no_venue() -> None:
    text = "Der Fachtag fand am 12. März nicht auf dem Gelände der Hochschule Fulda statt, sondern online."
    assert "Hochschule Fulda" not in {o for _, p, o in _facts(text).relations if p == "locatedIn"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Zum Abschluss dankte Anna Probe dem Organisator Karl Muster.",
        "Am 12. März fand der Fachtag statt. Am Ende dankte Anna Probe der Gastgeberin Petra Beispiel.",
        "Am 12. März fand der Fachtag statt. Anna Probe bedankte sich bei der Helferin Petra Beispiel.",
    ],
)
def test_one_thanked_in_the_dative_is_no_speaker_by_the_thanks(text: str) -> None:
    assert _speakers(text) == {"Anna Probe"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Am Ende dankte der Vorsitzende Karl Muster allen Helfern.",
        "Am 12. März fand der Fachtag statt. Zum Abschluss dankte Karl Muster dem Team.",
        "Am 12. März fand der Fachtag statt. Karl Muster dankte den Gästen für ihr Kommen.",
    ],
)
def test_the_one_who_thanks_speaks(text: str) -> None:
    assert _speakers(text) == {"Karl Muster"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März 2031 lädt der Verein Lernwerk zum Fachtag ein.\n\n11:15 Uhr – Panel mit Karl Muster und Anna Probe",
        "Am 12. März 2031 lädt der Verein Lernwerk zum Fachtag ein.\n\n11:15 Uhr Podium mit Karl Muster, Anna Probe",
        "Am 12. März 2031 lädt der Verein Lernwerk zum Fachtag ein.\n\n11:15 Uhr Panel: Karl Muster und Anna Probe",
    ],
)
def test_a_panel_in_a_programme_names_its_speakers(text: str) -> None:
    assert _speakers(text) == {"Karl Muster", "Anna Probe"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März 2031 lädt der Verein Lernwerk zum Fachtag ein.\n\n16:30 Uhr Abschluss: Karl Muster",
        "Am 12. März 2031 lädt der Verein Lernwerk zum Fachtag ein.\n\n16:00 – Fazit: Karl Muster",
        "Am 12. März 2031 lädt der Verein Lernwerk zum Fachtag ein.\n\n16:00 Ausblick: Karl Muster (Verein Lernwerk)",
    ],
)
def test_the_close_of_a_programme_names_its_speaker(text: str) -> None:
    assert _speakers(text) == {"Karl Muster"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Karl Muster räumte ein, dass es Wartezeiten gibt.",
        "Am 12. März fand der Fachtag statt. Karl Muster beschrieb die Lage der Betriebe.",
        "Am 12. März fand der Fachtag statt. Karl Muster kritisierte die langen Verfahren.",
        "Am 12. März fand der Fachtag statt. Einen Rückblick auf zehn Jahre gab Karl Muster.",
        "Am 12. März fand der Fachtag statt. Karl Muster richtete einen Appell an die Betriebe.",
        "Am 12. März fand der Fachtag statt. Karl Muster ging der Frage nach, wie Betriebe profitieren.",
    ],
)
def test_more_reports_of_speech_at_an_event_held_make_a_speaker(text: str) -> None:
    assert _speakers(text) == {"Karl Muster"}


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. Juni findet der Fachtag statt. Karl Muster beschreibt dort die Lage der Betriebe.",
        "Am 12. März fand der Fachtag statt. Karl Muster ging am Abend nach Hause.",
        "Am 12. März fand der Fachtag statt. Karl Muster zeigte sich überzeugt, dass es klappt.",
    ],
)
def test_an_announcement_or_no_speech_makes_no_speaker(text: str) -> None:
    assert _speakers(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Am 12. März fand der Fachtag statt. Zu hören waren außerdem Karl Muster und Anna Probe.",
        "Am 12. März fand der Fachtag statt. Als Redner waren Karl Muster und Anna Probe zu hören.",
        "Am 12. März fand der Fachtag statt. Sowohl Karl Muster als auch Anna Probe warben für Offenheit.",
    ],
)
def test_speakers_heard_or_pleading_speak(text: str) -> None:
    assert _speakers(text) == {"Karl Muster", "Anna Probe"}
