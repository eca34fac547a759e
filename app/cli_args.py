"""The command line of main.py: the window by default, sub-commands for headless work.

Apart from app/cli.py, which runs the sub-commands, so that starting the window parses its
arguments without importing SQLAlchemy (start-up paints its first rows before that).
"""

from __future__ import annotations

import argparse

from app.importing.arguments import add_parser as add_import_parser
from app.privacy.arguments import add_parser as add_privacy_parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Raketti: customers, the customer ladder and the Rocket model for team "
        "companies. Without a command, opens the window.",
    )
    parser.add_argument(
        "--db",
        help="SQLite database file (default: RAKETTI_DB, "
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

    sync = commands.add_parser(
        "sync",
        help="sync once with the team's shared folder (team sync); exit 0 when all went "
        "well, 1 when something was skipped or held back, 2 when it could not run",
    )
    sync.add_argument("--db", dest="sub_db", help="database file")
    sync.add_argument(
        "--folder", help="the team's shared folder (remembered; needed the first time)"
    )
    sync.add_argument("--team", help="the team company's UUID, when the database has several")
    # Never the passphrase itself as a value: it would show in the process list.
    sync.add_argument(
        "--passphrase-file",
        help="a file holding the team passphrase (or set RAKETTI_PASSPHRASE); needed to join",
    )
    sync.add_argument(
        "--new-passphrase-file",
        help="a file holding a new team passphrase: sets it the first time, or changes it",
    )
    sync.add_argument(
        "--rotate-key",
        action="store_true",
        help="with --new-passphrase-file: a new team key too (a member left)",
    )

    check = commands.add_parser("check", help="integrity and migration status; exit 0 if healthy")
    check.add_argument("--db", dest="sub_db", help="database file or URL")
    add_import_parser(commands)

    export = commands.add_parser(
        "export", help="write the summary workbook (.xlsx) of one team company and period"
    )
    export.add_argument("--db", dest="sub_db", help="database file or URL")
    export.add_argument("--out", required=True, help="the workbook to write (.xlsx)")
    export.add_argument("--team", help="team company by name (default: the only one)")
    export.add_argument("--from", dest="start", help="first day, YYYY-MM-DD or D.M.YYYY")
    export.add_argument("--to", dest="end", help="last day, YYYY-MM-DD or D.M.YYYY")
    export.add_argument(
        "--lang", dest="sub_lang", choices=["fi", "en"], help="workbook language (default fi)"
    )
    add_privacy_parser(commands)
    return parser
