"""Words that point back to the page's own body or project: "Unser Verein ist Mitglied im …", "Pro Jahr bieten wir
zwei Kurse an" on a project page; none where the page names no one it speaks for, or "wir" is someone's words.
Invented releases in variants."""

from __future__ import annotations

import pytest

from conftest import facts_of
from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

VEREIN = "Lernbrücke Nordheide e. V."
PROJEKT = "Sprungbrett Beruf"
NETZ = "IQ Netzwerk Niedersachsen"


@pytest.mark.parametrize(
    "members",
    [
        "Unser Verein ist Mitglied im Landesfrauenrat Niedersachsen.",
        "Unser Verein ist außerdem Mitglied des Landesfrauenrats Niedersachsen.",
        "Unser Verein ist seit vielen Jahren Mitglied im Landesfrauenrat Niedersachsen.",
    ],
)
@pytest.mark.parametrize(
    "lead",
    [
        f"Die Beratungsstelle „Brückenschlag“ ist ein Angebot von {VEREIN}.",
        f"Der {VEREIN} berät seit 2012 zugewanderte Frauen.",
        f"Getragen wird die Beratungsstelle „Brückenschlag“ vom {VEREIN} in Buchholz.",
    ],
)
def test_our_association_is_the_one_association_named_before(lead: str, members: str) -> None:
    relations = facts_of(f"Über uns\n\n{lead} {members}").relations
    assert (VEREIN, "memberOf", "Landesfrauenrat Niedersachsen") in relations


@pytest.mark.parametrize(
    "members",
    [
        "Unser Verein ist Mitglied im Landesfrauenrat Niedersachsen.",
        "Seit 2019 ist unser Verein auch im Landesfrauenrat aktiv.",
        "Unsere Stiftung lädt zum Sommerfest ein.",
    ],
)
def test_our_association_names_none_of_two_of_its_kind(members: str) -> None:
    text = (
        f"Über uns\n\nDie Beratungsstelle „Brückenschlag“ ist ein Angebot von {VEREIN} und Frauenhaus Stade e. V."
        f" Die Stiftung Nordheide und die Stiftung Elbufer fördern sie. {members}"
    )
    mentions = find_mentions(text, build_gazetteer(load_reference()))
    assert not [m for m in mentions if m.generic and m.surface in ("Verein", "Stiftung")]


@pytest.mark.parametrize(
    "network",
    [
        f"Im {NETZ} sind wir seit 2020 als Kooperationspartner aktiv.",
        f"Wir sind seit 2020 Partner im {NETZ}.",
        f"Wir arbeiten seit 2020 im {NETZ} mit.",
    ],
)
def test_we_after_our_association_is_the_association(network: str) -> None:
    text = (
        f"Über uns\n\nDie Beratungsstelle „Brückenschlag“ ist ein Angebot von {VEREIN}.\n\n"
        f"Unser Verein ist Mitglied im Landesfrauenrat Niedersachsen. {network}"
    )
    assert (VEREIN, "memberOf", NETZ) in facts_of(text).relations


@pytest.mark.parametrize(
    "offer",
    [
        "Pro Jahr bieten wir drei Kurse an.",
        "Jedes Jahr bieten wir drei Kurse an.",
        "Im Jahr 2031 haben wir drei Kurse angeboten.",
    ],
)
@pytest.mark.parametrize(
    "lead",
    [
        f"Das Teilprojekt „{PROJEKT}“ gehört zum {NETZ} und wird von der Lernwerk Heide gGmbH umgesetzt.",
        f"„{PROJEKT}“ ist ein Teilprojekt im {NETZ}.",
        f"Unter dem Dach der Lernwerk Heide gGmbH arbeitet das Teilprojekt „{PROJEKT}“ in Lüneburg.",
    ],
)
def test_we_on_a_project_page_is_the_project(lead: str, offer: str) -> None:
    counts = facts_of(f"{PROJEKT} – Kurse für Pflegekräfte\n\n{lead}\n\n{offer}").counts
    assert (PROJEKT, 3) in counts


