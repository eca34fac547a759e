"""The window's first start joins a team's shared folder (issue 24): with a snapshot in
the folder the empty database is replaced by the joined copy and opened again; without
one the files are replayed into it. Either way the window shows the team's data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import text

from app.paths import Paths
from app.store import Store
from app.sync.api import write_snapshot
from tests.core.test_whoami_gui import answering
from tests.sync.test_join_snapshot import _edit, _team
from tests.sync_helpers import PASSPHRASE, canonical
from views.sync.passphrase_dialog import PassphraseDialog
from views.sync.runner import SyncRunner
from views.whoami import WhoAmIDialog


@pytest.mark.parametrize("snapshot", [True, False])
def test_first_start_joins_the_team_folder(
    qtbot, tmp_path: Path, paths: Paths, monkeypatch, snapshot: bool
) -> None:  # type: ignore[no-untyped-def]
    from views.launcher import Launcher
    from views.startup import settings_for

    a, team = _team(tmp_path)
    if snapshot:
        write_snapshot(a.store)
    _edit(a, "Uusin Oy")
    asked: list[str] = []
    folder = str(a.folder)

    def ask(_parent, mode: str, check):  # type: ignore[no-untyped-def]
        asked.append(mode)
        assert check("a wrong passphrase, long enough") is not None  # the dialog stays open
        assert check(PASSPHRASE) is None
        return PASSPHRASE

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Open)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: folder)
    monkeypatch.setattr(PassphraseDialog, "ask", ask)
    monkeypatch.setattr(WhoAmIDialog, "exec", answering(None))
    launcher = Launcher(paths, settings_for(paths), "en")
    assert launcher.open(str(paths.default_database)) is None
    window = launcher.window
    assert window is not None and asked == ["join"]
    try:
        # The window's first sync, after its first paint, takes the files after the snapshot.
        runner = SyncRunner.of(window)
        qtbot.waitUntil(lambda: runner.runs >= 1, timeout=20_000)
        assert runner.last_error is None
        assert canonical(window.ctx.store, team) == canonical(a.store, team)
    finally:
        window.close()
        window.ctx.close()
        window.deleteLater()
    opened = Store.open(paths.default_database, paths.backups)
    try:
        found = opened.rows(text("SELECT value FROM sync_setting WHERE key = 'joined_from'"))
        assert bool(found) == snapshot
    finally:
        opened.close()
