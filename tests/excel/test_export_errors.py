"""The summary workbook when things go wrong: a folder that cannot be written, a missing
folder, a cancelled export, a team that is gone; and the command line's exit codes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

import main
from app.errors import InvalidRecord
from app.excel.command import parse_day
from app.excel.export import export_summary
from app.files import ExportError
from app.store import Store
from tests.excel_helpers import PERIOD, TODAY, Demo, make_demo
from tests.file_helpers import add_team, without_root_powers


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return make_demo(tmp_path_factory.mktemp("excel"))


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder of the test's own (tmp_path also holds the scratch home)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def ro_store(demo_db: Demo) -> Store:
    store = Store.open(demo_db.path, read_only=True)
    yield store  # type: ignore[misc]
    store.close()


class Stop(Exception):
    pass


def test_cancelling_leaves_no_file_and_no_temporary(
    ro_store: Store, demo_db: Demo, out_dir: Path
) -> None:
    seen: list[int] = []

    def progress(percent: int, _stage: str) -> None:
        seen.append(percent)
        if percent >= 50:  # in the middle of the interactions
            raise Stop

    target = out_dir / "summary.xlsx"
    streams = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    with pytest.raises(Stop):
        export_summary(ro_store, demo_db.team_id, target, PERIOD, "fi", progress, TODAY)
    assert seen[0] == 0 and max(seen) >= 50
    assert list(out_dir.iterdir()) == []
    # The sheets' own temporary streams are gone too.
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= streams


def test_an_old_file_stays_whole_when_the_export_is_cancelled(
    ro_store: Store, demo_db: Demo, out_dir: Path
) -> None:
    target = out_dir / "summary.xlsx"
    target.write_bytes(b"the workbook of last week")

    def progress(percent: int, _stage: str) -> None:
        if percent >= 97:  # the last moment: saving
            raise Stop

    with pytest.raises(Stop):
        export_summary(ro_store, demo_db.team_id, target, PERIOD, "en", progress, TODAY)
    assert target.read_bytes() == b"the workbook of last week"
    assert [p.name for p in out_dir.iterdir()] == ["summary.xlsx"]


def test_a_read_only_folder_is_a_clear_error_and_leaves_nothing(
    ro_store: Store, demo_db: Demo, out_dir: Path
) -> None:
    folder = out_dir / "locked"
    folder.mkdir()
    os.chmod(folder, 0o555)  # as a file open in Excel on Windows: the move is refused
    try:
        with without_root_powers(), pytest.raises(ExportError) as refused:
            export_summary(ro_store, demo_db.team_id, folder / "s.xlsx", PERIOD, "fi", None, TODAY)
    finally:
        os.chmod(folder, 0o755)
    assert refused.value.message.startswith("The file could not be written")
    assert str(folder / "s.xlsx") in str(refused.value)
    assert list(folder.iterdir()) == []


def test_a_missing_folder_and_a_missing_team_are_refused(
    ro_store: Store, demo_db: Demo, out_dir: Path
) -> None:
    with pytest.raises(ExportError):
        export_summary(ro_store, demo_db.team_id, out_dir / "no" / "s.xlsx", PERIOD, "fi")
    with pytest.raises(InvalidRecord) as gone:
        export_summary(ro_store, 999, out_dir / "s.xlsx", PERIOD, "fi")
    assert gone.value.errors[0].field == "team"
    assert list(out_dir.iterdir()) == []


def test_dates_are_read_as_finns_and_iso_write_them() -> None:
    assert parse_day("1.7.2025", "--from") == PERIOD.start
    assert parse_day("2025-07-01", "--from") == PERIOD.start
    assert parse_day(None, "--to") is None


def test_the_export_command_exit_codes(
    demo_db: Demo, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db.path)
    out = out_dir / "summary.xlsx"
    ok = ["export", "--db", db, "--out", str(out), "--from", "1.7.2025", "--to", "2026-06-15"]
    assert main.main([*ok, "--lang", "en"]) == 0
    assert out.is_file() and "wrote" in capsys.readouterr().out
    cases = {
        "no such database": ["export", "--db", str(out_dir / "x.sqlite"), "--out", str(out)],
        "bad date": [*ok[:5], "--from", "31.2.2026"],
        "backwards period": [*ok[:5], "--from", "2026-06-15", "--to", "2026-01-01"],
        "missing folder": ["export", "--db", db, "--out", str(out_dir / "no" / "s.xlsx")],
        "folder as file": ["export", "--db", db, "--out", str(out_dir)],
        "unknown team": [*ok, "--team", "Nobody Oy"],
    }
    for case, argv in cases.items():
        assert main.main(argv) == 2, case
        assert "raketti:" in capsys.readouterr().err, case
    assert sorted(p.name for p in out_dir.iterdir()) == ["summary.xlsx"]


def test_several_teams_need_a_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = make_demo(tmp_path)
    add_team(made.path, "Osuuskunta Toinen")
    out = tmp_path / "s.xlsx"
    assert main.main(["export", "--db", str(made.path), "--out", str(out)]) == 2
    assert "--team" in capsys.readouterr().err and not out.exists()
    argv = ["export", "--db", str(made.path), "--out", str(out), "--team", "osuuskunta toinen"]
    assert main.main(argv) == 0
    assert out.is_file()
