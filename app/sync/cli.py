"""`main.py sync --db PATH [--folder DIR] [--team UUID] [--passphrase-file FILE]
[--new-passphrase-file FILE [--rotate-key]]`: one sync, headless.

A database that does not exist yet or holds no record of any team, given a folder whose
team has a snapshot, starts from the newest good snapshot and then syncs only the files
after it (says so in one line; app/sync/join.py); without a usable snapshot it replays the
files as before.

The team passphrase is read from a file or from the environment variable
RAKETTI_PASSPHRASE, never from an argument's value (the process list shows those).

Prints what it did, one line each, and every message (a `--folder` other than the one
set before: what that changed). Exit codes: 0 all went well, 1 the
sync ran but something was skipped or held back (a damaged file, a newer Raketti's file,
an operation from the future, a folder that could not be written), 2 it could not run
(also: the team key is needed and no passphrase was given, or a wrong one).
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import InvalidRecord
from app.paths import Paths
from app.store import Store
from app.sync.engine import SyncError, sync_now
from app.sync.join import has_snapshot, is_new, join_new, teams_in
from app.sync.passphrase import needs_passphrase, rotate_key, set_folder, set_passphrase, unlock
from app.sync.settings import settings
from models.database import sqlite_path, to_url

log = logging.getLogger(__name__)
ENVIRONMENT = "RAKETTI_PASSPHRASE"
# What choosing another folder did (Settings → Team sync asks the same before it does it).
FOLDER_CHANGED = (
    "folder: changed from {old} to {new}. Nothing in this database was deleted; its changes "
    "are written to the new folder. Teammates must use the same folder; the old folder is "
    "left as it is."
)


@dataclass(frozen=True)
class Passphrases:
    """Where the passphrases come from: file names (read when needed), never the text."""

    current_file: str | None = None
    new_file: str | None = None
    rotate: bool = False

    @staticmethod
    def of(args: Any) -> Passphrases:
        return Passphrases(
            getattr(args, "passphrase_file", None),
            getattr(args, "new_passphrase_file", None),
            bool(getattr(args, "rotate_key", False)),
        )

    def current(self) -> str | None:
        if self.current_file is not None:
            return _read(self.current_file)
        return os.environ.get(ENVIRONMENT) or None

    def new(self) -> str | None:
        return _read(self.new_file) if self.new_file is not None else None


def _read(name: str) -> str:
    """The passphrase in a file: its first line (a trailing newline is no part of it)."""
    try:
        text = Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SyncError("Could not read {path}: {error}", path=name, error=error) from error
    return text.splitlines()[0] if text.strip() else ""


def _keys(store: Store, folder: str | None, team: str | None, given: Passphrases) -> None:
    """Switch sync on or join with the passphrase, then set a new one (or rotate)."""
    current, new = given.current(), given.new()
    if given.rotate and new is None:
        raise SyncError("--rotate-key needs --new-passphrase-file.")
    # The KDF costs half a second: a passphrase is used only when the key is needed.
    if folder is not None:
        set_folder(store, Path(folder), team=team)
    with store.read() as session:
        needed = needs_passphrase(session)
    if needed == "new":
        if (new or current) is not None:
            unlock(store, str(new or current))  # the first laptop: the team key made
        return  # without: the sync says a passphrase must be chosen
    if current is not None and needed is not None:
        unlock(store, current)
    if new is None:
        return
    if given.rotate:
        rotate_key(store, new)
    else:
        set_passphrase(store, new)


def _join(
    target: str, folder: str | None, team: str | None, given: Passphrases
) -> tuple[str | None, str | None]:
    """A database with no record of any team (missing or empty) joining a folder that
    holds a snapshot starts from the newest good one (app/sync/join.py): what to print, and
    the team (the folder's only one when none was given)."""
    path = sqlite_path(to_url(target))
    if folder is None or path is None or not is_new(path):
        return None, team
    found = [team] if team is not None else teams_in(Path(folder))
    if len(found) != 1:
        return None, team  # set_folder names what is missing (a team to choose)
    if not has_snapshot(Path(folder), found[0]):
        return None, found[0]
    joined = join_new(path, Path(folder), found[0], given.current())
    if joined.snapshot is None:
        skipped = "; ".join(joined.skipped)
        return f"joined: no usable snapshot ({skipped}), replaying the files", found[0]
    return f"joined: from snapshot {joined.snapshot}, then the files after it", found[0]


def run_sync(
    target: str,
    folder: str | None,
    team: str | None,
    paths: Paths,
    given: Passphrases | None = None,
) -> int:
    try:
        joined, team = _join(target, folder, team, given or Passphrases())
    except SyncError as error:
        print(f"raketti: {error}", file=sys.stderr)
        return 2
    if joined is not None:
        print(joined)
    store = Store.open(target, paths.backups)
    moved: tuple[Path, Path] | None = None
    try:
        with store.read() as session:
            before = settings(session)
        _keys(store, folder, team, given or Passphrases())
        if folder is not None:
            with store.read() as session:
                now = settings(session)
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
