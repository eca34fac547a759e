"""Screenshot of Erase this person… (issue 23): the confirmation for a demo contact with
interactions, a reason typed and the box ticked (take.py calls `take`; run alone it makes
a small demo database: `python docs/screenshots/privacy_shots.py [fi|en]`)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def take(
    app: Any,
    ctx: Any,
    window: Any,
    suffix: str,
    settle: Callable[[Any, Any], None],
    out: Path = HERE,
) -> None:
    from sqlalchemy import text

    from app.privacy.erase import describe
    from models.ids import ContactId
    from views.privacy.erase_dialog import EraseDialog

    rows = ctx.store.rows(
        text(
            "SELECT ic.contact_id, count(*) AS n FROM interaction_contact ic "
            "JOIN contact c ON c.id = ic.contact_id WHERE c.email IS NOT NULL "
            "AND c.phone IS NOT NULL GROUP BY ic.contact_id ORDER BY n DESC, ic.contact_id LIMIT 1"
        )
    )
    person = describe(ctx.store, ContactId(int(rows[0][0])))
    assert person is not None
    dialog = EraseDialog(person, window)
    dialog.reason.setText(dialog.tr("e.g. the person's request of 3 March, ref 12"))
    dialog.understood.setChecked(True)
    dialog.show()
    settle(app, ctx)
    dialog.grab().save(str(out / f"erase_person{suffix}.png"))
    dialog.close()
    dialog.deleteLater()
    print("saved erase_person")


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "fi"
    os.environ["RAKETTI_HOME"] = tempfile.mkdtemp(prefix="raketti-shots-")
    sys.path.insert(0, str(HERE.parent.parent))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from app import demo, teams
    from app.paths import default_paths
    from app.store import Store
    from views import i18n
    from views.context import AppContext

    app = QApplication([])
    i18n.install(app, language)
    paths = default_paths()
    paths.ensure()
    store = Store.open(paths.default_database, paths.backups)
    demo.generate(store, customers=30, teams=1, seed=1)
    ctx = AppContext(store, paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    ctx.set_team(teams.list_teams(store)[0]["id"])
    window = QWidget()
    window.resize(1280, 800)
    take(app, ctx, window, "" if language == "fi" else "_en", lambda a, _c: a.processEvents())
    ctx.background.close()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
