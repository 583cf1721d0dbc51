"""A quote found and its speaker: what every reader of quotes returns."""

from __future__ import annotations

from dataclasses import dataclass

from ..text.spans import Mention


@dataclass(frozen=True)
class QuoteFinding:
    speaker: Mention
    text: str
    start: int
    end: int
