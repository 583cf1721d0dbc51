"""What a publisher states about the published dataset: `publish.toml`, every key optional.

The defaults describe the data as iqgraph derives it; the publisher and the contact point cannot be
derived, so their defaults are placeholders that say so (the site and `void.ttl` then carry them, and
`iqgraph publish` warns). Portal ids (GovData's `dcatde:contributorID`) are never guessed: unset, none is
written.

    [publish]
    site_url = "https://w3id.org/iqgraph/"      # where the site is reachable; download URLs start here
    publisher_name = "…"                        # dct:publisher (foaf:name)
    publisher_url = "https://…"                 # its homepage
    contact_name = "…"                          # dcat:contactPoint (vcard:fn)
    contact_email = "daten@example.org"         # vcard:hasEmail
    license = "http://dcat-ap.de/def/licenses/cc-by/4.0"
    attribution = "…"                           # dcatde:licenseAttributionByText
    contributor_id = "http://dcat-ap.de/def/contributors/…"   # from GovData's list; none by default
    sparql_endpoint = "https://…/query"         # void:sparqlEndpoint and a dcat:DataService
    themes = ["SOCI", "GOVE"]                   # EU data themes
    keywords = ["Integration", …]
    issued = "2026-12-01"                       # default: the date of the newest release
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from ..errors import PublishError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CC_BY_4 = "http://dcat-ap.de/def/licenses/cc-by/4.0"  # DCAT-AP.de's licence IRI for CC BY 4.0
PLACEHOLDER_PUBLISHER = "Platzhalter: Herausgeber in publish.toml eintragen (publisher_name)"
PLACEHOLDER_CONTACT = "Platzhalter: Kontakt in publish.toml eintragen (contact_name, contact_email)"
_EMAIL = re.compile(r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+")
DEFAULT_SITE_URL = "https://w3id.org/iqgraph/"
DEFAULT_KEYWORDS = (
    "Integration durch Qualifizierung",
    "Förderprogramm IQ",
    "Anerkennung ausländischer Berufsqualifikationen",
    "Pressemitteilungen",
    "Förderung",
    "Linked Data",
)
# EU data themes: population and society; government and public sector.
DEFAULT_THEMES = ("SOCI", "GOVE")


@dataclass(frozen=True)
class PublishConfig:
    site_url: str = DEFAULT_SITE_URL
    publisher_name: str = PLACEHOLDER_PUBLISHER
    publisher_url: str | None = None
    contact_name: str = PLACEHOLDER_CONTACT
    contact_email: str | None = None
    license: str = CC_BY_4
    attribution: str | None = None
    contributor_id: str | None = None
    sparql_endpoint: str | None = None
    themes: tuple[str, ...] = DEFAULT_THEMES
    keywords: tuple[str, ...] = field(default=DEFAULT_KEYWORDS)
    issued: dt.date | None = None

    @property
    def placeholders(self) -> list[str]:
        """The keys still at their placeholder default."""
        return [
            key
            for key, value in (
                ("publisher_name", PLACEHOLDER_PUBLISHER),
                ("contact_name", PLACEHOLDER_CONTACT),
            )
            if getattr(self, key) == value
        ]

    def with_license(self, license_iri: str | None) -> PublishConfig:
        return self if license_iri is None else replace(self, license=_iri("license", license_iri))


def load_config(path: Path | None) -> PublishConfig:
    """The config in `path` (its `[publish]` table, or its top level), or the defaults when None."""
    if path is None:
        return PublishConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PublishError(f"cannot read the config {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PublishError(f"{path} is not valid TOML: {exc}") from exc
    table = data.get("publish", data)
    if not isinstance(table, dict):
        raise PublishError(f"{path}: [publish] must be a table of keys")
    return config_from(table, str(path))


def config_from(table: dict[str, Any], where: str = "config") -> PublishConfig:
    known = {f.name for f in fields(PublishConfig)}
    unknown = sorted(set(table) - known)
    if unknown:
        raise PublishError(f"{where}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    values = {key: _checked(key, value, where) for key, value in table.items()}
    return PublishConfig(**values)


def _checked(key: str, value: Any, where: str) -> Any:
    if key in ("themes", "keywords"):
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise PublishError(f"{where}: {key} must be a list of non-empty strings")
        if key == "themes" and not all(re.fullmatch(r"[A-Z]{4}", v.strip()) for v in value):
            raise PublishError(f"{where}: themes are EU data-theme codes such as SOCI or GOVE")
        return tuple(v.strip() for v in value)
    if key == "issued":
        return _date(value, where)
    if not isinstance(value, str) or not value.strip():
        raise PublishError(f"{where}: {key} must be a non-empty string")
    if key == "contact_email" and not _EMAIL.fullmatch(value.strip()):
        raise PublishError(f"{where}: contact_email must be an e-mail address, not {value!r}")
    if key in ("site_url", "publisher_url", "license", "contributor_id", "sparql_endpoint"):
        value = _iri(key, value.strip())
    return value.strip()


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise PublishError(f"{where}: issued must be a date, YYYY-MM-DD") from None


def _iri(key: str, value: str) -> str:
    if not value.startswith(("http://", "https://")) or any(c in value for c in ' <>"{}|^`\\'):
        raise PublishError(f"{key} must be an http(s) IRI, not {value!r}")
    if key == "site_url" and not value.endswith("/"):
        return value + "/"
    return value
