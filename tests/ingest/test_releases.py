"""Reading releases: discovery, decoding, front matter, HTML, metadata, keys and errors.

Every text here is written for these tests; the dev corpus is only read (and skipped when absent).
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import DEV_CORPUS
from iqgraph.errors import (
    EmptyReleaseError,
    InputError,
    IqgraphError,
    NoContentError,
    NotAFileError,
    NotTextError,
    TooLargeError,
    UndecodableError,
)
from iqgraph.ingest.releases import DEFAULT_MAX_BYTES, discover, not_a_release_file, read_release, release_key
from iqgraph.models import Release

BODY = (
    "Am 21. September 2017 stellt sich das neue Team der Koordinierungsstelle vor. "
    "Das Landesnetzwerk wird durch das Bundesministerium für Arbeit und Soziales gefördert.\n"
)
UNDATED = BODY.replace("Am 21. September 2017", "Im Herbst")
SEEDLIKE = (
    "Pressemitteilung 5/17: Senatorin eröffnet den Empfang des Landesnetzwerks am 21.09.2017\n\n" + BODY
)
PAGE = """<!DOCTYPE html>
<html lang="de"><head>
<title>Fachtag in Köln | IQ NRW</title>
<meta charset="utf-8">
<meta name="date" content="2019-03-14">
<meta property="og:site_name" content="IQ Netzwerk NRW">
<link rel="canonical" href="https://example.org/fachtag">
<style>p { color: red }</style>
<script>var menu = "<p>Skript-Text</p>";</script>
</head>
<body class="has-navbar">
<header><a href="/">Logo</a><ul class="menu"><li>Startseite</li></ul></header>
<div id="cookie-banner">Wir verwenden Cookies &amp; Tracking.</div>
<nav class="breadcrumb">Start &gt; Aktuelles</nav>
<div role="navigation">Seitenmenü Einträge</div>
<main><article>
<h1>Fachtag des IQ Netzwerks NRW in Köln</h1>
<p>Am 14.&nbsp;März 2019 fand in Köln der Fachtag statt.<br>Rund 120 Gäste kamen &bdquo;zusammen&ldquo;.</p>
<ul><li>Beratung</li><li>Qualifizierung</li></ul>
<form><button>Teilen</button></form>
</article><aside>Verwandte Artikel</aside></main>
<footer>Impressum und Datenschutz</footer>
<noscript>Bitte Javascript einschalten</noscript>
</body></html>
"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def read(folder: Path, content: str | bytes, name: str = "release.txt") -> Release:
    return read_release(write(folder, name, content))


def fails(error: type[IqgraphError], path: Path, call: Callable[[], object]) -> str:
    """Run `call`, check it raises exactly `error` naming `path`, and return the message."""
    with pytest.raises(error) as info:
        call()
    assert info.type is error
    message = str(info.value)
    assert str(path) in message
    return message


# -- plain text and metadata -------------------------------------------------------------------------


def test_seedlike_text_gives_title_number_year_and_date(tmp_path: Path) -> None:
    path = write(tmp_path, "000_pm.txt", SEEDLIKE)
    release = read_release(path)
    assert release.text == SEEDLIKE.rstrip()
    assert release.title == SEEDLIKE.split("\n")[0]
    assert (release.number, release.year) == ("5/17", 2017)
    assert (release.date, release.date_precision) == (dt.date(2017, 9, 21), "day")
    assert release.format == "txt" and release.encoding == "utf-8"
    assert release.content_hash == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    assert release.path == path and release.publisher is None and release.source is None


@pytest.mark.parametrize(
    ("header", "number", "year"),
    [
        ("Pressemitteilung Nr. 12/2019: Neue Förderrunde", "12/2019", 2019),
        ("PM 30/2015 – Zehn Jahre Förderprogramm", "30/2015", 2015),
        ("Presseinformation 3/98\nRückblick auf das Jahr", "3/98", 1998),
        ("Nachricht aus dem Netzwerk\n\nPressemitteilung 7/21: Fachtag", "7/21", 2021),
        ("Ein Titel ohne Nummer\n\nDer Text nennt 5/17 nicht als Nummer", None, None),
    ],
)
def test_release_number_and_year(tmp_path: Path, header: str, number: str | None, year: int | None) -> None:
    release = read(tmp_path, header + "\n\n" + BODY)
    assert (release.number, release.year) == (number, year)


