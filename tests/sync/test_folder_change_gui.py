"""Settings → Team sync asks before another shared folder is used once sync is on, says
what will happen, and Cancel (the default) keeps the old folder; choosing it writes this
laptop's changes to the new folder and deletes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.customers import records
from app.sync.api import set_folder, settings
from tests.sync_helpers import PASSPHRASE
from views.sync.runner import SyncRunner
from views.sync.settings_dialog import SyncSettingsDialog

pytestmark = pytest.mark.gui


def _synced(runner: SyncRunner, qtbot, runs: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: runner.runs >= runs and not runner.running)
    assert runner.last_error is None


def test_another_folder_asks_and_cancel_keeps_the_old_one(
    window, ctx, qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    records.create_customer(ctx.store, ctx.team_id, {"name": "Oma Oy"})
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    set_folder(ctx.store, old, passphrase=PASSPHRASE)
    runner = SyncRunner.of(window)
    runner.read_state()
    runner.sync()
    _synced(runner, qtbot, 1)
    qtbot.waitUntil(lambda: not runner.running)
    dialog = SyncSettingsDialog(runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.folder.text() == str(old))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(new))
    asked: list[QMessageBox] = []

    def answer(choice: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def exec_(box: QMessageBox) -> int:
            asked.append(box)
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
            assert str(new) in box.text() and str(old) in box.text()
            info = box.informativeText()
            for words in ("is deleted", "written to the new folder", "same folder", "left as"):
                assert words in info
            return int(choice.value)

        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Cancel))
    runs = runner.runs
    dialog.findChild(type(dialog.sync_button), "syncChooseFolder").click()
    assert len(asked) == 1 and runner.runs == runs and not runner.running  # asked; nothing ran
    with ctx.store.read() as session:
        assert settings(session).folder == old
    assert dialog.folder.text() == str(old)

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Ok))
    dialog.findChild(type(dialog.sync_button), "syncChooseFolder").click()
    _synced(runner, qtbot, runs + 1)
    assert len(asked) == 2
    with ctx.store.read() as session:
        assert settings(session).folder == new
    assert list((new / "raketti").rglob("*.ops"))  # this laptop's changes are there
    assert any("written there again" in text for text in runner.messages())
    assert list((old / "raketti").rglob("*.ops"))  # the old folder left as it was
    qtbot.waitUntil(lambda: dialog.folder.text() == str(new))
