"""Screenshots of the Team members dialog, the Restore from backup dialog and the Export
summary dialog (take.py calls `take` after the panels): one member deactivated, a copy
chosen with its preview."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from app import teams
from app.backups import take_backup
from views import whoami
from views.context import AppContext

HERE = Path(__file__).resolve().parent


def take(
    app: QApplication,
    ctx: AppContext,
    window: QMainWindow,
    suffix: str,
    settle: Callable[[QApplication, AppContext], None],
    out: Path = HERE,
) -> None:
    from views.restore_dialog import RestoreDialog
    from views.team_dialog import TeamMembersDialog

    path = ctx.store.path
    assert path is not None
    ctx.paths.backups.mkdir(parents=True, exist_ok=True)
    take_backup(path, ctx.paths.backups)  # a copy from before the change below
    time.sleep(1.1)  # copies are named by the second they were taken
    members = teams.members_of(ctx.store, ctx.team_id)
    whoami.remember(ctx, ctx.team_id, members[1]["id"])
    teams.edit_member(ctx.store, members[-1]["id"], {"active": False})
    take_backup(path, ctx.paths.backups)
    dialog = TeamMembersDialog(ctx, window)
    dialog.select(members[-1]["id"])
    dialog.table.scrollToBottom()
    dialog.show()
    settle(app, ctx)
    dialog.grab().save(str(out / f"members{suffix}.png"))
    dialog.close()
    dialog.deleteLater()

    restore = RestoreDialog(ctx, window)
    restore.show()
    settle(app, ctx)
    restore.grab().save(str(out / f"restore{suffix}.png"))
    restore.close()
    restore.deleteLater()
    export_dialog(app, ctx, window, suffix, settle, out)
    print("saved members, restore, export_summary")


def export_dialog(
    app: QApplication,
    ctx: AppContext,
    window: QMainWindow,
    suffix: str,
    settle: Callable[[QApplication, AppContext], None],
    out: Path,
) -> None:
    """File → Export summary…, as it opens (the file in a folder a user would have)."""
    from views.excel.summary_dialog import ExportSummaryDialog

    dialog = ExportSummaryDialog(ctx, "Osuuskunta Kipinä", window)
    name = Path(dialog.file.text()).name
    dialog.file.setText(str(Path("/home/aino/Asiakirjat") / name))
    dialog.show()
    settle(app, ctx)
    dialog.grab().save(str(out / f"export_summary{suffix}.png"))
    dialog.close()
    dialog.deleteLater()
