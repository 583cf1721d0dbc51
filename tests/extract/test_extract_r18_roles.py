"""Roles, round 18 (a construction inventory of how German writes a person's post; invented sentences): an adverb
adding the post in apposition ("X, ebenfalls Senator"), a relative clause on a body object moved past the main
clause's last word, a main clause running a body "als" its head (the verb second, or the title fronted), a pronoun
with a time after it ("Zuvor war sie mehrere Jahre Referentin"), the masculine plural in "-äre", a plural title with
its portfolio before a colon list, and appointing someone ("wählte X zum Vorsitzenden"), with the near shapes that
give no role."""

from __future__ import annotations

import pytest

from conftest import facts_of

Role = tuple[str, str, str | None]


def _roles(text: str) -> set[Role]:
    return facts_of("Neues aus Gera\n\n" + text).roles


def _of(text: str, person: str) -> set[Role]:
    return {r for r in _roles(text) if r[0] == person}


# ---------------------------------------------------------------- an adverb adding the post in apposition


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Karl Muster, ebenfalls Senator, betonte die Bedeutung der Anerkennung.",
         ("Karl Muster", "Senator", None)),
        ("Karl Muster, zugleich Geschäftsführer der Lernwerk gGmbH, lobte das Projekt.",
         ("Karl Muster", "Geschäftsführer", "Lernwerk gGmbH")),
        ("Auch Anna Beispiel – außerdem Vorsitzende des Vereins Brückenbau e. V. – sprach ein Grußwort.",
         ("Anna Beispiel", "Vorsitzende", "Brückenbau e. V.")),
        ("Anna Beispiel (zudem Beraterin der Lernwerk gGmbH) stellte das Angebot vor.",
         ("Anna Beispiel", "Beraterin", "Lernwerk gGmbH")),
    ],
)  # fmt: skip
def test_an_adding_adverb_in_apposition_gives_the_post(text: str, role: Role) -> None:
    assert role in _roles(text)


def test_als_auch_joining_a_name_and_a_plural_gives_no_post() -> None:
    assert (
        _of("Sowohl Anna Beispiel als auch Beraterinnen der Lernwerk gGmbH kamen.", "Anna Beispiel") == set()
    )


# ---------------------------------------------------------------- a relative clause on a body object, moved past


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Am Treffen nahm Lisa Kraft teil, die das Projekt „Lotsenhaus Nord“ als Koordinatorin leitet.",
         ("Lisa Kraft", "Koordinatorin", "Lotsenhaus Nord")),
        ("Zum Gespräch kam Karl Muster hinzu, der die Lernwerk gGmbH als Geschäftsführer führt.",
         ("Karl Muster", "Geschäftsführer", "Lernwerk gGmbH")),
        ("Davon ist Anna Beispiel überzeugt, die den Verein Brückenbau e. V. als Vorsitzende vertritt.",
         ("Anna Beispiel", "Vorsitzende", "Brückenbau e. V.")),
    ],
)  # fmt: skip
def test_a_relative_clause_moved_past_the_main_clause_names_the_body_run(text: str, role: Role) -> None:
    assert role in _roles(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Am Treffen nahm Lisa Kraft teil, die das Projekt „Lotsenhaus Nord“ als Projektkoordinatorin betreut.",
         "Lotsenhaus Nord"),
        ("Lisa Kraft, die die Lernwerk gGmbH als Leiterin begleitet, sprach.", "Lernwerk gGmbH"),
        ("Lisa Kraft, die den Verein Brückenbau e. V. als Koordinatorin betreute, sprach.", "Brückenbau e. V."),
        ("Am Treffen nahm Lisa Kraft teil, die das Projekt „Lotsenhaus Nord“ als Mentorin begleitet.", None),
    ],
)  # fmt: skip
def test_a_head_noun_heads_the_body_object_whatever_verb_closes_the_clause(
    text: str, org: str | None
) -> None:
    assert {r[2] for r in _of(text, "Lisa Kraft")} <= {org}


def test_a_relative_clause_after_a_list_word_is_not_moved_past() -> None:
    text = "Es kamen Lisa Kraft und Karl Muster, der die Lernwerk gGmbH als Geschäftsführer leitet."
    assert _of(text, "Lisa Kraft") == set()


# ---------------------------------------------------------------- a main clause running a body "als" its head


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Karl Muster leitet seit 2019 die Lernwerk gGmbH als Geschäftsführer.",
         ("Karl Muster", "Geschäftsführer", "Lernwerk gGmbH")),
        ("Anna Beispiel koordinierte das Projekt „Lotsenhaus Nord“ als Projektleiterin.",
         ("Anna Beispiel", "Projektleiterin", "Lotsenhaus Nord")),
        ("Als Geschäftsführer leitete Karl Muster die Lernwerk gGmbH bis 2020.",
         ("Karl Muster", "Geschäftsführer", "Lernwerk gGmbH")),
        ("Als Vorsitzende vertritt Dr. Anna Beispiel den Verein Brückenbau e. V. nach außen.",
         ("Anna Beispiel", "Vorsitzende", "Brückenbau e. V.")),
    ],
)  # fmt: skip
def test_a_main_clause_running_a_body_as_its_head_names_the_body(text: str, role: Role) -> None:
    assert role in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lisa Kraft lobt die Lernwerk gGmbH als Partnerin des Netzwerks.",
        "Lisa Kraft betreut das Projekt „Lotsenhaus Nord“ als Mentorin.",
    ],
)
def test_praising_or_mentoring_a_body_as_something_gives_no_post_at_it(text: str) -> None:
    assert not {r for r in _of(text, "Lisa Kraft") if r[2] is not None}


