"""Organisation-name grammar, round 13: a Land's central office ("Landeszentrale für …"), a body named by a town no
place list knows ("Fachhochschule Musterstadt"), a centre named by its town ("Bildungszentrum Kassel"), regional
units of associations by a Land or a compass point ("Arbeit und Leben Sachsen", "IB Mitte") (invented sentences,
several variants each, and the near-domain shapes that must stay no names)."""

from __future__ import annotations

import pytest

from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.mentions import find_mentions
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())


def _bodies(text: str) -> dict[str, str]:
    return {m.label: m.type for m in find_mentions(text, GAZETTEER) if m.type not in ("Person",)}


# ---------------------------------------------------------------- a Land's central office


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Landeszentrale für politische Bildung bietet Seminare an.",
            "Landeszentrale für politische Bildung",
        ),
        (
            "Eingeladen hatte gemeinsam mit dem Verein die Landeszentrale für politische Bildung Hessen.",
            "Landeszentrale für politische Bildung Hessen",
        ),
        (
            "Das Heft der Landeszentrale für Gesundheitsförderung liegt aus.",
            "Landeszentrale für Gesundheitsförderung",
        ),
    ],
)
def test_a_lands_central_office_is_a_public_body(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    ["Eine Landeszentrale gibt es in jedem Land.", "Die Landeszentrale hat neue Hefte gedruckt."],
)
def test_a_bare_central_office_names_none(text: str) -> None:
    assert not any(label.startswith("Landeszentrale") for label in _bodies(text))


# ---------------------------------------------------------------- a town no place list knows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Fachhochschule Musterstadt beteiligt sich an der Studie.", "Fachhochschule Musterstadt"),
        ("An der Volkshochschule Beispielhausen lernen 40 Frauen Deutsch.", "Volkshochschule Beispielhausen"),
        ("Kurse bietet auch die Berufsschule Lindenfeld an.", "Berufsschule Lindenfeld"),
        ("Mit der Handwerkskammer Musterburg ist ein Vertrag geschlossen.", "Handwerkskammer Musterburg"),
    ],
)
def test_a_town_named_like_a_town_completes_a_body_s_name(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Weil die Fachhochschule Zusammenleben erforscht, ist sie Partnerin.",
        "Dass die Berufsschule Wohnheime baut, freut die Gemeinde.",
        "Die Fachhochschule sieht im Umfeld viele Betriebe.",
        "Sie weiß, dass die Volkshochschule Kurse anbietet.",
    ],
)
def test_a_common_noun_with_a_town_s_ending_is_no_town(text: str) -> None:
    assert not any(" " in label and label.split()[0].endswith("schule") for label in _bodies(text))


# ---------------------------------------------------------------- a centre named by its town


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Bildungszentrum Kassel bietet Kurse in Pflege an.", "Bildungszentrum Kassel"),
        ("Die Kurse bietet das Bildungszentrum Fulda an.", "Bildungszentrum Fulda"),
        ("Träger ist das Berufsbildungszentrum Musterstadt.", "Berufsbildungszentrum Musterstadt"),
        ("Beim Familienzentrum Beispielhausen gibt es eine Sprechstunde.", "Familienzentrum Beispielhausen"),
    ],
)
def test_a_centre_is_named_by_its_town(text: str, label: str) -> None:
    bodies = _bodies(text)
    assert bodies.get(label) == "Organisation"
    assert label.split()[0] not in bodies  # no venue "Bildungszentrum" beside it


@pytest.mark.parametrize(
    "text",
    [
        "Im Stadtzentrum Kassel gab es ein Fest.",
        "Im Zentrum Erfurt standen viele Menschen.",
        "Das Bildungszentrum Nord bietet Kurse an.",
        "Im Einkaufszentrum Fulda wurde gefeiert.",
    ],
)
def test_a_town_s_centre_or_a_venue_is_no_body(text: str) -> None:
    assert not any(t in ("Organisation", "Agency") for t in _bodies(text).values())


# ---------------------------------------------------------------- regional units of associations


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Partner ist Arbeit und Leben Thüringen.", "Arbeit und Leben Thüringen"),
        ("Bei ARBEIT UND LEBEN Sachsen laufen drei Kurse.", "ARBEIT UND LEBEN Sachsen"),
        (
            "Die Kurse von Arbeit und Leben Berlin-Brandenburg sind voll.",
            "Arbeit und Leben Berlin-Brandenburg",
        ),
        ("Der IB Mitte berät in Kassel.", "IB Mitte"),
        ("Beim IB Süd arbeiten zwei Beraterinnen.", "IB Süd"),
        ("Die AWO Nordost lädt zum Fest ein.", "AWO Nordost"),
    ],
)
def test_an_association_s_unit_is_named_by_its_region(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Zwischen Arbeit und Leben in Thüringen pendeln viele.",
        "Der IB Mitte Mai eröffnet das Haus.",
        "Die AWO Mitte 2031 baut ein Haus.",
    ],
)
def test_a_phrase_or_a_time_is_no_unit(text: str) -> None:
    bodies = _bodies(text)
    assert not any(label.endswith(("Thüringen", "Mitte")) and " " in label for label in bodies)


