"""Helpers of the erasure tests: a person with data everywhere, and a search of every byte
a database (or a folder) keeps for their values."""

from __future__ import annotations

import contextlib
import gzip
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from app import teams
from app.customers import contacts, interactions, records
from app.store import Store
from models.ids import ContactId

NAME = "Zacharias Quist"
EMAIL = "zacharias.quist@example.com"
PHONE = "+358 40 765 4321"
OLD_EMAIL = "zq.old@example.com"
VALUES = (NAME, EMAIL, PHONE, OLD_EMAIL, "Quist", "765 4321")


@dataclass
class Person:
    team_id: int
    customer_id: int
    contact_id: ContactId
    other_id: ContactId  # a colleague at the same customer, who stays
    uuid: str


def person_with_data(store: Store, team_id: int | None = None) -> Person:
    """A contact with an older e-mail, an interaction whose notes give their address and
    number, and a colleague who is not erased."""
    if team_id is None:
        team_id = teams.create_team(store, "Tiimi Oy", "Tiimiakatemia")
        teams.add_member(store, team_id, "Aino Laine", "aino@example.fi", "team_leader")
    customer = records.create_customer(store, team_id, {"name": "Asiakas Oy", "city": "Turku"})
    contact = ContactId(
        contacts.create_contact(
            store,
            customer,
            {"name": NAME, "title": "CEO", "email": OLD_EMAIL, "phone": PHONE, "notes": "Quist"},
        )
    )
    contacts.update_contact(store, contact, {"email": EMAIL})
    other = ContactId(contacts.create_contact(store, customer, {"name": "Ulla Muu"}))
    interactions.log_interaction(
        store,
        customer,
        {"occurred_on": "2026-01-05", "kind": "visit",
         "summary": f"Met them. Mail {EMAIL}, call {PHONE}.", "outcome": "ok"},
        contact_ids=[contact, other],
    )  # fmt: skip
    interactions.log_interaction(
        store, customer, {"occurred_on": "2026-02-05", "kind": "call", "summary": "Follow-up"},
        contact_ids=[contact],
    )  # fmt: skip
    with store.read() as session:
        uuid = session.execute(text(f"SELECT uuid FROM contact WHERE id = {contact}")).scalar()
    return Person(team_id, customer, contact, other, str(uuid))


def leaks_in_file(path: Path, values: tuple[str, ...] = VALUES) -> list[str]:
    """The values found in a file's bytes (and, for gzip, in what it holds)."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        with contextlib.suppress(OSError, EOFError):
            data += gzip.decompress(data)
    lower = data.lower()
    found = []
    for value in values:
        for encoded in (value.encode(), value.encode("utf-16-le")):
            if encoded.lower() in lower:
                found.append(value)
                break
    return found


def leaks_in_folder(folder: Path, values: tuple[str, ...] = VALUES) -> dict[str, list[str]]:
    out = {}
    for path in folder.rglob("*"):
        if path.is_file() and (found := leaks_in_file(path, values)):
            out[str(path)] = found
    return out


def database_leaks(path: Path, values: tuple[str, ...] = VALUES) -> dict[str, list[str]]:
    """The values in the database file and its -wal (closed and checkpointed first)."""
    out = {}
    for side in ("", "-wal", "-journal"):
        candidate = path.with_name(path.name + side)
        if candidate.exists() and (found := leaks_in_file(candidate, values)):
            out[candidate.name] = found
    return out
