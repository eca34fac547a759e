"""A person erased (issue 23, item 4): the operation, and what the confirmation names.

`erase_contact` is not an undoable step: a step whose undo is impossible would be a lie,
and the undo stack's entries hold the person's old values in their closures. The views
run it directly (off the GUI thread) and then clear the undo stack. It writes the erasure
record through `Store.write` (so team sync captures it and it travels as an ordinary
insert), then, with capture off, purges this database (app/privacy/purge.py) in the same
transaction, and after the commit folds the WAL in and rebuilds the file (`compact`).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.errors import raise_if
from app.privacy.backups import purge_backups
from app.privacy.purge import compact, purge
from app.privacy.received import mark_rewrite
from app.privacy.scrub import Erasure, marks_of
from app.store import Store
from app.sync.capture import fold_in, raw, setting
from models.base import new_uuid, utcnow
from models.ids import ContactId
from models.privacy_erasure import PrivacyErasure
from models.rules import QT_TRANSLATE_NOOP, TEXT_MAX, ValidationError, clean_text
from models.team import Member


@dataclass(frozen=True)
class Person:
    """What the confirmation names before a contact person is erased."""

    contact_id: ContactId
    uuid: str
    name: str
    customer: str
    email: str | None
    phone: str | None
    interactions: int
    erased: bool


@dataclass(frozen=True)
class Erased:
    uuid: str  # the erasure record's
    contact_uuid: str


def describe(store: Store, contact_id: ContactId) -> Person | None:
    """The contact person as the confirmation names them; None when there is none."""
    with store.read() as session:
        db = raw(session)
        row = db.execute(
            "SELECT c.uuid, c.name, cu.name, c.email, c.phone FROM contact c "
            "JOIN customer cu ON cu.id = c.customer_id WHERE c.id = ?",
            (contact_id,),
        ).fetchone()
        if row is None:
            return None
        count = db.execute(
            "SELECT count(*) FROM interaction_contact WHERE contact_id = ?", (contact_id,)
        ).fetchone()[0]
        erased = _is_erased(db, "contact", row[0])
    return Person(contact_id, row[0], row[1], row[2], row[3], row[4], int(count), erased)


def _is_erased(db: sqlite3.Connection, tbl: str, rec: str) -> bool:
    found = db.execute(
        "SELECT 1 FROM privacy_erasure WHERE tbl = ? AND rec = ?", (tbl, rec)
    ).fetchone()
    return found is not None


def is_erased(session: Session, tbl: str, rec: str) -> bool:
    """Whether the record was erased (inside another write: the contact form's check)."""
    return _is_erased(raw(session), tbl, rec)


def erased_records(store: Store, tbl: str, uuids: list[str]) -> set[str]:
    """The erased ones among these records (the views show them as "Erased person")."""
    if not uuids:
        return set()
    with store.read() as session:
        db = raw(session)
        marks = ",".join("?" * len(uuids))
        rows = db.execute(
            f"SELECT rec FROM privacy_erasure WHERE tbl = ? AND rec IN ({marks})", [tbl, *uuids]
        )
        return {str(row[0]) for row in rows}


def clean_reason(reason: object) -> str:
    errors: list[ValidationError] = []
    try:
        text = clean_text(reason, "reason", TEXT_MAX, required=True)
    except ValidationError as error:
        errors.append(error)
        text = None
    raise_if(errors)
    assert text is not None
    return text


def _known_values(
    db: sqlite3.Connection, uuid: str, email: str | None, phone: str | None
) -> tuple[set[str], set[str]]:
    """Every e-mail address and phone number the person had here: the row's and every
    one the log holds (older values, a deleted copy)."""
    emails = {email} if email else set()
    phones = {phone} if phone else set()
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_op'").fetchone():
        for kind, name, value in db.execute(
            "SELECT kind, field, value FROM sync_op WHERE tbl = 'contact' AND rec = ? "
            "AND value IS NOT NULL",
            (uuid,),
        ):
            try:
                decoded = json.loads(value)
            except ValueError:
                continue
            if kind == "I" and isinstance(decoded, dict):
                emails.add(decoded.get("email") or "")
                phones.add(decoded.get("phone") or "")
            elif kind == "U" and isinstance(decoded, str) and name == "email":
                emails.add(decoded)
            elif kind == "U" and isinstance(decoded, str) and name == "phone":
                phones.add(decoded)
    return {e for e in emails if e}, {p for p in phones if p}


def erase_contact(
    store: Store,
    contact_id: ContactId,
    reason: object,
    by: int | None = None,
    backups: Path | None = None,
) -> Erased:
    """Erase a contact person's data here and, through team sync, everywhere: their row
    becomes an anonymised placeholder (same UUID, customer, interactions), and an erasure
    record ("erased on, by, reason") travels. Not undoable. `InvalidRecord` for an empty
    reason or a person erased already; `LookupError` when the contact is not here. The
    automatic backups in `backups` are purged too (app/privacy/backups.py)."""
    text = clean_reason(reason)
    with store.write(Changes.of(*Kind)) as session:
        db = raw(session)
        row = db.execute(
            "SELECT c.uuid, c.email, c.phone, cu.team_id FROM contact c "
            "JOIN customer cu ON cu.id = c.customer_id WHERE c.id = ?",
            (contact_id,),
        ).fetchone()
        if row is None:
            raise LookupError(contact_id)
        uuid, email, phone, team_id = row
        if _is_erased(db, "contact", uuid):
            raise_if(
                [
                    ValidationError(
                        "contact",
                        QT_TRANSLATE_NOOP("EraseDialog", "This person has been erased already."),
                    )
                ]
            )
        if by is not None and session.get(Member, by) is None:
            by = None  # a member removed meanwhile: the erasure names nobody
        key = new_uuid()
        emails, phones = _known_values(db, uuid, email, phone)
        marks = marks_of(key, emails, phones)
        session.add(
            PrivacyErasure(
                uuid=key,
                team_id=team_id,
                tbl="contact",
                rec=uuid,
                erased_at=utcnow().replace(microsecond=0),
                erased_by_member_id=by,
                reason=text,
                marks=json.dumps(marks),
            )
        )
        session.flush()
        fold_in(session)  # the erasure's insert is logged; capture is off from here
        erasure = Erasure(key, "contact", uuid, frozenset(marks))
        purge(db, [erasure])
        if setting_on(db):
            mark_rewrite(db)
    compact(store)
    purge_backups(backups, erasure)
    return Erased(key, uuid)


def setting_on(db: sqlite3.Connection) -> bool:
    """Team sync is on in this database."""
    try:
        return setting(db, "device") is not None
    except sqlite3.OperationalError:
        return False


def erasures(store: Store) -> list[dict[str, object]]:
    """What remains of every erasure: when, by whom, the reason (newest first)."""
    with store.read() as session:
        rows = session.execute(
            select(PrivacyErasure, Member.name)
            .outerjoin(Member, Member.id == PrivacyErasure.erased_by_member_id)
            .order_by(PrivacyErasure.erased_at.desc())
        ).all()
        return [
            {
                "uuid": e.uuid,
                "table": e.tbl,
                "record": e.rec,
                "erased_at": e.erased_at,
                "by": name,
                "reason": e.reason,
            }
            for e, name in rows
        ]
