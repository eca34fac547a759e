"""The `privacy` command group's arguments (app/cli_args.py), apart from the command so that
parsing the window's arguments imports no SQLAlchemy."""

from __future__ import annotations

import argparse


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The `privacy` command group: `export` and `erase`."""
    privacy = commands.add_parser(
        "privacy", help="a person's data: export what Raketti holds about a contact, or erase it"
    )
    actions = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="write everything held about one contact to .xlsx or .json"
    )
    export.add_argument("--db", dest="sub_db", help="database file")
    export.add_argument("--contact", required=True, help="the contact's UUID or e-mail address")
    export.add_argument("--out", required=True, help="the file to write (.xlsx or .json)")
    export.add_argument(
        "--lang", dest="sub_lang", choices=["fi", "en"], help="the file's language (default fi)"
    )
    erase = actions.add_parser(
        "erase",
        help="erase a contact person's data here and, through team sync, everywhere; asks "
        "unless --yes; exit 0 erased, 1 cancelled, 2 it could not run",
    )
    erase.add_argument("--db", dest="sub_db", help="database file")
    erase.add_argument("--contact", required=True, help="the contact's UUID or e-mail address")
    erase.add_argument("--reason", required=True, help="the reason or reference kept")
    erase.add_argument("--yes", action="store_true", help="do not ask")