def test_leading_blank_lines_are_dropped_and_the_first_line_is_the_title(tmp_path: Path) -> None:
    release = read(tmp_path, "\n  \n\nTitel der Meldung\n\n" + BODY + "\n\n")
    assert release.text == "Titel der Meldung\n\n" + BODY.rstrip()
    assert release.title == "Titel der Meldung"


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Veröffentlicht am 10. Mai 2023 von der Redaktion", dt.date(2023, 5, 10)),
        ("Berlin, 21.09.2017", dt.date(2017, 9, 21)),
        ("21. September 2017", dt.date(2017, 9, 21)),
        ("Stand: 21.9.17", dt.date(2017, 9, 21)),
        ("Erfurt, 3. Sept. 2018", dt.date(2018, 9, 3)),
        ("5. Maerz 2020", dt.date(2020, 3, 5)),
        ("5. März 2020", dt.date(2020, 3, 5)),
        ("Bonn, Donnerstag, den 7. Jan. 2021", dt.date(2021, 1, 7)),
        ("Pressemitteilung vom 2019-02-28", dt.date(2019, 2, 28)),
        ("Am 31.02.2017 war nichts", None),
        ("Ohne Datum", None),
    ],
)
def test_release_date_from_the_header_lines(tmp_path: Path, header: str, date: dt.date | None) -> None:
    release = read(tmp_path, f"Titel der Meldung\n{header}\n\n{UNDATED}")
    assert release.date == date
    assert release.date_precision == ("day" if date else None)


def test_a_publication_date_wins_over_an_event_date_in_the_title(tmp_path: Path) -> None:
    text = "Fachtag am 12.04.2018 in Bremen\nVeröffentlicht am 3. April 2018\n\n" + BODY
    assert read(tmp_path, text).date == dt.date(2018, 4, 3)


def test_dates_below_the_header_lines_are_not_the_release_date(tmp_path: Path) -> None:
    text = "Titel der Meldung\n\nErster Absatz.\n\nZweiter Absatz.\n\nDritter Absatz.\n\nBerlin, 21.09.2017\n"
    release = read(tmp_path, text + UNDATED)
    assert release.date is None and release.date_precision is None


# -- front matter ------------------------------------------------------------------------------------


def test_front_matter_gives_metadata_and_is_removed(tmp_path: Path) -> None:
    front = (
        "---\n"
        'title: "Fachtag in Bremen"\n'
        "date: 2018-04-12\n"
        "publisher: 'IQ Netzwerk Bremen'\n"
        "source: https://example.org/fachtag-bremen\n"
        "note: ignored: with a colon\n"
        "---\n\n"
    )
    release = read(tmp_path, front + SEEDLIKE, "sub/bremen.md")
    assert release.text == SEEDLIKE.rstrip()
    assert release.title == "Fachtag in Bremen"
    assert (release.date, release.date_precision) == (dt.date(2018, 4, 12), "day")
    assert release.publisher == "IQ Netzwerk Bremen"
    assert release.source == "https://example.org/fachtag-bremen"
    assert (release.number, release.year, release.format) == ("5/17", 2017, "md")


@pytest.mark.parametrize(
    ("value", "date", "precision"),
    [
        ("2017-09-21", dt.date(2017, 9, 21), "day"),
        ("2017-09", dt.date(2017, 9, 1), "month"),
        ("2015", dt.date(2015, 1, 1), "year"),
        ("'2016-11'", dt.date(2016, 11, 1), "month"),
        ("2019-02-28T10:30:00+01:00", dt.date(2019, 2, 28), "day"),
        ("21.09.2017", dt.date(2017, 9, 21), "day"),
        ("unknown", None, None),
        ("", None, None),
    ],
)
def test_front_matter_date_precision(
    tmp_path: Path, value: str, date: dt.date | None, precision: str | None
) -> None:
    release = read(tmp_path, f"---\ntitle: Titel\ndate: {value}\n---\n{SEEDLIKE}", "r.md")
    assert (release.date, release.date_precision) == (date, precision)


