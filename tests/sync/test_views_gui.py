"""What the user sees of team sync: the status-bar button, Settings → Team sync, the
conflicts list and the marks on the customer's fields, the recycle bin and the History tab.

The window's database is one laptop ("a"); a second database in the same test is the
teammate's laptop ("b"), both syncing through one real temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app import teams
from app.customers import records
from app.store import Store
from app.sync.api import set_folder, sync_now
from tests.sync_helpers import PASSPHRASE
from views.sync.conflicts_dialog import ConflictsDialog
from views.sync.customer_marks import ConflictBanner
from views.sync.history_tab import HistoryTab
from views.sync.passphrase_dialog import PassphraseDialog
from views.sync.recycle_bin import RecycleBinDialog
from views.sync.runner import SyncRunner
from views.sync.settings_dialog import SyncSettingsDialog
from views.sync.status import ConflictsButton, SyncButton

pytestmark = pytest.mark.gui


def _team_uuid(ctx) -> str:  # type: ignore[no-untyped-def]
    found = teams.team_uuid(ctx.store, ctx.team_id)
    assert found is not None
    return found


def _sync(runner: SyncRunner, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = runner.runs
    assert runner.sync()
    qtbot.waitUntil(lambda: runner.runs > before and not runner.running)
    assert runner.last_error is None


def _teammate(tmp_path: Path, folder: Path, team: str) -> Store:
    """Laptop b: an empty database that joins the team's folder and takes in everything."""
    store = Store.open(tmp_path / "b.sqlite", tmp_path / "backups")
    set_folder(store, folder, team=team, device_name="Laptop B", passphrase=PASSPHRASE)
    sync_now(store)
    return store


