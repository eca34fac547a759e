"""End-to-end encryption of the shared folder (issue 23): no name, e-mail or phone of the
demo in any file of the folder, raw or decompressed; a laptop with the passphrase joins
(from files or a snapshot) and converges; one without it, or with a wrong one, is told in
one sentence and applies nothing; a damaged, cut or swapped file is refused and the rest
applied; a rotation seals new files with a new key that only the new passphrase opens;
the passphrase never travels on the command line."""

from __future__ import annotations

import base64
import contextlib
import gzip
import json
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from sqlalchemy import text

from app import demo
from app.cli_args import build_parser
from app.customers import records
from app.store import Store
from app.sync import keys
from app.sync.api import (
    SyncError,
    needs_passphrase,
    rotate_key,
    set_folder,
    set_passphrase,
    sync_now,
    unlock,
    write_snapshot,
)
from app.sync.capture import raw
from app.sync.keys import KEYS
from app.sync.snapshot import join_from_snapshot
from tests.sync_helpers import (
    PASSPHRASE,
    Replica,
    canonical,
    copy_keys,
    deliver_all,
    device_of,
    files_of,
    open_replica,
)

NEW = "uusi salasana tiimille nyt"  # the passphrase after a rotation


def _names(replica: Replica) -> set[str]:
    return {str(r[0]) for r in replica.store.rows(text("SELECT name FROM customer"))}


