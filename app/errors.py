"""Errors shared by every area of the app layer."""

from __future__ import annotations

from models.rules import ValidationError


class InvalidRecord(Exception):
    """One or more fields break a rule; nothing was saved."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str, ValidationError]:
        return {error.field: error for error in self.errors}
