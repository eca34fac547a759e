"""`main.py export`: the summary workbook from the command line.

Exit codes: 0 written; 2 bad input (no such database, team or date, a period that ends
before it starts, an output that cannot be written). The message says which, in English,
as the other commands do; nothing is left behind on failure.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import time
from datetime import date
from pathlib import Path

from app.errors import InvalidRecord
from app.excel.export import export_summary
from app.excel.period import Period, check_period
from app.files import ExportError
from app.paths import Paths
from app.store import Store
from app.teams import list_teams
from models.database import sqlite_path, to_url

log = logging.getLogger(__name__)
_FINNISH_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


class BadInput(Exception):
    """A sentence for the user; the command exits with 2."""


def parse_day(text: str | None, option: str) -> date | None:
    """YYYY-MM-DD or D.M.YYYY (as Finns write it), or None when not given."""
    if text is None:
        return None
    found = _FINNISH_DATE.fullmatch(text.strip())
    try:
        if found:
            day, month, year = (int(part) for part in found.groups())
            return date(year, month, day)
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(f"{option} {text!r} is not a date (use YYYY-MM-DD or D.M.YYYY)") from None


def pick_team(store: Store, name: str | None) -> tuple[int, str]:
    teams = list_teams(store)
    if not teams:
        raise BadInput("the database has no team companies")
    if name is None:
        if len(teams) > 1:
            names = ", ".join(str(t["name"]) for t in teams)
            raise BadInput(
                f"the database has several team companies; choose one with --team: {names}"
            )
        return int(teams[0]["id"]), str(teams[0]["name"])
    matches = [t for t in teams if str(t["name"]).casefold() == name.strip().casefold()]
    if not matches:
        names = ", ".join(str(t["name"]) for t in teams)
        raise BadInput(f"no team company called {name!r}; the database has: {names}")
    return int(matches[0]["id"]), str(matches[0]["name"])


def export_command(args: argparse.Namespace, target: str, paths: Paths) -> int:
    language = args.sub_lang or args.lang or "fi"
    out = Path(args.out).expanduser()
    try:
        period = _period(args)
        path = sqlite_path(to_url(target))
        if path is not None and not path.is_file():
            raise BadInput(f"{path} is not a database file")
        if out.is_dir():
            raise BadInput(f"{out} is a folder; give the workbook's file name")
        if not out.parent.is_dir():
            raise BadInput(f"the folder {out.parent} does not exist")
        store = Store.open(target, paths.backups, read_only=True)
        try:
            team_id, team = pick_team(store, args.team)
            started = time.perf_counter()
            report = export_summary(store, team_id, out, period, language)
        finally:
            store.close()
    except BadInput as error:
        print(f"raketti: {error}", file=sys.stderr)
        return 2
    except (ExportError, InvalidRecord) as error:
        log.warning("export refused: %s", error)
        print(f"raketti: {error}", file=sys.stderr)
        return 2
    took = time.perf_counter() - started
    counts = ", ".join(f"{n} {key}" for key, n in report.rows.items())
    print(
        f"wrote {out} for {team}, {period.start.isoformat()} to {period.end.isoformat()} "
        f"in {took:.1f} s: {counts}"
    )
    return 0


def _period(args: argparse.Namespace) -> Period:
    start = parse_day(args.start, "--from")
    end = parse_day(args.end, "--to")
    try:
        return check_period(start, end)
    except InvalidRecord as error:
        raise BadInput(str(error)) from None