def test_unknown_front_matter_values_are_none(tmp_path: Path) -> None:
    front = "---\ntitle: unknown\npublisher: unknown (probably the state network)\nsource:\n---\n"
    release = read(tmp_path, front + "# Überschrift der Meldung\n\n" + BODY, "r.md")
    assert release.title == "Überschrift der Meldung"  # the first line, Markdown heading marks removed
    assert release.publisher is None and release.source is None
    assert release.text.startswith("# Überschrift der Meldung\n")


@pytest.mark.parametrize("value", ["2017-13-45", "31.02.2018", "bald"])
def test_a_front_matter_date_that_is_no_date_is_a_warning(tmp_path: Path, value: str) -> None:
    release = read(tmp_path, f"---\ntitle: Titel\ndate: {value}\n---\n{UNDATED}", "r.md")
    assert release.date is None
    assert release.warnings == (
        f"date {value!r} is not a date (YYYY-MM-DD, YYYY-MM, YYYY or 21. September 2017); the release has no date",
    )


def test_a_front_matter_date_that_is_no_date_falls_back_to_the_text_and_says_so(tmp_path: Path) -> None:
    release = read(tmp_path, f"---\ndate: 2017-13-45\n---\n{SEEDLIKE}", "r.md")
    assert release.date is not None
    assert release.warnings == (
        "date '2017-13-45' is not a date (YYYY-MM-DD, YYYY-MM, YYYY or 21. September 2017); "
        f"the date {release.date.isoformat()} was taken from the text",
    )


@pytest.mark.parametrize(
    "source",
    [
        "http://example.org/a[1]",
        "https://example.org/a#b#c",
        "http://example.org:port/",
        "https://example.org/\ue000",
    ],
)
def test_a_source_that_is_no_valid_iri_is_a_warning(tmp_path: Path, source: str) -> None:
    release = read(tmp_path, f"---\nsource: {source}\n---\n{SEEDLIKE}", "r.md")
    assert release.source == source
    (warning,) = release.warnings
    assert warning.startswith(f"source {source!r} is not a valid IRI (") and "written as text" in warning


@pytest.mark.parametrize(
    "source", ["https://example.org/pm?id=3 4", "https://beispiel.de/straße", "Pressestelle"]
)
def test_sources_that_encode_to_an_iri_or_are_plain_text_give_no_warning(tmp_path: Path, source: str) -> None:
    assert read(tmp_path, f"---\nsource: {source}\n---\n{SEEDLIKE}", "r.md").warnings == ()


def test_an_unclosed_front_matter_block_is_text(tmp_path: Path) -> None:
    text = "---\ntitle: Kein Kopf\n" + BODY
    assert read(tmp_path, text).text == text.rstrip()


# -- decoding ----------------------------------------------------------------------------------------

GREETING = "„Grüße aus Köln“ – Straße"


def test_utf8_with_bom(tmp_path: Path) -> None:
    release = read(tmp_path, b"\xef\xbb\xbf" + (GREETING + "\n" + BODY).encode("utf-8"))
    assert release.text.startswith(GREETING) and release.encoding == "utf-8"
    assert release.title == GREETING


def test_cp1252_with_german_quotes(tmp_path: Path) -> None:
    release = read(tmp_path, (GREETING + "\n" + BODY).encode("cp1252"))
    assert release.text == (GREETING + "\n" + BODY).rstrip()
    assert release.encoding == "cp1252"


def test_latin1(tmp_path: Path) -> None:
    text = "Grüße aus Köln, Straße und Maß\n" + BODY
    release = read(tmp_path, text.encode("latin-1"))
    assert release.text == text.rstrip() and release.encoding == "latin-1"


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    release = read(tmp_path, (GREETING + "\n" + BODY).encode("utf-16"))
    assert release.text.startswith(GREETING) and release.encoding == "utf-16"


def test_utf8_with_a_stray_cp1252_byte(tmp_path: Path) -> None:
    raw = (GREETING + "\n" + BODY).encode("utf-8") + "Preis: 5 €".encode("cp1252")
    release = read(tmp_path, raw)
    assert release.text.startswith(GREETING) and release.text.endswith("Preis: 5 €")
    assert release.encoding == "utf-8+cp1252"


