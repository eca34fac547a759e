"""Randomized convergence: several laptops edit offline through the real operations and
exchange files in random order, with duplicates, losses repaired later, files cut short
and clocks an hour apart; in the end every laptop holds the same data.

A seeded driver (not Hypothesis: each step is a real database write, and a failing seed
is replayed exactly with RAKETTI_SYNC_SEED). The suite runs a few seeds of a few hundred
steps each; a long run:

    RAKETTI_LONG_TESTS=1 make test PYTEST_ARGS="tests/sync/test_convergence.py -s"
"""

from __future__ import annotations

import contextlib
import json
import os
import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import teams
from app.customers import contacts, interactions, records
from app.errors import InvalidRecord
from app.ladder import moves
from app.privacy.erase import erase_contact
from app.rocket.scoring import add_score
from app.store import Conflict as StaleStep
from app.sync.api import (
    SyncError,
    conflicts,
    deleted_records,
    needs_passphrase,
    resolve,
    restore_deleted,
    rotate_key,
    set_folder,
    unlock,
)
from app.sync.opfiles import listed
from app.sync.state import read_state
from models.ids import ContactId
from tests.sync_helpers import (
    PASSPHRASE,
    Replica,
    canonical,
    conflict_set,
    copy_keys,
    deliver,
    deliver_all,
    device_of,
    healthy,
    open_replica,
)

LONG = bool(os.environ.get("RAKETTI_LONG_TESTS"))
SEEDS = (
    [int(os.environ["RAKETTI_SYNC_SEED"])]
    if "RAKETTI_SYNC_SEED" in os.environ
    else (list(range(1, 21)) if LONG else [1, 2, 3, 4, 5])
)
STEPS = 1500 if LONG else 400
CITIES = ["Jyväskylä", "Tampere", "Oulu", "Turku", "Kuopio", "Vaasa", "Pori"]
HOUR = 3600 * 1000


def _ids(replica: Replica, sql: str) -> list[int]:
    with replica.store.engine.connect() as conn:
        return [row[0] for row in conn.exec_driver_sql(sql).all()]


class World:
    def __init__(self, tmp: Path, rng: random.Random, size: int) -> None:
        self.rng = rng
        self.tmp = tmp
        self.passphrases = [PASSPHRASE]  # every team passphrase so far, newest last
        founder = open_replica(tmp, "r0")
        self.team_id = teams.create_team(founder.store, "Tiimi Oy", "Tiimiakatemia")
        teams.add_member(founder.store, self.team_id, "Aino")
        records.create_customer(founder.store, self.team_id, {"name": "Alku Oy"})
        team = set_folder(
            founder.store, founder.folder, device_name="r0", passphrase=PASSPHRASE
        ).team
        assert team is not None
        self.team = team
        founder.sync()
        self.replicas = [founder]
        for index in range(1, size):
            replica = open_replica(tmp, f"r{index}", team=team, skew_ms=rng.randint(-HOUR, HOUR))
            for _device, _n, path in listed(founder.folder, team):
                deliver(path, replica, team, device_of(founder))
            replica.sync()
            self.replicas.append(replica)
        self.devices = {r.name: device_of(r) for r in self.replicas}

    # --- offline edits through the app's own operations --------------------------------

    def team_of(self, replica: Replica) -> int:
        return _ids(replica, "SELECT id FROM team_company")[0]

    def pick(self, replica: Replica, sql: str) -> int | None:
        found = _ids(replica, sql)
        return self.rng.choice(found) if found else None

    def edit(self, replica: Replica) -> None:
        rng = self.rng
        action = rng.choice(
            ["customer", "customer", "edit", "edit", "edit", "contact", "contact_edit",
             "interaction", "move", "score", "delete", "delete_contact", "restore", "resolve",
             "erase"]
        )  # fmt: skip
        customer = self.pick(replica, "SELECT id FROM customer")
        with contextlib.suppress(InvalidRecord, StaleStep, LookupError):
            if action == "customer" or customer is None:
                name = f"Asiakas {rng.randint(1, 10**6)}"
                records.create_customer(replica.store, self.team_of(replica), {"name": name})
            elif action == "edit":
                field = rng.choice(["city", "notes", "name", "business_id", "size_class"])
                value = {
                    "city": rng.choice(CITIES),
                    "notes": f"muistiinpano {rng.randint(1, 99)}",
                    "name": f"Nimi {rng.randint(1, 50)} Oy",
                    "business_id": f"{rng.randint(1000000, 1000009)}-{rng.randint(0, 9)}",
                    "size_class": rng.choice(["small", "medium", "large"]),
                }[field]
                records.update_customer(replica.store, customer, {field: value})
            elif action == "contact":
                contacts.create_contact(
                    replica.store, customer, {"name": f"Henkilö {rng.randint(1, 999)}"}
                )
            elif action == "contact_edit":
                contact = self.pick(replica, "SELECT id FROM contact")
                if contact is not None:
                    contacts.update_contact(
                        replica.store, contact, {"title": rng.choice(["TJ", "Myynti", "Ostaja"])}
                    )
            elif action == "interaction":
                day = date.today() - timedelta(days=rng.randint(0, 30))
                interactions.log_interaction(
                    replica.store,
                    customer,
                    {"occurred_on": day, "summary": "Käynti"},
                    member_ids=_ids(replica, "SELECT id FROM member")[:1],
                )
            elif action == "move":
                level = rng.choice(["A3", "A2", "A1"])
                moves.move_customer(replica.store, customer, level, date.today(), "Syy")
            elif action == "score":
                day = date(2026, rng.choice([1, 7]), 1)
                add_score(
                    replica.store,
                    self.team_of(replica),
                    rng.choice(["Y1", "Y2", "A3"]),
                    rng.randint(0, 3),
                    "half_year",
                    day,
                )
            elif action == "delete":
                records.delete_customer(replica.store, customer)
            elif action == "delete_contact":
                contact = self.pick(replica, "SELECT id FROM contact")
                if contact is not None:
                    contacts.delete_contact(replica.store, contact)
            elif action == "erase":  # issue 23: a person erased everywhere
                contact = self.pick(replica, "SELECT id FROM contact")
                if contact is not None:
                    erase_contact(replica.store, ContactId(contact), f"ref {rng.randint(1, 99)}")
            elif action == "restore":
                with replica.store.read() as session:
                    binned = deleted_records(session)
                if binned:
                    chosen = rng.choice(binned)
                    restore_deleted(replica.store, chosen.tbl, chosen.rec)
            else:
                self.settle(replica)

    def settle(self, replica: Replica) -> None:
        with replica.store.read() as session:
            found = conflicts(session)
        if not found:
            return
        conflict = self.rng.choice(found)
        side = self.rng.choice(conflict.sides)
        resolve(replica.store, conflict, side.value, keep=not side.deleted)

    # --- the folder --------------------------------------------------------------------

    def exchange(self, replica: Replica) -> None:
        """A sync tool copies some of the others' files here, in any order, some twice,
        some cut short (still copying), then the laptop syncs."""
        rng = self.rng
        if rng.random() < 0.03:  # a member left: this laptop rotates the team key
            self.passphrases.append(f"tunnuslause numero {len(self.passphrases)} tiimille")
            rotate_key(replica.store, self.passphrases[-1])
        copy_keys(self.tmp, replica.folder, self.team)  # the sync tool brings key files
        if rng.random() < 0.5:
            self.unlock(replica)
        replica.sync()
        for other in self.replicas:
            if other is replica:
                continue
            files = list(listed(other.folder, self.team))
            own = [f for f in files if f[0] == self.devices[other.name]]
            rng.shuffle(own)
            for _device, _n, path in own[: rng.randint(0, len(own))]:
                deliver(
                    path, replica, self.team, self.devices[other.name], truncate=rng.random() < 0.1
                )
        with contextlib.suppress(StaleStep):
            replica.sync()

    def unlock(self, replica: Replica) -> None:
        """The user enters the passphrases given to them since a rotation (two members
        who rotated at once left two)."""
        with replica.store.read() as session:
            if needs_passphrase(session) is None:
                return
        for passphrase in reversed(self.passphrases):
            with contextlib.suppress(SyncError):
                unlock(replica.store, passphrase)

    def settle_all(self) -> None:
        for replica in self.replicas:
            copy_keys(self.tmp, replica.folder, self.team)
        for replica in self.replicas:
            self.unlock(replica)
        for _round in range(2):
            for replica in self.replicas:
                replica.sync()
            deliver_all(self.replicas, self.team)
            for replica in self.replicas:
                replica.sync()


