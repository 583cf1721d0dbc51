"""Event reports, round 17 (constructions of the genre the rules missed; invented sentences): speech acts of a
programme's parts led ("leitete das Gespräch"), prizes given ("zeichnete … aus"), a guest on the programme ("Zu Gast
war X"), and the near shapes that make nobody a speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import facts_of

_DAY = dt.date(2024, 5, 14)


def _speakers(text: str) -> set[str]:
    facts = facts_of("Neues aus Kassel\n\n" + text, _DAY)
    return {s for s, p, _ in facts.relations if p == "speakerAt"}


# ---------------------------------------------------------------- a session led, a prize given, a guest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Beim Fachtag am 3. Mai in Kassel leitete die Abgeordnete Ute Brandt das Gespräch.", "Ute Brandt"),
        ("Beim Fachtag am 3. Mai in Kassel diskutierten drei Gäste. Die Runde leitete Jonas Weber.", "Jonas Weber"),
        ("Beim Fachtag am 3. Mai in Kassel wurde das Gespräch von Lea Horn geleitet.", "Lea Horn"),
        ("Bei der Preisverleihung am 3. Mai in Kassel zeichnete Ministerin Petra Sommer drei Betriebe aus.",
         "Petra Sommer"),
        ("Bei der Feierstunde am 3. Mai in Kassel zeichneten Landrat Uwe Roth und Jana Kurz die Sieger aus.",
         "Jana Kurz"),
        ("Beim Fachtag am 3. Mai in Kassel war Staatssekretärin Petra Sommer zu Gast.", "Petra Sommer"),
        ("Zum Jahresempfang am 3. Mai in Kassel kamen 100 Gäste. Zu Gast war auch Staatssekretärin Ina Roth.",
         "Ina Roth"),
    ],
)  # fmt: skip
def test_a_session_led_a_prize_given_or_a_guest_on_the_programme_is_a_speaker(
    text: str, speaker: str
) -> None:
    assert speaker in _speakers(text)


@pytest.mark.parametrize(
    ("text", "silent"),
    [
        ("Beim Fachtag am 3. Mai in Kassel berichtete Anna Kurz. Petra Sommer leitet das Projekt seit 2019.",
         "Petra Sommer"),
        ("Bei der Preisverleihung am 3. Mai in Kassel wurde Petra Sommer für ihr Engagement ausgezeichnet.",
         "Petra Sommer"),
        ("Bei der Preisverleihung am 3. Mai in Kassel zeichnete Ministerin Petra Sommer die Gründerin Jana Kurz aus.",
         "Jana Kurz"),
        ("Zum Jahresempfang am 3. Mai in Kassel kamen 100 Gäste. Zu den Gästen zählte auch Ina Roth.", "Ina Roth"),
        ("Die Fachtagung fand am 3. Mai in Kassel statt. Im Mai war Petra Sommer zu Gast bei der Beratungsstelle.",
         "Petra Sommer"),
    ],
)  # fmt: skip
def test_the_one_awarded_a_guest_of_a_body_and_a_project_s_head_are_no_speakers(
    text: str, silent: str
) -> None:
    assert silent not in _speakers(text)


def test_zu_after_a_name_is_no_particle_of_it() -> None:
    facts = facts_of("Neues aus Kassel\n\nBeim Fachtag am 3. Mai in Kassel kam Jan Muster zu Wort.", _DAY)
    assert ("Person", "Jan Muster") in facts.entities


@pytest.mark.parametrize(
    "text",
    [
        "Beim Fachtag am 3. Mai in Kassel war Ina Roth zu Gast, die sich unter die Besucher mischte.",
        "Zum Fachtag am 3. Mai in Kassel kamen 90 Gäste. Zu Gast war Ina Roth, die im Publikum saß.",
    ],
)
def test_a_guest_among_the_audience_is_no_speaker(text: str) -> None:
    assert "Ina Roth" not in _speakers(text)


# ---------------------------------------------------------------- a body's house as the venue


def _places(text: str) -> set[tuple[str, str]]:
    facts = facts_of("Neues aus Kassel\n\n" + text, _DAY)
    return {(s, o) for s, p, o in facts.relations if p == "locatedIn"}


@pytest.mark.parametrize(
    ("text", "venue", "town"),
    [
        ("Fachkonferenz „Vielfalt“\n\nTermin: Donnerstag, 20. Juni 2024, 9:30 bis 16:00 Uhr\nOrt: IHK Schwaben, "
         "Augsburg\nVeranstalter: MigraNet – IQ Landesnetzwerk Bayern", "IHK Schwaben", "Augsburg"),
        ("Infoabend „Anerkennung“\n\nTermin: 12. Juni 2024\nVeranstaltungsort: Handwerkskammer Kassel, "
         "Scheidemannplatz 2, 34117 Kassel", "Handwerkskammer Kassel", "Kassel"),
        ("Fachtag „Pflege“\n\nWann: 12. Juni 2024, 10 Uhr\nTagungsort: Caritasverband Fulda e.V., Fulda",
         "Caritasverband Fulda e.V.", None),
    ],
)  # fmt: skip
def test_a_body_named_in_a_venue_field_is_the_event_s_venue(text: str, venue: str, town: str | None) -> None:
    found = _places(text)
    assert any(o == venue for _, o in found)
    if town is not None:
        assert (venue, town) in found


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Das IQ Netzwerk Hessen lädt am 25. Juni zum Fachtag in die Handwerkskammer Kassel ein.",
         "Handwerkskammer Kassel"),
        ("Die Kammer und das IQ Netzwerk Hessen laden am 25. Juni zu einem Infoabend in die IHK Kassel ein.",
         "IHK Kassel"),
    ],
)  # fmt: skip
def test_an_invitation_in_the_present_into_a_body_s_house_places_the_event(text: str, venue: str) -> None:
    assert any(o == venue for _, o in _places(text))


def test_a_body_that_places_a_noun_is_no_venue_of_an_invitation() -> None:
    text = "Das IQ Netzwerk Hessen lädt am 25. Juni zum Fachtag ein. Die Beraterin in der Handwerkskammer Kassel berät."
    assert not any(o == "Handwerkskammer Kassel" for _, o in _places(text))


# ---------------------------------------------------------------- speakers' roles


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return facts_of("Neues aus Kassel\n\n" + text, _DAY).roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Heike Werner, Thüringer Sozialministerin, eröffnete den Fachtag am 3. Mai in Erfurt.",
         ("Heike Werner", "Thüringer Sozialministerin", None)),
        ("Beim Fachtag am 3. Mai diskutierten: Heike Werner, Thüringer Ministerin für Arbeit und Soziales, und Kai "
         "Lenz.", ("Heike Werner", "Thüringer Ministerin für Arbeit und Soziales", None)),
        ("Zum Fachtag am 3. Mai sprach Jan Ohm, Hamburger Senator für Arbeit, ein Grußwort.",
         ("Jan Ohm", "Hamburger Senator für Arbeit", None)),
    ],
)  # fmt: skip
def test_a_land_s_adjective_in_er_opens_a_title_after_the_name(
    text: str, role: tuple[str, str, str | None]
) -> None:
    assert role in _roles(text)


@pytest.mark.parametrize(
    ("text", "person", "ministry"),
    [
        ("Staatsministerin Petra Köpping eröffnete den Fachtag am 3. Mai in Dresden. Es sprach auch Mara Voigt vom "
         "Bundesministerium für Arbeit und Soziales.", "Petra Köpping", None),
        ("Landesministerin Eva Horn eröffnete den Fachtag am 3. Mai. Grußworte sprach Jan Ohm vom Bundesministerium "
         "für Arbeit und Soziales.", "Eva Horn", None),
        ("Staatsministerin Petra Köpping eröffnete den Fachtag am 3. Mai in Dresden, zu dem das Sächsische "
         "Staatsministerium für Soziales eingeladen hatte.", "Petra Köpping",
         "Sächsisches Staatsministerium für Soziales"),
        ("Bundesministerin Andrea Nahles eröffnete den Fachtag am 3. Mai in Berlin, zu dem das Bundesministerium für "
         "Arbeit und Soziales eingeladen hatte.", "Andrea Nahles", "Bundesministerium für Arbeit und Soziales"),
    ],
)  # fmt: skip
def test_a_land_s_minister_serves_no_federal_ministry(text: str, person: str, ministry: str | None) -> None:
    assert {org for p, _, org in _roles(text) if p == person} == {ministry}


# ---------------------------------------------------------------- a body represented by its staff


def _members(text: str) -> set[tuple[str, str]]:
    facts = facts_of(
        "Neues aus Kassel\n\nBeim Fachtag am 3. Mai in Mainz sprachen viele Gäste. " + text, _DAY
    )
    return {(s, o) for s, p, o in facts.relations if p == "memberOf"}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Das IQ Netzwerk Rheinland-Pfalz war mit zwei Kolleginnen vertreten: Sarah Lux und Eva Brandt.",
         {("Sarah Lux", "IQ Landesnetzwerk Rheinland-Pfalz"), ("Eva Brandt", "IQ Landesnetzwerk Rheinland-Pfalz")}),
        ("Die Handwerkskammer Koblenz war durch Jan Ohm und Ute Kern vertreten.",
         {("Jan Ohm", "Handwerkskammer Koblenz"), ("Ute Kern", "Handwerkskammer Koblenz")}),
        ("Der Caritasverband Mainz e.V. ist vertreten durch Dr. Lea Horn.", {("Lea Horn", "Caritasverband Mainz e.V.")}),
        ("Die Handwerkskammer Koblenz war mit drei Mitarbeitenden vertreten: Jan Ohm, Ute Kern und Lea Horn.",
         {("Jan Ohm", "Handwerkskammer Koblenz"), ("Lea Horn", "Handwerkskammer Koblenz")}),
    ],
)  # fmt: skip
def test_a_body_represented_by_its_staff_has_them_as_members(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _members(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Handwerkskammer Koblenz war mit einem Stand vertreten. Auch Jan Ohm kam.",
        "Die Handwerkskammer Koblenz war in Mainz vertreten, Jan Ohm sprach.",
    ],
)
def test_a_body_represented_by_no_one_named_has_no_member(text: str) -> None:
    assert not any(o == "Handwerkskammer Koblenz" for _, o in _members(text))
