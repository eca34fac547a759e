"""Helpers of the team-sync tests: replicas (one database and one view of the shared
folder each), moving files between them, and a canonical dump keyed by UUID."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app.store import Store
from app.sync import clock
from app.sync.api import set_folder, sync_now
from app.sync.engine import SyncReport
from app.sync.opfiles import listed, ops_dir
from app.sync.signing import OPS, own_signer
from models.sync_capture import shapes


@dataclass
class Replica:
    name: str
    store: Store
    folder: Path  # this laptop's copy of the shared folder (as a sync tool keeps it)
    skew_ms: int = 0

    def sync(self) -> SyncReport:
        clock.skew_ms = self.skew_ms
        try:
            return sync_now(self.store)
        finally:
            clock.skew_ms = 0


def open_replica(tmp: Path, name: str, team: str | None = None, skew_ms: int = 0) -> Replica:
    store = Store.open(tmp / f"{name}.sqlite", tmp / "backups")
    folder = tmp / f"{name}-folder"
    folder.mkdir()
    replica = Replica(name, store, folder, skew_ms)
    if team is not None:
        set_folder(store, folder, team=team, device_name=name)
    return replica


def files_of(replica: Replica, team: str) -> list[tuple[str, int, Path]]:
    return [f for f in listed(replica.folder, team) if f[0] == device_of(replica)]


def device_of(replica: Replica) -> str:
    with replica.store.read() as session:
        return str(
            session.execute(text("SELECT value FROM sync_setting WHERE key = 'device'")).scalar()
        )


def deliver(path: Path, to: Replica, team: str, device: str, truncate: bool = False) -> None:
    """Copy one file into another laptop's folder (cut short: a copy still under way)."""
    target = ops_dir(to.folder, team, device) / path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    if truncate:
        target.write_bytes(path.read_bytes()[: max(1, path.stat().st_size // 2)])
    else:
        shutil.copyfile(path, target)


def rewrite_signed(path: Path, replica: Replica, edit: Callable[[bytes], bytes]) -> Path:
    """Edit an operation file's header line and sign it again with `replica`'s own key, as
    that laptop itself would have written it."""
    head, _, body = gzip.decompress(path.read_bytes()).partition(b"\n")
    fields = own_signer(replica.store).sign(OPS, json.loads(edit(head)))
    path.write_bytes(gzip.compress(json.dumps(fields).encode() + b"\n" + body))
    return path


def deliver_all(replicas: list[Replica], team: str) -> None:
    for source in replicas:
        for device, _number, path in files_of(source, team):
            for other in replicas:
                if other is not source:
                    deliver(path, other, team, device)


def canonical(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every captured table's rows keyed by UUID, references as the parent's UUID, without
    local ids and the local "changed here" time."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as conn:
        for name, shape in shapes().items():
            columns = []
            for field in shape.fields:
                parent = shape.parents.get(field)
                columns.append(
                    f"(SELECT uuid FROM {parent} WHERE id = t.{field})" if parent else f"t.{field}"
                )
            if shape.has_uuid:
                columns.insert(0, "t.uuid")
            rows = conn.exec_driver_sql(f"SELECT {', '.join(columns)} FROM {name} AS t").all()
            out[name] = sorted((tuple(row) for row in rows), key=repr)
    return out


def conflict_set(store: Store) -> list[tuple[str, str, str]]:
    with store.engine.connect() as conn:
        return sorted(
            tuple(row) for row in conn.exec_driver_sql("SELECT tbl, rec, field FROM sync_conflict")
        )


def healthy(store: Store) -> None:
    """No broken reference, and the search index holds exactly the customers' text."""
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        conn.exec_driver_sql("INSERT INTO customer_fts(customer_fts) VALUES ('integrity-check')")
        assert (
            conn.exec_driver_sql("SELECT count(*) FROM customer_fts").scalar()
            == conn.exec_driver_sql("SELECT count(*) FROM customer").scalar()
        )
        stale = conn.exec_driver_sql(
            "SELECT c.id FROM customer c LEFT JOIN customer_fts f ON f.rowid = c.id "
            "WHERE f.name IS NOT c.name OR f.city IS NOT coalesce(c.city, '') "
            "OR f.notes IS NOT coalesce(c.notes, '')"
        ).all()
        assert stale == []