# ---------------------------------------------------------------- the object before a clause's last verb


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sie sagt, dass die Stiftung Lernhaus Kurse anbietet.", "Stiftung Lernhaus"),
        ("Bekannt ist, dass die Stiftung Lernhaus hilft.", "Stiftung Lernhaus"),
        ("Weil der Verein Brückenbau Seminare plant, kommen viele.", "Verein Brückenbau"),
    ],
)
def test_a_plural_object_before_a_clause_s_last_verb_is_no_name_word(text: str, label: str) -> None:
    bodies = _bodies(text)
    assert bodies.get(label) == "Organisation"
    assert not any(other.startswith(label + " ") for other in bodies)


# ---------------------------------------------------------------- a municipality's service named by its owner


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        (
            "Die Wirtschaftsförderung der Stadt Musterstadt unterstützt die Messe.",
            "Wirtschaftsförderung der Stadt Musterstadt",
            "Agency",
        ),
        (
            "Gemeinsam mit der Wirtschaftsförderung des Landkreises Beispiel lud der Verein ein.",
            "Wirtschaftsförderung des Landkreises Beispiel",
            "Agency",
        ),
        ("Eingeladen hat die Wirtschaftsförderung Kassel.", "Wirtschaftsförderung Kassel", "Agency"),
        (
            "Partner ist die Wirtschaftsförderung Kassel GmbH.",
            "Wirtschaftsförderung Kassel GmbH",
            "Organisation",
        ),
    ],
)
def test_a_municipal_service_is_named_by_its_municipality(text: str, label: str, type_: str) -> None:
    assert _bodies(text).get(label) == type_


@pytest.mark.parametrize(
    "text",
    [
        "Mittel der Wirtschaftsförderung des Bundes fließen in die Region.",
        "Die Wirtschaftsförderung der Region ist ein Ziel der Stadt.",
        "Die Wirtschaftsförderung Mittelständler ist ihr Thema.",
    ],
)
def test_the_task_without_its_owner_is_no_body(text: str) -> None:
    assert not any(label.startswith("Wirtschaftsförderung") for label in _bodies(text))


# ---------------------------------------------------------------- a name in single quotes after its kind


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Verein 'Brücken bauen' berät Geflüchtete.", "Brücken bauen"),
        ("Beim Verein 'Neue Nachbarn' e. V. gibt es Kurse.", "Neue Nachbarn e. V."),
        ("Der Verein ‚Lernwerk‘ bietet Kurse an.", "Lernwerk"),
        ("Die Stiftung ›Lernhaus‹ hilft jungen Menschen.", "Lernhaus"),
    ],
)
def test_a_name_in_single_quotes_after_its_kind(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein sagte, das sei 'gut'.",
        "Im Verein's Haus war's schön.",
        "Das Bündnis nannte es 'überfällig'.",
    ],
)
def test_an_apostrophe_or_a_quoted_word_is_no_name(text: str) -> None:
    assert not any(t == "Organisation" for t in _bodies(text).values())


# ---------------------------------------------------------------- a town after a short form in brackets


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Handwerkskammer (HWK) Beispielhausen lädt ein.", "Handwerkskammer Beispielhausen"),
        ("Kurse gibt die Volkshochschule (VHS) Musterstadt.", "Volkshochschule Musterstadt"),
        (
            "Laut der Industrie- und Handelskammer (IHK) Erfurt fehlen Fachkräfte.",
            "Industrie- und Handelskammer Erfurt",
        ),
    ],
)
def test_a_town_after_the_short_form_ends_the_name(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


def test_a_common_noun_after_the_short_form_is_no_town() -> None:
    assert "Handwerkskammer Berufsberatung" not in _bodies(
        "Die Handwerkskammer (HWK) Berufsberatung lädt ein."
    )


# ---------------------------------------------------------------- a proper name hyphened to its head


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Beispiel-Stiftung fördert das Vorhaben.", "Beispiel-Stiftung"),
        ("Gefördert wird der Kurs von der Muster-Stiftung.", "Muster-Stiftung"),
        ("Das Lindqvist-Institut hat die Studie erstellt.", "Lindqvist-Institut"),
        ("Die Studie des Beispiel-Instituts liegt vor.", "Beispiel-Institut"),
    ],
)
def test_a_proper_name_hyphened_to_its_head_names_a_body(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Die Bildungs-Akademie lädt ein.",
        "Der Stiftungs-Vorstand tagt.",
        "Eine Beratungs-Stiftung fehlt.",
        "Das neue Modell heißt Lernbox-Akademie.",
    ],
)
def test_a_common_noun_hyphened_to_a_head_is_no_name(text: str) -> None:
    assert not any(t == "Organisation" for t in _bodies(text).values())


