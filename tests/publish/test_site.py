"""`iqgraph publish`: what a portal and a reader find in the site, checked against the build's own store."""

from __future__ import annotations

import gzip
import hashlib
import html
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID, XSD

from conftest import HAMBURG_2013, SEED, Site, publish_build
from iqgraph.cli import main
from iqgraph.errors import PublishError
from iqgraph.pipeline import BuildOptions, build
from iqgraph.publish import PublishConfig, load_config, publish
from iqgraph.publish.config import PLACEHOLDER_PUBLISHER
from iqgraph.publish.conneg import best_variant
from iqgraph.publish.description import check_description
from iqgraph.store.embedded import LocalStore

HERE = Path(__file__).resolve().parent
SHAPE = HERE.parent.parent / "ontology" / "dcat-ap-de-shapes.ttl"
SPDX = Namespace("http://spdx.org/rdf/terms#")
DATASET = URIRef("https://w3id.org/iqgraph/id/dataset")
FULL_CONFIG = PublishConfig(
    publisher_name="Beispiel-Redaktion",
    publisher_url="https://example.org/",
    contact_name="Datenredaktion",
    contact_email="daten@example.org",
    contributor_id="http://dcat-ap.de/def/contributors/beispiel",
    sparql_endpoint="https://example.org/sparql",
)


def _void(site: Path) -> Graph:
    return Graph().parse(site / "void.ttl", format="turtle")


def _results(graph: Graph) -> list[tuple[str, str]]:
    """(severity, message) of each SHACL result of `graph` against the shipped DCAT-AP.de shape, by pyshacl."""
    _, report, _ = validate(graph, shacl_graph=str(SHAPE), allow_warnings=True)
    sh = Namespace("http://www.w3.org/ns/shacl#")
    found = sorted(
        (str(report.value(r, sh.resultSeverity)).rsplit("#", 1)[1], str(report.value(r, sh.resultMessage)))
        for r in report.subjects(RDF.type, sh.ValidationResult)
    )
    assert check_description(graph.serialize(format="turtle")) == found  # what publish itself reports
    return found


# The dataset description -------------------------------------------------------------------------------


def test_void_conforms_to_dcat_ap_de_leaving_only_the_contributor_id_to_the_publisher(
    shipped_site: Site,
) -> None:
    results = _results(_void(shipped_site.site))
    assert [severity for severity, _ in results] == ["Warning"]
    assert "dcatde:contributorID" in results[0][1]


def test_void_with_a_full_config_conforms_without_a_single_result(tmp_path: Path, shipped_site: Site) -> None:
    publish(shipped_site.build, tmp_path / "site", FULL_CONFIG)
    void = _void(tmp_path / "site")
    assert _results(void) == []
    assert (DATASET, VOID.sparqlEndpoint, URIRef("https://example.org/sparql")) in void


def test_the_shape_finds_a_description_without_title_or_licence(shipped_site: Site) -> None:
    void = _void(shipped_site.site)
    void.remove((DATASET, DCTERMS.title, None))
    void.remove((None, DCTERMS.license, None))
    violations = [message for severity, message in _results(void) if severity == "Violation"]
    assert any("dct:title" in m for m in violations)
    assert sum("dct:license" in m for m in violations) == 8  # each of the 8 distributions


