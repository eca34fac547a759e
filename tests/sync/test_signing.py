"""Files signed by their laptop (issue 22): any member could write a file in another
laptop's folder under that laptop's id; now every file is signed, the first key seen for
a laptop is pinned, and a file its key did not sign is refused with a note, the victim's
data, history and name unchanged, the other files of the sync applied."""

from __future__ import annotations

import base64
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from app.customers import records
from app.store import Store
from app.sync import opfiles
from app.sync.api import SyncError, devices, history, write_snapshot
from app.sync.capture import raw
from app.sync.crypt import open_small
from app.sync.keys import Keyring, stored
from app.sync.safefiles import FileProblem
from app.sync.signing import Signer, announce, announcement, load_trust, own_signer
from app.sync.snapshot import SIGNATURE, join_from_snapshot
from tests.hostile_helpers import Team, forge, names, refused_files, rename_op, team_of_three
from tests.sync_helpers import (
    PASSPHRASE,
    canonical,
    deliver_all,
    device_of,
    edit_sealed,
    team_keyring,
)


def _resign(path: Path, signer: Signer, edit: Callable[[bytes], bytes] = lambda d: d) -> Path:
    return edit_sealed(path, edit, signer)


def _seen(t: Team) -> tuple[object, ...]:
    """What a forgery would change on b: Eka Oy's history and the laptops listed."""
    with t.b.store.read() as session:
        steps = [(h.field, h.new, h.device) for h in history(session, "customer", t.customer)]
        laptops = [(d.uuid, d.name) for d in devices(session)]
        victim = [(d.last_file, d.last_written) for d in devices(session) if d.name == "a"]
    return steps, laptops, victim


def _synced(t: Team) -> Team:
    deliver_all([t.a, t.b, t.c], t.team)
    t.b.sync()
    assert names(t.b) == ["Eka Oy", "Toka Oy"]
    return t


def _more_from_c(t: Team) -> None:
    """c writes one more file (applied in the same sync as the forgeries)."""
    records.create_customer(t.c.store, t.team_id, {"name": "Kolmas Oy"})
    t.c.sync()
    deliver_all([t.c, t.b], t.team)


def test_a_member_cannot_write_as_another_laptop(tmp_path: Path) -> None:
    t = _synced(team_of_three(tmp_path))
    before = _seen(t)
    victim, forger = device_of(t.a), own_signer(t.c.store)  # c is a member with its own key
    rename = [rename_op(victim, t.customer)]
    forge(t.ops_of(t.a) / opfiles.file_name(2), t.team, victim, 2, rename, forger)
    forge(t.ops_of(t.a) / opfiles.file_name(3), t.team, victim, 3, rename, None)  # "older"
    _more_from_c(t)
    report = t.b.sync()
    notes = sorted(m.english() for m in report.messages)
    assert len(notes) == 2 and report.files_applied == 1  # c's new file
    assert "signed with another key than the one first seen for laptop a" in notes[0]
    assert "not signed, but laptop a signs its files since its file 1" in notes[1]
    assert names(t.b) == ["Eka Oy", "Kolmas Oy", "Toka Oy"]  # no "Hacked Oy"
    assert _seen(t) == before  # the victim's history and the laptop list: no "Hacked"
    assert refused_files(t.b) == [("a", "000002.ops"), ("a", "000003.ops")]


def test_a_stranger_cannot_write_as_a_laptop_not_seen_yet(tmp_path: Path) -> None:
    """b has never applied a's files, but a's announcement is in the folder: its key is
    pinned from there first, and a file signed by another key is refused."""
    t = team_of_three(tmp_path)
    deliver_all([t.a, t.b, t.c], t.team)
    shutil.copytree(
        announcement(t.a.folder, t.team, "x").parent, announcement(t.b.folder, t.team, "x").parent
    )
    victim = device_of(t.a)
    forge(
        t.ops_of(t.a) / opfiles.file_name(2), t.team, victim, 2,
        [rename_op(victim, t.customer)], Signer.generate(victim),
    )  # fmt: skip
    report = t.b.sync()
    assert [("a" in m.english(), "another key" in m.english()) for m in report.messages] == [
        (True, True)
    ]
    assert names(t.b) == ["Eka Oy", "Toka Oy"] and report.files_applied == 2


