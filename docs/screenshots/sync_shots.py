"""Screenshots of team sync (take.py calls `take` last): a teammate's laptop in the same
scratch folder, edits on both, a clash and deletes; then Settings → Team sync, the
conflicts list, the recycle bin, the History tab and a customer with a marked field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from app import teams
from app.customers import records
from app.store import Store
from app.sync.api import set_folder, sync_now
from views.context import AppContext

HERE = Path(__file__).resolve().parent
PASSPHRASE = "kuusi karhua kävi kylässä"  # the team passphrase of the pictures


def _customers(store: Store, team_id: int, count: int) -> list[int]:
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id FROM customer WHERE team_id = ? AND archived = 0 ORDER BY name LIMIT ?",
            (team_id, count),
        ).all()
    return [int(r[0]) for r in rows]


def _teammate(ctx: AppContext, folder: Path, team: str) -> Store:
    other = Store.open(ctx.paths.data / "teammate.sqlite", ctx.paths.backups)
    set_folder(other, folder, team=team, device_name="Eetun kone", passphrase=PASSPHRASE)
    sync_now(other)
    return other


def _theirs(store: Store, other: Store, customer_id: int) -> int:
    """The same customer's id on the teammate's laptop."""
    uuid = records.get_customer(store, customer_id).uuid
    with other.engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT id FROM customer WHERE uuid = ?", (uuid,)).scalar()
    return int(found)  # type: ignore[arg-type]


def _edits(ctx: AppContext, other: Store, team: str) -> int:
    """Edits on both laptops; returns the customer with a conflict and a history."""
    members = teams.members_of(ctx.store, ctx.team_id)
    ctx.store.author, other.author = members[0]["uuid"], members[1]["uuid"]
    first, second, third, fourth = _customers(ctx.store, ctx.team_id, 4)
    theirs, gone = (_theirs(ctx.store, other, cid) for cid in (first, fourth))
    records.update_customer(ctx.store, first, {"city": "Tampere", "website": "www.esimerkki.fi"})
    records.update_customer(ctx.store, first, {"notes": "Soita tarjouksesta maanantaina."})
    records.update_customer(other, theirs, {"city": "Turku", "industry": "Rakentaminen"})
    records.delete_customer(ctx.store, second)
    records.delete_customer(ctx.store, third)
    records.delete_customer(other, gone)  # the teammate deletes one too
    sync_now(other)
    return first


def take(
    app: QApplication,
    ctx: AppContext,
    window: QMainWindow,
    suffix: str,
    settle: Callable[[QApplication, AppContext], None],
    out: Path = HERE,
) -> None:
    from views.sync.conflicts_dialog import ConflictsDialog
    from views.sync.passphrase_dialog import PassphraseDialog
    from views.sync.recycle_bin import RecycleBinDialog
    from views.sync.runner import SyncRunner
    from views.sync.settings_dialog import SyncSettingsDialog

    folder = ctx.paths.data / "Jaettu kansio"
    folder.mkdir(parents=True, exist_ok=True)
    team = teams.team_uuid(ctx.store, ctx.team_id)
    assert team is not None
    set_folder(ctx.store, folder, team=team, device_name="Ainon läppäri", passphrase=PASSPHRASE)
    sync_now(ctx.store)
    other = _teammate(ctx, folder, team)
    customer = _edits(ctx, other, team)
    other.close()
    runner = SyncRunner.of(window)
    runner.read_state()
    runner.sync()
    while runner.running:
        settle(app, ctx)
    window.navigation.setCurrentRow(0)
    panel = window.panels["customers"]  # type: ignore[attr-defined]
    panel.select_customer(customer)
    panel.detail.setCurrentIndex(0)
    settle(app, ctx)
    window.grab().save(str(out / f"sync_conflict_mark{suffix}.png"))
    from views.sync.history_tab import HistoryTab

    panel.detail.setCurrentWidget(panel.detail.findChild(HistoryTab))
    settle(app, ctx)
    window.grab().save(str(out / f"customer_history{suffix}.png"))
    panel.detail.setCurrentIndex(0)
    for name, dialog in (
        ("sync_settings", SyncSettingsDialog(runner, window)),
        ("sync_conflicts", ConflictsDialog(ctx, window)),
        ("recycle_bin", RecycleBinDialog(ctx, window)),
        ("sync_passphrase_new", PassphraseDialog("new", lambda _p: None, window)),
        ("sync_passphrase_rotate", PassphraseDialog("rotate", lambda _p: None, window)),
    ):
        dialog.show()
        settle(app, ctx)
        if isinstance(dialog, SyncSettingsDialog):  # a folder a user would have, not /tmp's
            dialog.folder.setText(str(Path("/home/aino/OneDrive/Kipinä/Raketti")))
        dialog.grab().save(str(out / f"{name}{suffix}.png"))
        dialog.close()
        dialog.deleteLater()
    print("saved sync")
