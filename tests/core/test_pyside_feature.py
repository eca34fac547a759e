"""Resident memory after every panel has been opened (bench/bench_startup.py): PySide6's
import hook must not leave a copy of every imported file in `linecache`
(views/pyside_feature.py), and the governance panel loads icalendar only to export.
Checked in fresh interpreters, where nothing is imported yet."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.paths import PROJECT_ROOT

PROBE = """
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
import PySide6.QtCore
if sys.argv[2] == "lighter":
    from views.pyside_feature import stop_keeping_sources
    assert stop_keeping_sources()
import uses_qt, plain
import traceback
try:
    plain.fail()
except ValueError:
    shown = traceback.format_exc()
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({
    "cached": sorted(n.rsplit("/", 1)[-1] for n in linecache.cache if n.startswith(sys.argv[1])
                     and len(linecache.cache[n]) > 1 and n.endswith("uses_qt.py")),
    "flags": [feature.pyside_feature_dict.get(m) for m in ("uses_qt", "plain")],
    "source_shown": "raise ValueError('the line')" in shown,
}))
"""


def probe(folder: Path, mode: str) -> dict[str, object]:
    (folder / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n" + "x = 1\n" * 500)
    (folder / "plain.py").write_text("def fail():\n    raise ValueError('the line')\n")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder), mode],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_imported_sources_are_not_kept_and_the_feature_flags_stay(tmp_path: Path) -> None:
    as_shipped = probe(tmp_path, "as shipped")
    lighter = probe(tmp_path, "lighter")
    assert as_shipped["cached"] == ["uses_qt.py"]  # what costs ~35 MB with every panel
    assert lighter["cached"] == []
    # shiboken's answer per module is unchanged: 0 = uses PySide6, -1 = ignored
    assert lighter["flags"] == as_shipped["flags"] == [0, -1]
    assert lighter["source_shown"] and as_shipped["source_shown"]  # tracebacks keep lines


GOVERNANCE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import views.governance.panel
print("icalendar" in sys.modules)
"""


def test_the_governance_panel_loads_icalendar_only_to_export() -> None:
    done = subprocess.run(
        [sys.executable, "-c", GOVERNANCE],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.stdout.strip() == "False"
