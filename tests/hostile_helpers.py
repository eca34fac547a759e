"""Helpers of the hostile-file and signing tests: a team of three laptops (a and c write,
b receives), files forged as a member or a stranger would, and a guard that fails a test
instead of letting it hang."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app import teams
from app.customers import records
from app.sync import opfiles
from app.sync.api import devices, history, read_setup, set_folder
from app.sync.clock import Stamp, op_id, wall_ms
from app.sync.signing import Signer
from app.sync.state import Op
from models.database import known_heads
from tests.sync_helpers import PASSPHRASE, Replica, canonical, deliver_all, device_of, open_replica

FIRST = "00000000-0000-4000-8000-000000000000"  # a device folder listed before any other


@dataclass
class Team:
    a: Replica  # writes the customer "Eka Oy"
    b: Replica  # receives
    c: Replica  # another member: writes "Toka Oy"
    team: str
    customer: str  # Eka Oy's UUID
    team_id: int  # the team company's id in a's database

    def ops_of(self, replica: Replica) -> Path:
        """That laptop's folder in b's copy of the shared folder."""
        return opfiles.ops_dir(self.b.folder, self.team, device_of(replica))


def team_of_three(tmp: Path) -> Team:
    a = open_replica(tmp, "a")
    team_id = teams.create_team(a.store, "Tiimi Oy")
    customer = records.create_customer(a.store, team_id, {"name": "Eka Oy"})
    team = set_folder(a.store, a.folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    a.sync()
    c = open_replica(tmp, "c", team=team)
    deliver_all([a, c], team)
    c.sync()
    records.create_customer(c.store, team_id, {"name": "Toka Oy"})
    c.sync()
    b = open_replica(tmp, "b", team=team)
    uuid = a.store.rows(text(f"SELECT uuid FROM customer WHERE id = {int(customer)}"))[0][0]
    return Team(a, b, c, team, str(uuid), team_id)


def names(replica: Replica) -> list[str]:
    return sorted(r[0] for r in replica.store.rows(text("SELECT name FROM customer")))


def header(team: str, device: str, number: int, ops: int = 1, **more: Any) -> dict[str, Any]:
    fields = dict(
        schema=sorted(known_heads()), team=team, device=device, device_name="Hacked",
        number=number, written_at="2026-03-01T10:00:00", ops=ops, first="", last="", sha256="",
    )  # fmt: skip
    return dict(fields, **more)


def rename_op(device: str, customer: str, name: str = "Hacked Oy") -> Op:
    """An edit of a customer's name, stamped as `device`'s."""
    stamp = Stamp(wall_ms() + 1000, 0)
    return Op(
        op_id(stamp, 0, device), "customer", customer, "U", "name", json.dumps(name), (), None
    )


def forge(
    path: Path, team: str, device: str, number: int, ops: list[Op], signer: Signer | None
) -> Path:
    """An operation file under `device`'s name: signed by `signer` (any key), or unsigned as
    an older Raketti wrote (format 1)."""
    if signer is not None:
        path.unlink(missing_ok=True)  # a file put in place of another (never by Raketti)
        opfiles.write(path, header(team, device, number), ops, signer)
        return path
    import hashlib

    body = "".join(opfiles.encode(op) + "\n" for op in ops).encode()
    fields = header(team, device, number, len(ops), format=1)
    fields["sha256"] = hashlib.sha256(body).hexdigest()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(json.dumps(fields).encode() + b"\n" + body))
    return path


def view_of(replica: Replica, customer: str) -> tuple[Any, ...]:
    """What b shows that a forgery could change: the data, the customer's history, the
    laptops listed."""
    with replica.store.read() as session:
        steps = [(h.field, h.new, h.device) for h in history(session, "customer", customer)]
        laptops = [(d.uuid, d.name) for d in devices(session)]
    return canonical(replica.store), steps, laptops


def refused_files(replica: Replica) -> list[tuple[str, str]]:
    """(laptop, file) of every file the settings list as refused."""
    return [(r.laptop, r.file) for r in read_setup(replica.store).refused]


@contextlib.contextmanager
def no_hang(seconds: int = 20) -> Iterator[None]:
    """Fail (TimeoutError) instead of hanging the test run."""

    def expired(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def outside_is_empty(folder: Path) -> bool:
    return not any(os.scandir(folder))
