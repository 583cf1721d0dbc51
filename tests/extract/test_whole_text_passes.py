"""Whole-text passes made cheaper for long releases give what the plain pass gave (issue 12)."""

from __future__ import annotations

import re

import pytest

from iqgraph.extract import lexicon
from iqgraph.extract.events.nouns import EVENT_NOUN
from iqgraph.extract.events.speakers import _TITLE_REFERENCE, title_references
from iqgraph.extract.names.gazetteer import build_gazetteer
from iqgraph.extract.names.organisations.legal_forms import (
    _INNER_LEGAL_FORM,
    _NAMED_BY_LEGAL_FORM,
    _legal_form_matches,
)
from iqgraph.extract.names.projects.names import repeated_project_names
from iqgraph.extract.quotes.quotes import QuoteFinding, _drop_repeats
from iqgraph.extract.relations.relations import Before, find_relations
from iqgraph.extract.text.alternation import any_of
from iqgraph.extract.text.spans import Mention
from iqgraph.extract.text.text import split_sentences
from iqgraph.reference import load_reference

GAZETTEER = build_gazetteer(load_reference())
NAMES = (
    "Berlin und Bremen. A. A. A. xBerlin, Berlin-Brandenburg -Hamburg (Hamburg) „Köln“ in München; "
    "das IQ Netzwerk und die Bundesagentur für Arbeit in Nürnberg"
)