# ---------------------------------------------------------------- a pronoun, then a time, then the post


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Petra Sonnenfeld stellte sich vor. Zuvor war sie mehrere Jahre Referentin beim Thüringer Ministerium "
         "für Bildung.", ("Petra Sonnenfeld", "Referentin", "Thüringer Ministerium für Bildung")),
        ("Karl Muster stellte sich vor. Bis 2020 war er seit 2012 Berater der Lernwerk gGmbH.",
         ("Karl Muster", "Berater", "Lernwerk gGmbH")),
        ("Karl Muster stellte sich vor. Danach war er zwei Jahre lang Leiter der Lernwerk gGmbH.",
         ("Karl Muster", "Leiter", "Lernwerk gGmbH")),
        ("Anna Beispiel kam 2015 nach Gera. Anschließend war sie Beraterin beim Verein Brückenbau e. V.",
         ("Anna Beispiel", "Beraterin", "Brückenbau e. V.")),
    ],
)  # fmt: skip
def test_a_pronoun_after_the_verb_takes_a_time_before_the_post(text: str, role: Role) -> None:
    assert role in _roles(text)


def test_a_pronoun_with_a_time_and_no_post_gives_none() -> None:
    text = "Karl Muster stellte sich vor. Zuvor war er zwei Jahre der Lernwerk gGmbH verbunden."
    assert _of(text, "Karl Muster") == set()


# ---------------------------------------------------------------- the masculine plural in "-äre"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Die Staatssekretäre Karl Muster und Jens Holzapfel besuchten die Lernwerk gGmbH.",
         {"Karl Muster", "Jens Holzapfel"}),
        ("Es sprachen die Staatssekretäre Karl Muster, Jens Holzapfel und Paul Seidel.",
         {"Karl Muster", "Jens Holzapfel", "Paul Seidel"}),
        ("Karl Muster und Jens Holzapfel, beide Staatssekretäre, kamen zur Tagung.",
         {"Karl Muster", "Jens Holzapfel"}),
    ],
)  # fmt: skip
def test_a_plural_in_aere_names_each_holder_in_the_singular(text: str, people: set[str]) -> None:
    held = {r[0] for r in _roles(text) if r[1] == "Staatssekretär"}
    assert held == people


def test_one_staatssekretaer_in_the_dative_is_one_holder() -> None:
    roles = _roles("Karl Muster dankte dem Staatssekretär Jens Holzapfel.")
    assert {r[0] for r in roles} == {"Jens Holzapfel"}


# ---------------------------------------------------------------- a plural title with its portfolio before a colon


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Es sprachen zwei Expertinnen für Einfache Sprache: Anna Beispiel und Lisa Kraft.",
         {("Anna Beispiel", "Expertin für Einfache Sprache", None),
          ("Lisa Kraft", "Expertin für Einfache Sprache", None)}),
        ("Einblicke gaben zwei Expertinnen für Einfache Sprache: Anna Beispiel von der Lernwerk gGmbH und "
         "Lisa Kraft von der Handwerkskammer Erfurt.",
         {("Anna Beispiel", "Expertin für Einfache Sprache", None),
          ("Lisa Kraft", "Expertin für Einfache Sprache", None)}),
        ("Es berichteten die Berater für Anerkennung: Karl Muster (Lernwerk gGmbH) und Jens Holzapfel "
         "(Handwerkskammer Erfurt).",
         {("Karl Muster", "Berater für Anerkennung", "Lernwerk gGmbH"),
          ("Jens Holzapfel", "Berater für Anerkennung", "Handwerkskammer Erfurt")}),
    ],
)  # fmt: skip
def test_a_plural_title_with_its_portfolio_names_the_listed_holders(text: str, roles: set[Role]) -> None:
    assert roles <= _roles(text)


def test_a_plural_title_without_portfolio_before_a_colon_lists_speakers() -> None:
    assert _roles("Referentinnen: Anna Beispiel und Lisa Kraft.") == set()


# ---------------------------------------------------------------- appointing someone to a post


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Die Mitgliederversammlung wählte Karl Muster zum Vorsitzenden des Vereins Brückenbau e. V.",
         ("Karl Muster", "Vorsitzender", "Brückenbau e. V.")),
        ("Der Vorstand wählte im Mai Anna Beispiel zur neuen Vorsitzenden des Vereins Brückenbau e. V.",
         ("Anna Beispiel", "Vorsitzende", "Brückenbau e. V.")),
        ("Der Landtag hat Karl Muster zum Beauftragten für Migration gewählt.",
         ("Karl Muster", "Beauftragter für Migration", None)),
        ("Die Stadt ernannte Dr. Anna Beispiel zur Leiterin der Lernwerk gGmbH.",
         ("Anna Beispiel", "Leiterin", "Lernwerk gGmbH")),
    ],
)  # fmt: skip
def test_appointing_someone_gives_the_post(text: str, role: Role) -> None:
    assert role in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Beispiel gratulierte Karl Muster zum Vorsitzenden des Vereins Brückenbau e. V.",
        "Der Vorstand wählte Karl Muster zur Geschäftsführerin der Lernwerk gGmbH.",
    ],
)
def test_no_appointment_or_a_misfitting_title_gives_no_post(text: str) -> None:
    assert _of(text, "Karl Muster") == set()