def test_a_file_signed_again_with_another_key_is_refused(tmp_path: Path) -> None:
    t = _synced(team_of_three(tmp_path))
    records.create_customer(t.a.store, t.team_id, {"name": "Neljäs Oy"})
    t.a.sync()
    deliver_all([t.a, t.b], t.team)
    genuine = t.ops_of(t.a) / opfiles.file_name(2)
    kept = genuine.read_bytes()
    _resign(genuine, Signer.generate(device_of(t.a)))  # same laptop id, another key
    _more_from_c(t)
    report = t.b.sync()
    assert [m.english() for m in report.messages if "another key" in m.english()]
    assert names(t.b) == ["Eka Oy", "Kolmas Oy", "Toka Oy"]
    genuine.write_bytes(kept)  # the genuine file arrives: applied
    assert t.b.sync().messages == [] and "Neljäs Oy" in names(t.b)


def test_a_header_edited_after_signing_is_refused(tmp_path: Path) -> None:
    t = _synced(team_of_three(tmp_path))
    records.create_customer(t.a.store, t.team_id, {"name": "Neljäs Oy"})
    t.a.sync()
    deliver_all([t.a, t.b], t.team)
    path = t.ops_of(t.a) / opfiles.file_name(2)
    # the laptop list would show it (sealed again by a member who holds the team key)
    edit_sealed(path, lambda d: d.replace(b'{"team"', b'{"device_name": "Hacked", "team"', 1))
    report = t.b.sync()
    assert ["signature does not match" in m.english() for m in report.messages] == [True]
    assert "Hacked" not in {d.name for d in devices_of(t)}


def team_keyring_of(t: Team) -> Keyring:
    with t.a.store.read() as session:
        found = stored(raw(session))
    assert found is not None
    return found


def devices_of(t: Team) -> list:  # type: ignore[type-arg]
    with t.b.store.read() as session:
        return devices(session)


def test_files_from_before_signing(tmp_path: Path) -> None:
    """Unsigned files (an older Raketti's) are applied while no key is known for their
    laptop, and after it announced one only when numbered below its first signed file."""
    t = _synced(team_of_three(tmp_path))
    old = "11111111-1111-4111-8111-111111111111"
    where = opfiles.ops_dir(t.b.folder, t.team, old)
    forge(
        where / opfiles.file_name(1), t.team, old, 1, [rename_op(old, t.customer, "Vanha 1")], None
    )
    assert t.b.sync().messages == [] and "Vanha 1" in names(t.b)  # no key known: applied
    # The laptop is updated: it signs from its file 3 on and announces its key.
    upgraded = Signer.generate(old, signed_from=3)
    announce(upgraded, t.b.folder, t.team, "2026-03-02T10:00:00")
    forge(
        where / opfiles.file_name(2), t.team, old, 2, [rename_op(old, t.customer, "Vanha 2")], None
    )
    forge(
        where / opfiles.file_name(3), t.team, old, 3, [rename_op(old, t.customer, "Vanha 3")], None
    )
    report = t.b.sync()
    assert ["not signed" in m.english() for m in report.messages] == [True]  # file 3
    assert "Vanha 2" in names(t.b)  # file 2: below its first signed file
    forge(
        where / opfiles.file_name(3), t.team, old, 3,
        [rename_op(old, t.customer, "Uusi 3")], upgraded,
    )  # fmt: skip
    assert t.b.sync().messages == [] and "Uusi 3" in names(t.b)


