"""The mention record every recogniser of the extraction stage produces (a module of its own, so that the
recognisers and the module choosing among them import it without importing each other)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    type: str
    key: str
    label: str
    surface: str
    abbreviation: str | None = None
    priority: int = 0
    gender: str | None = None  # persons: "f" / "m" where the given name tells
    generic: bool = False  # "das Netzwerk": stands for the release's main entity of that type

    @property
    def length(self) -> int:
        return self.end - self.start

    @classmethod
    def named(
        cls,
        start: int,
        end: int,
        type_: str,
        label: str,
        surface: str,
        abbreviation: str | None = None,
        priority: int = 1,
    ) -> Mention:
        """A name no gazetteer knows, keyed by its type and label: the same name is one entity in a release."""
        return cls(
            start, end, type_, f"{type_.lower()}:{label.lower()}", label, surface, abbreviation, priority
        )
