"""Helpers of the tests of received operations checked before they are applied: three
laptops of one team, and operation files with a valid checksum that carry crafted lines."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app import teams
from app.customers import contacts, interactions, records
from app.store import Store
from app.sync import clock
from app.sync.api import set_folder
from app.sync.opfiles import ops_dir
from app.sync.signing import own_signer
from tests.sync_helpers import (
    PASSPHRASE,
    Replica,
    deliver,
    deliver_all,
    device_of,
    edit_sealed,
    files_of,
    open_replica,
)


@dataclass
class World:
    a: Replica  # writes the file that carries the bad operation
    b: Replica  # receives it
    c: Replica  # a teammate whose file is listed beside it
    team: str
    customer: str  # UUIDs of records every laptop has
    contact: str
    interaction: str
    seq: int = 0

    def op_id(self) -> str:
        """A well-formed op id of laptop a, newer than anything it wrote."""
        self.seq += 1
        stamp = clock.Stamp(clock.wall_ms(), 0)
        return clock.op_id(stamp, 9_000_000 + self.seq, device_of(self.a))


def scalar(store: Store, sql: str, *args: object) -> Any:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(sql, args).scalar()


def uuid_of(store: Store, table: str, local_id: int) -> str:
    return str(scalar(store, f"SELECT uuid FROM {table} WHERE id = ?", local_id))


def local_id(store: Store, table: str, uuid: str) -> int:
    return int(scalar(store, f"SELECT id FROM {table} WHERE uuid = ?", uuid))


def make_world(tmp: Path) -> World:
    a = open_replica(tmp, "a")
    team_id = teams.create_team(a.store, "Tiimi Oy", "Tiimiakatemia")
    cid = records.create_customer(a.store, team_id, {"name": "Eka Oy", "city": "Jyväskylä"})
    kid = contacts.create_contact(a.store, cid, {"name": "Henkilö Yksi"})
    iid = interactions.log_interaction(
        a.store, cid, {"occurred_on": date(2026, 3, 2), "summary": "Käynti"}
    )
    team = set_folder(a.store, a.folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    b = open_replica(tmp, "b", team=team)
    c = open_replica(tmp, "c", team=team)
    a.sync()
    deliver_all([a, b, c], team)
    b.sync()
    c.sync()
    deliver_all([a, b, c], team)
    return World(
        a,
        b,
        c,
        team,
        uuid_of(a.store, "customer", cid),
        uuid_of(a.store, "contact", kid),
        uuid_of(a.store, "interaction", int(iid)),
    )


def line(*fields: object) -> str:
    """One operation line as it travels (JSON, non-ASCII escaped)."""
    return json.dumps(list(fields))


def newest_file(replica: Replica, team: str) -> Path:
    return max(files_of(replica, team), key=lambda f: f[1])[2]


def deliver_with(world: World, source: Path, extra: list[str | bytes], at: int = 1) -> Path:
    """Copy laptop a's file `source` into b's folder with `extra` lines inserted after the
    first `at` operations, its header's count and checksum made to match: a file that
    reads whole and holds bad operations."""
    target = ops_dir(world.b.folder, world.team, device_of(world.a)) / source.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)

    def insert(text: bytes) -> bytes:
        readable, inner, body = text.split(b"\n", 2)
        lines = [one for one in body.split(b"\n") if one]
        for added in reversed(extra):
            lines.insert(at, added if isinstance(added, bytes) else added.encode("utf-8"))
        header = json.loads(inner)
        header["ops"] = len(lines)
        return b"\n".join([readable, json.dumps(header).encode(), *lines]) + b"\n"

    # sealed and signed again with a's own key, as a's own (faulty) Raketti would have
    edit_sealed(target, insert, own_signer(world.a.store))
    return target


def deliver_from(source: Replica, to: Replica, team: str) -> None:
    for device, _number, path in files_of(source, team):
        deliver(path, to, team, device)


def set_aside_rows(store: Store) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return list(
            conn.execute(
                text("SELECT device, number, tbl, rec, reason, args FROM sync_set_aside ORDER BY n")
            ).all()
        )