def _at_every_word_start(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for word in re.finditer(r"(?<![\w-])\w", text):
        found = GAZETTEER._longest_at(text, word.start()) if word.start() >= pos else None
        if found is not None:
            out.append((found[0], found[1], found[2].key))
            pos = found[1]
    return out


def test_the_gazetteer_finds_what_trying_every_word_start_finds() -> None:
    found = [(s, e, k.key) for s, e, k in GAZETTEER.find(NAMES)]
    assert found == _at_every_word_start(NAMES)
    assert len(found) >= 6


def test_the_gazetteer_tries_no_word_start_where_no_name_begins() -> None:
    assert GAZETTEER.starts.search("A. " * 50 + "xBerlin -Bremen") is None


def _in_the_whole_text(text: str) -> list[tuple[int, int]]:
    out = []
    for match in _NAMED_BY_LEGAL_FORM.finditer(text):
        inner = _INNER_LEGAL_FORM.search(match.group("name"))
        first = (
            _NAMED_BY_LEGAL_FORM.search(text, match.start(), match.start("name") + inner.end())
            if inner
            else None
        )
        out += [first.span()] if first else []
        out.append(match.span())
    return out


def test_names_before_a_legal_form_are_found_as_in_the_whole_text() -> None:
    text = (
        "Die Muster AG und die Beispiel SE, dazu (Lernweg gGmbH) sowie: Verein Arbeit und Leben e. V. – "
        "die Alpha GmbH & Co. KG; adis e.V. und Unstrut-Hainich- und Kyffhäuserkreis mbH. Keine Form hier."
    )
    found = [m.span() for m in _legal_form_matches(text)]
    assert found == _in_the_whole_text(text)
    assert len(found) >= 6


def test_a_period_after_a_single_letter_ends_no_sentence_and_others_still_do() -> None:
    text = "Petra A. Beispiel kam. A. B. C. Dann ging sie. Ende"
    assert [s.text for s in split_sentences(text)] == [
        "Petra A. Beispiel kam.",
        "A. B. C. Dann ging sie.",
        "Ende",
    ]


def test_any_of_matches_the_words_of_a_plain_alternation_and_takes_the_same_one() -> None:
    words = ["fachtagung", "fachtag", "tagung", "fest", "festakt", " rede ", "übergabe", "sprach "]
    plain = re.compile("(?P<w>" + "|".join(map(re.escape, words)) + r")(?P<rest>\w*)", re.IGNORECASE)
    grouped = re.compile(f"(?P<w>{any_of(words)})(?P<rest>\\w*)", re.IGNORECASE)
    text = "Die FACHTAGUNG, ein Festakt, das Fest; seine Rede . Übergabe, sie sprach ins Mikro. Fachtagungen"
    assert [m.groupdict() for m in grouped.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]


def test_any_of_writes_the_rest_of_each_word_as_told() -> None:
    spaced = re.compile(any_of(["mehr als", "bis zu"], lambda w: re.escape(w).replace(r"\ ", r"\s+")))
    assert [m.group() for m in spaced.finditer("mehr  als 5, bis\nzu 7, mehrals 3")] == [
        "mehr  als",
        "bis\nzu",
    ]


def test_any_of_refuses_a_first_letter_another_could_match_in_some_case() -> None:
    with pytest.raises(ValueError):
        any_of(["Tagung"])
    with pytest.raises(ValueError):
        any_of(["ſtand"])


def test_event_nouns_grouped_by_first_letter_match_as_the_plain_alternation() -> None:
    nouns = "|".join(
        n.lower() for n in sorted(lexicon.EVENT_NOUNS + lexicon.MORE_EVENT_NOUNS, key=len, reverse=True)
    )
    plain = re.compile(
        rf"(?<![\w-])(?P<noun>(?=[A-ZÄÖÜ])[\w\-]*?(?P<head>(?i:{nouns})))(?P<infl>es|s|e|en|n)?(?![\w-])"
    )
    text = "Der IQ-Fachtag, die Jahrestagungen, ein FESTAKT, Tagung-Nord, Workshops und das Sommerfest. A. A."
    assert [m.groupdict() for m in EVENT_NOUN.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]


def test_title_references_are_found_in_one_pass_as_in_a_pass_for_each_title() -> None:
    minister = Mention(0, 14, "Person", "person:petra", "Petra Beispiel", "Petra Beispiel")
    leader = Mention(30, 40, "Person", "person:karl", "Karl Muster", "Karl Muster")
    holders = [(minister, "Ministerin für Arbeit"), (leader, "Leiter des Netzwerks"), (leader, "Referent")]
    text = (
        "Die Ministerin sprach. Der neue Leiter dankte der Ministerin, die Ministerinnen nicht; "
        "dem Leiter Karl, beim Leitern zum Referenten. Die Ministerin"
    )
    found = [(m.start, m.end, m.key) for m in title_references(text, holders)]
    each = [
        (m.start(), m.end(), person.key)
        for head, person in [("Leiter", leader), ("Ministerin", minister), ("Referent", leader)]
        for m in re.finditer(_TITLE_REFERENCE.format(head=head), text)
    ]
    assert found == each
    assert len(found) >= 5


def _after_each_mention(text: str, mentions: list[Mention]) -> set[tuple[int, int, str]]:
    """The plain reading: the whole text and the text after each project mention, each read on its own for the
    mention's name (a name listed late may be named in the prose before its list)."""
    out = set()
    for m in mentions:
        pattern = rf"(?<![\w-]){re.escape(m.label)}(?![\w+-])"
        out |= {(f.start(), f.end(), m.label) for f in re.finditer(pattern, text)}
        out |= {(m.end + f.start(), m.end + f.end(), m.label) for f in re.finditer(pattern, text[m.end :])}
    return out


def _project(text: str, label: str, surface: str, nth: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(surface), text)][nth]
    return Mention.named(start, start + len(surface), "Subproject", label, surface)


def test_repeated_project_names_are_found_in_one_pass_as_after_each_mention() -> None:
    text = (
        "Das Projekt „Brücke Nord“ startet. Brücke Nord-Süd nicht, xBrücke Nord nicht, aber Brücke Nord. "
        "Im Projekt KOMPASS KOMPASS KOMPASS+ und „Tor Tor Tor Tor Tor“ (Tor Tor Tor Tor Tor). "
        "Teilprojekt „#Talente Nord“: #Talente Nord! Und wieder „Brücke Nord“, dann Brücke Nord. "
        "Projekt ZAQZAQ und ZAQ. Tor Tor Tor Tor Tor."
    )
    run = text.rindex("Tor Tor Tor Tor Tor")
    mentions = [
        _project(text, "Brücke Nord", "„Brücke Nord“"),
        _project(text, "Brücke Nord", "„Brücke Nord“", 1),
        _project(text, "KOMPASS", "Projekt KOMPASS"),
        _project(text, "Tor Tor Tor", "„Tor Tor Tor"),  # a name that overlaps its own repeats
        _project(text, "#Talente Nord", "„#Talente Nord“"),  # a name that begins with a sign
        _project(text, "ZAQ", "Projekt ZAQ"),  # repeated right at the mention's end
        Mention.named(run - 4, run + 4, "Subproject", "Tor Tor Tor", "Tor Tor"),  # repeats in another step
        Mention.named(0, 4, "Subproject", "Nord", "Nord"),  # one plain word: not looked for
    ]
    found = [(m.start, m.end, m.label) for m in repeated_project_names(text, mentions)]
    assert len(found) == len(set(found))
    assert set(found) == _after_each_mention(text, mentions[:-1])
    assert {label for _, _, label in found} == {
        "Brücke Nord",
        "KOMPASS",
        "Tor Tor Tor",
        "#Talente Nord",
        "ZAQ",
    }
    assert {run, run + 4} <= {start for start, _, label in found if label == "Tor Tor Tor"}


