"""The headless commands of main.py."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import main
from app import demo
from app.paths import PROJECT_ROOT, Paths
from app.store import Store


def test_demo_is_deterministic_and_check_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert main.main(["demo", "--db", str(first), "--customers", "120", "--seed", "7"]) == 0
    assert "120 customer" in capsys.readouterr().out
    assert main.main(["demo", "--db", str(second), "--customers", "120", "--seed", "7"]) == 0
    assert main.main(["check", "--db", str(first)]) == 0
    assert "healthy" in capsys.readouterr().out

    def content(path: Path) -> list[tuple[object, ...]]:
        store = Store.open(path, read_only=True)
        try:
            with store.read() as session:
                return list(
                    session.connection().exec_driver_sql(
                        "SELECT uuid, name, business_id, ladder_level FROM customer ORDER BY id"
                    )
                )
        finally:
            store.close()

    assert content(first) == content(second)


def test_demo_makes_valid_and_believable_data(store: Store) -> None:
    ctx = demo.generate(store, customers=200, seed=3)
    with store.read() as session:
        ids = [
            r[0] for r in session.connection().exec_driver_sql("SELECT business_id FROM customer")
        ]
        levels = dict(
            session.connection()
            .exec_driver_sql("SELECT ladder_level, count(*) FROM customer GROUP BY 1")
            .all()
        )
        span = (
            session.connection()
            .exec_driver_sql("SELECT min(occurred_on), max(occurred_on) FROM interaction")
            .one()
        )
        referred = (
            session.connection()
            .exec_driver_sql(
                "SELECT count(*) FROM customer WHERE referred_by_customer_id IS NOT NULL "
                "OR referred_by_contact_id IS NOT NULL"
            )
            .scalar()
        )
    from models.rules import normalize_business_id

    assert all(normalize_business_id(b) == b for b in ids) and len(set(ids)) == 200
    assert levels["A3"] > levels["A2"] > levels["A1"] > 0
    assert str(span[0]) >= str(ctx.start) and str(span[1]) <= str(ctx.today)
    assert referred > 10  # advocates bring customers


def test_check_refuses_a_foreign_file_and_leaves_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], expect_log: Any
) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with expect_log("check refused: .*not a Raketti database", logger="app.cli"):
        assert main.main(["check", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a Raketti database" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_check_of_a_missing_file_fails(tmp_path: Path) -> None:
    assert main.main(["check", "--db", str(tmp_path / "none.sqlite")]) == 2


def test_raketti_db_environment_variable_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paths: Paths
) -> None:
    target = tmp_path / "env.sqlite"
    monkeypatch.setenv("RAKETTI_DB", str(target))
    assert main.main(["demo", "--customers", "5"]) == 0
    assert target.exists() and not paths.default_database.exists()


def test_backup_copies_an_open_database(
    tmp_path: Path, store: Store, team_id: int, expect_log: Any
) -> None:
    from app.customers import records as customers

    customers.create_customer(store, team_id, {"name": "Kopioitava Oy"})
    copy = tmp_path / "copy.sqlite"
    assert main.main(["backup", "--db", str(store.path), str(copy)]) == 0  # store still open
    assert main.main(["check", "--db", str(copy)]) == 0
    with expect_log("backup refused: .*exists already", logger="app.cli"):
        assert main.main(["backup", "--db", str(store.path), str(copy)]) == 2  # never overwrites
    reader = Store.open(copy, read_only=True)
    try:
        with reader.read() as session:
            names = session.connection().exec_driver_sql("SELECT name FROM customer").scalars()
            assert list(names) == ["Kopioitava Oy"]
    finally:
        reader.close()


@pytest.mark.parametrize("command", [[], ["demo"], ["check"], ["backup"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "main.py", *command, "--help"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "usage:" in result.stdout and "--db" in result.stdout