@pytest.mark.parametrize(
    "speech",
    [
        "„Pro Jahr bieten wir drei Kurse an“, sagt die Leiterin.",
        "Pro Jahr bieten wir drei Kurse an, sagt die Leiterin.",
        "Die Leiterin Petra Beispiel: Pro Jahr bieten wir drei Kurse an.",
    ],
)
def test_we_in_someones_words_is_not_the_page(speech: str) -> None:
    lead = f"Das Teilprojekt „{PROJEKT}“ gehört zum {NETZ}."
    counts = facts_of(f"Kurse für Pflegekräfte\n\n{lead}\n\n{speech}").counts
    assert (PROJEKT, 3) not in counts


@pytest.mark.parametrize(
    "lead",
    [
        f"Das Landesministerium für Soziales fördert das Teilprojekt „{PROJEKT}“ im {NETZ}.",
        f"Die Stadt Lüneburg unterstützt das Teilprojekt „{PROJEKT}“.",
        "Neue Kurse für Pflegekräfte in Lüneburg.",
    ],
)
def test_we_names_no_one_where_the_lead_names_a_public_body_or_no_unit(lead: str) -> None:
    text = f"Kurse für Pflegekräfte\n\n{lead}\n\nPro Jahr bieten wir drei Kurse an."
    assert not [c for c in facts_of(text).counts if c[1] == 3]


def test_we_in_an_interview_is_the_one_answering() -> None:
    text = (
        f"Interview\n\nDas Teilprojekt „{PROJEKT}“ gehört zum {NETZ}.\n\nWie viele Kurse gibt es?\n\n"
        "Im Moment sind es drei. Pro Jahr bieten wir drei Kurse an."
    )
    assert (PROJEKT, 3) not in facts_of(text).counts


@pytest.mark.parametrize(
    "post",
    [
        "Projektleiterin ist Petra Beispiel.",
        "Seit März ist Petra Beispiel Projektleiterin.",
        "Die Projektkoordinatorin, Petra Beispiel, kommt aus Lüneburg.",
    ],
)
@pytest.mark.parametrize(
    "project",
    [
        f"Zum {NETZ} gehört auch das Projekt „{PROJEKT}“. Es wird von der Handwerkskammer Lüneburg getragen.",
        f"Neu im {NETZ} ist das Projekt „{PROJEKT}“. Getragen wird es vom Verein Lernbrücke Nordheide e. V.",
        f"Das Projekt „{PROJEKT}“ richtet sich an Gesellinnen aus Drittstaaten. Es läuft bis 2032.",
    ],
)
def test_a_project_post_is_in_the_project_its_paragraph_names(project: str, post: str) -> None:
    lead = f"Das {NETZ} bündelt Angebote, etwa das Teilprojekt „Pflege verbindet“."
    facts = facts_of(f"Angebote\n\n{lead}\n\n{project} {post}")
    assert (PROJEKT, "ledBy", "Petra Beispiel") in facts.relations


@pytest.mark.parametrize(
    "post",
    [
        "Projektleiterin ist Petra Beispiel.",
        "Seit März ist Petra Beispiel Projektleiterin.",
        "Die Projektkoordinatorin, Petra Beispiel, kommt aus Lüneburg.",
    ],
)
def test_a_project_post_after_two_projects_is_in_neither(post: str) -> None:
    project = f"Zum {NETZ} gehören die Projekte „{PROJEKT}“ und „Pflege verbindet“."
    facts = facts_of(
        f"Angebote\n\nDas {NETZ} bündelt Angebote, etwa „Anerkennung konkret“.\n\n{project} {post}"
    )
    assert not [r for r in facts.relations if r[1] == "ledBy" and r[2] == "Petra Beispiel"]


@pytest.mark.parametrize(
    "again",
    [
        "Das Lernwerk besteht seit 2019. Zum Verein gehören 45 Mitglieder.",
        "Seit 2019 gibt es das Lernwerk. Dem Verein gehören 45 Mitglieder an.",
        "Gegründet wurde das Lernwerk 2019. Der Verein hat 45 Mitglieder.",
    ],
)
@pytest.mark.parametrize("region", ["Nordhessen", "Kassel", "Südthüringen"])
def test_a_body_met_again_without_its_region_is_that_body(region: str, again: str) -> None:
    text = (
        f"Messe\n\nDie Messe richtete der Verein Lernwerk {region} e. V. aus. Es kamen viele Gäste. {again}"
    )
    assert (f"Lernwerk {region} e. V.", 45) in facts_of(text).counts