# ---------------------------------------------------------------- migrants' associations and regional units


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Migrantenorganisation Brückenschlag aus Kassel berät.", "Migrantenorganisation Brückenschlag"),
        (
            "Mit der Migrantinnenorganisation Lernwerk plant sie ein Fest.",
            "Migrantinnenorganisation Lernwerk",
        ),
        ("Die Lebenshilfe Beispielhausen lädt ein.", "Lebenshilfe Beispielhausen"),
        ("Beim DRK Musterstadt gibt es Kurse.", "DRK Musterstadt"),
    ],
)
def test_an_association_named_by_a_proper_name_or_its_town(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Viele Migrantenorganisationen beraten Familien.",
        "Die Migrantenorganisation berät Familien.",
        "Eine Migrantenorganisation Lernwerk gibt es nicht.",
    ],
)
def test_a_kind_of_association_is_no_name(text: str) -> None:
    assert not any(t == "Organisation" for t in _bodies(text).values())


def test_a_common_noun_after_an_association_is_no_town() -> None:
    assert "AWO Beratung" not in _bodies("Die AWO Beratung hilft Familien.")


# ---------------------------------------------------------------- an alliance named by what it stands against


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Bündnis gegen Armut fordert mehr Geld.", "Bündnis gegen Armut"),
        (
            "Zum Fest lud das Aktionsbündnis gegen Rassismus und Ausgrenzung ein.",
            "Aktionsbündnis gegen Rassismus und Ausgrenzung",
        ),
        ("Unterstützt wird es vom Bündnis gegen Rechts Musterstadt.", "Bündnis gegen Rechts Musterstadt"),
    ],
)
def test_an_alliance_is_named_by_what_it_stands_against(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Das Bündnis gegen die Pläne wächst.",
        "Ein Bündnis gegen Armut wäre gut.",
        "Sie schmiedeten Bündnisse gegen Armut.",
    ],
)
def test_an_alliance_against_a_thing_named_with_its_article_is_no_name(text: str) -> None:
    assert not any(t == "Organisation" for t in _bodies(text).values())


