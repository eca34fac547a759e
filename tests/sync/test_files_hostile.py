"""Files that are not what they claim (issue 22, "Files read defensively"): a link to
/dev/zero, a FIFO, a gzip bomb, an oversized file, too many operations, a linked device
folder or team folder. Each is refused with a note naming the laptop, the file and the
reason, listed in the sync settings, and the other files of the same sync are applied."""

from __future__ import annotations

import gzip
import os
import shutil
import time
import zlib
from pathlib import Path

import pytest

from app import teams
from app.customers import records
from app.sync import opfiles, safefiles
from app.sync.api import read_setup, set_folder
from tests.hostile_helpers import (
    FIRST,
    Team,
    forge,
    header,
    names,
    no_hang,
    outside_is_empty,
    refused_files,
    rename_op,
    team_of_three,
)
from tests.sync_helpers import PASSPHRASE, deliver_all, device_of
from views.sync.runner import SyncRunner
from views.sync.settings_dialog import SyncSettingsDialog

posix = pytest.mark.skipif(os.name != "posix", reason="links, FIFOs and devices of POSIX")


def _hostile(t: Team) -> Path:
    """Where the hostile file goes: the first file listed, so every good one comes after."""
    path = opfiles.ops_dir(t.b.folder, t.team, FIRST) / opfiles.file_name(1)
    path.parent.mkdir(parents=True)
    return path


def _receive(t: Team, words: str) -> None:
    """b syncs: the hostile file is refused with `words`, a's and c's files are applied."""
    deliver_all([t.a, t.b, t.c], t.team)
    started = time.monotonic()
    with no_hang():
        report = t.b.sync()
    assert time.monotonic() - started < 15
    notes = [m.english() for m in report.messages]
    assert len(notes) == 1 and words in notes[0], notes
    assert names(t.b) == ["Eka Oy", "Toka Oy"]  # the other files of the same sync
    assert report.files_applied == 2  # a's and c's
    (refused,) = read_setup(t.b.store).refused  # listed in the settings
    assert refused.device == FIRST and refused.file == "000001.ops"
    assert refused.laptop == FIRST[:8] and words in refused.message.format(**refused.args)


@posix
def test_a_link_to_dev_zero_is_never_read(tmp_path: Path) -> None:
    t = team_of_three(tmp_path)
    os.symlink("/dev/zero", _hostile(t))
    _receive(t, "not a regular file")


@posix
def test_a_fifo_is_never_opened_and_the_sync_does_not_hang(tmp_path: Path) -> None:
    t = team_of_three(tmp_path)
    os.mkfifo(_hostile(t))
    _receive(t, "not a regular file")
    link = opfiles.ops_dir(t.b.folder, t.team, FIRST) / opfiles.file_name(2)
    os.mkfifo(tmp_path / "fifo")
    os.symlink(tmp_path / "fifo", link)  # a link to a FIFO
    with no_hang():
        notes = [m.english() for m in t.b.sync().messages]
    assert len(notes) == 2 and all("not a regular file" in n for n in notes)


@posix
def test_a_device_file_is_never_opened(tmp_path: Path) -> None:
    t = team_of_three(tmp_path)
    os.symlink("/dev/urandom", _hostile(t))
    _receive(t, "not a regular file")


def test_a_gzip_bomb_stops_at_the_decompressed_limit(tmp_path: Path) -> None:
    """A 0.2 MB file that expands past MAX_TEXT_BYTES (128 MB): decompressed in bounded
    chunks and refused at the limit, never whole in memory (no MemoryError)."""
    t = team_of_three(tmp_path)
    path = _hostile(t)
    line = b"x" * (100 * 1024) + b"\n"  # lines within the line limit, not too many of them
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as bomb:
        bomb.write(opfiles.json.dumps(header(t.team, FIRST, 1, format=1)).encode() + b"\n")
        for _ in range(safefiles.MAX_TEXT_BYTES // len(line) + 10):
            bomb.write(line)
    assert path.stat().st_size < safefiles.MAX_FILE_BYTES // 100
    _receive(t, "decompressed it would be larger than 128 MB")


def test_a_bomb_of_one_endless_line_stops_at_the_line_limit(tmp_path: Path) -> None:
    t = team_of_three(tmp_path)
    path = _hostile(t)
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1024 * 1024)
    with path.open("wb") as bomb:
        for _ in range(4):  # 4 MB of zeros, no newline
            bomb.write(squeeze.compress(zeros))
        bomb.write(squeeze.flush())
    _receive(t, "a line in it is longer than 1 MB")


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    t = team_of_three(tmp_path)
    with _hostile(t).open("wb") as big:
        big.truncate(500 * 1024 * 1024)  # sparse: 500 MB that take no room
    opened = []
    real_open = os.open
    monkeypatch.setattr(
        os, "open", lambda p, *a, **k: opened.append(str(p)) or real_open(p, *a, **k)
    )
    _receive(t, "larger than 64 MB")
    assert not any(FIRST in p for p in opened)  # refused from its size, never opened