def test_text_is_nfc(tmp_path: Path) -> None:
    release = read(tmp_path, "Gru\u0308ße aus Ko\u0308ln\n" + BODY)
    assert release.text.startswith("Grüße aus Köln") and "\u0308" not in release.text


def test_line_ends_become_newlines(tmp_path: Path) -> None:
    release = read(tmp_path, ("Titel\r\n\r\nErste Zeile\rZweite Zeile\r\n" + BODY).encode("utf-8"))
    assert "\r" not in release.text
    assert release.text.startswith("Titel\n\nErste Zeile\nZweite Zeile\n")


# -- HTML --------------------------------------------------------------------------------------------


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    release = read(tmp_path, PAGE, "fachtag.html")
    assert release.text == (
        "Fachtag des IQ Netzwerks NRW in Köln\n\n"
        "Am 14.\u00a0März 2019 fand in Köln der Fachtag statt.\nRund 120 Gäste kamen „zusammen“.\n\n"
        "Beratung\nQualifizierung"
    )
    for furniture in ("Skript", "Cookies", "Aktuelles", "Seitenmenü", "Logo", "Teilen", "Impressum"):
        assert furniture not in release.text
    assert release.title == "Fachtag des IQ Netzwerks NRW in Köln"
    assert (release.date, release.date_precision) == (dt.date(2019, 3, 14), "day")
    assert release.publisher == "IQ Netzwerk NRW"
    assert release.source == "https://example.org/fachtag"
    assert release.format == "html"


def test_html_title_is_prepended_when_the_text_lacks_it(tmp_path: Path) -> None:
    page = "<html><head><title>Neue Förderrunde</title></head><body><p>" + BODY + "</p></body></html>"
    release = read(tmp_path, page, "runde.htm")
    assert release.title == "Neue Förderrunde"
    assert release.text == "Neue Förderrunde\n\n" + BODY.strip()
    assert release.date == dt.date(2017, 9, 21)  # "Am 21. September 2017" in the header lines


def test_html_article_header_is_kept_and_a_menu_class_on_a_wrapper_does_not_empty_the_page(
    tmp_path: Path,
) -> None:
    page = (
        '<html><body><div class="page has-sidebar-menu"><article><header><h1>Überschrift</h1></header>'
        f"<p>{BODY}</p></article></div></body></html>"
    )
    release = read(tmp_path, page, "seite.html")
    assert release.text == "Überschrift\n\n" + BODY.strip() and release.title == "Überschrift"


def test_html_is_sniffed_when_the_suffix_is_unknown(tmp_path: Path) -> None:
    release = read(tmp_path, PAGE, "fachtag.php")
    assert release.format == "html" and release.title == "Fachtag des IQ Netzwerks NRW in Köln"
    assert read(tmp_path, SEEDLIKE, "seed.dat").format == "txt"


# -- errors ------------------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.txt", b"")
    assert "empty file" in fails(EmptyReleaseError, path, lambda: read_release(path))


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = write(tmp_path, "blank.txt", " \r\n\t\n\u00a0\n")
    assert "empty file" in fails(EmptyReleaseError, path, lambda: read_release(path))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (("Titel\n" + BODY).encode("utf-8") + b"\x00\x00" + BODY.encode("utf-8"), "NUL bytes"),
    ],
)
def test_binary_content(tmp_path: Path, content: bytes, reason: str) -> None:
    path = write(tmp_path, "image.txt", content)
    message = fails(NotTextError, path, lambda: read_release(path))
    assert reason in message and "not text" in message


def test_bytes_that_no_supported_encoding_reads(tmp_path: Path) -> None:
    path = write(tmp_path, "noise.txt", bytes(range(1, 256)) * 4)
    message = fails(UndecodableError, path, lambda: read_release(path))
    assert "could not be decoded as UTF-8, cp1252 or latin-1" in message


