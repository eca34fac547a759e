"""atomic_write: the real file appears whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.files import ExportError, atomic_write


def test_success_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "out.csv"
    target.write_text("old")
    with atomic_write(target) as temporary:
        assert temporary != target and temporary.parent == tmp_path
        temporary.write_text("new")
        assert target.read_text() == "old"  # nothing visible until the move
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_failure_keeps_the_old_file_and_removes_the_temporary(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("cancelled")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_missing_folder_is_a_clear_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as refused, atomic_write(tmp_path / "gone" / "x.csv"):
        pass
    assert "gone" in str(refused.value)
    assert refused.value.message.startswith("The file could not be written")