def test_too_many_operations_are_refused(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Lowered here so that the file is small; the real limit is checked below."""
    t = team_of_three(tmp_path)
    monkeypatch.setattr(opfiles, "MAX_OPS", 3)
    ops = [rename_op(FIRST, t.customer, f"Nimi {n}") for n in range(4)]
    forge(_hostile(t), t.team, FIRST, 1, ops, None)
    _receive(t, "more than 3 operations")


def test_the_real_operation_limit_is_enforced_cheaply(tmp_path: Path) -> None:
    """A header claiming 2 000 000 operations is refused from its header; a body of
    MAX_OPS + 1 lines is refused while it is read, before any line is decoded."""
    t = team_of_three(tmp_path)
    claims = _hostile(t)
    fields = header(t.team, FIRST, 1, ops=2_000_000, format=1)
    claims.write_bytes(gzip.compress(opfiles.json.dumps(fields).encode() + b"\n"))
    _receive(t, f"more than {safefiles.MAX_OPS} operations")
    holds = claims.with_name(opfiles.file_name(2))
    fields = dict(fields, number=2, ops=1)
    body = b"[]\n" * (safefiles.MAX_OPS + 1)
    holds.write_bytes(gzip.compress(opfiles.json.dumps(fields).encode() + b"\n" + body))
    started = time.monotonic()
    notes = [m.english() for m in t.b.sync().messages]
    assert time.monotonic() - started < 10
    assert any(f"more than {safefiles.MAX_OPS} operations" in n for n in notes), notes


def test_a_slow_file_is_skipped_once_its_time_is_spent(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    t = team_of_three(tmp_path)
    forge(_hostile(t), t.team, FIRST, 1, [rename_op(FIRST, t.customer)], None)
    spent = iter([False, True])  # the hostile file is read first: its time is spent
    real = safefiles.Budget.check

    def check(self: safefiles.Budget) -> None:
        if FIRST in str(self.path) and next(spent, True):
            self.deadline = 0
        real(self)

    monkeypatch.setattr(safefiles.Budget, "check", check)
    _receive(t, "took longer than 120 seconds")


@posix
def test_a_linked_device_folder_is_neither_read_nor_written(tmp_path: Path) -> None:
    t = team_of_three(tmp_path)
    deliver_all([t.a, t.b, t.c], t.team)
    # b's copy of c's folder is a link to a folder outside, holding c's genuine file.
    outside = tmp_path / "outside"
    shutil.move(t.ops_of(t.c), outside)
    os.symlink(outside, t.ops_of(t.c))
    report = t.b.sync()
    assert names(t.b) == ["Eka Oy"]  # a's file applied, nothing read through the link
    assert report.files_applied == 1
    assert any("is a link" in m.english() for m in report.messages)
    assert [laptop for laptop, _file in refused_files(t.b)] == [device_of(t.c)[:8]]
    # a's own folder is a link to an empty folder outside: a writes nothing there.
    empty = tmp_path / "empty"
    empty.mkdir()
    own = opfiles.ops_dir(t.a.folder, t.team, device_of(t.a))
    shutil.rmtree(own)
    os.symlink(empty, own)
    records.create_customer(t.a.store, t.team_id, {"name": "Kolmas Oy"})
    report = t.a.sync()
    assert outside_is_empty(empty) and report.sent == 0
    assert any("is a link" in m.english() for m in report.messages), report.messages


@posix
def test_a_linked_team_folder_is_refused_whole(tmp_path: Path) -> None:
    t = team_of_three(tmp_path)
    outside = tmp_path / "outside"
    team_dir = opfiles.team_dir(t.a.folder, t.team)
    shutil.move(team_dir, outside)
    os.symlink(outside, team_dir)
    before = sorted(p.name for p in outside.rglob("*"))
    records.create_customer(t.a.store, t.team_id, {"name": "Kolmas Oy"})
    report = t.a.sync()
    assert sorted(p.name for p in outside.rglob("*")) == before  # nothing written there
    assert report.sent == 0 and any("is a link" in m.english() for m in report.messages)


@pytest.mark.gui
@posix
def test_the_settings_list_the_refused_files(window, ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "shared"
    folder.mkdir()
    set_folder(ctx.store, folder, passphrase=PASSPHRASE)
    team = teams.team_uuid(ctx.store, ctx.team_id)
    assert team is not None
    hostile = opfiles.ops_dir(folder, team, FIRST) / opfiles.file_name(1)
    hostile.parent.mkdir(parents=True)
    os.symlink("/dev/zero", hostile)
    runner = SyncRunner.of(window)
    runner.read_state()
    dialog = SyncSettingsDialog(runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.refused.count() == 1)  # read off the GUI thread
    assert dialog.refused.item(0).text() == "No file was refused."
    with no_hang():
        runner.sync()
        qtbot.waitUntil(lambda: runner.runs >= 1 and not runner.running)
    assert runner.last_error is None  # the sync ran; the file is a note, not a failure
    qtbot.waitUntil(lambda: "000001.ops" in dialog.refused.item(0).text())
    shown = dialog.refused.item(0).text()
    assert dialog.refused.count() == 1 and shown.startswith(f"{FIRST[:8]}, file 000001.ops: ")
    assert "not a regular file" in shown and "Traceback" not in shown