def test_control_characters_in_utf8_are_not_text(tmp_path: Path) -> None:
    path = write(tmp_path, "controls.txt", "\x01\x02\x03\x04 Titel\n" + "\x1b" * 30 + BODY)
    assert "control characters" in fails(NotTextError, path, lambda: read_release(path))


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", SEEDLIKE * 10)
    message = fails(TooLargeError, path, lambda: read_release(path, max_bytes=100))
    assert "over the 100 bytes limit (--max-size)" in message
    assert DEFAULT_MAX_BYTES == 5 * 2**20


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("nothing.html", "<html><body><nav>Menü</nav><script>x()</script><p>Hallo</p></body></html>"),
        ("nothing.md", "---\ntitle: Nur ein Kopf ohne Text\ndate: 2020\n---\n\n# 1.\n\n- 2\n- 3\n"),
        ("numbers.txt", "12 34 56 78 90 !!! ??? --- 2017-09-21\n"),
    ],
)
def test_no_release_text(tmp_path: Path, name: str, content: str) -> None:
    path = write(tmp_path, name, content)
    assert "no release text" in fails(NoContentError, path, lambda: read_release(path))


def test_a_folder_cannot_be_read_as_a_release(tmp_path: Path) -> None:
    assert "a folder, not a release file" in fails(NotAFileError, tmp_path, lambda: read_release(tmp_path))


# -- discovery ---------------------------------------------------------------------------------------


def test_discover_walks_folders_sorted_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.md", "a/y.HTML", "a/b/c.htm", "d.markdown", "notes.csv", "a/image.png"):
        write(tmp_path, name, SEEDLIKE)
    for name in (".hidden.txt", ".git/x.txt", "a/.cache/y.md"):
        write(tmp_path, name, SEEDLIKE)
    found = discover([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a/b/c.htm",
        "a/y.HTML",
        "a/z.md",
        "b.txt",
        "d.markdown",
    ]


def test_discover_takes_named_files_whatever_their_suffix_and_drops_duplicates(tmp_path: Path) -> None:
    release = write(tmp_path, "in/r.txt", SEEDLIKE)
    other = write(tmp_path, "scan.png", b"\x89PNG\r\n")
    assert discover([str(other), tmp_path / "in", release, str(release)]) == [release, other]
    again = discover([tmp_path / "in", tmp_path / "in" / ".." / "in" / "r.txt"])
    assert len(again) == 1 and again[0].resolve() == release.resolve()


def test_discover_follows_folder_links_once(tmp_path: Path) -> None:
    release = write(tmp_path, "corpus/a/r.txt", SEEDLIKE)
    (tmp_path / "corpus" / "a" / "loop").symlink_to(tmp_path / "corpus" / "a")
    (tmp_path / "corpus" / "b").symlink_to(tmp_path / "corpus" / "a")
    write(tmp_path, "elsewhere/e.txt", SEEDLIKE)
    (tmp_path / "corpus" / "c").symlink_to(tmp_path / "elsewhere")
    assert discover([tmp_path / "corpus"]) == [release, tmp_path / "corpus" / "c" / "e.txt"]


def _odd_paths(folder: Path) -> dict[str, str]:
    """Release-named paths that are no release files, and the words their failure must use."""
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "dangling.md").symlink_to("gone.md")
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    return {
        "loop.txt": "leads back to itself",
        "dangling.md": "link to gone.md, which does not exist",
        "zero.txt": "a device",
        "pipe.txt": "FIFO",
    }


def test_discover_keeps_links_pipes_and_devices_and_reading_each_says_why(tmp_path: Path) -> None:
    release = write(tmp_path, "a.txt", SEEDLIKE)
    expected = _odd_paths(tmp_path)
    found = discover([tmp_path])
    assert sorted(p.name for p in found) == sorted([release.name, *expected])
    for name, words in expected.items():
        message = fails(NotAFileError, tmp_path / name, lambda n=name: read_release(tmp_path / n))
        assert words in message, message


def test_discover_keeps_a_named_path_that_is_no_file(tmp_path: Path) -> None:
    expected = _odd_paths(tmp_path)
    named = [tmp_path / name for name in sorted(expected)]
    assert discover(named) == named  # the loop among them must not raise


