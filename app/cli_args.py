"""The command line of main.py: the window by default, sub-commands for headless work.

Apart from app/cli.py, which runs the sub-commands, so that starting the window parses its
arguments without importing SQLAlchemy (start-up paints its first rows before that).
"""

from __future__ import annotations

import argparse


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
    backup.add_argument(
        "target",
        help="file to write the copy to, or a folder to put a time-stamped copy in "
        "(missing folders are created)",
    )

    restore = commands.add_parser(
        "restore",
        help="put a backup copy in place of the database; the replaced file is kept beside it",
    )
    restore.add_argument("--db", dest="sub_db", help="database file")
    restore.add_argument("backup", help="the backup copy to restore")

    check = commands.add_parser("check", help="integrity and migration status; exit 0 if healthy")
    check.add_argument("--db", dest="sub_db", help="database file or URL")
    return parser
