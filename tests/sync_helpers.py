"""Helpers of the team-sync tests: replicas (one database and one view of the shared
folder each), moving files between them, and a canonical dump keyed by UUID."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app.backups import restore_backup
from app.store import Store
from app.sync import clock
from app.sync.api import set_folder, sync_now
from app.sync.engine import SyncReport
from app.sync.opfiles import listed, ops_dir
from app.sync.signing import OPS, own_signer
from models.backup import backup_to
from models.sync_capture import shapes
from models.sync_scope import team_uuid_sql


@dataclass
class Replica:
    name: str
    store: Store
    folder: Path  # this laptop's copy of the shared folder (as a sync tool keeps it)
    skew_ms: int = 0
    # Every device id this laptop has written as (a copy of a database takes a new one).
    devices: set[str] = field(default_factory=set)

    def sync(self) -> SyncReport:
        clock.skew_ms = self.skew_ms
        try:
            return sync_now(self.store)
        finally:
            clock.skew_ms = 0
            self.devices.add(device_of(self))


def open_replica(tmp: Path, name: str, team: str | None = None, skew_ms: int = 0) -> Replica:
    store = Store.open(tmp / f"{name}.sqlite", tmp / "backups")
    folder = tmp / f"{name}-folder"
    folder.mkdir()
    replica = Replica(name, store, folder, skew_ms)
    if team is not None:
        set_folder(store, folder, team=team, device_name=name)
    return replica


def copy_database(replica: Replica, target: Path) -> Path:
    """A consistent copy of the replica's database as it is now (a backup, or the state a
    power cut would leave if the commits after it were lost)."""
    assert replica.store.path is not None
    backup_to(replica.store.path, target)
    return target


def put_back(replica: Replica, copy: Path) -> None:
    """Put an earlier copy in place of the replica's database, as File → Restore from
    backup does (the replaced file is kept aside), and open it again."""
    path = replica.store.path
    assert path is not None
    replica.store.close()
    restore_backup(path, copy, aside_label="replaced")
    replica.store = Store.open(path, path.parent / "backups")


def files_of(replica: Replica, team: str) -> list[tuple[str, int, Path]]:
    """The files this laptop wrote, under each id it has written as."""
    mine = replica.devices | {device_of(replica)}
    return [f for f in listed(replica.folder, team) if f[0] in mine]


def device_of(replica: Replica) -> str:
    with replica.store.read() as session:
        return str(
            session.execute(text("SELECT value FROM sync_setting WHERE key = 'device'")).scalar()
        )


def deliver(path: Path, to: Replica, team: str, device: str, truncate: bool = False) -> None:
    """Copy one file into another laptop's folder (cut short: a copy still under way)."""
    target = ops_dir(to.folder, team, device) / path.name
    if target.exists() and target.samefile(path):
        return  # two laptops (copies of one database) sharing one folder
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


def canonical(store: Store, team: str | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every captured table's rows keyed by UUID, references as the parent's UUID, without
    local ids and the local "changed here" time; only team company `team`'s (its UUID)
    when given."""
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
            where = f" WHERE {team_uuid_sql(name, 't')} = ?" if team is not None else ""
            rows = conn.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM {name} AS t{where}",
                (team,) if team is not None else (),
            ).all()
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