def test_a_folder_that_cannot_be_listed_is_reported_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = write(tmp_path, "a.txt", SEEDLIKE)
    locked = write(tmp_path, "locked/b.txt", SEEDLIKE).parent
    if os.geteuid() == 0:  # root lists any folder: make listing this one fail as it does for a user
        scandir, listdir = os.scandir, os.listdir

        def refuse(real):  # type: ignore[no-untyped-def]
            def call(path="."):  # type: ignore[no-untyped-def]
                if os.fspath(path) == os.fspath(locked):
                    raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
                return real(path)

            return call

        monkeypatch.setattr(os, "scandir", refuse(scandir))
        monkeypatch.setattr(os, "listdir", refuse(listdir))
    else:
        locked.chmod(0o300)
    try:
        assert discover([tmp_path]) == [release, locked]
        assert "cannot be listed (Permission denied)" in not_a_release_file(locked)  # type: ignore[operator]
        fails(NotAFileError, locked, lambda: read_release(locked))
    finally:
        locked.chmod(0o700)


def test_discover_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert "no such file" in fails(InputError, missing, lambda: discover([missing]))


@pytest.mark.parametrize("names", [(), ("notes.csv", ".hidden.txt", ".git/x.txt")])
def test_discover_folder_without_releases(tmp_path: Path, names: tuple[str, ...]) -> None:
    for name in names:
        write(tmp_path, name, SEEDLIKE)
    assert "no release files" in fails(InputError, tmp_path, lambda: discover([tmp_path]))


def test_discover_needs_an_input() -> None:
    with pytest.raises(InputError):
        discover([])


# -- keys --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("000_df654fb46e4af0be.txt", "000-df654fb46e4af0be"),
        (
            "Pressemitteilung 5_17 Grüße aus Köln – Straße.TXT",
            "pressemitteilung-5-17-gruesse-aus-koeln-strasse",
        ),
        ("ÄÖÜ Café.md", "aeoeue-cafe"),
        ("Gru\u0308ße.txt", "gruesse"),
        ("--__--.txt", "release-" + hashlib.sha256(b"--__--").hexdigest()[:8]),
    ],
)
def test_key_is_a_slug_of_the_file_name(name: str, key: str) -> None:
    assert release_key(Path("corpus") / name) == key


def test_long_keys_are_cut_to_80_characters_and_stay_distinct() -> None:
    a, b = (release_key(Path("x" * 100 + end + ".txt")) for end in ("a", "b"))
    assert len(a) == len(b) == 80 and a != b and a == release_key(Path("x" * 100 + "a.txt"))


def test_key_names_subfolders_below_the_root(tmp_path: Path) -> None:
    nested = write(tmp_path, "Berlin/2017 Meldungen/pm.txt", SEEDLIKE)
    top = write(tmp_path, "pm.txt", SEEDLIKE)
    assert read_release(nested, root=tmp_path).key == "berlin--2017-meldungen--pm"
    assert read_release(top, root=tmp_path).key == "pm"
    assert read_release(nested).key == "pm"
    assert release_key(Path("a-b.txt"), Path(".")) != release_key(Path("a/b.txt"), Path("."))


def test_key_does_not_depend_on_the_text(tmp_path: Path) -> None:
    path = write(tmp_path, "meldung.txt", SEEDLIKE)
    first = read_release(path, root=tmp_path)
    path.write_text("Ganz anderer Titel\n\n" + BODY, encoding="utf-8")
    second = read_release(path, root=tmp_path)
    assert first.key == second.key == "meldung"
    assert first.content_hash != second.content_hash


# -- the dev corpus ----------------------------------------------------------------------------------


def test_dev_corpus_reads_with_metadata_and_unique_keys() -> None:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"the dev corpus is not here ({DEV_CORPUS}); it lives outside the repository")
    paths = [p for p in discover([DEV_CORPUS]) if p.parent == DEV_CORPUS and p.suffix == ".txt"]
    releases = [read_release(p, root=DEV_CORPUS) for p in paths]
    assert len(releases) >= 10
    assert len({r.key for r in releases}) == len(releases)
    for release in releases:
        assert release.title and not release.text.startswith("---"), release.path
        assert release.source and release.source.startswith("http"), release.path
        assert release.text == release.text.lstrip("\n") and "\r" not in release.text