def _every_edit_is_kept(replica: Replica) -> None:
    """Each operation is a head (current, or a side of a conflict) or was superseded by an
    operation written by someone who had seen it; and every live record's fields show
    their state's value."""
    with replica.store.engine.connect() as conn:
        lost = conn.exec_driver_sql(
            "SELECT o.op_id FROM sync_op o WHERE o.kind = 'U' AND NOT EXISTS "
            "(SELECT 1 FROM sync_head h WHERE h.op_id = o.op_id) AND NOT EXISTS "
            "(SELECT 1 FROM sync_edge e WHERE e.op_id = o.op_id)"
        ).all()
        assert lost == []
        raw = conn.connection.dbapi_connection
        assert raw is not None
        rows = conn.exec_driver_sql("SELECT uuid, city, notes, size_class FROM customer").all()
        for uuid, city, notes, size in rows:
            state = read_state(raw, "customer", uuid)  # type: ignore[arg-type]
            assert (state.value("city"), state.value("notes"), state.value("size_class")) == (
                city, notes, size,
            )  # fmt: skip


def settled_alike(world: World) -> Replica:
    """Settle every laptop, then check they all hold the same data and conflicts, are
    healthy, and kept every edit that reached a file; the first laptop."""
    world.settle_all()
    first = world.replicas[0]
    expected = canonical(first.store)
    assert sum(len(rows) for rows in expected.values()) > 10
    for replica in world.replicas:
        assert canonical(replica.store) == expected, replica.name
        assert conflict_set(replica.store) == conflict_set(first.store)
        healthy(replica.store)
        _every_edit_is_kept(replica)
    return first


@pytest.mark.parametrize("seed", SEEDS)
def test_replicas_converge(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    world = World(tmp_path, rng, size=rng.choice([3, 4, 5]))
    try:
        for _step in range(STEPS):
            replica = rng.choice(world.replicas)
            if rng.random() < 0.2:
                world.exchange(replica)
            else:
                world.edit(replica)
        first = settled_alike(world)
        print(
            json.dumps(
                {
                    "seed": seed,
                    "replicas": len(world.replicas),
                    "conflicts": len(conflict_set(first.store)),
                }
            )
        )
    finally:
        for replica in world.replicas:
            replica.store.close()
