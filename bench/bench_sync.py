"""Benchmark: team sync merging 20 devices × 5 000 operations into a 100 000-customer
database, against writing the same changes directly through the store, in the same run.

1. A copy of the benchmark database gets team sync switched on (its baseline recorded
   and sent once; timed and reported, a one-off cost per team, not part of the merge).
2. 20 devices' operation files are made: each device edits fields of random customers
   (city, notes, name; each edit superseding what it saw) and logs new interactions.
3. merge: `sync_now` applies the 20 files (log, merge, write the tables).
4. direct: the same changes written on a second copy through `Store.write` (one
   transaction per device, capture on, as any write in a synced database).
5. capture overhead: 300 single-field edits through `Store.write` with sync off and on.

Prints operations per second and the ratio merge ÷ direct (target ≥ 0.5).

    .venv/bin/python bench/bench_sync.py [--customers N] [--devices D] [--ops K] [--db F]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import database  # noqa: E402
from sqlalchemy import text  # noqa: E402

from app.store import Store  # noqa: E402
from app.sync import opfiles  # noqa: E402
from app.sync.api import set_folder, sync_now  # noqa: E402
from app.sync.capture import raw  # noqa: E402
from app.sync.clock import Stamp, op_id, wall_ms  # noqa: E402
from app.sync.keys import stored  # noqa: E402
from app.sync.signing import Signer  # noqa: E402
from app.sync.state import Op  # noqa: E402
from models.database import known_heads  # noqa: E402

PASSPHRASE = "benchmark team passphrase"
CITIES = ["Jyväskylä", "Tampere", "Oulu", "Turku", "Kuopio", "Vaasa", "Pori", "Lahti"]


def _copy(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    return target


def _heads(store: Store) -> tuple[list[tuple[str, str]], str]:
    """(customer uuid, its insert's op id) and the team's uuid."""
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT rec, op_id FROM sync_head WHERE tbl = 'customer' AND field = '*'"
        ).all()
        team = conn.exec_driver_sql("SELECT value FROM sync_setting WHERE key = 'team'").scalar()
    return [(r[0], r[1]) for r in rows], str(team)


def _make_ops(
    rng: random.Random, customers: list[tuple[str, str]], device: str, count: int
) -> tuple[list[Op], list[tuple[str, str, str, object]]]:
    """A device's operations and the same changes as (kind, table, uuid, values)."""
    stamp = Stamp(wall_ms() - 60_000, 0)
    ops: list[Op] = []
    changes: list[tuple[str, str, str, object]] = []
    for seq in range(count):
        rec, base = rng.choice(customers)
        if rng.random() < 0.2:
            new = str(uuid.uuid4())
            values = {"customer_id": rec, "kind": "visit", "occurred_on": "2026-03-01",
                      "summary": f"Käynti {seq}", "outcome": None, "next_step": None,
                      "next_step_due": None,
                      "created_at": "2026-03-01 10:00:00.000000"}  # fmt: skip
            ops.append(Op(op_id(stamp, seq, device), "interaction", new, "I", None,
                          json.dumps(values), (), None))  # fmt: skip
            changes.append(("I", "interaction", new, values))
        else:
            field = rng.choice(["city", "notes", "name"])
            value = {"city": rng.choice(CITIES), "notes": f"muistio {seq}",
                     "name": f"Asiakas {device[:4]} {seq}"}[field]  # fmt: skip
            ops.append(Op(op_id(stamp, seq, device), "customer", rec, "U", field,
                          json.dumps(value), (base,), None))  # fmt: skip
            changes.append(("U", field, rec, value))
    return ops, changes


def _direct(store: Store, batches: list[list[tuple[str, str, str, object]]]) -> float:
    started = time.perf_counter()
    for batch in batches:
        with store.write() as session:
            conn = session.connection()
            for kind, what, rec, values in batch:
                if kind == "U":
                    conn.exec_driver_sql(
                        f"UPDATE customer SET {what} = ? WHERE uuid = ?", (values, rec)
                    )
                else:
                    assert isinstance(values, dict)
                    row = dict(values)
                    row["customer_id"] = conn.exec_driver_sql(
                        "SELECT id FROM customer WHERE uuid = ?", (row["customer_id"],)
                    ).scalar()
                    cols = ", ".join(["uuid", "updated_at", *row])
                    marks = ", ".join("?" * (len(row) + 2))
                    conn.exec_driver_sql(
                        f"INSERT INTO interaction({cols}) VALUES ({marks})",
                        (rec, row["created_at"], *row.values()),
                    )
    return time.perf_counter() - started


def _edits(store: Store, count: int) -> float:
    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM customer LIMIT ?", (count,))]
    started = time.perf_counter()
    for i, cid in enumerate(ids):
        with store.write() as session:
            session.execute(
                text("UPDATE customer SET notes = :n WHERE id = :i"), {"n": f"x{i}", "i": cid}
            )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--ops", type=int, default=5_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    source = database(args.customers, args.db)
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        plain = Store.open(_copy(source, work / "plain.sqlite"), work / "backups")
        merged = Store.open(_copy(source, work / "merged.sqlite"), work / "backups")
        folder = work / "shared"
        folder.mkdir()
        started = time.perf_counter()
        with merged.engine.connect() as conn:
            first = conn.exec_driver_sql("SELECT uuid FROM team_company ORDER BY id").scalar()
        set_folder(merged, folder, team=str(first), device_name="bench", passphrase=PASSPHRASE)
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        sync_now(merged)  # the baseline goes out once, before anyone's edits come in
        first_send = time.perf_counter() - started
        merged.close()
        shutil.copy(work / "merged.sqlite", work / "direct.sqlite")
        merged = Store.open(work / "merged.sqlite", work / "backups")
        direct = Store.open(work / "direct.sqlite", work / "backups")
        customers, team = _heads(merged)
        with merged.read() as session:
            keyring = stored(raw(session))  # the team's key: teammates' files are sealed
        rng = random.Random(7)
        batches = []
        for _ in range(args.devices):
            device = str(uuid.uuid4())
            ops, changes = _make_ops(rng, customers, device, args.ops)
            header = {"schema": sorted(known_heads()), "team": team, "device": device,
                      "device_name": device[:8], "number": 1,
                      "written_at": "2026-03-01T10:00:00"}  # fmt: skip
            path = opfiles.ops_dir(folder, team, device) / opfiles.file_name(1)
            opfiles.write(path, header, ops, Signer.generate(device), keys=keyring)
            batches.append(changes)
        total = args.devices * args.ops
        started = time.perf_counter()
        report = sync_now(merged)
        merge = time.perf_counter() - started
        assert report.applied == total, report.summary()
        direct_s = _direct(direct, batches)
        off = _edits(plain, 300)
        on = _edits(direct, 300)
        print(
            f"switching sync on for {args.customers} customers: baseline {baseline:.1f} s, "
            f"its first file {first_send:.1f} s (once per team)"
        )
        print(f"merge:  {total} operations in {merge:.1f} s = {total / merge:,.0f} ops/s")
        print(
            f"direct: the same changes through the store in {direct_s:.1f} s "
            f"= {total / direct_s:,.0f} ops/s"
        )
        print(f"merge speed ÷ direct-write speed: {direct_s / merge:.2f} (target >= 0.5)")
        print(
            f"capture overhead on single edits: {on / off:.2f}x "
            f"({off * 1000 / 300:.2f} ms → {on * 1000 / 300:.2f} ms per write)"
        )
        for store in (plain, merged, direct):
            store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