@pytest.mark.parametrize(
    "bodies",
    [
        "Die Messe richteten Lernwerk Nordhessen e. V. und Lernwerk Kassel e. V. aus.",
        "Die Messe richtete Arbeit Nordhessen e. V. aus.",
        "Die Messe richtete Kassel Nordhessen e. V. aus.",
    ],
)
def test_a_name_without_its_region_names_none_of_two_nor_a_common_word(bodies: str) -> None:
    text = f"Messe\n\n{bodies} Es kamen viele Gäste. Das Lernwerk besteht seit 2019. Zum Verein gehören 45 Mitglieder."
    assert not [c for c in facts_of(text).counts if c[1] == 45]


@pytest.mark.parametrize(
    "answer",
    [
        "Beispiel: Seit dem Start waren es rund 150 Betriebe.",
        "Petra Beispiel: Bislang haben wir rund 150 Betriebe beraten.",
        "Beispiel: Insgesamt kamen seit 2031 rund 150 Betriebe zu uns.",
    ],
)
def test_a_tally_in_an_interview_answer_is_the_unit_the_lead_names(answer: str) -> None:
    text = (
        "Interview\n\nSeit Mai leitet Petra Beispiel die IQ Servicestelle Fachkräfte Lüneburg.\n\n"
        f"Frau Beispiel, wie viele Betriebe haben Sie erreicht?\n\n{answer}"
    )
    assert ("IQ Servicestelle Fachkräfte Lüneburg", 150) in facts_of(text).counts


@pytest.mark.parametrize(
    "answer",
    [
        "Beispiel: Seit dem Start waren es rund 150 Betriebe bei der Handwerkskammer Lüneburg.",
        "Karl Muster: Seit dem Start waren es rund 150 Betriebe.",
        "Seit dem Start waren es, sagt Petra Beispiel, rund 150 Betriebe bei der Handwerkskammer.",
    ],
)
def test_a_tally_naming_a_body_or_said_by_someone_else_is_not_the_unit(answer: str) -> None:
    text = (
        "Interview\n\nSeit Mai leitet Petra Beispiel die IQ Servicestelle Fachkräfte Lüneburg. Mit am Tisch sitzt"
        " Karl Muster, Referent bei der Handwerkskammer Lüneburg.\n\n"
        f"Frau Beispiel, wie viele Betriebe haben Sie erreicht?\n\n{answer}"
    )
    assert ("IQ Servicestelle Fachkräfte Lüneburg", 150) not in facts_of(text).counts


@pytest.mark.parametrize(
    "before",
    [
        "Der Verein ist Mitglied im Paritätischen Wohlfahrtsverband Niedersachsen.",
        "Unser Verein ist seit 2015 Mitglied im Paritätischen Wohlfahrtsverband Niedersachsen.",
        f"Der {VEREIN} arbeitet eng mit der Stiftung Elbufer zusammen.",
    ],
)
def test_a_post_after_a_sentence_opened_by_the_association_is_in_the_association(before: str) -> None:
    text = f"Über uns\n\nDer Verein {VEREIN} wurde 2008 in Buchholz gegründet.\n\n{before} Vorsitzende ist Marta Nowak."
    assert ("Marta Nowak", "Vorsitzende", VEREIN) in facts_of(text).roles


@pytest.mark.parametrize(
    "before",
    [
        "Mit dem Paritätischen Wohlfahrtsverband Niedersachsen arbeitet der Verein eng zusammen.",
        "Im Paritätischen Wohlfahrtsverband Niedersachsen ist der Verein seit 2015 Mitglied.",
        "Gemeinsam mit der Stiftung Elbufer lädt der Verein zum Sommerfest ein.",
    ],
)
def test_a_post_after_a_sentence_opened_by_another_body_is_in_neither(before: str) -> None:
    text = f"Über uns\n\nDer Verein {VEREIN} wurde 2008 in Buchholz gegründet.\n\n{before} Vorsitzende ist Marta Nowak."
    assert not [r for r in facts_of(text).roles if r[0] == "Marta Nowak" and r[2] is not None]


@pytest.mark.parametrize(
    "members",
    [
        "Heute gehören dem Verein 87 Mitglieder an.",
        "Seit diesem Jahr gehören dem Verein 87 Mitglieder an.",
        "Inzwischen gehören dem Verein 87 Mitglieder an, darunter elf Betriebe.",
    ],
)
def test_members_in_the_dative_after_a_fronted_adverb_are_the_associations(members: str) -> None:
    text = f"Über uns\n\nDer Verein {VEREIN} wurde 2008 in Buchholz gegründet. {members}"
    assert (VEREIN, 87) in facts_of(text).counts


