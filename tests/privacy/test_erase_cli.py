"""`main.py privacy erase` (issue 23, item 4): asks unless --yes, one-line errors, exit codes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import text

import main
from app.store import Store
from tests.privacy.erase_helpers import EMAIL, NAME, person_with_data


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "cli.sqlite"
    store = Store.open(path, tmp_path / "backups")
    person = person_with_data(store)
    store.close()
    return path, person.uuid


def _name(path: Path, uuid: str) -> str:
    store = Store.open(path, path.parent / "backups")
    try:
        return str(store.rows(text(f"SELECT name FROM contact WHERE uuid = '{uuid}'"))[0][0])
    finally:
        store.close()


def test_no_cancels_and_names_the_person(
    database: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, uuid = database
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code = main.main(["privacy", "erase", "--db", str(path), "--contact", EMAIL, "--reason", "r"])
    out = capsys.readouterr().out
    assert code == 1
    assert NAME in out and "Asiakas Oy" in out and EMAIL in out and "2 interactions" in out
    assert _name(path, uuid) == NAME


def test_yes_erases_by_uuid(database: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, uuid = database
    args = ["privacy", "erase", "--db", str(path), "--contact", uuid, "--reason", "ref 9", "--yes"]
    assert main.main(args) == 0
    assert uuid in capsys.readouterr().out
    assert _name(path, uuid) != NAME
    assert main.main(args) == 2  # erased already
    assert capsys.readouterr().err.count("\n") == 1


def test_unknown_contact_is_one_line(
    database: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _uuid = database
    code = main.main(
        ["privacy", "erase", "--db", str(path), "--contact", "no@x.fi", "--reason", "r", "--yes"]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("raketti: ") and err.count("\n") == 1