def test_a_replaced_announcement_changes_no_pinned_key(tmp_path: Path) -> None:
    t = _synced(team_of_three(tmp_path))
    victim = device_of(t.a)
    announce(Signer.generate(victim), t.b.folder, t.team, "2026-03-02T10:00:00")
    records.create_customer(t.a.store, t.team_id, {"name": "Neljäs Oy"})
    t.a.sync()
    deliver_all([t.a, t.b], t.team)
    report = t.b.sync()
    assert ["announces another key for laptop a" in m.english() for m in report.messages] == [True]
    assert "Neljäs Oy" in names(t.b)  # a's genuine file still applied
    # The laptop itself puts its announcement back at its next sync.
    own = announcement(t.a.folder, t.team, victim)
    own.write_text(announcement(t.b.folder, t.team, victim).read_text())
    t.a.sync()
    assert open_small(own.read_bytes(), own, team_keyring_of(t))["key"] == own_signer(t.a.store).key


def test_a_laptops_own_folder_is_verified(tmp_path: Path) -> None:
    t = _synced(team_of_three(tmp_path))
    me = device_of(t.a)
    trust = load_trust(t.a.store, t.a.folder, t.team, lambda d, p: None)
    ((_, number, mine),) = [f for f in opfiles.listed(t.a.folder, t.team) if f[0] == me]
    keys = team_keyring(mine)
    assert (
        opfiles.read(mine, t.team, me, number, trust, keys=keys).header.key
        == own_signer(t.a.store).key
    )
    planted = opfiles.ops_dir(t.a.folder, t.team, me) / opfiles.file_name(9)
    forge(planted, t.team, me, 9, [rename_op(me, t.customer)], own_signer(t.c.store))
    with pytest.raises(FileProblem, match="another key"):
        opfiles.read(planted, t.team, me, 9, trust, keys=keys)


def test_the_private_key_stays_on_the_laptop(tmp_path: Path) -> None:
    t = _synced(team_of_three(tmp_path))
    secret = own_signer(t.a.store).private.private_bytes_raw()
    snapshot = write_snapshot(t.a.store)
    data = snapshot.read_bytes()
    assert secret not in data and base64.b64encode(secret) not in data
    everything = b"".join(p.read_bytes() for p in t.a.folder.rglob("*") if p.is_file())
    assert base64.b64encode(secret) not in everything and secret not in everything
    stored = t.a.store.rows(text("SELECT value FROM sync_setting WHERE key = 'signing_key'"))
    assert json.loads(stored[0][0])["device"] == device_of(t.a)


def test_a_snapshot_is_checked_against_its_laptops_key(tmp_path: Path) -> None:
    t = _synced(team_of_three(tmp_path))
    genuine = write_snapshot(t.a.store)
    # A newer-looking snapshot under a's name, signed by another key: passed over.
    forged = genuine.with_name(f"{device_of(t.a)}-9999999999999.00000.sqlite")
    shutil.copyfile(genuine, forged)
    signed = json.loads(genuine.with_name(genuine.name + SIGNATURE).read_text())
    fields = {k: v for k, v in signed.items() if k not in ("key", "signed_from", "signature")}
    from app.sync.signing import SNAPSHOT

    fake = Signer.generate(device_of(t.a)).sign(SNAPSHOT, dict(fields, file=forged.name))
    forged.with_name(forged.name + SIGNATURE).write_text(json.dumps(fake))
    joined_path = join_from_snapshot(
        t.a.folder, t.team, tmp_path / "new.sqlite", "uusi", passphrase=PASSPHRASE
    )
    joined = Store.open(joined_path, tmp_path / "backups")
    try:
        assert canonical(joined) == canonical(t.a.store)
    finally:
        joined.close()
    # Damaged in the folder: refused, nothing made.
    genuine.write_bytes(genuine.read_bytes()[:-1] + b"\x01")
    with pytest.raises(SyncError, match="not signed by the laptop it names"):
        join_from_snapshot(
            t.a.folder, t.team, tmp_path / "other.sqlite", "toinen", passphrase=PASSPHRASE
        )
    assert not (tmp_path / "other.sqlite").exists()
