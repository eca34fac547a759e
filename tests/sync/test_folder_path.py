"""The shared folder is stored as an absolute path (issue 25): a relative `--folder` typed in
one working folder still names the same folder from anywhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import demo
from app.store import Store
from app.sync.api import set_folder, settings
from tests.sync_helpers import PASSPHRASE


def test_a_relative_folder_is_stored_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "work").mkdir()
    (tmp_path / "shared").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    store = Store.open(tmp_path / "a.sqlite", tmp_path / "backups")
    try:
        demo.generate(store, customers=2, seed=1, teams=1)
        set_folder(store, Path("../shared"), device_name="a", passphrase=PASSPHRASE)
        monkeypatch.chdir(tmp_path)  # started elsewhere, as from a desktop shortcut
        with store.read() as session:
            stored = settings(session).folder
        assert stored is not None and stored.is_absolute()
        assert stored.resolve() == (tmp_path / "shared").resolve()
    finally:
        store.close()
