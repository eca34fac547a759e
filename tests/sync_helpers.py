"""Helpers of the team-sync tests: replicas (one database and one view of the shared
folder each), moving files between them, and a canonical dump keyed by UUID."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text

from app.backups import restore_backup
from app.store import Store
from app.sync import clock
from app.sync.api import set_folder, sync_now
from app.sync.crypt import aad, open_stream, unseal
from app.sync.engine import SyncReport
from app.sync.keys import KEYS, Keyring, open_with
from app.sync.opfiles import listed, ops_dir
from app.sync.sealed_ops import OPS3
from app.sync.signing import Signer, own_signer
from models.backup import backup_to
from models.sync_capture import shapes
from models.sync_scope import team_uuid_sql

# Every replica's team passphrase (the KDF's cost is lowered for tests: tests/conftest.py).
PASSPHRASE = "kaksi kuusta ja karhu"


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
        copy_keys(tmp, folder, team)
        set_folder(store, folder, team=team, device_name=name, passphrase=PASSPHRASE)
    return replica


def copy_keys(tmp: Path, folder: Path, team: str) -> None:
    """The team's key files, as the sync tool brings them, from the other laptops' copies
    of the shared folder under `tmp` into `folder` (a new member's copy)."""
    for found in sorted(tmp.glob(f"*/raketti/{team}/{KEYS}/*.json")):
        target = folder / "raketti" / team / KEYS / found.name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(found, target)


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


def team_keyring(path: Path) -> Keyring:
    """The team's keys, opened with PASSPHRASE from the key file of the shared folder an
    operation file lies in (<folder>/raketti/<team>/ops/<device>/<file>)."""
    keyring = open_with(path.parents[4], path.parents[2].name, PASSPHRASE)
    assert keyring is not None
    return keyring


def opened(path: Path) -> tuple[dict[str, Any], bytes]:
    """A sealed operation file's readable header and its decrypted text (inner header and
    operations)."""
    line, _, sealed = path.read_bytes().partition(b"\n")
    head = json.loads(line)
    return head, zlib.decompress(unseal(team_keyring(path), head, sealed, path))


def opened_snapshot(path: Path, target: Path) -> Path:
    """A sealed snapshot (<folder>/raketti/<team>/snapshots/<file>) decrypted into the
    database file `target`, with the keys PASSPHRASE opens."""
    keyring = open_with(path.parents[3], path.parents[1].name, PASSPHRASE)
    assert keyring is not None
    line, _, body = path.read_bytes().partition(b"\n")
    with open(target, "wb") as out:
        open_stream(keyring, json.loads(line), [body], out, path, 1 << 34)
    return target


def edit_sealed(path: Path, edit: Callable[[bytes], bytes], signer: Signer | None = None) -> Path:
    """Edit an operation file as a member who holds the team key could: `edit` gets the
    readable header line and the decrypted text after it, as one text, and the result is
    sealed again. Its signature stays as it was (a member cannot sign as another laptop)
    unless `signer` signs it anew (the laptop itself wrote it so)."""
    head, plain = opened(path)
    text = edit(json.dumps(head).encode() + b"\n" + plain)
    line, _, plain = text.partition(b"\n")
    head = json.loads(line)
    keyring = team_keyring(path)
    key = keyring.get(head.get("key_id")) or keyring.current
    if signer is not None:  # the laptop itself: a fresh nonce
        head["nonce"] = base64.b64encode(os.urandom(12)).decode()
    nonce = base64.b64decode(head["nonce"])  # otherwise as signed (only a test reuses one)
    sealed = AESGCM(key.secret).encrypt(nonce, zlib.compress(plain), aad(head))
    if signer is not None:
        head = dict(head, sha256=hashlib.sha256(sealed).hexdigest(), size=len(sealed))
        head = signer.sign(OPS3, head)
    path.write_bytes(json.dumps(head).encode() + b"\n" + sealed)
    return path


def rewrite_signed(path: Path, replica: Replica, edit: Callable[[bytes], bytes]) -> Path:
    """Edit an operation file (its readable header line and decrypted text, as one text)
    and seal and sign it again with `replica`'s own key, as that laptop itself would have
    written it."""
    return edit_sealed(path, edit, own_signer(replica.store))


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