# ---------------------------------------------------------------- a municipality in the genitive of a joint act


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Projekt ist eine Kooperation der Stadt Jena mit dem Jobcenter.", "Stadt Jena"),
        ("Mit Unterstützung des Kreises Herford entstand ein Leitfaden.", "Kreis Herford"),
        ("Die Beteiligung der Gemeinde Beispieldorf freut den Verein.", "Gemeinde Beispieldorf"),
        ("Zwei Mitarbeiterinnen der Stadt Kassel berieten die Gäste.", "Stadt Kassel"),
    ],
)
def test_a_municipality_that_works_with_others_is_a_body(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text", ["Die Bürger der Stadt Jena feierten.", "Im Zentrum der Stadt Jena steht ein Haus."]
)
def test_a_municipality_s_people_or_ground_name_no_body(text: str) -> None:
    assert "Agency" not in _bodies(text).values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Gespräche mit dem Landesverband der Migrantenorganisationen in Sachsen fanden statt.",
            "Landesverband der Migrantenorganisationen in Sachsen",
        ),
        ("Der Dachverband der Migrantenorganisationen lädt ein.", "Dachverband der Migrantenorganisationen"),
        (
            "Beim Bundesverband der Migrantinnenorganisationen gab es Kurse.",
            "Bundesverband der Migrantinnenorganisationen",
        ),
    ],
)
def test_a_federation_is_named_by_its_member_associations(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


# ---------------------------------------------------------------- the town of a dated dateline


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Musterau, 12. Mai 2031 – Die Stadt Musterau lädt zur Jobmesse ein.", "Stadt Musterau"),
        ("Lindenau, den 3.4.2031 – Gefördert wird der Kurs von der Gemeinde Lindenau.", "Gemeinde Lindenau"),
        (
            "Musterau, 12. Mai 2031 – Ausrichter ist die Wirtschaftsförderung der Stadt gemeinsam mit dem Verein.",
            "Wirtschaftsförderung der Stadt Musterau",
        ),
    ],
)
def test_the_dateline_s_town_names_the_municipality(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Pressemitteilung, 12. Mai 2031 – Die Stadt Musterau lädt ein.",
        "Montag, 12. Mai 2031 – Ausrichter ist die Wirtschaftsförderung der Stadt gemeinsam mit dem Verein.",
        "Die Stadt Musterau lädt zur Jobmesse ein.",
    ],
)
def test_without_a_dated_town_the_municipality_stays_unnamed(text: str) -> None:
    assert "Agency" not in _bodies(text).values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Pressestelle der Hansestadt Lübeck, 2. März 2031", "Hansestadt Lübeck"),
        ("Die Pressestelle der Stadt Kassel teilte am Montag mit, dass der Kurs beginnt.", "Stadt Kassel"),
        ("Eine Sprecherin des Kreises Herford bestätigte die Zahlen.", "Kreis Herford"),
    ],
)
def test_a_municipality_speaking_through_its_press_office_is_a_body(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


# ---------------------------------------------------------------- a municipality in the dative after a verb


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Netzwerk dankte der Stadt Fulda.", "Stadt Fulda"),
        ("Der Verein überreichte der Gemeinde Beispieldorf eine Urkunde.", "Gemeinde Beispieldorf"),
        ("Das Haus gehört der Stadt Kassel.", "Stadt Kassel"),
        ("Gedankt wurde der Stadt Jena für die Räume.", "Stadt Jena"),
        ("Der Landkreis übergab der Gemeinde Künzell einen Scheck.", "Gemeinde Künzell"),
        ("Das Land überwies der Stadt Gotha das Fördergeld.", "Stadt Gotha"),
    ],
)
def test_a_municipality_a_verb_addresses_is_a_body(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Das Haus liegt außerhalb der Stadt Fulda.",
        "Die Mittel kommen statt der Stadt Fulda vom Land.",
        "Im Zentrum der Stadt Fulda steht ein Haus.",
        "Sie arbeitet beim Land, nicht der Stadt Fulda.",
        "Das Dorf liegt unweit der Stadt Fulda.",
        "Die meisten der Stadt Fulda zugezogenen Familien bleiben.",
    ],
)
def test_a_municipality_after_a_genitive_preposition_or_noun_is_no_body(text: str) -> None:
    assert "Agency" not in _bodies(text).values()


# ---------------------------------------------------------------- municipalities listed after their plural


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Das Netzwerk arbeitet mit den Städten Gotha und Eisenach zusammen.",
            ("Stadt Gotha", "Stadt Eisenach"),
        ),
        ("Die Landkreise Greiz und Gotha fördern das Projekt.", ("Landkreis Greiz", "Landkreis Gotha")),
        (
            "Gefördert wird es von den Gemeinden Künzell und Petersberg.",
            ("Gemeinde Künzell", "Gemeinde Petersberg"),
        ),
    ],
)
def test_each_municipality_listed_after_the_plural_is_a_body(text: str, labels: tuple[str, str]) -> None:
    bodies = _bodies(text)
    assert all(bodies.get(label) == "Agency" for label in labels)


@pytest.mark.parametrize(
    "text",
    [
        "In den Städten Gotha und Eisenach leben viele Zugewanderte.",
        "Menschen aus den Landkreisen Greiz und Gotha kamen.",
        "Die Einwohner der Städte Gotha und Eisenach feierten.",
    ],
)
def test_listed_municipalities_as_territories_are_no_bodies(text: str) -> None:
    assert "Agency" not in _bodies(text).values()