def _id(store: Store, uuid: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT id FROM customer WHERE uuid = ?", (uuid,)).scalar())


def _customers(window):  # type: ignore[no-untyped-def]
    window.navigation.setCurrentRow(0)
    return window.panels["customers"]


def _names(panel) -> list[str]:  # type: ignore[no-untyped-def]
    model = panel.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_choosing_a_folder_and_syncing_updates_the_status_bar_and_the_panels(
    window, ctx, qtbot, qtmodeltester, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    runner = SyncRunner.of(window)
    button = window.findChild(SyncButton, "syncButton")
    assert button.text() == "Team sync: off"
    records.create_customer(ctx.store, ctx.team_id, {"name": "Oma Oy"})
    folder = tmp_path / "shared"
    folder.mkdir()
    dialog = SyncSettingsDialog(runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    asked = []  # the first laptop chooses the team passphrase (answered here)
    monkeypatch.setattr(PassphraseDialog, "ask", lambda *a: asked.append(a[1]) or PASSPHRASE)
    dialog.findChild(type(dialog.sync_button), "syncChooseFolder").click()
    qtbot.waitUntil(lambda: runner.runs >= 1 and not runner.running)
    assert runner.last_error is None and runner.enabled
    assert button.text().startswith("Synced ") and "0 incoming" in button.text()
    qtbot.waitUntil(lambda: dialog.device_model.rowCount() == 1)
    qtmodeltester.check(dialog.device_model)
    assert dialog.folder.text() == str(folder)
    assert "(this laptop)" in dialog.device_model.index(0, 0).data()
    assert list((folder / "raketti" / _team_uuid(ctx) / "ops").iterdir())  # a's files
    assert asked == ["new"]

    # The teammate adds a customer; "Sync now" brings it into a's customer table.
    panel = _customers(window)
    b = _teammate(tmp_path, folder, _team_uuid(ctx))
    with b.engine.connect() as conn:
        team_b = int(conn.exec_driver_sql("SELECT id FROM team_company").scalar())
    records.create_customer(b, team_b, {"name": "Naapurin Oy"})
    sync_now(b)
    dialog.sync_button.click()
    qtbot.waitUntil(lambda: runner.runs >= 2 and not runner.running)
    assert "1 incoming" in button.text() or "incoming" in button.text()
    assert runner.last_report is not None and runner.last_report.applied > 0
    qtbot.waitUntil(lambda: "Naapurin Oy" in _names(panel))
    qtbot.waitUntil(lambda: dialog.device_model.rowCount() == 2)
    assert "Laptop B" in [dialog.device_model.index(r, 0).data() for r in range(2)]
    b.close()


def test_a_vanished_folder_is_a_clear_message(window, ctx, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "usb"
    folder.mkdir()
    set_folder(ctx.store, folder, passphrase=PASSPHRASE)
    runner = SyncRunner.of(window)
    runner.read_state()
    shutil.rmtree(folder)  # the drive is gone (with the team's key file on it)
    runner.sync()
    qtbot.waitUntil(lambda: runner.runs >= 1 and not runner.running)
    button = window.findChild(SyncButton, "syncButton")
    assert button.text() == "⚠ Sync failed"
    assert "is not there. Is the drive connected?" in button.toolTip()
    assert "Traceback" not in button.toolTip()
    assert "is not there" in window.statusBar().currentMessage()


def test_a_conflict_is_marked_listed_and_settled(
    window, ctx, qtbot, qtmodeltester, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "shared"
    folder.mkdir()
    cid = records.create_customer(ctx.store, ctx.team_id, {"name": "Asiakas Oy", "city": "Oulu"})
    runner = SyncRunner.of(window)
    runner.use_folder(folder, PASSPHRASE)
    qtbot.waitUntil(lambda: runner.runs >= 1 and not runner.running)
    b = _teammate(tmp_path, folder, _team_uuid(ctx))
    uuid = records.get_customer(ctx.store, cid).uuid
    records.update_customer(ctx.store, cid, {"city": "Tampere"})
    records.update_customer(b, _id(b, uuid), {"city": "Turku"})
    sync_now(b)
    panel = _customers(window)
    panel.select_customer(cid)
    form = panel.detail.record
    banner = form.findChild(ConflictBanner)  # team sync's box on the Details tab
    assert banner.marks.marked == {}
    _sync(runner, qtbot)
    conflicts_button = window.findChild(ConflictsButton, "conflictsButton")
    assert conflicts_button.isVisible() and conflicts_button.text().startswith("⚠ 1 conflict")
    qtbot.waitUntil(lambda: "city" in banner.marks.marked)
    assert "Tampere" in banner.marks.marked["city"]
    assert "Turku" in banner.marks.marked["city"]
    assert banner.isVisible()

    dialog = ConflictsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loads == 1)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, 0).data() == "Customer: Asiakas Oy"
    assert dialog.model.index(0, 1).data() == "City"
    texts = [b.text() for b in dialog.choices]
    assert len(texts) == 2 and any("“Turku”" in t for t in texts)
    assert any("“Tampere”" in t for t in texts) and sum("(shown now)" in t for t in texts) == 1
    turku = next(b for b in dialog.choices if "“Turku”" in b.text())
    turku.setChecked(True)
    assert dialog.settle()
    qtbot.waitUntil(lambda: dialog.loads == 2)
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert banner.marks.marked == {} and not banner.isVisible()
    assert form.texts["city"].text() == "Turku"
    qtbot.waitUntil(lambda: not conflicts_button.isVisible())

    # The settlement reaches the teammate at the next sync.
    _sync(runner, qtbot)
    sync_now(b)
    with b.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT city FROM customer").scalar() == "Turku"
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_conflict").scalar() == 0
    b.close()


def test_a_typed_value_settles_and_a_bad_one_is_refused(window, ctx, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "shared"
    folder.mkdir()
    cid = records.create_customer(ctx.store, ctx.team_id, {"name": "Asiakas Oy"})
    runner = SyncRunner.of(window)
    runner.use_folder(folder, PASSPHRASE)
    qtbot.waitUntil(lambda: runner.runs >= 1 and not runner.running)
    b = _teammate(tmp_path, folder, _team_uuid(ctx))
    uuid = records.get_customer(ctx.store, cid).uuid
    records.update_customer(ctx.store, cid, {"name": "Asiakas A Oy"})
    records.update_customer(b, _id(b, uuid), {"name": "Asiakas B Oy"})
    sync_now(b)
    b.close()
    _sync(runner, qtbot)
    dialog = ConflictsDialog(ctx, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loads == 1)
    dialog.other_text.setText("   ")
    dialog.other.setChecked(True)
    assert not dialog.settle() and dialog.message.text()  # a name cannot be empty
    dialog.other_text.setText("Asiakas Yhteinen Oy")
    assert dialog.settle()
    assert records.get_customer(ctx.store, cid).name == "Asiakas Yhteinen Oy"  # type: ignore[index]


def test_recycle_bin_restore_brings_the_customer_back(
    window, ctx, qtbot, qtmodeltester, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "shared"
    folder.mkdir()
    set_folder(ctx.store, folder, passphrase=PASSPHRASE)
    cid = records.create_customer(ctx.store, ctx.team_id, {"name": "Poistettu Oy"})
    records.create_customer(ctx.store, ctx.team_id, {"name": "Pysyvä Oy"})
    panel = _customers(window)
    qtbot.waitUntil(lambda: "Poistettu Oy" in _names(panel))
    records.delete_customer(ctx.store, cid)
    qtbot.waitUntil(lambda: "Poistettu Oy" not in _names(panel))
    dialog = RecycleBinDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loads == 1)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 1).data() == "Poistettu Oy"
    assert dialog.proxy.index(0, 0).data() == "Customer"
    assert dialog.restore_selected() == 0 and dialog.message.text()  # nothing chosen
    dialog.view.selectAll()
    assert dialog.restore_selected() == 1
    qtbot.waitUntil(lambda: "Poistettu Oy" in _names(panel))
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 0)
    assert dialog.empty.isVisibleTo(dialog)


def test_history_tab_shows_an_edit(window, ctx, qtbot, qtmodeltester, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "shared"
    folder.mkdir()
    set_folder(ctx.store, folder, device_name="Ainon kone", passphrase=PASSPHRASE)
    cid = records.create_customer(ctx.store, ctx.team_id, {"name": "Historia Oy", "city": "Oulu"})
    panel = _customers(window)
    panel.select_customer(cid)
    detail = panel.detail
    tab = detail.findChild(HistoryTab)
    detail.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and not tab.computing)
    records.update_customer(ctx.store, cid, {"city": "Tampere"})
    qtbot.waitUntil(lambda: not tab.computing and _row(tab, "City", "Tampere") is not None)
    qtmodeltester.check(tab.model)
    row = _row(tab, "City", "Tampere")
    assert row is not None
    assert tab.proxy.index(row, 1).data() == "Oulu"
    assert tab.proxy.index(row, 5).data() == "Ainon kone"
    assert row == 0  # newest first


def _row(tab, field: str, new: str) -> int | None:  # type: ignore[no-untyped-def]
    for r in range(tab.proxy.rowCount()):
        if tab.proxy.index(r, 0).data() == field and tab.proxy.index(r, 2).data() == new:
            return r
    return None