def _team(tmp_path: Path, customers: int = 40) -> tuple[Replica, str]:
    a = open_replica(tmp_path, "a")
    demo.generate(a.store, customers=customers, seed=5, teams=1)
    team = set_folder(a.store, a.folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    a.sync()
    return a, team


def _forms(value: str) -> list[bytes]:
    """A value as it could lie in a file: UTF-8, UTF-16, and JSON-escaped both ways."""
    found = {value.encode("utf-8"), value.encode("utf-16-le")}
    for ascii_only in (True, False):
        found.add(json.dumps(value, ensure_ascii=ascii_only)[1:-1].encode("utf-8"))
    return sorted(found)


def _opened_forms(data: bytes) -> list[bytes]:
    """The bytes, and whatever gzip or zlib would make of them or of any part of them
    (a sealed file's text after its header line too)."""
    out = [data]
    for start in {0, data.find(b"\n") + 1}:
        for wbits in (31, 15, -15):
            with contextlib.suppress(zlib.error):
                out.append(zlib.decompressobj(wbits).decompress(data[start:], 256 << 20))
    return out


def test_no_name_email_or_phone_of_the_demo_in_the_folder(tmp_path: Path) -> None:
    a, team = _team(tmp_path)
    write_snapshot(a.store)
    rows = a.store.rows(text("SELECT name, email, phone FROM contact"))
    values = {v for row in rows for v in row if v and len(v) >= 5}
    values |= {n for n in _names(a) if len(n) >= 5}
    assert len(values) > 40
    files = [p for p in a.folder.rglob("*") if p.is_file()]
    assert {p.suffix for p in files} >= {".ops", ".json", ".sqlite", ".sig"}
    for path in files:
        for form in _opened_forms(path.read_bytes()):
            for value in values:
                for needle in _forms(value):
                    assert needle not in form, (path.name, value)
    # Not gzip any more, and the team key itself never lies in the folder (the snapshot's
    # copy of the database leaves it out, like the signing key).
    with pytest.raises(gzip.BadGzipFile):
        gzip.decompress(files_of(a, team)[0][2].read_bytes())
    with a.store.read() as session:
        keyring = keys.stored(raw(session))
    assert keyring is not None
    everything = b"".join(p.read_bytes() for p in files)
    for key in keyring.keys:
        assert key.secret not in everything and base64.b64encode(key.secret) not in everything


def test_a_member_with_the_passphrase_joins_from_files_and_from_a_snapshot(
    tmp_path: Path,
) -> None:
    a, team = _team(tmp_path, customers=20)
    b = open_replica(tmp_path, "b", team=team)  # the key file comes with the folder
    b.sync()
    deliver_all([a, b], team)
    b.sync()
    assert canonical(b.store) == canonical(a.store)
    write_snapshot(a.store)
    joined_path = join_from_snapshot(
        a.folder, team, tmp_path / "c.sqlite", "c", passphrase=PASSPHRASE
    )
    joined = Store.open(joined_path, tmp_path / "backups")
    try:
        assert canonical(joined) == canonical(a.store)
        report = sync_now(joined)
        assert report.messages == [] and report.applied == 0
    finally:
        joined.close()


def test_without_the_passphrase_nothing_is_applied_or_written(tmp_path: Path) -> None:
    a, team = _team(tmp_path, customers=10)
    b = open_replica(tmp_path, "b")
    copy_keys(tmp_path, b.folder, team)
    deliver_all([a], team)
    for _device, _n, path in files_of(a, team):
        target = b.folder / path.relative_to(a.folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    before = sorted(str(p) for p in b.folder.rglob("*"))
    set_folder(b.store, b.folder, team=team, device_name="b")  # no passphrase
    with b.store.read() as session:
        assert needs_passphrase(session) == "join"
    with pytest.raises(SyncError) as refused:
        sync_now(b.store)
    assert str(refused.value).startswith("This team's files are encrypted. Enter the team")
    assert "." not in str(refused.value).rstrip(".").split("join")[-1]  # one sentence
    assert _names(b) == set() and sorted(str(p) for p in b.folder.rglob("*")) == before
    with pytest.raises(SyncError, match="not the team passphrase"):
        unlock(b.store, "a wrong passphrase, long enough")
    assert _names(b) == set()
    unlock(b.store, PASSPHRASE)
    assert sync_now(b.store).files_applied >= 1 and _names(b) == _names(a)


def test_the_first_laptop_must_choose_a_passphrase(tmp_path: Path) -> None:
    a = open_replica(tmp_path, "a")
    demo.generate(a.store, customers=5, seed=5, teams=1)
    set_folder(a.store, a.folder, device_name="a")
    with pytest.raises(SyncError, match="choose a team passphrase"):
        sync_now(a.store)
    assert not list(a.folder.rglob("*.ops"))
    with pytest.raises(SyncError, match="longer team passphrase"):
        unlock(a.store, "short")
    unlock(a.store, PASSPHRASE)
    assert sync_now(a.store).sent > 0


def _pair(tmp_path: Path) -> tuple[Replica, Replica, str]:
    a, team = _team(tmp_path, customers=6)
    b = open_replica(tmp_path, "b", team=team)
    b.sync()
    deliver_all([a, b], team)
    b.sync()
    return a, b, team


def _two_new_files(a: Replica, team: str) -> list[Path]:
    team_id = int(a.store.rows(text("SELECT id FROM team_company"))[0][0])
    for name in ("Uusi Yksi Oy", "Uusi Kaksi Oy"):
        records.create_customer(a.store, team_id, {"name": name})
        a.sync()
    return [p for _d, _n, p in files_of(a, team)][-2:]


def _flip(data: bytes) -> bytes:
    middle = len(data) - 20
    return data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :]


@pytest.mark.parametrize(
    "damage, words",
    [
        ("flip", "does not open with the team's key"),
        ("cut", "does not open with the team's key"),
        ("swap body", "does not open with the team's key"),
        ("swap header", "wrong place"),
        ("edit header", "does not open with the team's key"),
    ],
)
def test_a_damaged_or_swapped_file_is_refused_and_the_rest_applied(
    tmp_path: Path, damage: str, words: str
) -> None:
    a, b, team = _pair(tmp_path)
    first, second = _two_new_files(a, team)
    deliver_all([a, b], team)
    target = b.folder / first.relative_to(a.folder)
    head_1, _, body_1 = first.read_bytes().partition(b"\n")
    head_2, _, body_2 = second.read_bytes().partition(b"\n")
    spoiled = {
        "flip": _flip(target.read_bytes()),
        "cut": target.read_bytes()[:-30],
        "swap body": head_1 + b"\n" + body_2,
        "swap header": head_2 + b"\n" + body_1,
        "edit header": head_1.replace(b'"first": "', b'"first": "0', 1) + b"\n" + body_1,
    }[damage]
    target.write_bytes(spoiled)
    report = b.sync()
    notes = [m.english() for m in report.messages]
    assert len(notes) == 1 and words in notes[0] and first.name in notes[0]
    assert "Traceback" not in notes[0]
    assert report.files_applied == 1 and "Uusi Kaksi Oy" in _names(b)
    assert "Uusi Yksi Oy" not in _names(b)
    shutil.copyfile(first, target)  # the genuine file arrives
    assert b.sync().messages == [] and "Uusi Yksi Oy" in _names(b)


def test_rotation_seals_new_files_with_a_key_only_the_new_passphrase_opens(
    tmp_path: Path,
) -> None:
    a, b, team = _pair(tmp_path)
    before = [p for _d, _n, p in files_of(a, team)]
    rotate_key(a.store, NEW)
    (new_file,) = _two_new_files(a, team)[-1:]
    old_id = json.loads(before[0].read_bytes().partition(b"\n")[0])["key_id"]
    new_id = json.loads(new_file.read_bytes().partition(b"\n")[0])["key_id"]
    assert old_id != new_id
    key_files = sorted(p.name for p in (a.folder / "raketti" / team / KEYS).iterdir())
    assert len(key_files) == 1 and key_files[0].startswith("2-")
    # b knows only the old passphrase: it cannot read new files and is told so.
    shutil.rmtree(b.folder / "raketti" / team / KEYS)
    copy_keys(tmp_path, b.folder, team)
    deliver_all([a, b], team)
    report = b.sync()
    notes = [m.english() for m in report.messages]
    assert any("key this laptop does not have" in n for n in notes)
    assert any("The team passphrase was changed" in n for n in notes)
    assert report.sent == 0 and "Uusi Kaksi Oy" not in _names(b)
    with b.store.read() as session:
        assert needs_passphrase(session) == "changed"
    with pytest.raises(SyncError, match="not the team passphrase"):
        unlock(b.store, PASSPHRASE)  # the old one opens nothing now
    unlock(b.store, NEW)
    assert "Uusi Kaksi Oy" in _names(b) or b.sync().files_applied > 0
    assert "Uusi Kaksi Oy" in _names(b)
    # A member who joins later with the new passphrase reads the old files and the new.
    c = open_replica(tmp_path, "c")
    copy_keys(tmp_path, c.folder, team)
    set_folder(c.store, c.folder, team=team, device_name="c", passphrase=NEW)
    deliver_all([a, b, c], team)
    c.sync()
    assert canonical(c.store) == canonical(a.store)


def test_changing_the_passphrase_keeps_members_working(tmp_path: Path) -> None:
    a, b, team = _pair(tmp_path)
    set_passphrase(a.store, NEW, old=PASSPHRASE)
    with pytest.raises(SyncError, match="not the team passphrase"):
        set_passphrase(a.store, "another one, long enough", old="not it at all, sorry")
    _two_new_files(a, team)
    deliver_all([a, b], team)
    assert b.sync().messages == [] and "Uusi Kaksi Oy" in _names(b)  # b holds the key
    c = open_replica(tmp_path, "c")
    copy_keys(tmp_path, c.folder, team)
    with pytest.raises(SyncError, match="not the team passphrase"):
        set_folder(c.store, c.folder, team=team, passphrase=PASSPHRASE)
    assert device_of(c) == "None"  # nothing switched on


def test_the_passphrase_never_in_the_arguments(tmp_path: Path) -> None:
    parser = build_parser()
    options = {o for action in parser._actions for o in action.option_strings}
    sync = next(a for a in parser._actions if getattr(a, "choices", None) and "sync" in a.choices)
    sync_options = {o for action in sync.choices["sync"]._actions for o in action.option_strings}
    assert "--passphrase" not in options | sync_options
    assert {"--passphrase-file", "--new-passphrase-file", "--rotate-key"} <= sync_options
    a, team = _team(tmp_path, customers=3)
    b_db = tmp_path / "b.sqlite"
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    shutil.copytree(a.folder, tmp_path / "b-folder")
    args = ["main.py", "sync", "--db", str(b_db), "--folder", str(tmp_path / "b-folder")]
    args += ["--team", team]
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=120
    )  # no passphrase: refused in one sentence
    assert done.returncode == 2 and "Enter the team passphrase" in done.stderr
    assert done.stderr.count("\n") == 1
    done = subprocess.run(
        [sys.executable, *args, "--passphrase-file", str(secret)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert PASSPHRASE not in " ".join(args) and "received:" in done.stdout
    assert keys.KDF["memory_kib"] == 8  # this test's own key files: the cheap cost
