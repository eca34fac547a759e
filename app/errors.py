"""Errors shared by every area of the app layer, and the check that a chosen record exists."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.rules import ValidationError, check_id, missing_record


class InvalidRecord(Exception):
    """One or more fields break a rule; nothing was saved."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str, ValidationError]:
        return {error.field: error for error in self.errors}


def raise_if(errors: list[ValidationError]) -> None:
    if errors:
        raise InvalidRecord(errors)


def chosen_ids(
    values: Iterable[Any] | None, field: str, errors: list[ValidationError]
) -> list[int]:
    """Ids picked in a list (members at a meeting, …): whole numbers, each once, in order."""
    out: list[int] = []
    for value in values or ():
        try:
            clean = check_id(value, field)
        except ValidationError as error:
            errors.append(error)
            return []
        if clean is not None and clean not in out:
            out.append(clean)
    return out


def check_exist(
    session: Session,
    column: Any,
    ids: Iterable[Any],
    field: str,
    errors: list[ValidationError],
    *where: Any,
) -> None:
    """Note an error on `field` unless every id names a row (matching `where`, e.g. the
    same team); an id that is no whole number in range names no row. The database would
    refuse the write with an IntegrityError; the user gets a sentence instead."""
    wanted: set[int] = set()
    for value in ids:
        try:
            clean = check_id(value, field)
        except ValidationError as error:
            errors.append(error)
            return
        if clean is not None:
            wanted.add(clean)
    if not wanted:
        return
    found = set(session.scalars(select(column).where(column.in_(wanted), *where)))
    if not wanted <= found:
        errors.append(missing_record(field))


def existing(
    session: Session,
    column: Any,
    value: Any,
    field: str,
    errors: list[ValidationError],
    *where: Any,
    required: bool = False,
) -> int | None:
    """The id `value` names, checked like `check_exist` (None when not given: an error when
    `required`). Store what this returns, not `value`: "" or 3.0 are cleaned here."""
    try:
        clean = check_id(value, field)
    except ValidationError as error:
        errors.append(error)
        return None
    if clean is None:
        if required:
            errors.append(missing_record(field))
        return None
    before = len(errors)
    check_exist(session, column, [clean], field, errors, *where)
    return clean if len(errors) == before else None