def _sentence_relations(text: str, sentence: str, named: list[Mention]) -> list[tuple[str, str, str]]:
    """The relations of `sentence` (the last in `text`) after a project and a network named before it."""
    start = text.index(sentence)
    project = _project(text, "Brücke Nord", "„Brücke Nord“")
    network = Mention.named(text.index("Netzwerk"), text.index(" wird"), "StateNetwork", "Netzwerk Nord", "x")
    before = Before([project, network]).up_to(start)
    found = find_relations(text, (start, len(text)), named, None, before)
    return [(f.subject.label, f.predicate, f.object.label) for f in found]


@pytest.mark.parametrize(
    ("sentence", "body", "type_"),
    [
        ("Es wird vom Ministerium für Arbeit gefördert.", "Ministerium für Arbeit", "Ministry"),
        ("Dazu gehören die Stadt und der Verein Lernen.", "Verein Lernen", "Organisation"),
        ("Die Koordination liegt beim Verein Lernen.", "Verein Lernen", "Organisation"),
    ],
)
def test_a_sentence_naming_no_actor_has_no_relation_though_earlier_ones_are_known(
    sentence: str, body: str, type_: str
) -> None:
    text = f"Das Projekt „Brücke Nord“ im Netzwerk Nord wird gestartet. {sentence}"
    at = text.index(body)
    named = [Mention.named(at, at + len(body), type_, body, body)]
    assert _sentence_relations(text, sentence, named)  # the body named: a relation to one named before
    assert _sentence_relations(text, sentence, []) == []


def _pairwise_repeats(found: list[QuoteFinding]) -> list[QuoteFinding]:
    """The plain reading: a quote another of its speaker's continues (a headline's start of it) is dropped."""

    def words(text: str) -> str:
        return " ".join(text.split()).lower()

    return [
        q
        for q in found
        if not any(
            o is not q
            and o.speaker.key == q.speaker.key
            and len(words(q.text).rstrip(" .!?…")) < len(words(o.text))
            and words(o.text).startswith(words(q.text).rstrip(" .!?…"))
            for o in found
        )
    ]


def test_repeated_quotes_are_dropped_by_lookup_as_by_comparing_each_pair() -> None:
    petra = Mention(0, 5, "Person", "person:petra", "Petra Beispiel", "Petra")
    karl = Mention(0, 4, "Person", "person:karl", "Karl Muster", "Karl")
    texts = [
        (petra, "Wir helfen"),  # the start of a longer one: dropped
        (petra, "Wir helfen allen, die kommen"),  # the same words twice: both kept
        (petra, "Wir  helfen allen, die kommen"),
        (petra, "Gut."),  # extends only itself ("gut" and its period)
        (karl, "Wir helfen"),  # another speaker's longer quote does not count
        (karl, "Das Amt berät"),  # extended by the one with its period, that one by a longer one
        (karl, "Das Amt berät."),
        (karl, "das amt berät. Immer."),
    ]
    found = [QuoteFinding(speaker, text, 10 * i, 10 * i + 5) for i, (speaker, text) in enumerate(texts)]
    kept = _drop_repeats(found)
    assert kept == _pairwise_repeats(found)
    assert [q.text for q in kept] == [
        "Wir helfen allen, die kommen",
        "Wir  helfen allen, die kommen",
        "Gut.",
        "Wir helfen",
        "das amt berät. Immer.",
    ]
