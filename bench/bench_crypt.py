"""Benchmark: what end-to-end encryption costs team sync (issue 23).

The operations are a real team's: sync is switched on in a copy of the demo database of
`--customers` customers (its baseline, every record once: what the first laptop sends and
a new member receives, the largest sync there is). Then, in the same run and alternating:

- format 2 (signed, in clear: gzip): every file written with `opfiles.write(...)` and read
  back with `opfiles.read(...)`, as before encryption;
- format 3 (sealed with the team key): the same with `keys=`.

Prints the operations, files and bytes, the medians and the ratio sealed ÷ clear
(target ≤ 1.10). The ratio is per operation, so it holds at any size; run it with
`--customers 100000` where time allows (the baseline alone takes minutes there).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import database, paired_ms  # noqa: E402

from app.store import Store  # noqa: E402
from app.sync import opfiles  # noqa: E402
from app.sync.keys import Keyring  # noqa: E402
from app.sync.passphrase import set_folder  # noqa: E402
from app.sync.send import OPS_PER_FILE, _unsent_after  # noqa: E402
from app.sync.signing import Pin, Signer, Trust  # noqa: E402
from app.sync.state import Op  # noqa: E402
from models.database import known_heads  # noqa: E402


def _ops(source: Path, work: Path) -> tuple[list[Op], str]:
    """The baseline operations of a copy of `source` (sync switched on there)."""
    copy = work / "team.sqlite"
    shutil.copy(source, copy)
    store = Store.open(copy, work / "backups")
    try:
        with store.engine.connect() as conn:
            team = str(conn.exec_driver_sql("SELECT uuid FROM team_company ORDER BY id").scalar())
        started = time.perf_counter()
        set_folder(store, work / "unused", team=team, device_name="bench")
        print(f"baseline recorded in {time.perf_counter() - started:.1f} s", flush=True)
        ops = [op for _n, op in _unsent_after(store, 0, 1 << 62)]  # all of them, as before
    finally:
        store.close()
    return ops, team


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    source = database(args.customers, args.db)
    work = Path(tempfile.mkdtemp(prefix="bench-crypt-"))
    try:
        ops, team = _ops(source, work)
        device = "0b0b0b0b-0000-4000-8000-000000000001"
        signer = Signer.generate(device)
        trust = Trust({device: Pin(signer.key, 1)})
        keyring = Keyring.new()
        spans = list(opfiles.batches(ops, OPS_PER_FILE))
        header = {"schema": sorted(known_heads()), "team": team, "device": device,
                  "device_name": "bench", "written_at": "2026-03-01T10:00:00",
                  "incarnation": "bench"}  # fmt: skip
        sizes: dict[str, int] = {}

        def round_trip(name: str, keys: Keyring | None) -> None:
            folder = work / name
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            where = opfiles.ops_dir(folder, team, device)
            read = 0
            for number, (start, end) in enumerate(spans, 1):
                path = where / opfiles.file_name(number)
                head = dict(header, number=number)
                opfiles.write(path, head, ops[start:end], signer, keys=keys)
            size = 0
            for number, path in enumerate(sorted(where.iterdir()), 1):
                size += path.stat().st_size
                read += len(opfiles.read(path, team, device, number, trust, keys=keys).ops)
            assert read == len(ops)
            sizes[name] = size

        clear, sealed = paired_ms(
            lambda: round_trip("clear", None),
            lambda: round_trip("sealed", keyring),
            repeats=args.repeats,
        )
        print(f"{args.customers} customers: {len(ops):,} operations in {len(spans)} files")
        print(f"bytes in the folder: clear {sizes['clear']:,}, sealed {sizes['sealed']:,}")
        print(f"write + read, format 2 (clear):  {clear / 1000:.2f} s (median of {args.repeats})")
        print(f"write + read, format 3 (sealed): {sealed / 1000:.2f} s")
        print(f"sealed ÷ clear: {sealed / clear:.3f} (target <= 1.10)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
