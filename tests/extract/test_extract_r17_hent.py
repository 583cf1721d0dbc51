"""Round 17, read from a foreign writer's misses (constructions of German, tested on invented sentences): a quote
that opens a sentence after another in the same paragraph, no one else named between them, is the first quote's
speaker's ("„A“, sagt sie. „B.“")."""

from __future__ import annotations

import pytest

from conftest import facts_of


def _quotes(text: str) -> dict[str, list[str]]:
    return facts_of("Neues aus Gera\n\n" + text).quotes


# ---------------------------------------------------------------- a second quote of the same voice


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        ("Petra Vogelsang berät seit 2019 in Gera. „Wir sehen jeden Tag neue Gesichter“, sagt sie. "
         "„Manche warten seit Monaten auf einen Bescheid.“ Danach ging es weiter.",
         "Petra Vogelsang", "Manche warten seit Monaten"),
        ("„Ohne Geduld geht hier gar nichts“, erzählte Jan Moritz, Koordinator in Gera, bei dem Termin. Viele Betriebe "
         "seien skeptisch. Die Verfahren dauerten zu lange. „Genau das wollen wir jetzt endlich ändern.“",
         "Jan Moritz", "Genau das wollen wir"),
        ("Der Arzt Karim Said lebt seit 2016 in Jena. „Ich habe lange gewartet“, sagte er. „Heute arbeite ich "
         "endlich wieder in einer Klinik!“",
         "Karim Said", "Heute arbeite ich endlich"),
        ("„Die Nachfrage steigt von Monat zu Monat“, berichtet Anja Roth. „Wir brauchen mehr Beraterinnen, und "
         "zwar schnell.“ Das Land will helfen.",
         "Anja Roth", "Wir brauchen mehr Beraterinnen"),
    ],
)  # fmt: skip
def test_a_quote_opening_the_next_sentence_is_the_same_speakers(text: str, speaker: str, start: str) -> None:
    assert any(q.startswith(start) for q in _quotes(text).get(speaker, []))


@pytest.mark.parametrize(
    ("text", "not_theirs"),
    [
        # someone unnamed comes in between: the second quote is theirs
        ("„Das Projekt ist ein Gewinn für uns alle“, sagte Anna Berg. Eine Mutter ist froh. „Mein Sohn hat jetzt "
         "endlich eine Stelle.“", "Mein Sohn"),
        # a colon introduces a speaker of its own
        ("„Das Projekt ist ein Gewinn für uns alle“, sagte Anna Berg. Eine Teilnehmerin erzählte: „Ich habe hier "
         "sehr viel gelernt.“", "Ich habe hier"),
        # another person named between them
        ("„Das Projekt ist ein Gewinn für uns alle“, sagte Anna Berg. Dann sprach Tom Weber. „Wir machen jetzt "
         "einfach weiter so.“", "Wir machen jetzt"),
        # a new paragraph
        ("„Das Projekt ist ein Gewinn für uns alle“, sagte Anna Berg.\n\n„Wir machen jetzt einfach weiter so.“",
         "Wir machen jetzt"),
    ],
)  # fmt: skip
def test_no_same_voice_after_someone_else_or_a_break(text: str, not_theirs: str) -> None:
    assert not any(q.startswith(not_theirs) for q in _quotes(text).get("Anna Berg", []))


# ---------------------------------------------------------------- a programme item with its title after a colon


def _speakers(text: str) -> set[str]:
    head = "Einladung\n\nDas IQ Netzwerk Hamburg lädt ein zur Fachtagung „Gute Arbeit“ am 20. September 2018.\n\n"
    return {s for s, p, _ in facts_of(head + text).relations if p == "speakerAt"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("10:35 Uhr\nImpulsvortrag: „Was gewinnen Betriebe durch Vielfalt?“\nProf. Dr. Lena Kraus, Hochschule Kiel\n",
         {"Lena Kraus"}),
        ("11:45 Uhr\nPodium: Erfahrungen aus der Region\n– Mira Olsen, Personalleiterin, Nordpflege GmbH\n"
         "– Tarek Aziz, Handwerkskammer Lübeck\n\n13:00 Uhr\nMittagessen\n",
         {"Mira Olsen", "Tarek Aziz"}),
        ("14.00 Uhr\nVortrag: Anerkennung in der Pflege – ein Überblick\nDr. Jonas Feld (Universität Hamburg)\n",
         {"Jonas Feld"}),
        ("10:35 Uhr\nImpulsvortrag: „Was bringt die Anerkennung? Erfahrungen aus vielen Jahren Praxis“\n"
         "Prof. Dr. Lena Kraus, Hochschule für Angewandte Wissenschaften Kiel (HAW Kiel)\n\n11:15 Uhr\nPause\n",
         {"Lena Kraus"}),
    ],
)  # fmt: skip
def test_the_persons_under_a_titled_programme_item_speak(text: str, speakers: set[str]) -> None:
    assert speakers <= _speakers(text)


