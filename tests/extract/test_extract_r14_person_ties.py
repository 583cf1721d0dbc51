"""Persons' ties crossed with what a sentence hangs on them (round 14): a second title after "und", the first
title's body with a legal form or a short form in brackets, names that a role noun closes."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return facts_of("Titel\n\n" + text).roles


def _entities(text: str) -> set[tuple[str, str]]:
    return facts_of("Titel\n\n" + text).entities


# ---------------------------------------------------------------- a second title after the first title's body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lea Muster ist Vorsitzende der Stiftung Sonnenweg und Sprecherin des IQ Netzwerks Thüringen.",
            {
                ("Lea Muster", "Vorsitzende", "Stiftung Sonnenweg"),
                ("Lea Muster", "Sprecherin", "IQ Netzwerk Thüringen"),
            },
        ),
        (
            "Karl Sommer ist Geschäftsführer der Stiftung Morgenrot und Vorsitzender des Vereins Brückenhaus e. V.",
            {
                ("Karl Sommer", "Geschäftsführer", "Stiftung Morgenrot"),
                ("Karl Sommer", "Vorsitzender", "Brückenhaus e. V."),
            },
        ),
        (
            "Als Leiterin der Stiftung Fernblick und Beraterin der Diakonie Thüringen kennt Eva Linde beide Seiten.",
            set(),  # the holder named after the titles: no first title to continue (a known limit, kept false-free)
        ),
    ],
)
def test_a_title_after_und_does_not_run_into_a_foundations_name(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    roles = _roles(text)
    assert expected <= roles
    assert not any("und" in org for _, _, org in roles if org)


@pytest.mark.parametrize(
    ("text", "org", "second"),
    [
        (
            "Lea Muster, Vorsitzende des Vereins Lernhaus e.V. und Sprecherin des IQ Netzwerks Thüringen, "
            "eröffnete die Sitzung.",
            "Lernhaus e.V.",
            ("Lea Muster", "Sprecherin", "IQ Netzwerk Thüringen"),
        ),
        (
            "Karl Sommer, Referent im Ministerium für Kultur und Sport (MKS) und Sprecher der "
            "Diakonie Thüringen, sprach zuerst.",
            "Ministerium für Kultur und Sport",
            ("Karl Sommer", "Sprecher", "Diakonie Thüringen"),
        ),
        (
            "Am Abend sprach Jana Winter, Leiterin der Wegweiser gGmbH und Koordinatorin des IQ Netzwerks "
            "Sachsen.",
            "Wegweiser gGmbH",
            ("Jana Winter", "Koordinatorin", "IQ Netzwerk Sachsen"),
        ),
    ],
)
def test_a_second_title_is_read_past_a_legal_form_or_a_short_form_in_brackets(
    text: str, org: str, second: tuple[str, str, str]
) -> None:
    roles = _roles(text)
    assert any(o == org for _, _, o in roles)
    assert second in roles


def test_a_second_title_of_the_other_gender_is_not_the_first_holders() -> None:
    roles = _roles(
        "Lea Muster, Vorsitzende der Stiftung Sonnenweg und Leiter Karl Sommer stellten den Plan vor."
    )
    assert not any(p == "Lea Muster" and t.startswith("Leiter") for p, t, _ in roles)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stiftung Sonnenweg und Geschäftsführerin Anna Grau laden zum Fest.",
        "Lea Muster leitet die Stiftung Morgenrot und Beraterin Anna Grau unterstützt sie.",
        "Gemeinsam luden die Stiftung Fernblick und Vorsitzender Ben Weiß die Presse ein.",
    ],
)
def test_a_role_noun_after_und_closes_a_foundations_name(text: str) -> None:
    orgs = {label for type_, label in _entities(text) if type_ == "Organisation"}
    assert orgs and not any(" und " in label for label in orgs)


# ---------------------------------------------------------------- a plural title in the dative or genitive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Begrüßt wurden die Gäste von den Geschäftsführern der Stiftung Sonnenweg, Anna Grau und Ben Weiß.",
            {
                ("Anna Grau", "Geschäftsführerin", "Stiftung Sonnenweg"),
                ("Ben Weiß", "Geschäftsführer", "Stiftung Sonnenweg"),
            },
        ),
        (
            "Die Ministerin dankte den Beratern des Vereins Lernhaus e. V., Karl Sommer und Jonas Beck.",
            {("Karl Sommer", "Berater", "Lernhaus e. V."), ("Jonas Beck", "Berater", "Lernhaus e. V.")},
        ),
        (
            "Die Rede der beiden Geschäftsführer der Stiftung Morgenrot, Eva Linde und Ben Weiß, fand Beifall.",
            {
                ("Eva Linde", "Geschäftsführerin", "Stiftung Morgenrot"),
                ("Ben Weiß", "Geschäftsführer", "Stiftung Morgenrot"),
            },
        ),
        (
            "Mit den beiden Referenten der Stiftung Fernblick, Lea Muster und Jonas Beck, sprach die Runde.",
            {
                ("Lea Muster", "Referentin", "Stiftung Fernblick"),
                ("Jonas Beck", "Referent", "Stiftung Fernblick"),
            },
        ),
    ],
)
def test_a_plural_title_in_the_dative_or_after_beiden_names_each_listed_person(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    assert expected <= _roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Vorstände der Lernhaus GmbH, Anna Grau und Ben Weiß, unterzeichneten den Vertrag.",
            {("Anna Grau", "Vorstand", "Lernhaus GmbH"), ("Ben Weiß", "Vorstand", "Lernhaus GmbH")},
        ),
        (
            "Der Landrat dankte den Vorständen der Wegweiser gGmbH, Eva Linde und Karl Sommer.",
            {("Eva Linde", "Vorstand", "Wegweiser gGmbH"), ("Karl Sommer", "Vorstand", "Wegweiser gGmbH")},
        ),
        (
            "Den Vorständen der Stiftung Sonnenweg, Lea Muster und Jonas Beck, gilt der Dank.",
            {
                ("Lea Muster", "Vorstand", "Stiftung Sonnenweg"),
                ("Jonas Beck", "Vorstand", "Stiftung Sonnenweg"),
            },
        ),
    ],
)
def test_a_board_in_the_plural_is_each_members_vorstand(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    assert expected <= _roles(text)


def test_a_single_title_in_the_dative_names_one_holder() -> None:
    roles = _roles(
        "Die Ministerin dankte dem Berater des Vereins Lernhaus e. V., Karl Sommer, und Jonas Beck."
    )
    assert ("Karl Sommer", "Berater", "Lernhaus e. V.") in roles
    assert not any(p == "Jonas Beck" for p, _, _ in roles)


# ---------------------------------------------------------------- the verb after a title ends it


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin dankte den Gästen, Anna Grau und Ben Weiß.",
        "Die Ministerin dankte der Stiftung Sonnenweg, Anna Grau und Ben Weiß.",
        "Die Bürgermeisterin begrüßte die Partner, Lea Muster und Eva Linde.",
        "Der Geschäftsführer lobte den Verein Lernhaus e. V., Karl Sommer und Jonas Beck.",
    ],
)
def test_a_title_then_its_verb_gives_the_names_after_the_object_no_role(text: str) -> None:
    assert not any(t.startswith(("Minister", "Bürgermeister", "Geschäftsführer")) for _, t, _ in _roles(text))


# ---------------------------------------------------------------- working at a body: a trade, the dative plural


def _relations(text: str) -> set[tuple[str, str, str]]:
    return facts_of("Titel\n\n" + text).relations


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Karl Sommer arbeitet als Elektriker bei der Lichtwerk GmbH.",
            ("Karl Sommer", "memberOf", "Lichtwerk GmbH"),
        ),
        (
            "Jonas Beck arbeitet seit 2021 als Pflegefachkraft bei der Sonnenhof gGmbH.",
            ("Jonas Beck", "memberOf", "Sonnenhof gGmbH"),
        ),
        (
            "Heute arbeitet Eva Linde als gelernte Köchin bei der Gasthaus Linde GmbH.",
            ("Eva Linde", "memberOf", "Gasthaus Linde GmbH"),
        ),
    ],
)
def test_working_as_a_trade_at_a_body_is_a_membership(text: str, tie: tuple[str, str, str]) -> None:
    assert tie in _relations(text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Lea Muster arbeitet bei den Stadtwerken Kassel.", ("Lea Muster", "memberOf", "Stadtwerke Kassel")),
        (
            "Karl Sommer ist seit Mai bei den Stadtwerken Fulda beschäftigt.",
            ("Karl Sommer", "memberOf", "Stadtwerke Fulda"),
        ),
        (
            "Bei den Stadtwerken Marburg arbeitet Jonas Beck seit Juni.",
            ("Jonas Beck", "memberOf", "Stadtwerke Marburg"),
        ),
    ],
)
def test_working_at_a_body_named_in_the_dative_plural_is_a_membership(
    text: str, tie: tuple[str, str, str]
) -> None:
    assert tie in _relations(text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Karl Sommer kam 2015 nach Fulda. Heute arbeitet der 34-Jährige als Schreiner bei der Holzbau Beck GmbH.",
            ("Karl Sommer", "memberOf", "Holzbau Beck GmbH"),
        ),
        (
            "Eva Linde kam 2017 nach Kassel. Die 29-Jährige arbeitet bei der Lichtwerk GmbH.",
            ("Eva Linde", "memberOf", "Lichtwerk GmbH"),
        ),
        (
            "Jonas Beck lernte zuerst Deutsch. Der 41-Jährige ist heute bei der Sonnenhof gGmbH tätig.",
            ("Jonas Beck", "memberOf", "Sonnenhof gGmbH"),
        ),
    ],
)
def test_a_person_named_by_age_works_where_the_sentence_says(text: str, tie: tuple[str, str, str]) -> None:
    assert tie in _relations(text)


@pytest.mark.parametrize(
    "text",
    [
        # two men named before: "der 34-Jährige" may be either
        "Karl Sommer und Jonas Beck kamen 2015 nach Fulda. Heute arbeitet der 34-Jährige bei der Lichtwerk GmbH.",
        # a body, not a person, after the fronted verb
        "Die Stiftung Sonnenweg lobte Eva Linde. Heute arbeitet die Stiftung bei der Lichtwerk GmbH mit.",
    ],
)
def test_no_membership_where_the_description_may_stand_for_someone_else(text: str) -> None:
    assert not any(p == "memberOf" and o == "Lichtwerk GmbH" for _, p, o in _relations(text))


# ---------------------------------------------------------------- a further post: "ist zudem …", "ist auch …"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Lea Muster ist außerdem Vorsitzende des Vereins Lernhaus e. V.",
            ("Lea Muster", "Vorsitzende", "Lernhaus e. V."),
        ),
        (
            "Seit 2021 ist Karl Sommer auch Sprecher der Diakonie Thüringen.",
            ("Karl Sommer", "Sprecher", "Diakonie Thüringen"),
        ),
        (
            "Eva Linde ist seit 2020 zudem Geschäftsführerin der Stiftung Sonnenweg.",
            ("Eva Linde", "Geschäftsführerin", "Stiftung Sonnenweg"),
        ),
        (
            "Eva Linde leitet die IQ Servicestelle Gera. Linde ist zugleich Sprecherin der Diakonie Thüringen.",
            ("Eva Linde", "Sprecherin", "Diakonie Thüringen"),
        ),
    ],
)
def test_an_adding_adverb_between_the_copula_and_the_title_keeps_the_holder(
    text: str, role: tuple[str, str, str]
) -> None:
    assert role in _roles(text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Lea Muster ist zudem Mitglied im Verein Lernhaus e. V.",
            ("Lea Muster", "memberOf", "Lernhaus e. V."),
        ),
        (
            "Karl Sommer ist auch Mitglied der Stiftung Sonnenweg.",
            ("Karl Sommer", "memberOf", "Stiftung Sonnenweg"),
        ),
        (
            "Jonas Beck arbeitet außerdem bei der Lichtwerk GmbH.",
            ("Jonas Beck", "memberOf", "Lichtwerk GmbH"),
        ),
    ],
)
def test_an_adding_adverb_before_mitglied_or_the_body_keeps_the_membership(
    text: str, tie: tuple[str, str, str]
) -> None:
    assert tie in _relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lea Muster ist der Geschäftsführerin der Stiftung Sonnenweg dankbar.",
        "Eva Linde ist auch der Leiterin der Diakonie Thüringen sehr verbunden.",
        "Karl Sommer war den Beraterinnen der Stiftung Morgenrot eine große Hilfe.",
    ],
)
def test_a_dative_after_the_copula_is_an_object_not_the_subjects_title(text: str) -> None:
    assert _roles(text) == set()


# ---------------------------------------------------------------- the office first: "Die Leitung der X hat Y übernommen"


@pytest.mark.parametrize(
    ("text", "head", "unit"),
    [
        (
            "Die Leitung der IQ Servicestelle Gera hat zum 1. Mai Karl Sommer übernommen.",
            "Karl Sommer",
            "IQ Servicestelle Gera",
        ),
        (
            "Die Leitung der Koordinierungsstelle des IQ Netzwerks Thüringen hat Eva Linde übernommen.",
            "Eva Linde",
            "Koordinierungsstelle des IQ Netzwerks Thüringen",
        ),
        (
            "Die Leitung der IQ Servicestelle Suhl hat Lea Muster kommissarisch übernommen.",
            "Lea Muster",
            "IQ Servicestelle Suhl",
        ),
    ],
)
def test_the_office_fronted_then_hat_the_holder_uebernommen(text: str, head: str, unit: str) -> None:
    assert (head, "Leitung", unit) in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Leitung der Stiftung Sonnenweg hat Lea Muster eingestellt.",
        "Die Leiterin der Stiftung Morgenrot hat Eva Linde begrüßt.",
    ],
)
def test_the_office_fronted_with_another_participle_gives_the_object_no_role(text: str) -> None:
    assert _roles(text) == set()


# ---------------------------------------------------------------- a headline without its verb


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Eva Linde neue Leiterin der IQ Servicestelle Gera\n\nDie Servicestelle hat eine neue Leitung.",
            ("Eva Linde", "Leiterin", "IQ Servicestelle Gera"),
        ),
        (
            "Karl Sommer neuer Vorsitzender des Vereins Lernhaus e. V.\n\nDer Verein hat gewählt.",
            ("Karl Sommer", "Vorsitzender", "Lernhaus e. V."),
        ),
        (
            "Meldung vom Mai\n\nLea Muster neue Sprecherin des IQ Netzwerks Thüringen\n\nDas Netzwerk stellt sich neu auf.",
            ("Lea Muster", "Sprecherin", "IQ Netzwerk Thüringen"),
        ),
    ],
)
def test_a_headline_names_the_holder_then_neu_and_the_title(text: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin stellte mit Lea Muster neue Beraterinnen der Stiftung Sonnenweg vor.",
        "Lea Muster neue Beraterinnen der Stiftung Sonnenweg vorstellen zu können, freut uns.",
        "Gemeinsam mit Karl Sommer neue Referenten der Stiftung Morgenrot gewinnen.",
    ],
)
def test_neu_and_a_plural_after_a_name_is_an_object_no_title(text: str) -> None:
    assert _roles(text) == set()


# ---------------------------------------------------------------- a party in brackets


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Lea Muster (Bündnis 90/Die Grünen), Bürgermeisterin der Stadt Erfurt, unterzeichnete den Vertrag.",
            ("Lea Muster", "Bürgermeisterin", "Stadt Erfurt"),
        ),
        (
            "Karl Sommer (Die Linke), Landrat des Landkreises Gotha, sprach ein Grußwort.",
            ("Karl Sommer", "Landrat", "Landkreis Gotha"),
        ),
        (
            "Eva Linde (SPD), Oberbürgermeisterin der Stadt Jena, begrüßte die Gäste.",
            ("Eva Linde", "Oberbürgermeisterin", "Stadt Jena"),
        ),
    ],
)
def test_a_party_of_several_words_in_brackets_stands_between_name_and_title(
    text: str, role: tuple[str, str, str]
) -> None:
    assert role in _roles(text)


# ---------------------------------------------------------------- an office named first: "Die Schirmherrschaft … hat X"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Die Schirmherrschaft für das Projekt „Wegbereiter“ hat Ministerin Lea Muster übernommen.",
            ("Lea Muster", "Schirmherrin", "Wegbereiter"),
        ),
        (
            "Die Schirmherrschaft über die IQ Servicestelle Gera übernimmt Oberbürgermeister Karl Sommer.",
            ("Karl Sommer", "Schirmherr", "IQ Servicestelle Gera"),
        ),
        (
            "Die Patenschaft für das Projekt „Startklar“ hat Dr. Eva Linde inne.",
            ("Eva Linde", "Patin", "Startklar"),
        ),
    ],
)
def test_an_office_named_first_then_the_verb_and_its_holder(text: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Schirmherrschaft für das Projekt „Wegbereiter“ wurde bei Lea Muster beantragt.",
        "Die Schirmherrschaft für das Projekt „Startklar“ hat die Stadt Gera übernommen, sagte Eva Linde.",
    ],
)
def test_an_office_named_first_gives_no_role_to_a_name_that_does_not_hold_it(text: str) -> None:
    assert not any(t.startswith("Schirmherr") for _, t, _ in _roles(text))


# ---------------------------------------------------------------- a kind of institution is no given name


@pytest.mark.parametrize(
    "text",
    [
        "Die Leiterin der Kita Sonnenschein, Lea Muster, freut sich über den Anbau.",
        "Die Kita Regenbogen feiert ihr Jubiläum.",
        "Eva Linde besuchte die Kita Pusteblume in Gera.",
    ],
)
def test_a_kita_s_name_is_no_person(text: str) -> None:
    people = {label for type_, label in _entities(text) if type_ == "Person"}
    assert not any(label.startswith("Kita") for label in people)


# ---------------------------------------------------------------- "sein" points back to no feminine body


@pytest.mark.parametrize(
    "text",
    [
        "Heute arbeitet Jonas Beck bei der Lichtwerk GmbH. Seine Beraterin Eva Linde ist zufrieden.",
        "Karl Sommer lernte bei der Stiftung Sonnenweg Deutsch. Seine Mentorin Lea Muster lobt ihn.",
        "Jonas Beck kam 2019 nach Gera. Heute arbeitet der 30-Jährige bei der Handwerkskammer Gera. "
        "Seine Beraterin Eva Linde freut sich.",
    ],
)
def test_sein_before_a_title_does_not_point_back_to_a_feminine_body(text: str) -> None:
    assert not any(org for p, _, org in _roles(text) if p in ("Eva Linde", "Lea Muster"))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Der Verein Lernhaus e. V. feiert Jubiläum. Sein Vorsitzender Karl Sommer dankte den Gästen.",
            ("Karl Sommer", "Vorsitzender", "Lernhaus e. V."),
        ),
        (
            "Die Stiftung Sonnenweg feiert Jubiläum. Ihre Geschäftsführerin Eva Linde dankte den Gästen.",
            ("Eva Linde", "Geschäftsführerin", "Stiftung Sonnenweg"),
        ),
        (
            "Das Bildungswerk Gera feiert Jubiläum. Sein Leiter Jonas Beck dankte den Gästen.",
            ("Jonas Beck", "Leiter", "Bildungswerk Gera"),
        ),
    ],
)
def test_a_possessive_of_the_bodys_gender_still_points_back_to_it(
    text: str, role: tuple[str, str, str]
) -> None:
    assert role in _roles(text)


# ---------------------------------------------------------------- a pronoun after two coordinated names of its gender


@pytest.mark.parametrize(
    "text",
    [
        "Karl Sommer und Jonas Beck kamen 2016 nach Gera. Heute arbeitet er bei der Lichtwerk GmbH.",
        "Eva Linde und Lea Muster kamen 2018 nach Suhl. Sie arbeitet seit 2020 bei der Lichtwerk GmbH.",
        "Karl Sommer, Jonas Beck und Eva Linde zogen nach Jena. Er ist heute Berater bei der Lichtwerk GmbH.",
    ],
)
def test_a_pronoun_after_two_coordinated_names_of_its_gender_stands_for_neither(text: str) -> None:
    facts = facts_of("Titel\n\n" + text)
    assert not any(o == "Lichtwerk GmbH" for _, _, o in facts.relations | facts.roles if o)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Eva Linde und Karl Sommer kamen 2016 nach Gera. Heute arbeitet sie bei der Lichtwerk GmbH.",
            ("Eva Linde", "memberOf", "Lichtwerk GmbH"),
        ),
        (
            "Karl Sommer kam 2016 nach Gera. Heute arbeitet er bei der Lichtwerk GmbH.",
            ("Karl Sommer", "memberOf", "Lichtwerk GmbH"),
        ),
    ],
)
def test_a_pronoun_after_one_name_of_its_gender_still_stands_for_it(
    text: str, tie: tuple[str, str, str]
) -> None:
    assert tie in _relations(text)
