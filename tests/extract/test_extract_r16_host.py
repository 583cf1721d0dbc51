"""Carriers and coordinators, round 16 (constructions writers use that the rules missed; invented sentences): the
placing participle fronted ("Angesiedelt ist X beim Y"), the carrier noun after its verb ("Im ersten Jahr lag die
Trägerschaft bei Y"), a pronoun carrier ("… den Verein Y gegründet; seitdem ist er Träger von X"), the role fronted
with "als" ("Als Koordinierungsstelle für X fungiert Y"), a body handing a coordination on ("Y gibt die Koordination
des X ab"), a list item's carrier after a comma ("TP 2: X, getragen vom Y"), a kind noun after a fronted passive
("Getragen wurde die Kontaktstelle vom Y"), a relative clause on a coordination office after its genitive ("die
Landeskoordinierung des Programms, die beim Y angesiedelt ist"), and the near shapes that give no carrier."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _hosts(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts_of("Neues aus Gera\n\n" + text).relations if p == "hostedBy"}


# ---------------------------------------------------------------- the placing participle fronted


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Angesiedelt ist das IQ Netzwerk Thüringen bei der Lernwerk GmbH; es gehört zum Programm IQ.",
         ("IQ Netzwerk Thüringen", "Lernwerk GmbH")),
        ("Angesiedelt war die IQ Fachberatung Gera seit 2016 am Institut für Arbeit Gera.",
         ("IQ Fachberatung Gera", "Institut für Arbeit Gera")),
        ("Untergebracht ist das Projekt „Lotsenhaus Nord“ beim Caritasverband Gera e.V.",
         ("Lotsenhaus Nord", "Caritasverband Gera e.V.")),
        ("Angegliedert wurde das IQ Netzwerk Sachsen 2015 an die Werkhaus gGmbH und bei der Lernwerk GmbH untergebracht.",
         None),
    ],
)  # fmt: skip
def test_a_fronted_placing_participle_places_the_unit_at_the_body(
    text: str, fact: tuple[str, str] | None
) -> None:
    if fact is None:  # "an die" is a direction, not a place: nothing read from the fronted participle
        assert ("IQ Netzwerk Sachsen", "Werkhaus gGmbH") not in _hosts(text)
    else:
        assert fact in _hosts(text)


def test_a_fronted_placing_participle_without_a_body_after_bei_gives_none() -> None:
    assert _hosts("Angesiedelt ist das IQ Netzwerk Thüringen in Erfurt, die Lernwerk GmbH berät es.") == set()


# ---------------------------------------------------------------- the carrier noun after its verb


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Das Projekt „Lotsenhaus Nord“ startete 2015. Im ersten Jahr lag die Trägerschaft bei der Caritas Gera.",
         ("Lotsenhaus Nord", "Caritas Gera")),
        ("Das Projekt „Lotsenhaus Nord“ läuft seit 2015. Bis 2018 lag die Trägerschaft beim Lernwerk e.V.",
         ("Lotsenhaus Nord", "Lernwerk e.V.")),
        ("Seit 2019 liegt die Koordination des IQ Netzwerks Thüringen bei der Lernwerk GmbH.",
         ("IQ Netzwerk Thüringen", "Lernwerk GmbH")),
        ("Das Land Thüringen fördert das IQ Netzwerk Thüringen. Auf Landesebene liegt die Koordination des "
         "IQ-Programms bei der Werkhaus gGmbH.", ("IQ Netzwerk Thüringen", "Werkhaus gGmbH")),
    ],
)  # fmt: skip
def test_a_carrier_noun_after_its_verb_names_the_holder(text: str, fact: tuple[str, str]) -> None:
    assert fact in _hosts(text)


def test_a_carrier_noun_after_its_verb_in_a_new_paragraph_means_no_unit_before() -> None:
    text = (
        "Das Projekt „Lotsenhaus Nord“ startete 2015.\n\nIm Kreis lag die Trägerschaft bei der Caritas Gera."
    )
    assert ("Lotsenhaus Nord", "Caritas Gera") not in _hosts(text)


def test_the_programme_without_its_land_is_no_network_carried() -> None:
    text = "Das IQ Netzwerk Thüringen berät. Bundesweit liegt die Gesamtkoordination für IQ bei der Werkhaus gGmbH."
    assert ("IQ Netzwerk Thüringen", "Werkhaus gGmbH") not in _hosts(text)


# ---------------------------------------------------------------- a pronoun carrier


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Das Projekt „Lotsenhaus Nord“ startete 2015. 2018 wurde der Verein Lernwerk e.V. gegründet; seitdem ist "
         "er auch der neue Träger von Lotsenhaus Nord.", ("Lotsenhaus Nord", "Lernwerk e.V.")),
        ("Die Werkhaus gGmbH wuchs rasch, und seit 2020 ist sie Trägerin des Projekts „Lotsenhaus Nord“.",
         ("Lotsenhaus Nord", "Werkhaus gGmbH")),
        ("Wir haben die Lernwerk GmbH 2016 gegründet, und inzwischen ist sie alleinige Trägerin des Projekts "
         "„Startklar Beruf“.", ("Startklar Beruf", "Lernwerk GmbH")),
    ],
)  # fmt: skip
def test_a_pronoun_carrier_is_the_body_named_before_in_the_sentence(text: str, fact: tuple[str, str]) -> None:
    assert fact in _hosts(text)


def test_a_pronoun_carrier_without_a_body_before_gives_none() -> None:
    assert (
        _hosts("Im Jahr 2020 wurde es ruhiger, seitdem ist er Träger des Projekts „Lotsenhaus Nord“.")
        == set()
    )


# ---------------------------------------------------------------- the role fronted with "als"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Als regionale Koordinierungsstelle für das IQ Netzwerk Thüringen fungiert die Lernwerk GmbH.",
         ("IQ Netzwerk Thüringen", "Lernwerk GmbH")),
        ("Als Träger des Projekts „Lotsenhaus Nord“ agiert seit 2021 der Caritasverband Gera e.V.",
         ("Lotsenhaus Nord", "Caritasverband Gera e.V.")),
        ("Als Koordinatorin des IQ Netzwerks Sachsen diente bis 2018 die Werkhaus gGmbH.",
         ("IQ Netzwerk Sachsen", "Werkhaus gGmbH")),
    ],
)  # fmt: skip
def test_a_fronted_carrier_role_names_the_subject_after_the_verb(text: str, fact: tuple[str, str]) -> None:
    assert fact in _hosts(text)


def test_a_fronted_role_with_a_person_s_verb_gives_no_body() -> None:
    text = (
        "Als Koordinierungsstelle für das IQ Netzwerk Thüringen wünscht sich Anna Beispiel mehr Geld von der "
        "Werkhaus gGmbH."
    )
    assert ("IQ Netzwerk Thüringen", "Werkhaus gGmbH") not in _hosts(text)


# ---------------------------------------------------------------- handing a coordination on


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Die Caritas Gera gibt die Koordination des IQ Netzwerks Thüringen nach acht Jahren ab.",
         {("IQ Netzwerk Thüringen", "Caritas Gera")}),
        ("Der Verein Lernwerk e.V. hat die Trägerschaft des Projekts „Lotsenhaus Nord“ zum Jahresende an die "
         "Volkshochschule Gera abgegeben.",
         {("Lotsenhaus Nord", "Lernwerk e.V."), ("Lotsenhaus Nord", "Volkshochschule Gera")}),
        ("Die Lernwerk GmbH übergab 2020 die Koordination des IQ Netzwerks Sachsen an die Caritas Gera.",
         {("IQ Netzwerk Sachsen", "Lernwerk GmbH"), ("IQ Netzwerk Sachsen", "Caritas Gera")}),
    ],
)  # fmt: skip
def test_a_body_handing_on_a_coordination_held_it(text: str, facts: set[tuple[str, str]]) -> None:
    assert facts <= _hosts(text)


def test_handing_on_news_of_a_coordination_is_no_giving_up() -> None:
    assert (
        _hosts("Die Caritas Gera gibt die Koordination des IQ Netzwerks Thüringen gern weiter bekannt.")
        == set()
    )


# ---------------------------------------------------------------- a list item's carrier after a comma


@pytest.mark.parametrize(
    ("item", "fact"),
    [
        ("- TP 2: Lotsenhaus Nord, getragen vom Lernwerk e.V.", ("Lotsenhaus Nord", "Lernwerk e.V.")),
        ("- TP 3: Brückenschlag Arbeit, durchgeführt vom Träger Caritasverband Gera e.V.",
         ("Brückenschlag Arbeit", "Caritasverband Gera e.V.")),
        ("- Startklar Beruf, in Trägerschaft der Volkshochschule Gera", ("Startklar Beruf", "Volkshochschule Gera")),
        ("- TP 4: Werkstatt Zukunft, Träger war die Lernhaus gGmbH", ("Werkstatt Zukunft", "Lernhaus gGmbH")),
        ("- TP 1: Koordination, getragen von der Lernwerk GmbH", ("IQ Netzwerk Thüringen", "Lernwerk GmbH")),
    ],
)  # fmt: skip
def test_a_list_item_s_carrier_after_a_comma(item: str, fact: tuple[str, str]) -> None:
    text = f"2012 wurden für das IQ Netzwerk Thüringen 300.000 Euro angefordert. Die Teilprojekte:\n{item}\n"
    assert fact in _hosts(text)


def test_a_list_item_s_payer_after_a_comma_is_no_carrier() -> None:
    text = "Beteiligt waren:\n- TP 2: Lotsenhaus Nord, gefördert vom Land Thüringen\n"
    assert _hosts(text) == set()


# ---------------------------------------------------------------- a kind noun after a fronted passive


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Die IQ Kontaktstelle Fachkräfte Ostthüringen war Teil des Programms IQ. Getragen wurde die Kontaktstelle "
         "vom Lernwerk e.V., das sie in Gera betrieb.", ("IQ Kontaktstelle Fachkräfte Ostthüringen", "Lernwerk e.V.")),
        ("Das Projekt „Lotsenhaus Nord“ startete 2015. Umgesetzt wird das Angebot von der Caritas Gera.",
         ("Lotsenhaus Nord", "Caritas Gera")),
        ("Das Projekt „Lotsenhaus Nord“ startete 2015. Betrieben wird das Projekt vom Caritasverband Gera e.V.",
         ("Lotsenhaus Nord", "Caritasverband Gera e.V.")),
    ],
)  # fmt: skip
def test_a_kind_noun_after_a_fronted_passive_is_the_project_named_before(
    text: str, fact: tuple[str, str]
) -> None:
    assert fact in _hosts(text)


def test_a_kind_noun_after_a_fronted_passive_in_a_new_paragraph_is_no_project_before() -> None:
    text = (
        "Das Projekt „Lotsenhaus Nord“ startete 2015.\n\nGetragen wurde die Kontaktstelle vom Lernwerk e.V."
    )
    assert ("Lotsenhaus Nord", "Lernwerk e.V.") not in _hosts(text)


# ---------------------------------------------------------------- an office's relative clause after its genitive


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Den Fachtag richtete die Landeskoordinierung des Förderprogramms „Integration durch "
         "Qualifizierung (IQ)“ aus, die bei der Lernwerk GmbH angesiedelt ist.", ("IQ Landeskoordinierung", "Lernwerk GmbH")),
        ("Die Tagung wurde von der Koordinierungsstelle des IQ Netzwerks Thüringen ausgerichtet, die bei der "
         "Werkhaus gGmbH angesiedelt ist.", ("Koordinierungsstelle des IQ Netzwerks Thüringen", "Werkhaus gGmbH")),
        ("Eingeladen hatte die Koordinierungsstelle des IQ Netzwerks Sachsen, die seit 2019 bei der Caritas Gera "
         "angesiedelt ist.", ("Koordinierungsstelle des IQ Netzwerks Sachsen", "Caritas Gera")),
    ],
)  # fmt: skip
def test_an_office_s_relative_clause_after_its_genitive(text: str, fact: tuple[str, str]) -> None:
    assert fact in _hosts(text)


def test_a_neuter_relative_pronoun_after_the_office_s_network_is_the_network_s() -> None:
    text = "Eingeladen hatte die Koordinierungsstelle des IQ Netzwerks Sachsen, das bei der Caritas Gera angesiedelt ist."
    hosts = _hosts(text)
    assert ("IQ Netzwerk Sachsen", "Caritas Gera") in hosts
    assert ("Koordinierungsstelle des IQ Netzwerks Sachsen", "Caritas Gera") not in hosts


# ---------------------------------------------------------------- a carrier noun's body not past a semicolon


def test_a_carrier_noun_s_body_is_not_read_past_a_semicolon() -> None:
    text = (
        "Beteiligt waren als TP 1 die Koordination, deren Trägerin die Stadt Gera war; als TP 2 das Projekt "
        "„Lotsenhaus Nord“ in Trägerschaft der Werkhaus gGmbH."
    )
    assert ("Stadt Gera", "Werkhaus gGmbH") not in _hosts(text)