def test_a_prose_line_with_a_colon_lists_no_speakers() -> None:
    # a line of prose that opens with a word and a colon, no speech act in it: the person after it does not speak
    text = "Fazit: Die Tagung war gut besucht.\nPetra Lindner leitet das Projekt seit 2017.\n"
    assert "Petra Lindner" not in _speakers(text)


# ---------------------------------------------------------------- an organisation met again without its form or town


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Der Lernverbund Saale-Unstrut e. V. übernimmt das Projekt. „Wir freuen uns“, sagt Petra Lindner, "
         "Vorsitzende des Lernverbunds Saale-Unstrut.", "Lernverbund Saale-Unstrut e. V.", "Lernverbund Saale-Unstrut"),
        ("Das Evangelische Klinikum Bielefeld stellt Plätze bereit. Auch Jonas Weber, Pflegedirektor des "
         "Evangelischen Klinikums, war gekommen.", "Evangelisches Klinikum Bielefeld", "Evangelisches Klinikum"),
        ("Die Sprachbrücke Nord gGmbH berät in Kiel. Maria Olsen, Geschäftsführerin der Sprachbrücke Nord, "
         "ist zufrieden.", "Sprachbrücke Nord gGmbH", "Sprachbrücke Nord"),
    ],
)  # fmt: skip
def test_an_organisation_met_again_without_its_form_or_town_is_the_same(
    text: str, full: str, short: str
) -> None:
    facts = facts_of("Neues aus Gera\n\n" + text)
    labels = {label for _, label in facts.entities}
    assert full in labels and short not in labels
    assert any(org == full for _, _, org in facts.roles)


def test_two_organisations_the_short_name_cuts_down_to_stay_apart() -> None:
    # "Evangelisches Klinikum" could be either: it is left as it is, neither of the two
    text = (
        "Das Evangelische Klinikum Bielefeld und das Evangelische Klinikum Detmold stellen Plätze bereit. "
        "Jonas Weber, Pflegedirektor des Evangelischen Klinikums, war gekommen."
    )
    roles = facts_of("Neues aus Gera\n\n" + text).roles
    assert not any(
        org in ("Evangelisches Klinikum Bielefeld", "Evangelisches Klinikum Detmold") for _, _, org in roles
    )


# ---------------------------------------------------------------- a project called one of many, its name styled with a dot


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Talent.Plus ist eines von mehr als 45 Teilprojekten im IQ Netzwerk NRW.", "Talent.Plus"),
        ("Seit 2020 ist Lernwerk Plus eines von rund 30 Angeboten des IQ Netzwerks NRW.", "Lernwerk Plus"),
        ("Bildung.Digital, eines der Teilprojekte im IQ Netzwerk NRW, berät in Bochum.", "Bildung.Digital"),
        ("Brücke Ost war eines von über 20 Projekten des IQ Netzwerks Sachsen.", "Brücke Ost"),
    ],
)  # fmt: skip
def test_a_project_called_one_of_many_is_named(text: str, name: str) -> None:
    assert ("Subproject", name) in facts_of("Neu in Bochum\n\n" + text).entities


def test_one_of_many_bodies_is_no_project() -> None:
    # "eines von … Unternehmen": no project noun, no project named
    facts = facts_of("Neu in Bochum\n\nStahl.Werk ist eines von mehr als 60 Unternehmen in Bochum.")
    assert not any(kind == "Subproject" for kind, _ in facts.entities)


# ---------------------------------------------------------------- a counsellor in the release's one project, a former
# network post in its one network


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return facts_of("Neues aus Trier\n\n" + text).roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Die Anerkennungsberatung Mainz ist eine von fünf Beratungsstellen. „Wir haben viel zu tun“, sagt Beraterin "
         "Lea Schwarz.", ("Lea Schwarz", "Beraterin", "Anerkennungsberatung Mainz")),
        ("Das Projekt „Brücke Beruf“ hilft Zugewanderten in Speyer. Berater Jonas Kern kennt die Sorgen.",
         ("Jonas Kern", "Berater", "Brücke Beruf")),
        ("Das IQ Netzwerk Niedersachsen bekommt einen neuen Koordinator. Der Verein dankte dem bisherigen "
         "Netzwerkkoordinator Kurt Lange.", ("Kurt Lange", "bisheriger Netzwerkkoordinator", "IQ Netzwerk Niedersachsen")),
        ("Die ehemalige Netzwerkkoordinatorin Eva Brandt sprach über das IQ Netzwerk Bremen.",
         ("Eva Brandt", "ehemalige Netzwerkkoordinatorin", "IQ Netzwerk Bremen")),
    ],
)  # fmt: skip
def test_a_post_without_a_body_is_in_the_release_s_one_unit(text: str, role: tuple[str, str, str]) -> None:
    assert role in _roles(text)


def test_a_counsellor_of_a_body_named_with_her_stays_there() -> None:
    text = (
        "Die Anerkennungsberatung Mainz ist eine von fünf Beratungsstellen. Lea Schwarz, Beraterin der "
        "Handwerkskammer Koblenz, lobt das Angebot."
    )
    assert ("Lea Schwarz", "Beraterin", "Handwerkskammer Koblenz") in _roles(text)