@pytest.mark.parametrize(
    "members",
    [
        "Heute gehören dem Verein 87 Mitglieder an.",
        "Seit diesem Jahr gehören dem Verein 87 Mitglieder an.",
        "Inzwischen gehören dem Verein 87 Mitglieder an, darunter elf Betriebe.",
    ],
)
def test_members_of_one_of_two_associations_are_neithers(members: str) -> None:
    text = f"Über uns\n\nDer Verein {VEREIN} und Frauenhaus Stade e. V. wurden 2008 gegründet. {members}"
    assert not [c for c in facts_of(text).counts if c[1] == 87]


STELLE = "IQ Anerkennungsberatung Lüneburg"


@pytest.mark.parametrize(
    "there",
    [
        "Dort arbeiten inzwischen sechs Beraterinnen.",
        "Dort kümmern sich sechs Beraterinnen um die Anträge.",
        "Dort beraten sechs Beraterinnen in fünf Sprachen.",
    ],
)
def test_there_opening_a_clause_holds_the_count_of_the_unit_before(there: str) -> None:
    text = f"Neues\n\nDie {STELLE} hat im Frühjahr viele Menschen beraten. {there}"
    assert (STELLE, 6) in facts_of(text).counts


@pytest.mark.parametrize(
    "there",
    [
        "Dort arbeiten inzwischen sechs Beraterinnen.",
        "Dort kümmern sich sechs Beraterinnen um die Anträge.",
        "Dort beraten sechs Beraterinnen in fünf Sprachen.",
    ],
)
def test_there_after_two_units_holds_no_count(there: str) -> None:
    text = f"Neues\n\nDie {STELLE} und die IQ Servicestelle Celle haben im Frühjahr viele Menschen beraten. {there}"
    assert not [c for c in facts_of(text).counts if c[1] == 6]


@pytest.mark.parametrize(
    "contact",
    [
        "Ansprechpartnerin dort ist Lena Hoffmann.",
        "Als Ansprechpartnerin dort ist Lena Hoffmann erreichbar.",
        "Die Ansprechpartnerin dort ist Lena Hoffmann.",
    ],
)
def test_there_said_again_points_to_the_body_two_sentences_back(contact: str) -> None:
    text = f"Neues\n\nDie {STELLE} hat im Frühjahr viele Menschen beraten. Dort gibt es jetzt Abendtermine. {contact}"
    roles = facts_of(text).roles
    assert ("Lena Hoffmann", "Ansprechpartnerin", STELLE) in roles


@pytest.mark.parametrize(
    "first",
    [
        "Die Handwerkskammer Lüneburg ist Partner im IQ Netzwerk Niedersachsen.",
        "Die Kammer ist seit 2020 Partner im IQ Netzwerk Niedersachsen.",
        "Die Handwerkskammer Lüneburg arbeitet im IQ Netzwerk Niedersachsen mit.",
    ],
)
@pytest.mark.parametrize(
    "second",
    [
        "Sie zählt 4.200 Mitgliedsbetriebe.",
        "Sie vertritt nach eigenen Angaben 4.200 Betriebe.",
        "Sie hat 4.200 Mitgliedsbetriebe.",
    ],
)
def test_she_after_a_sentence_naming_a_chamber_and_a_network_is_the_chamber(first: str, second: str) -> None:
    text = f"Kammer\n\nIn Lüneburg berät die Handwerkskammer Lüneburg Betriebe. {first} {second}"
    assert ("Handwerkskammer Lüneburg", 4200) in facts_of(text).counts


@pytest.mark.parametrize(
    "second",
    [
        "Es zählt 4.200 Mitgliedsbetriebe.",
        "Er vertritt nach eigenen Angaben 4.200 Betriebe.",
        "Sie haben 4.200 Mitgliedsbetriebe.",
    ],
)
def test_a_pronoun_of_another_gender_than_the_chambers_is_not_the_chamber(second: str) -> None:
    text = f"Kammer\n\nDie Handwerkskammer Lüneburg ist Partner im IQ Netzwerk Niedersachsen. {second}"
    assert ("Handwerkskammer Lüneburg", 4200) not in facts_of(text).counts


