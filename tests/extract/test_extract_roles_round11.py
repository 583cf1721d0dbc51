"""Roles on invented sentences (round 11): organisers' and trainers' titles, titles naming their body by its kind,
a unit's post in the body its kind genitive means, "als" after a time, a holder addressed as Frau/Herr, a successor's
post named again, mandates in apposition or brackets."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return set(facts_of("Titel\n\n" + text).roles)


# ---------------------------------------------------------------- roles of organisers, initiators, assistants


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Der Verein Lernwerk Nordhessen e. V. lud zur Messe ein. „Das war ein Erfolg“, sagte Organisatorin "
            "Petra Beispiel vom Lernwerk.",
            ("Petra Beispiel", "Organisatorin", "Lernwerk Nordhessen e. V."),
        ),
        (
            "„Wir kommen wieder“, sagte Organisator Karl Muster von der Stiftung Nordlicht.",
            ("Karl Muster", "Organisator", "Stiftung Nordlicht"),
        ),
        (
            "Initiatorin Jana Probe von der Stiftung Nordlicht dankte den Gästen. Die Projektassistentin Eva Test "
            "vom Caritasverband Kassel half beim Aufbau.",
            ("Jana Probe", "Initiatorin", "Stiftung Nordlicht"),
        ),
    ],
)
def test_an_organiser_s_or_initiator_s_title_before_the_name(text: str, role: tuple[str, str, str]) -> None:
    roles = _roles(text)
    assert role in roles
    assert not {(s, o) for s, p, o in facts_of("Titel\n\n" + text).relations if p == "memberOf"} & {
        (role[0], role[2])
    }


# ---------------------------------------------------------------- a title naming its body by its kind


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Eingeladen hatte der Verein Brückenbau Nord e. V. „Wir sind zufrieden“, sagte der Vereinsvorsitzende "
            "Jonas Beispiel.",
            ("Jonas Beispiel", "Vereinsvorsitzender", "Brückenbau Nord e. V."),
        ),
        (
            "Die Messe fand in der Handwerkskammer Lindenau statt. Eröffnet wurde sie von Kammerpräsidentin Petra "
            "Muster.",
            ("Petra Muster", "Kammerpräsidentin", "Handwerkskammer Lindenau"),
        ),
        (
            "Die Stiftung Morgenrot fördert das Mentoring. Stiftungsvorstand Karl Probe, der das Programm "
            "angestoßen hat, dankte den Mentorinnen.",
            ("Karl Probe", "Stiftungsvorstand", "Stiftung Morgenrot"),
        ),
    ],
)
def test_a_title_naming_its_body_by_kind_is_at_the_one_body_of_that_kind(
    text: str, role: tuple[str, str, str]
) -> None:
    assert role in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        # two bodies of the kind: which one is not said
        "Der Verein Lernwerk e. V. und der Verein Brückenbau Nord e. V. luden ein. Der Vereinsvorsitzende Jonas "
        "Beispiel begrüßte die Gäste.",
        # none of the kind named before
        "Kammerpräsidentin Petra Muster eröffnete den Abend. Danach sprach die Handwerkskammer Lindenau.",
        "Die Stiftung Morgenrot und die Stiftung Abendlicht fördern das Mentoring. Stiftungsvorständin Eva Probe "
        "dankte allen.",
    ],
)
def test_a_title_naming_its_body_by_kind_keeps_no_body_where_none_or_several_fit(text: str) -> None:
    assert {o for _, t, o in _roles(text) if t.startswith(("Vereins", "Kammer", "Stiftungs"))} == {None}


# ---------------------------------------------------------------- a unit's head, the unit's body named by its kind


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Pressemitteilung des Ministeriums für Arbeit, Soziales und Familie\n\nDas Land arbeitet dabei mit dem "
            "Ministerium für Bildung zusammen. Zuständig ist das Referat 12 des Ministeriums. Leiterin des Referats "
            "ist Petra Beispiel.",
            ("Petra Beispiel", "Leiterin des Referats", "Ministerium für Arbeit, Soziales und Familie"),
        ),
        (
            "Der Verein Lernwerk e. V. hat eine Abteilung für Beratung. Die Abteilung „Beratung“ des Vereins wächst. "
            "Leiter der Abteilung ist seit Mai Karl Muster.",
            ("Karl Muster", "Leiter der Abteilung", "Lernwerk e. V."),
        ),
        (
            "Die Stiftung Morgenrot startet ein neues Programm. Es betreut das Referat Bildung der Stiftung. "
            "Referentin des Referats ist Eva Probe.",
            ("Eva Probe", "Referentin des Referats", "Stiftung Morgenrot"),
        ),
    ],
)
def test_a_unit_s_post_is_in_the_body_the_unit_s_kind_genitive_means(
    text: str, role: tuple[str, str, str]
) -> None:
    assert role in _roles(text)


# ---------------------------------------------------------------- "als" after a time that holds nouns; predecessors


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Uwe Modell scheidet zum Jahresende als Vorstandsvorsitzender des Vereins Brückenbau e. V. aus.",
            ("Uwe Modell", "Vorstandsvorsitzender", "Brückenbau e. V."),
        ),
        (
            "Petra Beispiel war zwölf Jahre als Geschäftsführerin der Lernwerk gGmbH tätig.",
            ("Petra Beispiel", "Geschäftsführerin", "Lernwerk gGmbH"),
        ),
        (
            "Die Gäste dankten Karl Probe, der nach zehn Jahren als Referent der Stiftung Morgenrot nach Bremen "
            "wechselt.",
            ("Karl Probe", "Referent", "Stiftung Morgenrot"),
        ),
    ],
)
def test_a_role_after_als_and_a_time_that_holds_nouns(text: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(text)


@pytest.mark.parametrize(
    ("text", "role", "not_role"),
    [
        (
            "Karl Probe folgt auf Petra Beispiel, die nach zwölf Jahren als Geschäftsführerin der Lernwerk gGmbH "
            "in den Ruhestand geht.",
            ("Petra Beispiel", "Geschäftsführerin", "Lernwerk gGmbH"),
            ("Karl Probe", "Geschäftsführerin", "Lernwerk gGmbH"),
        ),
        (
            "Anna Muster folgt auf Frank Test, Geschäftsführer der Brückenbau gGmbH.",
            ("Frank Test", "Geschäftsführer", "Brückenbau gGmbH"),
            ("Anna Muster", "Geschäftsführer", "Brückenbau gGmbH"),
        ),
        (
            "Jana Fiktiv folgt auf Karl Muster als Leiterin der Stiftung Morgenrot.",
            ("Jana Fiktiv", "Leiterin", "Stiftung Morgenrot"),
            ("Karl Muster", "Leiterin", "Stiftung Morgenrot"),
        ),
    ],
)
def test_a_predecessor_s_apposition_is_the_predecessor_s_role(
    text: str, role: tuple[str, str, str], not_role: tuple[str, str, str]
) -> None:
    roles = _roles(text)
    assert role in roles
    assert not_role not in roles


# ---------------------------------------------------------------- a form of address before the holder's name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Das Ministerium für Arbeit, Soziales und Familie antwortet. Ansprechpartnerin im Ministerium ist Frau "
            "Dr. Helga Probe.",
            ("Helga Probe", "Ansprechpartnerin", "Ministerium für Arbeit, Soziales und Familie"),
        ),
        (
            "Das IQ Netzwerk Sachsen-Anhalt berät Betriebe. Netzwerkkoordinator ist Herr Tobias Beispiel.",
            ("Tobias Beispiel", "Netzwerkkoordinator", "IQ Netzwerk Sachsen-Anhalt"),
        ),
        (
            "Die Stiftung Morgenrot hat eine neue Leitung. Seit Mai ist Frau Anna Muster Geschäftsführerin der "
            "Stiftung Morgenrot.",
            ("Anna Muster", "Geschäftsführerin", "Stiftung Morgenrot"),
        ),
    ],
)
def test_a_holder_addressed_as_frau_or_herr(text: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(text)


# ---------------------------------------------------------------- a firm's staff named in the sentence after it


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Die Beispiel GmbH bildet Geflüchtete aus. „Wir profitieren davon“, sagt Personalchefin Anna Muster.",
            ("Anna Muster", "Personalchefin", "Beispiel GmbH"),
        ),
        (
            "Die Lernwerk gGmbH sucht Azubis. Ausbilder Karl Probe betreut sie.",
            ("Karl Probe", "Ausbilder", "Lernwerk gGmbH"),
        ),
        (
            "Bei der Muster AG lernen zwölf junge Leute. Ihre Ausbilderin Eva Test ist zufrieden.",
            ("Eva Test", "Ausbilderin", "Muster AG"),
        ),
    ],
)
def test_a_head_or_trainer_of_the_firm_named_before(text: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(text)


# ---------------------------------------------------------------- a successor's post named again without its body


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ines Beispiel scheidet als Geschäftsführerin der Lernwerk gGmbH aus, die das Netzwerk trägt. Neuer "
            "Geschäftsführer wird Timo Probe.",
            ("Timo Probe", "Geschäftsführer", "Lernwerk gGmbH"),
        ),
        (
            "Karl Muster, Vorsitzender des Vereins Brückenbau e. V., geht in den Ruhestand. Vorsitzende ist ab Mai "
            "Anna Fiktiv.",
            ("Anna Fiktiv", "Vorsitzende", "Brückenbau e. V."),
        ),
        (
            "Die Stiftung Morgenrot verabschiedet ihre Leiterin Petra Probe, wie Karl Test sagte. Leiter wird Uwe "
            "Test.",
            ("Uwe Test", "Leiter", "Stiftung Morgenrot"),
        ),
    ],
)
def test_a_post_named_again_is_the_one_named_with_its_body_before(
    text: str, role: tuple[str, str, str]
) -> None:
    assert role in _roles(text)


def test_another_post_named_after_keeps_no_body() -> None:
    text = (
        "Ines Beispiel scheidet als Geschäftsführerin der Lernwerk gGmbH aus, wie Karl Muster sagte. Neue "
        "Referentin wird Eva Probe."
    )
    assert ("Eva Probe", "Referentin", None) in _roles(text)


# ---------------------------------------------------------------- mandates in apposition or brackets


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Anna Muster, MdL, lobte die Arbeit der Beratungsstelle.", ("Anna Muster", "MdL", None)),
        ("Zum Festakt kam auch Karl Probe (MdB).", ("Karl Probe", "MdB", None)),
        ("Es sprachen Eva Test ( MdHB ) und der Bürgermeister.", ("Eva Test", "MdHB", None)),
    ],
)
def test_a_mandate_in_apposition_or_in_brackets(text: str, role: tuple[str, str, None]) -> None:
    assert role in _roles(text)
