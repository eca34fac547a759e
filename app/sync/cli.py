"""`main.py sync --db PATH [--folder DIR] [--team UUID]`: one sync, headless.

Prints what it did, one line each, and every message (a `--folder` other than the one
set before: what that changed). Exit codes: 0 all went well, 1 the
sync ran but something was skipped or held back (a damaged file, a newer Raketti's file,
an operation from the future, a folder that could not be written), 2 it could not run.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from app.errors import InvalidRecord
from app.paths import Paths
from app.store import Store
from app.sync.engine import SyncError, sync_now
from app.sync.settings import set_folder, settings

log = logging.getLogger(__name__)
# What choosing another folder did (Settings → Team sync asks the same before it does it).
FOLDER_CHANGED = (
    "folder: changed from {old} to {new}. Nothing in this database was deleted; its changes "
    "are written to the new folder. Teammates must use the same folder; the old folder is "
    "left as it is."
)


def run_sync(target: str, folder: str | None, team: str | None, paths: Paths) -> int:
    store = Store.open(target, paths.backups)
    moved: tuple[Path, Path] | None = None
    try:
        if folder is not None:
            with store.read() as session:
                before = settings(session)
            now = set_folder(store, Path(folder), team=team)
            if before.enabled and before.folder is not None and now.folder != before.folder:
                moved = (before.folder, Path(folder))
        report = sync_now(store)
    except (SyncError, InvalidRecord) as error:
        print(f"raketti: {error}", file=sys.stderr)
        return 2
    except Exception:  # an error in Raketti: one sentence here, the traceback in the log
        log.error("sync failed", exc_info=True)
        print(
            "raketti: the sync stopped because of an error in Raketti (see the log).",
            file=sys.stderr,
        )
        return 2
    finally:
        store.close()
    if moved is not None:
        print(FOLDER_CHANGED.format(old=moved[0], new=moved[1]))
    print(f"sent: {report.sent} operations in {report.files_written} files")
    print(
        f"received: {report.received} operations in {report.files_applied} files, "
        f"{report.applied} new"
    )
    print(f"held back: {report.parked}")
    print(f"conflicts: {report.conflicts} ({report.new_conflicts} new)")
    for message in report.messages:
        print(f"note: {message.english()}")
    return 1 if report.messages or report.parked else 0