@pytest.mark.parametrize(
    "lead",
    [
        f"„Brückenwerk Digital“ ist Teil des {NETZ}. Unser Träger ist die Lernwerk Heide gGmbH.",
        f"Im {NETZ} beraten wir Fachkräfte aus Drittstaaten.",
        "Die Lernwerk Heide gGmbH ist unser Träger.",
    ],
)
def test_we_on_a_page_whose_lead_names_a_network_or_carrier_first_is_no_one(lead: str) -> None:
    text = f"Über das Projekt\n\n{lead}\n\nGefördert werden wir vom Europäischen Sozialfonds Plus. Wir bieten drei Kurse an."
    facts = facts_of(text)
    assert not [r for r in facts.relations if r[1] == "fundedBy" and r[0] in (NETZ, "Lernwerk Heide gGmbH")]
    assert not [c for c in facts.counts if c[1] == 3]


@pytest.mark.parametrize(
    "later",
    [
        "„Wir sind bereit“, sagte die Leiterin. Der Verband zählt 310 Beschäftigte.",
        "Die Leiterin freut sich auf die Arbeit. Der Verband rechnet mit rund 310 Ratsuchenden.",
        "Das Büro ist montags geöffnet. Der Verband hat insgesamt 310 Beschäftigte.",
    ],
)
def test_the_association_by_its_kind_noun_later_in_the_release_holds_its_count(later: str) -> None:
    text = f"Neues Büro\n\nDer Caritasverband Lüneburg hat ein Büro eröffnet. Es liegt am Markt. {later}"
    assert ("Caritasverband Lüneburg", 310) in facts_of(text).counts


def test_the_kind_noun_after_two_associations_holds_no_count() -> None:
    text = (
        "Neues Büro\n\nDer Caritasverband Lüneburg und der Sozialverband Celle haben ein Büro eröffnet. Es liegt am "
        "Markt. Das Büro ist montags geöffnet. Der Verband hat insgesamt 310 Beschäftigte."
    )
    assert not [c for c in facts_of(text).counts if c[1] == 310]


@pytest.mark.parametrize(
    "offer",
    [
        "Jedes Halbjahr bieten wir vier Workshops zur Bewerbung an.",
        f"Das Projekt „{PROJEKT}“ bietet jedes Halbjahr vier Workshops an.",
        "Im Jahr 2031 haben wir vier Workshops angeboten.",
    ],
)
def test_workshops_a_project_offers_are_its_own_not_a_later_events(offer: str) -> None:
    text = (
        f"{PROJEKT}\n\nDas Teilprojekt „{PROJEKT}“ gehört zum {NETZ}. {offer}\n\n"
        "Am 12. Juni 2031 laden wir zum Sommerfest in Lüneburg ein."
    )
    assert (PROJEKT, 4) in facts_of(text).counts


@pytest.mark.parametrize(
    "offer",
    [
        "Beim Fachtag am 12. Juni 2031 in Lüneburg wurden vier Workshops angeboten.",
        "Am 12. Juni 2031 bot der Fachtag in Lüneburg vier Workshops an.",
        "Die Gäste besuchten am Fachtag am 12. Juni 2031 in Lüneburg vier Workshops.",
    ],
)
def test_workshops_of_an_event_stay_the_events(offer: str) -> None:
    text = f"Fachtag\n\nDas Teilprojekt „{PROJEKT}“ gehört zum {NETZ}. {offer}"
    assert (PROJEKT, 4) not in facts_of(text).counts


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        (f"Seit 2015 ist die Lernwerk Heide gGmbH Partner im {NETZ}.", "Lernwerk Heide gGmbH"),
        ("Seit 2019 ist unser Verein auch Mitglied im Landesfrauenrat Niedersachsen.", VEREIN),
        (
            "Inzwischen ist die Lernwerk Heide gGmbH Mitglied im Landesfrauenrat Niedersachsen.",
            "Lernwerk Heide gGmbH",
        ),
    ],
)
def test_a_member_named_right_after_the_fronted_verb_is_the_member(sentence: str, member: str) -> None:
    text = f"Über uns\n\nDie Lernwerk Heide gGmbH und der Verein {VEREIN} beraten in Buchholz. {sentence}"
    relations = facts_of(text).relations
    assert any(s == member and p == "memberOf" for s, p, _ in relations)