# ---------------------------------------------------------------- a list's last item named by its legal form


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Veranstalter: Stadt Fulda und Verein Lernwerk e. V.", "Stadt Fulda", "Lernwerk e. V."),
        ("Kontakt: Jobcenter Fulda und Bildungsträger Lernweg gGmbH", "Jobcenter Fulda", "Lernweg gGmbH"),
        (
            "Handwerkskammer Erfurt sowie Verein Lernhaus e. V. laden ein.",
            "Handwerkskammer Erfurt",
            "Lernhaus e. V.",
        ),
    ],
)
def test_a_classifier_after_und_opens_the_last_item(text: str, first: str, second: str) -> None:
    bodies = _bodies(text)
    assert first in bodies and second in bodies
    assert not any(" und " in label or " sowie " in label for label in bodies)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Partner ist Arbeit und Leben e. V.", "Arbeit und Leben e. V."),
        ("Die Firma Muster und Partner GmbH lädt ein.", "Muster und Partner GmbH"),
    ],
)
def test_a_name_joined_by_und_stays_whole(text: str, label: str) -> None:
    assert label in _bodies(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Veranstalter: Stadt Fulda", "Stadt Fulda"),
        ("Herausgeber: Landkreis Fulda, Fachdienst Migration", "Landkreis Fulda"),
        ("Ausrichter: Gemeinde Künzell", "Gemeinde Künzell"),
    ],
)
def test_a_municipality_in_an_organiser_field_is_a_body(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


def test_a_municipality_in_a_place_field_is_no_body() -> None:
    assert "Agency" not in _bodies("Ort: Stadt Fulda, Rathaus").values()


# ---------------------------------------------------------------- a federation named by the bodies it gathers


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Gemeinsam mit dem Landesverband Thüringen der Volkshochschulen lädt das Netzwerk ein.",
            "Landesverband Thüringen der Volkshochschulen",
        ),
        ("Der Landesverband der Volkshochschulen lädt ein.", "Landesverband der Volkshochschulen"),
        ("Die Arbeitsgemeinschaft der Kammern tagt in Erfurt.", "Arbeitsgemeinschaft der Kammern"),
    ],
)
def test_a_federation_is_named_by_the_bodies_it_gathers(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Der Landesverband des Vereins tagt.",
        "Der Beirat der Stiftung tagt.",
        "Die Leitung der Stiftungen tagt.",
    ],
)
def test_a_body_s_body_in_the_singular_is_no_name(text: str) -> None:
    assert not any(t == "Organisation" for t in _bodies(text).values())


# ---------------------------------------------------------------- a long name opened by a head, its region and a dash


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Die Diakonie Hessen – Diakonisches Werk in Hessen und Nassau und Kurhessen-Waldeck e. V. berät.",
            "Diakonie Hessen – Diakonisches Werk in Hessen und Nassau und Kurhessen-Waldeck e. V.",
        ),
        (
            "Bei der Caritas Beispielburg – Verband für Beratung und Pflege in Beispielburg e. V. gibt es Kurse.",
            "Caritas Beispielburg – Verband für Beratung und Pflege in Beispielburg e. V.",
        ),
        (
            "Mit der Diakonie Nordland – Diakonisches Werk der Evangelischen Kirche in Nordland e. V. plant sie.",
            "Diakonie Nordland – Diakonisches Werk der Evangelischen Kirche in Nordland e. V.",
        ),
    ],
)
def test_a_long_name_keeps_the_head_before_its_region_and_dash(text: str, label: str) -> None:
    bodies = _bodies(text)
    assert bodies.get(label) == "Organisation"
    assert not any(other.startswith(label.split()[1] + " –") for other in bodies)


# ---------------------------------------------------------------- names styled in capitals, two legal forms in a row


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Das Projekt von IN VIA Köln e. V. richtet sich an Frauen.", "IN VIA Köln e. V."),
        ("Träger ist IN VIA Musterstadt e. V.", "IN VIA Musterstadt e. V."),
        ("Gefördert von der Lernwerk gGmbH und IN VIA e. V.", "IN VIA e. V."),
    ],
)
def test_a_function_word_styled_in_capitals_opens_a_name(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Organisation"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Die Muster GmbH und Beispiel e. V. laden ein.", "Muster GmbH", "Beispiel e. V."),
        ("Die Lernwerk gGmbH sowie Lernhaus e. V. beraten.", "Lernwerk gGmbH", "Lernhaus e. V."),
        ("Gefördert von der Lernwerk gGmbH und IN VIA e. V.", "Lernwerk gGmbH", "IN VIA e. V."),
    ],
)
def test_a_legal_form_ends_the_first_of_two_names(text: str, first: str, second: str) -> None:
    bodies = _bodies(text)
    assert first in bodies and second in bodies
    assert not any(" und " in label or " sowie " in label for label in bodies)


# ---------------------------------------------------------------- a municipality's council


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Rat der Stadt Kassel hat den Haushalt beschlossen.", "Rat der Stadt Kassel"),
        ("Im Kreistag des Landkreises Gotha wurde debattiert.", "Kreistag des Landkreises Gotha"),
        ("Die Mitglieder des Rates der Gemeinde Künzell stimmten zu.", "Rat der Gemeinde Künzell"),
    ],
)
def test_a_council_is_named_with_its_municipality(text: str, label: str) -> None:
    assert _bodies(text).get(label) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Der Rat der Stadt ist zufrieden.",
        "Ein Rat der Experten tagte.",
        "Der Rat der Wirtschaftsweisen warnt.",
    ],
)
def test_a_council_without_its_municipality_is_no_name(text: str) -> None:
    assert "Agency" not in _bodies(text).values()