def test_void_states_what_the_data_holds(shipped_site: Site) -> None:
    void, store = _void(shipped_site.site), LocalStore(shipped_site.build)
    distinct = store.values("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    assert void.value(DATASET, VOID.triples) == Literal(int(distinct[0][0] or 0), datatype=XSD.integer)
    period = void.value(DATASET, DCTERMS.temporal)
    assert (
        period,
        DCAT.startDate,
        Literal("2017-09-21", datatype=XSD.date),
    ) in void  # the seed release's date
    assert void.value(DATASET, DCTERMS.modified) == Literal("2017-09-21", datatype=XSD.date)
    assert (
        DATASET,
        DCTERMS.spatial,
        URIRef("http://dcat-ap.de/def/politicalGeocoding/stateKey/11"),
    ) in void  # Berlin
    assert {str(t) for t in void.objects(DATASET, DCTERMS.title)} >= {
        "iqgraph: the funding network of the programme Integration durch Qualifizierung (IQ)"
    }
    assert {t.language for t in void.objects(DATASET, DCTERMS.description)} == {"de", "en"}  # type: ignore[attr-defined]
    classes = {void.value(p, VOID["class"]) for p in void.objects(DATASET, VOID.classPartition)}
    assert URIRef("https://w3id.org/iqgraph/ontology#StateNetwork") in classes


def test_every_distribution_is_the_file_it_names(shipped_site: Site) -> None:
    void, site = _void(shipped_site.site), shipped_site.site
    distributions = list(void.objects(DATASET, DCAT.distribution))
    assert len(distributions) == 8
    for d in distributions:
        url = str(void.value(d, DCAT.downloadURL))
        path = site / url.removeprefix("https://w3id.org/iqgraph/")
        data = path.read_bytes()
        assert int(void.value(d, DCAT.byteSize)) == len(data)  # type: ignore[arg-type]
        checksum = void.value(d, SPDX.checksum)
        assert str(void.value(checksum, SPDX.checksumValue)) == hashlib.sha256(data).hexdigest()
        assert void.value(d, DCTERMS.license) == URIRef("http://dcat-ap.de/def/licenses/cc-by/4.0")
    sums = (site / "dumps" / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert len(sums) == 8
    assert (
        gzip.decompress((site / "dumps" / "iqgraph.nq.gz").read_bytes())
        == (shipped_site.build / "iqgraph.nq").read_bytes()
    )


def test_license_option_and_placeholders(tmp_path: Path, shipped_site: Site) -> None:
    result = CliRunner().invoke(
        main,
        [
            "publish",
            "--from",
            str(shipped_site.build),
            "-o",
            str(tmp_path / "s"),
            "--license",
            "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "warning: publisher_name is a placeholder" in result.stderr
    assert "warning: void.ttl (DCAT-AP.de): Empfohlen (GovData): dcatde:contributorID" in result.stderr
    void = _void(tmp_path / "s")
    assert set(void.objects(None, DCTERMS.license)) == {URIRef("http://dcat-ap.de/def/licenses/dl-by-de/2.0")}
    assert any(PLACEHOLDER_PUBLISHER in str(o) for o in void.objects(None, None))


# Entity pages --------------------------------------------------------------------------------------------


def _pages(site: Path) -> list[Path]:
    return sorted((site / "id").rglob("*.html"))


def _iri(site: Path, page: Path) -> str:
    return "https://w3id.org/iqgraph/" + page.relative_to(site).with_suffix("").as_posix()


@pytest.mark.parametrize("which", ["shipped_site", "dev_site"])
def test_every_pages_turtle_and_json_ld_hold_what_the_store_holds_about_it(
    which: str, request: pytest.FixtureRequest
) -> None:
    published: Site = request.getfixturevalue(which)
    store = LocalStore(published.build)
    query = (HERE / "entity_description.rq").read_text(encoding="utf-8")
    pages = _pages(published.site)
    assert len(pages) >= 10
    for page in pages:
        iri = _iri(published.site, page)
        expected = store.query(query.replace("?page", f"<{iri}>")).graph
        turtle = Graph().parse(page.with_suffix(".ttl"), format="turtle")
        jsonld = Graph().parse(page.with_suffix(".jsonld"), format="json-ld")
        assert len(turtle) > 0 and isomorphic(turtle, expected), iri
        assert isomorphic(jsonld, expected), iri


def _shipped_words_up_to(word: str) -> str:
    """The shipped release's words from the start of the line (or of the quote) holding `word` up to and with
    it: read from data/releases, so the test does not copy the release's text."""
    line = next(line for line in SEED.read_text(encoding="utf-8").splitlines() if word in line)
    end = line.index(word) + len(word)
    return line[line.rfind("„", 0, end) + 1 : end]


def test_an_entity_page_shows_its_facts_with_sentence_and_release(shipped_site: Site) -> None:
    page = (shipped_site.site / "id" / "statenetwork" / "iq-landesnetzwerk-berlin.html").read_text(
        encoding="utf-8"
    )
    assert "<h1>IQ Landesnetzwerk Berlin</h1>" in page
    assert "Landesnetzwerk" in page and "IQ Netzwerk Berlin" in page  # type, other name
    assert 'href="../programme/integration-durch-qualifizierung.html"' in page  # a tie, as a relative link
    assert 'href="../release/000-df654fb46e4af0be.html"' in page  # the release saying it
    assert _shipped_words_up_to("Teil des Förderprogramms") in page  # the sentence
    assert "<svg" in page and 'href="../person/alev-deniz.html"' in page  # the neighbourhood
    person = (shipped_site.site / "id" / "person" / "alev-deniz.html").read_text(encoding="utf-8")
    assert "Rollen im Zeitverlauf" in person and "Leiterin" in person
    assert _shipped_words_up_to("Erfolgsgeschichte.") in person  # her quote


def test_no_page_links_outside_the_folder_or_loads_anything(shipped_site: Site) -> None:
    for page in sorted(shipped_site.site.rglob("*.html")):
        text = html.unescape(page.read_text(encoding="utf-8"))
        assert "default-src 'none'" in text, page
        assert '<link rel="stylesheet"' not in text and "<script src" not in text, page


# Determinism, refusals, config --------------------------------------------------------------------------


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_publishes_are_byte_identical(tmp_path: Path, shipped_site: Site) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    code = "import sys; from pathlib import Path; from iqgraph.publish import publish; publish(Path(sys.argv[1]), Path(sys.argv[2]))"
    subprocess.run(
        [sys.executable, "-c", code, str(shipped_site.build), str(tmp_path / "again")], env=env, check=True
    )
    assert _tree(tmp_path / "again") == _tree(shipped_site.site)


def test_publish_refuses_to_replace_a_folder_it_did_not_write(tmp_path: Path, shipped_site: Site) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(PublishError, match="not a site iqgraph published"):
        publish(shipped_site.build, tmp_path / "mine")
    assert (tmp_path / "mine" / "thesis.txt").read_text(encoding="utf-8") == "keep me"
    publish(shipped_site.build, tmp_path / "site")
    publish(shipped_site.build, tmp_path / "site")  # its own site: replaced
    with pytest.raises(PublishError, match="no build"):
        publish(tmp_path / "mine", tmp_path / "other")


def test_config_keys_are_checked(tmp_path: Path) -> None:
    config = tmp_path / "publish.toml"
    config.write_text(
        '[publish]\npublisher_name = "Redaktion"\nsite_url = "https://data.example.org/iq"\n',
        encoding="utf-8",
    )
    loaded = load_config(config)
    assert loaded.publisher_name == "Redaktion" and loaded.site_url == "https://data.example.org/iq/"
    assert loaded.placeholders == ["contact_name"]
    config.write_text('[publish]\npublisher = "x"\n', encoding="utf-8")
    with pytest.raises(PublishError, match="unknown key"):
        load_config(config)
    config.write_text('[publish]\nlicense = "javascript:alert(1)"\n', encoding="utf-8")
    with pytest.raises(PublishError, match="http"):
        load_config(config)
    config.write_text('[publish]\ncontact_email = "x> <y"\n', encoding="utf-8")
    with pytest.raises(PublishError, match="e-mail"):
        load_config(config)


@pytest.mark.parametrize(
    ("accept", "variant"),
    [
        (None, ".html"),
        ("*/*", ".html"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", ".html"),
        ("text/turtle", ".ttl"),
        ("application/ld+json", ".jsonld"),
        ("text/html;q=0.5, text/turtle;q=0.9", ".ttl"),
        ("application/ld+json;q=0, text/turtle", ".ttl"),
    ],
)
def test_accept_chooses_the_variant(accept: str | None, variant: str) -> None:
    assert best_variant(accept) == variant


def test_a_later_build_into_the_same_folder_leaves_the_published_dumps_as_they_were(tmp_path: Path) -> None:
    published = publish_build([SEED], tmp_path)
    before = _tree(published.site / "dumps")
    (tmp_path / "hamburg.txt").write_text(HAMBURG_2013, encoding="utf-8")
    build([SEED, tmp_path / "hamburg.txt"], out_dir=published.build, options=BuildOptions(validate=False))
    assert (published.build / "iqgraph.nq").read_bytes() != before["iqgraph.nq"]  # the build changed
    assert _tree(published.site / "dumps") == before  # the site did not
