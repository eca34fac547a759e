"""GUI tests are recognisable: every test that needs a QApplication carries the `gui` mark
(tests/conftest.py adds it), so `-m 'not gui'` runs exactly the others; a module of GUI
tests only is named `test_*_gui.py`, and a `_gui.py` module holds no other test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MODULE_KINDS


def module_kinds(config: pytest.Config, tmp_path: Path) -> dict[str, dict[str, int]]:
    """Each test module's count of GUI and other tests: from this session when it collected
    every module, else (one module run alone, a selection by path) from a fresh collection
    of the whole suite."""
    root = config.rootpath
    every = {path.relative_to(root).as_posix() for path in (root / "tests").rglob("test_*.py")}
    kinds = config.stash.get(MODULE_KINDS, {})
    if every <= kinds.keys():
        return kinds
    report = tmp_path / "kinds.json"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=root,
        env={**os.environ, "RAKETTI_MODULE_KINDS": str(report)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    collected: dict[str, dict[str, int]] = json.loads(report.read_text(encoding="utf-8"))
    assert every <= collected.keys(), sorted(every - collected.keys())
    return collected


def test_gui_modules_are_named_so_and_hold_only_gui_tests(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    kinds = module_kinds(request.config, tmp_path)
    only_gui_unnamed = [
        module
        for module, counts in sorted(kinds.items())
        if counts["gui"] and not counts["other"] and not module.endswith("_gui.py")
    ]
    named_but_mixed = [
        module
        for module, counts in sorted(kinds.items())
        if module.endswith("_gui.py") and counts["other"]
    ]
    assert only_gui_unnamed == [], "GUI tests only: rename to test_*_gui.py"
    assert named_but_mixed == [], "a _gui.py module with tests that need no QApplication"