@pytest.mark.parametrize(
    "sentence",
    [
        f"Seit 2015 ist laut Lernwerk Heide gGmbH jede Schule Partner im {NETZ}.",
        f"Seit 2015 ist nach Angaben der Lernwerk Heide gGmbH jede Schule Partner im {NETZ}.",
        f"Seit 2015 ist auch ohne die Lernwerk Heide gGmbH jede Schule Partner im {NETZ}.",
    ],
)
def test_a_body_after_the_verb_and_a_preposition_is_no_member(sentence: str) -> None:
    text = f"Über uns\n\nDie Lernwerk Heide gGmbH berät in Buchholz. {sentence}"
    assert ("Lernwerk Heide gGmbH", "memberOf", NETZ) not in facts_of(text).relations


@pytest.mark.parametrize(
    "later",
    [
        "Das Bildungswerk hat 140 Beschäftigte.",
        "Das Bildungswerk zählt 140 Beschäftigte.",
        "Die Akademie hat 140 Beschäftigte.",
    ],
)
def test_a_body_by_its_kind_noun_paragraphs_later_holds_its_count(later: str) -> None:
    body = "Akademie Nordheide gGmbH" if "Akademie" in later else "Bildungswerk Nordheide e. V."
    text = (
        f"Büro\n\nBetrieben wird die Stelle von der {body} in Buchholz. Die Stelle ist montags besetzt. "
        f"„Viele geben zu früh auf“, sagt die Leiterin.\n\n{later}"
    )
    assert (body, 140) in facts_of(text).counts


def test_a_kind_noun_after_two_bodies_of_its_kind_holds_no_count() -> None:
    text = (
        "Büro\n\nBetrieben wird die Stelle vom Bildungswerk Nordheide e. V. und vom Bildungswerk Heide e. V. "
        "Die Stelle ist montags besetzt. „Viele geben zu früh auf“, sagt die Leiterin.\n\n"
        "Das Bildungswerk hat 140 Beschäftigte."
    )
    assert not [c for c in facts_of(text).counts if c[1] == 140]


@pytest.mark.parametrize(
    "figure",
    [
        "Der Verein hat nach eigenen Angaben 140 Mitglieder.",
        "Der Verein hat laut eigener Zählung 140 Mitglieder.",
        "Der Verein zählt nach jüngsten Zahlen 140 Mitglieder.",
    ],
)
def test_a_figure_after_a_noun_with_its_adjective_is_a_count(figure: str) -> None:
    text = f"Verein\n\nDer Verein {VEREIN} berät in Buchholz. {figure}"
    assert (VEREIN, 140) in facts_of(text).counts


@pytest.mark.parametrize(
    "labelled",
    [
        f"Der Verein {VEREIN} berät im neuen Gebäude 7 am Markt.",
        f"Der Verein {VEREIN} berät in Raum 12 des Rathauses.",
        f"Der Verein {VEREIN} berät nach Paragraf 17 des Gesetzes.",
    ],
)
def test_a_number_labelled_by_a_noun_is_no_count(labelled: str) -> None:
    counts = facts_of(f"Verein\n\n{labelled}").counts
    assert not [c for c in counts if c[1] in (7, 12, 17)]


@pytest.mark.parametrize("name", ["Fahrt ins Land", "Weg in Arbeit", "Brücke Beruf"])
@pytest.mark.parametrize(
    "carried",
    [
        "Umgesetzt wird es von der Verkehrsakademie Erfurt GmbH.",
        "Es wird von der Verkehrsakademie Erfurt GmbH umgesetzt.",
        "Getragen wird es von der Verkehrsakademie Erfurt GmbH.",
    ],
)
def test_es_after_a_project_named_with_its_noun_is_the_project(name: str, carried: str) -> None:
    text = f"Newsletter\n\nNeu im IQ Netzwerk Thüringen: Das Projekt „{name}“ qualifiziert Fahrerinnen. {carried}"
    relations = facts_of(text).relations
    assert (name, "hostedBy", "Verkehrsakademie Erfurt GmbH") in relations
    assert ("IQ Netzwerk Thüringen", "hostedBy", "Verkehrsakademie Erfurt GmbH") not in relations
