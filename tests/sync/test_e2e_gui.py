"""End to end: two real database files, one temporary shared folder, two `main.py`
processes syncing (`main.py sync`), edits on both through the app layer (a small script
each), then a conflict shown in the window's conflicts list, settled there with qtbot, and
after another sync both databases agree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import PROJECT_ROOT
from app.store import Store
from tests.sync_helpers import PASSPHRASE, canonical, conflict_set, healthy

pytestmark = pytest.mark.gui

EDIT = """
import sys
from app.store import Store
from app.customers import records
store = Store.open(sys.argv[1])
with store.engine.connect() as conn:
    cid = conn.exec_driver_sql("SELECT id FROM customer WHERE name = 'Asiakas Oy'").scalar()
    team = conn.exec_driver_sql("SELECT id FROM team_company").scalar()
records.update_customer(store, cid, {sys.argv[2]: sys.argv[3]})
if len(sys.argv) > 4:
    records.create_customer(store, team, {"name": sys.argv[4]})
store.close()
"""

SETUP = """
import sys
from app import teams
from app.customers import records
from app.store import Store
store = Store.open(sys.argv[1])
team = teams.create_team(store, "Tiimi Oy", "Tiimiakatemia")
teams.add_member(store, team, "Aino")
records.create_customer(store, team, {"name": "Asiakas Oy", "city": "Oulu"})
print(teams.team_uuid(store, team))
store.close()
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, RAKETTI_PASSPHRASE=PASSPHRASE),  # never an argument's value
    )
    assert done.returncode == 0, done.stderr
    return done


def sync(db: Path, *more: str) -> str:
    return run("main.py", "sync", "--db", str(db), *more).stdout


def edit(db: Path, field: str, value: str, new_customer: str = "") -> None:
    run("-c", EDIT, str(db), field, value, *([new_customer] if new_customer else []))


def dump(db: Path) -> tuple[dict, list]:  # type: ignore[type-arg]
    store = Store.open(db)
    try:
        healthy(store)
        return canonical(store), conflict_set(store)
    finally:
        store.close()


def test_two_laptops_converge_and_a_conflict_is_settled_in_the_window(
    tmp_path: Path, paths, qtbot, qapp
) -> None:  # type: ignore[no-untyped-def]
    a, b, folder = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "shared"
    folder.mkdir()
    team = run("-c", SETUP, str(a)).stdout.strip()
    assert "sent:" in sync(a, "--folder", str(folder))
    assert "received:" in sync(b, "--folder", str(folder), "--team", team)
    assert dump(a)[0] == dump(b)[0]

    # Offline edits on both laptops: different fields, a new customer each, one clash.
    edit(a, "notes", "Soita maanantaina", "Uusi A Oy")
    edit(b, "industry", "Rakentaminen", "Uusi B Oy")
    edit(a, "city", "Tampere")
    edit(b, "city", "Turku")
    for db in (a, b, a):
        sync(db)
    (data_a, clash_a), (data_b, clash_b) = dump(a), dump(b)
    assert data_a == data_b and clash_a == clash_b and len(clash_a) == 1
    names = {row[2] for row in data_a["customer"]}  # (uuid, team, name, …)
    assert {"Asiakas Oy", "Uusi A Oy", "Uusi B Oy"} <= names

    # Laptop a's window shows the conflict; its user chooses Turku.
    _settle_in_window(a, paths, qtbot, choose="Turku")
    sync(a)
    sync(b)
    (data_a, clash_a), (data_b, clash_b) = dump(a), dump(b)
    assert data_a == data_b and clash_a == clash_b == []
    row = next(r for r in data_b["customer"] if r[2] == "Asiakas Oy")
    assert {"Turku", "Soita maanantaina", "Rakentaminen"} <= set(row)


def _settle_in_window(db: Path, paths, qtbot, choose: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from views.context import AppContext
    from views.main_window import MainWindow
    from views.sync.conflicts_dialog import ConflictsDialog
    from views.sync.status import ConflictsButton

    store = Store.open(db, paths.backups)
    ctx = AppContext(store, paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    with store.engine.connect() as conn:
        ctx.set_team(int(conn.exec_driver_sql("SELECT id FROM team_company").scalar()))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        button = window.findChild(ConflictsButton, "conflictsButton")
        assert button.isVisible() and button.text().startswith("⚠ 1 conflict")
        dialog = ConflictsDialog(ctx, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.loads == 1)
        texts = [side.text() for side in dialog.choices]
        assert any("“Tampere”" in t for t in texts) and any("“Turku”" in t for t in texts)
        next(side for side in dialog.choices if f"“{choose}”" in side.text()).setChecked(True)
        assert dialog.settle()
        qtbot.waitUntil(lambda: not button.isVisible())
        dialog.close()
        window.close()
    finally:
        ctx.background.close()
        store.unsubscribe(ctx._on_change)
        store.close()
