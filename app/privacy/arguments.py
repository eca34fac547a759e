"""The `privacy` command group's arguments (app/cli_args.py), apart from the command so that
parsing the window's arguments imports no SQLAlchemy."""

from __future__ import annotations

import argparse


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The `privacy` command group and its `export` (the erase helper adds `erase`)."""
    privacy = commands.add_parser(
        "privacy", help="a person's data: export what Raketti holds about a contact"
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
