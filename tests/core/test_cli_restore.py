"""The command line's `restore` (the twin of `backup`) and `demo` on a file that already
holds demo data: exit codes and one sentence each."""

from __future__ import annotations

import sqlite3
from contextlib import nullcontext
from pathlib import Path

import pytest

import main
from app.store import Store


def customer_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM customer").fetchone()[0])
    finally:
        conn.close()


def test_restore_puts_the_copy_back_and_keeps_the_replaced_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "tiimi.sqlite"
    assert main.main(["demo", "--db", str(db), "--customers", "30"]) == 0
    assert main.main(["backup", "--db", str(db), str(tmp_path / "copies") + "/"]) == 0
    [copy] = (tmp_path / "copies").glob("tiimi-*.sqlite")
    store = Store.open(db)
    with store.write() as session:
        session.connection().exec_driver_sql("DELETE FROM customer WHERE id > 10")
    store.close()
    capsys.readouterr()
    assert main.main(["restore", "--db", str(db), str(copy)]) == 0
    out = capsys.readouterr().out.strip()
    [aside] = tmp_path.glob("tiimi-before-restore-*.sqlite")
    assert out == f"restored {db} from {copy}; the file it replaced is kept as {aside}"
    assert customer_count(db) == 30 and customer_count(aside) == 10
    assert main.main(["check", "--db", str(db)]) == 0


def test_restore_refusals_are_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], expect_log
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "tiimi.sqlite"
    assert main.main(["demo", "--db", str(db), "--customers", "5"]) == 0
    photo = tmp_path / "photo.sqlite"
    photo.write_bytes(b"\x89PNG" * 100)
    capsys.readouterr()
    cases = {
        str(tmp_path / "missing.sqlite"): "is not a file",
        str(photo): "is not a Raketti database",
        str(db): "is the database itself",
    }
    for backup, sentence in cases.items():
        # A missing file is turned down before anything is opened, so nothing is logged.
        logged = "not a file" not in sentence
        with expect_log("restore refused", logger="app.cli") if logged else nullcontext():
            assert main.main(["restore", "--db", str(db), backup]) == 2
        err = capsys.readouterr().err.strip()
        assert sentence in err and err.count("\n") == 0 and err.startswith("raketti: ")
    # While the database is open in Raketti, restoring is refused (its lock).
    store = Store.open(db)
    try:
        copy = tmp_path / "copy.sqlite"
        assert main.main(["backup", "--db", str(db), str(copy)]) == 0
        with expect_log("restore refused", logger="app.cli"):
            assert main.main(["restore", "--db", str(db), str(copy)]) == 2
        assert "already open" in capsys.readouterr().err
    finally:
        store.close()


def test_demo_on_a_file_with_demo_data_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], expect_log
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "demo.sqlite"
    assert main.main(["demo", "--db", str(db), "--customers", "20"]) == 0
    capsys.readouterr()
    for seed in ("1", "5"):  # the same seed collided; another added same-named teams
        with expect_log("demo refused", logger="app.cli"):
            assert main.main(["demo", "--db", str(db), "--customers", "20", "--seed", seed]) == 2
        err = capsys.readouterr().err.strip()
        assert err == (
            f"raketti: {db} already holds demo data (the team company Osuuskunta Kipinä); "
            "put another demo in a new file."
        )
    assert customer_count(db) == 20
