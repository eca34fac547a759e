"""The team passphrase in the window (issue 23): the dialog refuses two different entries,
a weak one and a wrong one while staying open; a laptop that joins a folder with the
team's key is asked for the passphrase and syncs; Settings → Team sync offers entering,
changing and rotating."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app import teams
from app.customers import records
from app.store import Store
from app.sync.api import read_setup, set_folder, sync_now
from app.sync.keys import key_files
from tests.refresh_helpers import refreshed
from tests.sync_helpers import PASSPHRASE
from views.sync.passphrase_dialog import PassphraseDialog
from views.sync.runner import SyncRunner
from views.sync.settings_dialog import SyncSettingsDialog

pytestmark = pytest.mark.gui
NEW = "toinen tunnuslause tiimille"


def test_the_dialog_keeps_what_is_refused_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog("new", lambda _text: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "x")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "The two passphrases differ."
    dialog.first.setText("lyhyt")
    dialog.second.setText("lyhyt")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text().startswith("Too short: at least 12")
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    dialog.accept()
    assert not dialog.isVisible() and dialog.result_text == PASSPHRASE
    joining = PassphraseDialog("join", lambda text: None if text == PASSPHRASE else "Wrong.")
    qtbot.addWidget(joining)
    joining.show()
    assert not joining.second.isVisibleTo(joining)  # asked once when joining
    joining.first.setText("väärä tunnuslause tässä")
    joining.accept()
    assert joining.isVisible() and joining.error.text() == "Wrong."
    joining.first.setText(PASSPHRASE)
    joining.accept()
    assert not joining.isVisible() and joining.result_text == PASSPHRASE


def _founder(tmp_path: Path) -> tuple[Path, str]:
    """Another laptop that made the team's key in the shared folder."""
    folder = tmp_path / "shared"
    folder.mkdir()
    store = Store.open(tmp_path / "a.sqlite", tmp_path / "backups")
    team_id = teams.create_team(store, "Tiimi Oy", "Tiimiakatemia")
    records.create_customer(store, team_id, {"name": "Perustajan Oy"})
    team = set_folder(store, folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    sync_now(store)
    store.close()
    return folder, team


def test_joining_asks_for_the_passphrase_and_the_settings_offer_the_rest(
    window, ctx, qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    folder, team = _founder(tmp_path)
    runner = SyncRunner.of(window)
    monkeypatch.setattr(runner, "team", lambda: team)  # this laptop joins that team
    dialog = SyncSettingsDialog(runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    asked: list[str] = []

    def answer(_parent, mode: str, check) -> str | None:  # type: ignore[no-untyped-def]
        asked.append(mode)
        if mode == "join":
            assert check("ei tämä ole se oikea") is not None  # wrong: the dialog stays
        else:
            assert check("lyhyt") is not None  # too weak for a new one
        given = NEW if mode in ("change", "rotate") else PASSPHRASE
        assert check(given) is None
        return given

    monkeypatch.setattr(PassphraseDialog, "ask", answer)
    dialog.findChild(type(dialog.sync_button), "syncChooseFolder").click()
    qtbot.waitUntil(lambda: runner.runs >= 1 and not runner.running)
    assert asked == ["join"] and runner.last_error is None
    assert runner.last_report is not None and runner.last_report.applied > 0
    refreshed(qtbot)
    qtbot.waitUntil(lambda: dialog.passphrase.change.isVisibleTo(dialog))
    assert dialog.passphrase.rotate.isVisibleTo(dialog)
    assert not dialog.passphrase.enter.isVisibleTo(dialog)
    dialog.passphrase.rotate.click()  # a member left
    qtbot.waitUntil(lambda: runner.runs >= 2 and not runner.running)
    assert asked == ["join", "rotate"]
    assert [g for g, _k, _p in key_files(folder, team)] == [2]
    setup = read_setup(ctx.store)
    assert setup.need is None and setup.keys
