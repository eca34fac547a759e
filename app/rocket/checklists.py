"""Checklist items of a process: concrete steps towards the next dot, ticked by whom, when."""

from __future__ import annotations

from datetime import date

from app.changes import Changes
from app.errors import InvalidRecord
from app.rocket.processes import (
    KIND,
    Snapshot,
    ensure_catalogue,
    process_row,
    remove_row,
    restore_row,
)
from app.store import Store
from models.rocket import RocketChecklistItem
from models.rules import ValidationError, check_required

# Done, by whom, when: what a tick changes and its undo puts back.
DoneState = tuple[bool, int | None, date | None]


def add_checklist_item(
    store: Store, team_id: int, code: str, text_fi: str, text_en: str = ""
) -> int:
    """Add an item at the end of the process's checklist; undo is `remove_checklist_item`."""
    try:
        clean = check_required(text_fi, "text_fi")
    except ValidationError as error:
        raise InvalidRecord([error]) from None
    ensure_catalogue(store, team_id)
    with store.write(Changes.of(KIND)) as session:
        row = process_row(session, team_id, code)
        if row is None:
            raise KeyError(code)
        item = RocketChecklistItem(
            position=len(row.checklist), text_fi=clean, text_en=(text_en or "").strip()
        )
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
    with store.write(Changes.of(KIND)) as session:
        item = session.get(RocketChecklistItem, item_id)
        if item is None:
            raise KeyError(item_id)
        previous = (item.done, item.done_by_id, item.done_on)
        item.done = done
        item.done_by_id = member_id if done else None
        item.done_on = (on or date.today()) if done else None
        return previous


def restore_checklist_state(store: Store, item_id: int, state: DoneState) -> DoneState:
    """Put back a state returned by `set_checklist_done`; returns the one it replaced."""
    with store.write(Changes.of(KIND)) as session:
        item = session.get(RocketChecklistItem, item_id)
        if item is None:
            raise KeyError(item_id)
        previous = (item.done, item.done_by_id, item.done_on)
        item.done, item.done_by_id, item.done_on = state
        return previous
