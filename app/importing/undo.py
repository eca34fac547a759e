"""One undo step for a whole import, and its redo.

Undo deletes the customers the import created (with what has come to depend on them since,
as deleting a customer does: app.deletion), deletes the contacts it added to customers that
existed, and puts back the values it replaced — in one transaction. Redo restores exactly
those rows (same ids and UUIDs) and sets the imported values again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.customers.contacts import CONTACT_TABLE
from app.customers.records import CUSTOMER_TABLE
from app.deletion import RowSnapshot, delete_with_snapshot, restore
from app.importing.apply import CHANGES, ImportUndo, set_values
from app.operations import Phrase, Step
from app.store import Conflict, Store
from models.all import metadata
from models.rules import QT_TRANSLATE_NOOP


@dataclass
class ImportRedo:
    """What redoing needs: the deleted rows, and the values the import had set."""

    customers: RowSnapshot | None = None
    contacts: RowSnapshot | None = None
    applied: dict[int, dict[str, Any]] = field(default_factory=dict)


def _existing(session: Session, table: Any, ids: list[int]) -> list[int]:
    found: list[int] = []
    for start in range(0, len(ids), 400):
        chunk = ids[start : start + 400]
        found.extend(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
    return found


def _put(session: Session, values: dict[int, dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Set each customer's values; return the ones replaced (customers gone are left)."""
    replaced: dict[int, dict[str, Any]] = {}
    for customer_id, wanted in values.items():
        columns = [CUSTOMER_TABLE.c[k] for k in wanted]
        before = session.execute(select(*columns).where(CUSTOMER_TABLE.c.id == customer_id)).first()
        if before is None:
            continue
        replaced[customer_id] = dict(before._mapping)
        set_values(session, customer_id, wanted)
    return replaced


def undo_import(store: Store, undo: ImportUndo) -> ImportRedo:
    redo = ImportRedo()
    with store.write(CHANGES) as session:
        contacts = _existing(session, CONTACT_TABLE, undo.contacts)
        if contacts:
            redo.contacts = delete_with_snapshot(session, CONTACT_TABLE, contacts)
        customers = _existing(session, CUSTOMER_TABLE, undo.created)
        if customers:
            redo.customers = delete_with_snapshot(session, CUSTOMER_TABLE, customers)
        redo.applied = _put(session, undo.previous)
    return redo


def _insert_snapshot(session: Session, snapshot: RowSnapshot) -> None:
    """Insert a contacts snapshot's rows again, parents first (contacts, then the meetings
    they were in); their customers existed before the import."""
    for table in metadata.sorted_tables:
        rows = snapshot.rows.get(table.name)
        if rows:
            session.execute(insert(table), [dict(row) for row in rows])


def redo_import(store: Store, redo: ImportRedo) -> ImportUndo:
    undo = ImportUndo()

    def again(session: Session) -> None:
        if redo.contacts is not None:
            _insert_snapshot(session, redo.contacts)
            undo.contacts = [int(i) for i in redo.contacts.root_ids]
        undo.previous = _put(session, redo.applied)

    if redo.customers is not None:
        restore(store, redo.customers, CHANGES, after=again)
        undo.created = [int(i) for i in redo.customers.root_ids]
        return undo
    try:
        with store.write(CHANGES) as session:
            again(session)
    except IntegrityError as error:
        raise Conflict(redo.contacts.root_ids if redo.contacts else []) from error
    return undo


def import_step(store: Store, undo: ImportUndo, count: int) -> Step[ImportUndo]:
    """The undo step of an import of `count` customers that has run already (on a worker,
    with its progress and cancel): its first run only hands `undo` on."""

    def back(state: Any) -> Any:  # ImportUndo -> ImportRedo
        return undo_import(store, state)

    def again(state: Any) -> Any:  # ImportRedo -> ImportUndo
        return redo_import(store, state)

    source = QT_TRANSLATE_NOOP("ImportWizard", "Import %n customers", None, count)
    text = Phrase("ImportWizard", source, {}, count)
    return Step(text, lambda: undo, back, again)
