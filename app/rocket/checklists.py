"""Checklist items of a process: concrete steps towards the next dot, ticked by whom, when."""

from __future__ import annotations

from datetime import date

from app.changes import Changes
from app.errors import raise_if
from app.operations import edit_fields
from app.rocket.processes import (
    KIND,
    Snapshot,
    ensure_catalogue,
    process_row,
    remove_row,
    restore_row,
)
from app.rocket.scoring import check_day, check_people
from app.store import Store
from models.rocket import RocketChecklistItem
from models.rules import LINE_MAX, ValidationError, check_required, clean_text

# Done, by whom, when: what a tick changes and its undo puts back.
DoneState = tuple[bool, int | None, date | None]
DONE_FIELDS = ("done", "done_by_id", "done_on")


def add_checklist_item(
    store: Store, team_id: int, code: str, text_fi: str, text_en: str = ""
) -> int:
    """Add an item at the end of the process's checklist; undo is `remove_checklist_item`."""
    errors: list[ValidationError] = []
    try:
        clean = check_required(text_fi, "text_fi", LINE_MAX)
    except ValidationError as error:
        errors.append(error)
    try:
        clean_en = clean_text(text_en, "text_en", LINE_MAX) or ""
    except ValidationError as error:
        errors.append(error)
    raise_if(errors)
    ensure_catalogue(store, team_id)
    with store.write(Changes.of(KIND)) as session:
        row = process_row(session, team_id, code)
        if row is None:
            raise KeyError(code)
        item = RocketChecklistItem(position=len(row.checklist), text_fi=clean, text_en=clean_en)
        row.checklist.append(item)
        session.flush()
        return item.id


def remove_checklist_item(store: Store, item_id: int) -> Snapshot:
    """Take back an item (undo of an add); returns it whole for redo."""
    return remove_row(store, RocketChecklistItem, item_id)


def restore_checklist_item(store: Store, snapshot: Snapshot) -> int:
    """Put back an item removed by `remove_checklist_item`; returns its id."""
    return restore_row(store, RocketChecklistItem, snapshot)


def set_checklist_done(
    store: Store, item_id: int, done: bool, member_id: int | None = None, on: date | None = None
) -> DoneState:
    """Tick or untick an item, recording who and when; returns the previous state (undo)."""
    errors: list[ValidationError] = []
    day = check_day(on, "done_on", errors)
    raise_if(errors)
    with store.write(Changes.of(KIND)) as session:
        item = session.get(RocketChecklistItem, item_id)
        if item is None:
            raise KeyError(item_id)
        if done:
            member_id, _ = check_people(session, item.process.team_id, errors, member_id)
            raise_if(errors)
        previous = (item.done, item.done_by_id, item.done_on)
        item.done = bool(done)
        item.done_by_id = member_id if done else None
        item.done_on = (day or date.today()) if done else None
        return previous


def restore_checklist_state(store: Store, item_id: int, state: DoneState) -> DoneState:
    """Put back a state returned by `set_checklist_done`; returns the one it replaced."""
    values = dict(zip(DONE_FIELDS, state, strict=True))
    previous = edit_fields(store, RocketChecklistItem, item_id, values, Changes.of(KIND))
    return previous["done"], previous["done_by_id"], previous["done_on"]
