"""A team updating from a Raketti before end-to-end encryption (0.9.0) has operation files
in clear in its shared folder. Each laptop seals its own once, at its next sync: the same
operations under the same numbers, now format 3; what it took in from them stays, and a
teammate that joins later reads everything."""

from __future__ import annotations

import gzip
from pathlib import Path

from app import demo
from app.sync import opfiles
from app.sync.api import set_folder
from app.sync.capture import raw
from app.sync.signing import Trust, own_signer
from tests.sync_helpers import (
    PASSPHRASE,
    canonical,
    copy_keys,
    device_of,
    files_of,
    open_replica,
    opened,
    team_keyring,
)


def _in_clear(path: Path, signer: object) -> None:
    """Write the file again as a Raketti before encryption did: format 2, gzip, signed."""
    keyring = team_keyring(path)
    found = opfiles.read(
        path, path.parents[2].name, path.parent.name, int(path.stem), Trust(), keys=keyring
    )
    header = found.header
    fields: dict[str, object] = {
        "schema": list(header.schema), "team": header.team, "device": header.device,
        "device_name": header.device_name, "number": header.number,
        "written_at": header.written_at, "incarnation": header.incarnation,
    }  # fmt: skip
    path.unlink()
    opfiles.write(path, fields, list(found.ops), signer)  # type: ignore[arg-type]


def _sealed(path: Path) -> bool:
    return path.read_bytes()[:1] == b"{"


def test_a_laptops_own_files_in_clear_are_sealed_at_its_next_sync(tmp_path: Path) -> None:
    a = open_replica(tmp_path, "a")
    demo.generate(a.store, customers=6, seed=3, teams=1)
    team = set_folder(a.store, a.folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    a.sync()
    (device, number, path), *_ = files_of(a, team)
    _in_clear(path, own_signer(a.store))
    name = canonical(a.store)["customer"][0]
    assert not _sealed(path)
    assert gzip.decompress(path.read_bytes())  # a gzip file in clear, as 0.9.0 wrote
    a.sync()  # sealed once already: nothing happens while the setting says so
    assert not _sealed(path)
    with a.store.write() as session:  # as a database updated from 0.9.0: never sealed
        raw(session).execute("DELETE FROM sync_setting WHERE key = 'own_files_sealed'")

    a.sync()

    head, plain = opened(path)  # sealed again: format 3, same number, same operations
    assert head["format"] == 3 and head["number"] == number and head["device"] == device
    assert plain.count(b"\n") > 10
    assert device == device_of(a)
    # A teammate that joins now reads everything from sealed files only.
    b = open_replica(tmp_path, "b")
    copy_keys(tmp_path, b.folder, team)
    for owner, _n, source in files_of(a, team):
        target = opfiles.ops_dir(b.folder, team, owner) / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    set_folder(b.store, b.folder, team=team, device_name="b", passphrase=PASSPHRASE)
    b.sync()
    assert canonical(b.store) == canonical(a.store)
    assert name in canonical(b.store)["customer"]
