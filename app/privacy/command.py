"""`main.py privacy export`: a person's data from the command line.

Exit codes as the other commands: 0 written; 2 bad input (no such database or contact, an
e-mail several contacts share, an output that cannot be written), with a one-line message
in English. Nothing is left behind on failure.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from app.errors import InvalidRecord
from app.files import ExportError
from app.paths import Paths
from app.privacy.export import FORMATS, export_person
from app.privacy.find import find_contact
from app.store import Store
from models.database import sqlite_path, to_url

log = logging.getLogger(__name__)


class _Refused(Exception):
    """A sentence for the user; the command exits with 2."""


def run(args: argparse.Namespace, target: str, paths: Paths) -> int:
    if args.privacy_command == "export":
        return _export(args, target, paths)
    if args.privacy_command == "erase":
        from app.privacy.cli import run_erase

        return run_erase(target, args.contact, args.reason, args.yes, paths)
    raise SystemExit(f"unknown privacy action {args.privacy_command}")


def _export(args: argparse.Namespace, target: str, paths: Paths) -> int:
    language = args.sub_lang or args.lang or "fi"
    out = Path(args.out).expanduser()
    try:
        if out.suffix.lower() not in FORMATS:
            raise _Refused(f"--out must end in .xlsx or .json, not {out.name!r}")
        if out.is_dir():
            raise _Refused(f"{out} is a folder; give the file's name")
        if not out.parent.is_dir():
            raise _Refused(f"the folder {out.parent} does not exist")
        path = sqlite_path(to_url(target))
        if path is not None and not path.is_file():
            raise _Refused(f"{path} is not a database file")
        store = Store.open(target, paths.backups, read_only=True)
        try:
            with store.read() as session:
                contact_id = find_contact(session, args.contact)
            person = export_person(store, contact_id, out, language)
        finally:
            store.close()
    except (_Refused, InvalidRecord, ExportError) as error:
        log.warning("privacy export refused: %s", error)
        print(f"raketti: {error}", file=sys.stderr)
        return 2
    rows = sum(len(section.rows) for section in person.sections)
    print(f"wrote {out}: {person.name} ({person.customer}), {rows} rows")
    return 0
