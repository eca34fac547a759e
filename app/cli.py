"""Headless sub-commands of main.py: demo, check."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from sqlalchemy import text

from app import demo
from app.lock import LockedError
from app.paths import Paths, database_target
from app.store import Store
from models.database import (
    DatabaseError,
    backup_to,
    inspect_file,
    make_engine,
    script_heads,
    sqlite_path,
    status,
    to_url,
)

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Raketti: customers, the customer ladder and the Rocket model for team "
        "companies. Without a command, opens the window.",
    )
    parser.add_argument(
        "--db",
        help="database file or SQLAlchemy URL (default: RAKETTI_DB, "
        "then raketti.sqlite in the user data folder)",
    )
    parser.add_argument("--lang", choices=["fi", "en"], help="user-interface language")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gen = commands.add_parser("demo", help="fill a database with deterministic demo data")
    gen.add_argument("--db", dest="sub_db", help="database file or URL")
    gen.add_argument("--customers", type=int, default=300, help="customers in all (default 300)")
    gen.add_argument("--teams", type=int, default=2, help="team companies (default 2)")
    gen.add_argument("--seed", type=int, default=1, help="random seed (default 1)")

    backup = commands.add_parser(
        "backup", help="copy the database consistently, even while Raketti has it open"
    )
    backup.add_argument("--db", dest="sub_db", help="database file")
    backup.add_argument("target", help="file to write the copy to")

    check = commands.add_parser("check", help="integrity and migration status; exit 0 if healthy")
    check.add_argument("--db", dest="sub_db", help="database file or URL")
    return parser


def run(args: argparse.Namespace, paths: Paths) -> int:
    target = database_target(getattr(args, "sub_db", None) or args.db, paths)
    log.info("command %s on %s", args.command, target)
    try:
        if args.command == "demo":
            return _demo(args, target, paths)
        if args.command == "check":
            return _check(target)
        if args.command == "backup":
            return _backup(target, Path(args.target))
    except (DatabaseError, LockedError) as error:
        log.warning("%s refused: %s", args.command, error)
        print(f"raketti: {error}", file=sys.stderr)
        return 2
    raise SystemExit(f"unknown command {args.command}")


def _demo(args: argparse.Namespace, target: str, paths: Paths) -> int:
    if args.customers < 0 or args.teams < 1:
        print("raketti: --customers must be 0 or more and --teams 1 or more", file=sys.stderr)
        return 2
    store = Store.open(target, paths.backups)
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


def _backup(target: str, copy: Path) -> int:
    path = sqlite_path(to_url(target))
    if path is None or not path.exists():
        print(f"raketti: {target} is not a database file", file=sys.stderr)
        return 2
    inspect_file(path)  # refuse foreign or damaged files before copying
    if copy.exists():
        print(f"raketti: {copy} exists already; choose a new file name", file=sys.stderr)
        return 2
    backup_to(path, copy)
    print(f"copied {path} to {copy}")
    return 0


def _check(target: str) -> int:
    path = sqlite_path(to_url(target))
    if path is not None:
        if not path.exists():
            print(f"raketti: {path} does not exist", file=sys.stderr)
            return 2
        revisions = inspect_file(path)  # read-only: raises on foreign, corrupt or newer files
        if not revisions:
            print(f"raketti: {path} is empty, not yet a Raketti database", file=sys.stderr)
            return 1
    engine = make_engine(to_url(target))
    try:
        state = status(engine)
        with engine.connect() as conn:
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            fk_errors = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            fts = conn.exec_driver_sql(
                "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM customer_fts)"
            ).one()
    finally:
        engine.dispose()
    healthy = True
    print(
        f"schema: {', '.join(sorted(state.current)) or 'none'}; "
        f"this version: {', '.join(sorted(script_heads()))}"
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
