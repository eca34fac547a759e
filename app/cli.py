"""Headless sub-commands of main.py: demo, backup, restore, sync, check, import, export,
privacy."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.backups import restore_backup, take_backup
from app.cli_args import build_parser as build_parser
from app.importing import command as importing
from app.lock import LockedError
from app.paths import Paths, database_target
from app.store import ReadOnlyError, Store
from models.database import (
    BACKUP_HINT,
    READ_ONLY_NOTE,
    DatabaseError,
    inspect_file,
    known_heads,
    known_revisions,
    make_engine,
    sqlite_path,
    status,
    taken_at,
    to_url,
)
from models.sqlite_file import check_location, hot_journal

log = logging.getLogger(__name__)


def run(args: argparse.Namespace, paths: Paths) -> int:
    target = database_target(getattr(args, "sub_db", None) or args.db, paths)
    log.info("command %s on %s", args.command, target)
    try:
        if args.command == "demo":
            return _demo(args, target, paths)
        if args.command == "check":
            return _check(target)
        if args.command == "backup":
            return _backup(target, args.target)
        if args.command == "restore":
            return _restore(target, Path(args.backup))
        if args.command == "import":
            return importing.run(args, target, paths.backups)
        if args.command == "export":
            from app.excel.command import export_command  # openpyxl only when exporting

            return export_command(args, target, paths)
        if args.command == "privacy":
            from app.privacy import command as privacy  # openpyxl only when exporting

            return privacy.run(args, target, paths)
        if args.command == "sync":
            from app.sync.cli import Passphrases, run_sync

            return run_sync(target, args.folder, args.team, paths, Passphrases.of(args))
    except (DatabaseError, LockedError, ReadOnlyError) as error:
        log.warning("%s refused: %s", args.command, error)
        print(f"raketti: {error}{_hint(error)}", file=sys.stderr)
        return 2
    raise SystemExit(f"unknown command {args.command}")


def _hint(error: Exception) -> str:
    """Where the copy from before the last migration is, for errors it may cure."""
    backup = getattr(error, "backup", None)
    if backup is None:
        return ""
    when = taken_at(backup).strftime("%Y-%m-%d %H:%M")
    return " " + BACKUP_HINT.format(date=when, backup=backup)


def _demo(args: argparse.Namespace, target: str, paths: Paths) -> int:
    if args.customers < 0 or args.teams < 1:
        print("raketti: --customers must be 0 or more and --teams 1 or more", file=sys.stderr)
        return 2
    store = Store.open(target, paths.backups)
    if store.read_only_file:
        store.close()
        log.warning("demo refused: %s is read-only", store.path)
        print(f"raketti: {READ_ONLY_NOTE.format(path=store.path)}", file=sys.stderr)
        return 2
    from app import demo  # every area's demo and models: not for the window's start-up

    try:
        started = time.perf_counter()
        demo.generate(store, customers=args.customers, seed=args.seed, teams=args.teams)
        took = time.perf_counter() - started
        with store.read() as session:
            counts = {
                table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("team_company", "customer", "contact", "interaction")
            }
    finally:
        store.close()
    summary = ", ".join(f"{n} {t}" for t, n in counts.items())
    print(f"demo data written in {took:.1f} s: {summary}")
    return 0


def _backup(target: str, copy_to: str) -> int:
    path = sqlite_path(to_url(target))
    if path is None or not path.is_file():
        print(f"raketti: {target} is not a database file", file=sys.stderr)
        return 2
    copy = Path(copy_to).expanduser()
    folder_made = False
    if copy_to.endswith(("/", os.sep)) and not copy.exists():
        # "backups/" names a folder even before it exists (Path drops the slash).
        copy.mkdir(parents=True)
        folder_made = True
    written, created = take_backup(path, copy)
    if folder_made:
        print(f"created the folder {copy}")
    if created:
        print(f"created the folder {written.parent}")
    print(f"copied {path} to {written}")
    return 0


def _restore(target: str, backup: Path) -> int:
    path = sqlite_path(to_url(target))
    if path is None:
        print(f"raketti: {target} is not a database file", file=sys.stderr)
        return 2
    backup = backup.expanduser()
    if not backup.is_file():
        print(f"raketti: {backup} is not a file", file=sys.stderr)
        return 2
    aside = restore_backup(path, backup, aside_label="before-restore")
    kept = f"; the file it replaced is kept as {aside}" if aside else ""
    print(f"restored {path} from {backup}{kept}")
    return 0


def _check(target: str) -> int:
    path = sqlite_path(to_url(target))
    if path is not None:
        if not path.exists():
            print(f"raketti: {path} does not exist", file=sys.stderr)
            return 2
        check_location(path, create=False)  # a folder, say, gets a sentence
        journal = hot_journal(path)
        if journal is not None:
            # Reading would roll the journal back, changing the file: say what it is instead.
            print(
                f"raketti: a write to {path} was interrupted ({journal.name} lies beside it). "
                "It was not checked and was left as it is; if it is a backup copy, take the "
                "backup again.",
                file=sys.stderr,
            )
            return 1
        found = inspect_file(path)  # read-only: raises on foreign or damaged files
        if found.revisions - known_revisions():
            print(f"raketti: {path} was made by a newer version of Raketti", file=sys.stderr)
            return 2
        if not found.revisions:
            print(f"raketti: {path} is empty, not yet a Raketti database", file=sys.stderr)
            return 1
    # Read-only and, unless a -wal file holds commits, immutable: checking changes nothing.
    engine = make_engine(to_url(target), read_only=True, settled=True)
    try:
        state = status(engine)
        with engine.connect() as conn:
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            fk_errors = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            fts = conn.exec_driver_sql(
                "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM customer_fts)"
            ).one()
    except SQLAlchemyError as error:  # a page damaged so badly SQLite cannot even list it
        reason = getattr(error, "orig", None) or error
        print(
            f"raketti: {path or target} is damaged ({reason}). Restore it from a backup copy.",
            file=sys.stderr,
        )
        return 1
    finally:
        engine.dispose()
    healthy = True
    print(
        f"schema: {', '.join(sorted(state.current)) or 'none'}; "
        f"this version: {', '.join(sorted(known_heads()))}"
    )
    if not state.up_to_date:
        print("migration: due (it runs when Raketti opens the database)")
        healthy = False
    print(f"integrity: {integrity}")
    healthy &= integrity == "ok"
    print(f"foreign keys: {'ok' if not fk_errors else f'{len(fk_errors)} broken references'}")
    healthy &= not fk_errors
    print(f"search index: {fts[1]} of {fts[0]} customers")
    healthy &= fts[0] == fts[1]
    print("healthy" if healthy else "NOT healthy")
    return 0 if healthy else 1
