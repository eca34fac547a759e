"""Randomized convergence with laptops that go back in time, and a shared folder others
write into: besides the edits and the untidy file exchange of
tests/sync/test_convergence.py, a laptop now and then takes a copy of its database and
later has it put back (a backup restored), or loses its last commits (a copy taken just
before some edits and a sync, put back right after); and now and then something no
Raketti of the team wrote appears in the folder (a link to /dev/zero, a file that is no
gzip, a stranger's file with a bad operation, a file signed with a stranger's key under a
teammate's id). Every laptop still ends identical, every edit that reached a file is
kept, and nothing hostile is applied.

    RAKETTI_LONG_TESTS=1 make test PYTEST_ARGS="tests/sync/test_convergence_restores.py -s"
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import uuid
from pathlib import Path

import pytest

from app.store import Conflict as StaleStep
from app.sync import opfiles
from app.sync.signing import Signer
from tests.hostile_helpers import forge, rename_op
from tests.sync.test_convergence import LONG, World, settled_alike
from tests.sync_helpers import (
    Replica,
    conflict_set,
    copy_database,
    deliver,
    files_of,
    put_back,
)

SEEDS = (
    [int(os.environ["RAKETTI_SYNC_SEED"])]
    if "RAKETTI_SYNC_SEED" in os.environ
    else (list(range(101, 116)) if LONG else [101, 102, 103])
)
STEPS = 1000 if LONG else 250


class GoingBack(World):
    def __init__(self, tmp: Path, rng: random.Random, size: int) -> None:
        super().__init__(tmp, rng, size)
        self.tmp = tmp
        self.copies: dict[str, list[Path]] = {r.name: [] for r in self.replicas}
        self.restores = 0
        self.losses = 0
        self.hostile = 0
        self.planted: dict[str, int] = {}

    def backup(self, replica: Replica) -> Path:
        taken = self.copies[replica.name]
        path = self.tmp / f"{replica.name}-copy-{len(taken)}.sqlite"
        taken.append(copy_database(replica, path))
        return path

    def restore(self, replica: Replica) -> None:
        """File → Restore from backup… with one of the laptop's earlier copies."""
        if self.copies[replica.name]:
            put_back(replica, self.rng.choice(self.copies[replica.name]))
            self.restores += 1

    def lose_last_commits(self, replica: Replica) -> None:
        """A power cut: the commits of some edits (and maybe of a sync) never reach the
        disk; what the sync wrote to the folder stays there."""
        before = self.backup(replica)
        for _edit in range(self.rng.randint(1, 3)):
            self.edit(replica)
        if self.rng.random() < 0.7:
            with contextlib.suppress(StaleStep):
                replica.sync()
        put_back(replica, before)
        self.losses += 1

    def _pinned_everywhere(self) -> list[str]:
        """Laptop ids whose key every laptop has pinned (a forgery under such an id is
        refused alike everywhere; an id nobody knows yet is trusted on first use)."""
        pinned = []
        for device in sorted(set().union(*(r.devices for r in self.replicas))):
            if all(scalar_setting(r, f"key:{device}") is not None for r in self.replicas):
                pinned.append(device)
        return pinned

    def plant(self) -> None:
        """Something no laptop of the team wrote, in every laptop's copy of the folder."""
        self.hostile += 1
        number = 900_000 + self.hostile  # far past any real file: a gap is harmless
        kind = self.rng.choice(["zero", "junk", "bad op", "forged"])
        victims = self._pinned_everywhere()
        if kind == "forged" and not victims:
            kind = "junk"
        self.planted[kind] = self.planted.get(kind, 0) + 1
        device = self.rng.choice(victims) if kind == "forged" else str(uuid.uuid4())
        stranger = Signer.generate(device, 1)
        customer = str(uuid.uuid4())
        for replica in self.replicas:
            folder = opfiles.ops_dir(replica.folder, self.team, device)
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / opfiles.file_name(number)
            if kind == "zero":
                target.symlink_to("/dev/zero")
            elif kind == "junk":
                target.write_bytes(b"no gzip here\n" * 50)
            elif kind == "bad op":  # a new laptop's own file, one operation breaking a rule
                op = rename_op(device, customer, "X" * 5000)
                forge(target, self.team, device, number, [op], stranger)
            else:  # a teammate's id, a stranger's key
                op = rename_op(device, customer, "Hacked Oy")
                forge(target, self.team, device, number, [op], stranger)

    def exchange(self, replica: Replica) -> None:
        """As the base suite's, with each laptop's files under every id it wrote as."""
        rng = self.rng
        replica.sync()
        for other in self.replicas:
            if other is replica:
                continue
            own = files_of(other, self.team)
            rng.shuffle(own)
            for device, _n, path in own[: rng.randint(0, len(own))]:
                deliver(path, replica, self.team, device, truncate=rng.random() < 0.1)
        with contextlib.suppress(StaleStep):
            replica.sync()


def scalar_setting(replica: Replica, key: str) -> str | None:
    with replica.store.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT value FROM sync_setting WHERE key = ?", (key,)
        ).scalar()
    return None if found is None else str(found)


def hacked(replica: Replica) -> bool:
    """Whether a planted operation's name reached the customers."""
    with replica.store.engine.connect() as conn:
        return bool(
            conn.exec_driver_sql(
                "SELECT count(*) FROM customer WHERE name = 'Hacked Oy' OR name LIKE 'XXXX%'"
            ).scalar()
        )


@pytest.mark.parametrize("seed", SEEDS)
def test_replicas_converge_through_restores(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    world = GoingBack(tmp_path, rng, size=rng.choice([3, 4]))
    try:
        for _step in range(STEPS):
            replica = rng.choice(world.replicas)
            roll = rng.random()
            if roll < 0.2:
                world.exchange(replica)
            elif roll < 0.23:
                world.backup(replica)
            elif roll < 0.25:
                world.restore(replica)
            elif roll < 0.27:
                world.lose_last_commits(replica)
            elif roll < 0.28:
                world.plant()
            else:
                world.edit(replica)
        first = settled_alike(world)
        for replica in world.replicas:
            assert not hacked(replica)  # nothing planted was applied
        assert world.restores + world.losses > 0
        print(
            json.dumps(
                {
                    "seed": seed,
                    "replicas": len(world.replicas),
                    "restores": world.restores,
                    "lost_commits": world.losses,
                    "hostile_files": world.planted,
                    "identities": sum(len(r.devices) for r in world.replicas),
                    "conflicts": len(conflict_set(first.store)),
                }
            )
        )
    finally:
        for replica in world.replicas:
            replica.store.close()
