"""A workbook shaped like the summary export's Customers and Contacts sheets, imported into
a database without customers, gives the same customers and contacts (UUIDs included); the
command line's exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from app import demo, teams
from app.importing.apply import apply_import
from app.importing.undo import undo_import
from app.paths import Paths
from app.store import Store
from tests.import_helpers import (
    ROWS,
    contacts_of,
    customers_of,
    export_shaped,
    plan_for,
    write_csv,
)


def _second_laptop(paths: Paths, members: list[str]) -> tuple[Store, int]:
    """Another database of the same team company: its members, no customers yet."""
    other = Store.open(paths.data / "other.sqlite", paths.backups)
    team = teams.create_team(other, "Osuuskunta Demo")
    for name in members:
        teams.add_member(other, team, name, None, "team_entrepreneur")
    return other, team


@pytest.mark.parametrize("language", ["fi", "en"])
def test_round_trip_through_an_export_shaped_workbook(
    store: Store, paths: Paths, tmp_path: Path, language: str
) -> None:
    demo.generate(store, customers=120, seed=4, teams=1)
    team = teams.list_teams(store)[0]["id"]
    members = [m["name"] for m in teams.members_of(store, team, include_inactive=True)]
    path = export_shaped(store, team, tmp_path / "summary.xlsx", language)
    original = customers_of(store, team)
    assert any(row[-1] for row in original) and any(row[-2] for row in original)  # referrers
    assert len(contacts_of(store, team)) > 100
    other, other_team = _second_laptop(paths, members)
    try:
        plan = plan_for(other, other_team, path)
        assert plan.contacts_sheet
        assert not [row for row in plan.rows if row.bad or row.duplicate]
        report, undo = apply_import(other, plan)
        assert report.complete and report.count("imported") == 120
        assert customers_of(other, other_team) == customers_of(store, team)
        assert contacts_of(other, other_team) == contacts_of(store, team)
        assert report.contacts == len(contacts_of(store, team))
        # Imported again: every customer is already there (by its ID), so all are skipped.
        again = plan_for(other, other_team, path)
        assert {row.duplicate.reason for row in again.rows if row.duplicate} == {"uuid"}
        assert all(row.duplicate for row in again.rows)
        assert undo is not None
        undo_import(other, undo)
        assert customers_of(other, other_team) == []
    finally:
        other.close()


def test_command_line_exit_codes(
    store: Store, team_id: int, paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(paths.default_database)
    store.close()  # the command opens the database itself
    good = write_csv(tmp_path / "good.csv", ROWS, encoding="cp1252")
    bad = write_csv(tmp_path / "bad.csv", [*ROWS, ["Rikki Oy", "1234567-8", "", "", "", "", ""]])
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")

    assert main.main(["import", "--db", db, str(bad)]) == 1
    out = capsys.readouterr().out
    assert "Nothing was imported" in out and "row 5 'Rikki Oy'" in out
    assert main.main(["import", "--db", db, str(good), "--dry-run"]) == 0
    assert "3 customers would be imported" in capsys.readouterr().out
    assert main.main(["import", "--db", db, str(good)]) == 0
    assert "3 customers imported" in capsys.readouterr().out
    # The same file again: everything is a duplicate, skipped by default; asked for nothing.
    assert main.main(["import", "--db", db, str(good)]) == 0
    assert "3 skipped" in capsys.readouterr().out
    assert main.main(["import", "--db", db, str(bad), "--valid-only"]) == 1
    assert main.main(["import", "--db", db, str(empty)]) == 2
    assert "The file is empty" in capsys.readouterr().err
    assert main.main(["import", "--db", db, str(good), "--team", "Ei ole"]) == 2
    assert "no team company called 'Ei ole'" in capsys.readouterr().err
    assert main.main(["import", "--db", db, str(good), "--duplicates", "update"]) == 0
    assert "3 updated" in capsys.readouterr().out
    fresh = str(tmp_path / "fresh.sqlite")
    assert main.main(["import", "--db", fresh, str(good)]) == 2
    assert "name one with --team" in capsys.readouterr().err
    assert main.main(["import", "--db", fresh, str(good), "--team", "Uusi tiimi"]) == 0


@pytest.mark.parametrize("language", ["fi", "en"])
def test_round_trip_through_the_summary_export(
    store: Store, paths: Paths, tmp_path: Path, language: str
) -> None:
    """The real File → Export summary… workbook, imported into an empty database of the
    same team, gives the same customers and contacts, UUIDs included."""
    from app.excel.export import export_summary
    from app.excel.period import Period

    demo.generate(store, customers=80, seed=7, teams=1)
    team = teams.list_teams(store)[0]["id"]
    members = [m["name"] for m in teams.members_of(store, team, include_inactive=True)]
    path = tmp_path / "yhteenveto.xlsx"
    export_summary(store, team, path, Period.last_months(12), language)
    other, other_team = _second_laptop(paths, members)
    try:
        plan = plan_for(other, other_team, path)
        assert plan.contacts_sheet
        assert [row for row in plan.rows if row.bad or row.duplicate] == []
        report, _undo = apply_import(other, plan)
        assert report.complete and report.count("imported") == 80
        assert customers_of(other, other_team) == customers_of(store, team)
        assert contacts_of(other, other_team) == contacts_of(store, team)
    finally:
        other.close()
