"""`main.py import --db PATH FILE [--team NAME] [--dry-run] [--valid-only]`: the import
without the window. The columns are recognised from the catalogue as the wizard's first
guess; duplicates get the wizard's defaults unless --duplicates says otherwise.

Exit codes: 0 when every row asked for was imported (or would be, with --dry-run), 1 when
rows were invalid (nothing imported, or only the valid ones with --valid-only), 2 when the
file or the database could not be used at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import teams
from app.errors import InvalidRecord
from app.importing.apply import actions_for, apply_import
from app.importing.arguments import DELIMITER_NAMES
from app.importing.mapping import guess_all
from app.importing.plan import Choice, build_plan
from app.importing.report import text_report
from app.importing.source import ReadOptions, SourceError, read_source
from app.store import Store


def _team(store: Store, name: str | None) -> int | None:
    found = teams.list_teams(store)
    if name is not None:
        for team in found:
            if team["name"].casefold() == name.strip().casefold():
                return int(team["id"])
        if not found:
            return teams.create_team(store, name)
        print(f"raketti: no team company called {name!r}", file=sys.stderr)
        return None
    if len(found) == 1:
        return int(found[0]["id"])
    if not found:
        print("raketti: the database has no team company; name one with --team", file=sys.stderr)
    else:
        names = ", ".join(team["name"] for team in found)
        print(f"raketti: choose the team company with --team ({names})", file=sys.stderr)
    return None


def run(args: argparse.Namespace, target: str, backups: Path) -> int:
    options = ReadOptions(
        encoding=args.encoding,
        delimiter=DELIMITER_NAMES.get(args.delimiter) if args.delimiter else None,
        sheet=args.sheet,
    )
    try:
        source = read_source(Path(args.file).expanduser(), options)
    except SourceError as error:
        print(f"raketti: {args.file}: {error}", file=sys.stderr)
        return 2
    store = Store.open(target, backups)
    try:
        try:
            team_id = _team(store, args.team)
        except InvalidRecord as error:
            print(f"raketti: {error}", file=sys.stderr)
            return 2
        if team_id is None:
            return 2
        plan = build_plan(store, team_id, source, guess_all(source))
        if args.duplicates:
            plan.choose_for_duplicates(Choice(args.duplicates))
        if args.dry_run:
            report = actions_for(plan, args.valid_only)
            report.dry_run = True
        else:
            try:
                report, _undo = apply_import(store, plan, args.valid_only)
            except SourceError as error:
                print(f"raketti: {error}", file=sys.stderr)
                return 2
    finally:
        store.close()
    print("\n".join(text_report(plan, report)))
    return 0 if report.complete else 1
