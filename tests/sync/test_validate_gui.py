"""What the user sees of a change set aside (issue 22): the status bar says it in one
translated sentence, Settings → Team sync lists it (laptop, file, when, why), and an error
in Raketti itself reaches the status bar as a sentence, never as Python's words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import teams
from app.customers import records
from app.store import Store
from app.sync.api import set_folder, sync_now
from app.sync.opfiles import listed
from app.sync.signing import own_signer
from tests.sync_helpers import PASSPHRASE, edit_sealed
from views.sync.runner import SyncRunner
from views.sync.settings_dialog import SyncSettingsDialog
from views.sync.status import SyncButton
from views.sync.texts import failure_text

pytestmark = pytest.mark.gui


def _sync(runner: SyncRunner, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = runner.runs
    assert runner.sync()
    qtbot.waitUntil(lambda: runner.runs > before and not runner.running)


def _spoil(path: Path, field: str, value: str, store: Store) -> None:
    """Give the first edit of `field` in the file another value, the checksum made to match
    and signed again with the writing laptop's key (`store`), as its own Raketti would."""

    def spoil(text: bytes) -> bytes:
        readable, inner, body = text.split(b"\n", 2)
        lines = []
        for line in body.split(b"\n"):
            if line:
                op = json.loads(line)
                if op[3] == "U" and op[4] == field:
                    op[5] = value
                line = json.dumps(op).encode("utf-8")
            lines.append(line)
        return b"\n".join([readable, inner, *lines])

    edit_sealed(path, spoil, own_signer(store))


def test_a_change_set_aside_is_told_and_listed(window, ctx, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "shared"
    folder.mkdir()
    cid = records.create_customer(ctx.store, ctx.team_id, {"name": "Asiakas Oy", "city": "Oulu"})
    uuid = records.get_customer(ctx.store, cid).uuid
    runner = SyncRunner.of(window)
    runner.use_folder(folder, PASSPHRASE)
    qtbot.waitUntil(lambda: runner.runs >= 1 and not runner.running)
    team = teams.team_uuid(ctx.store, ctx.team_id)
    assert team is not None
    b = Store.open(tmp_path / "b.sqlite", tmp_path / "backups")
    set_folder(b, folder, team=team, device_name="Laptop B", passphrase=PASSPHRASE)
    sync_now(b)
    with b.engine.connect() as conn:
        b_id = conn.exec_driver_sql("SELECT id FROM customer WHERE uuid = ?", (uuid,)).scalar()
    records.update_customer(b, b_id, {"city": "Vaasa", "industry": "Kahvilat"})
    sync_now(b)
    with b.engine.connect() as conn:
        b_device = conn.exec_driver_sql(
            "SELECT value FROM sync_setting WHERE key = 'device'"
        ).scalar()
    number, path = max((n, p) for d, n, p in listed(folder, team) if d == b_device)
    _spoil(path, "city", json.dumps(["Vaasa", "Oulu"]), b)  # a list where a text belongs

    _sync(runner, qtbot)
    assert runner.last_error is None
    status = window.statusBar().currentMessage()
    assert f"1 changes from Laptop B (file {number}) were set aside" in status
    assert records.get_customer(ctx.store, cid).industry == "Kahvilat"  # the rest applied
    assert records.get_customer(ctx.store, cid).city == "Oulu"

    dialog = SyncSettingsDialog(runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.set_aside.topLevelItemCount() == 1)
    row = dialog.set_aside.topLevelItem(0)
    assert [row.text(0), row.text(1)] == ["Laptop B", str(number)]
    assert row.text(2)  # when
    assert row.text(3) == "The value of City was refused: a text was expected."
    assert dialog.set_aside.isVisibleTo(dialog)

    _sync(runner, qtbot)  # the file counts as done: nothing more is said
    assert runner.messages() == []
    b.close()


@pytest.mark.allow_log_warnings  # the traceback goes to the log, once per sync started
def test_an_error_in_raketti_is_one_sentence(
    window, ctx, qtbot, tmp_path, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "shared"
    folder.mkdir()
    set_folder(ctx.store, folder, passphrase=PASSPHRASE)
    runner = SyncRunner.of(window)
    runner.read_state()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise TypeError("'NoneType' object is not subscriptable")

    monkeypatch.setattr("views.sync.runner.sync_now", broken)
    _sync(runner, qtbot)
    assert any(r.exc_info and r.name == "views.sync.runner" for r in caplog.records)
    button = window.findChild(SyncButton, "syncButton")
    status = window.statusBar().currentMessage()
    assert (
        status == "The sync stopped because of an error in Raketti; the log file has the details."
    )
    assert "NoneType" not in button.toolTip() and "NoneType" not in status
    assert "NoneType" not in failure_text(KeyError("NoneType"))
