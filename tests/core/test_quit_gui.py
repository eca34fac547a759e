"""Every dialog opened and closed, then Ctrl+Q: the process ends cleanly.

The crash this guards against (Rocket → assessment round → pause → Ctrl+Q: "QObject:
shared QObject was deleted directly", then a segfault or abort) happens while the process
ends, so the tour runs in a process of its own under `python -X faulthandler`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import Paths

TOUR = Path(__file__).resolve().parent.parent / "dialog_tour.py"


@pytest.mark.gui
def test_every_dialog_then_quit_ends_the_process_cleanly(paths: Paths, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RAKETTI_HOME": str(tmp_path / "tour")}
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", str(TOUR)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = done.stdout + done.stderr
    assert "shared QObject" not in output, output[-3000:]
    assert "Fatal Python error" not in output, output[-3000:]
    assert done.returncode == 0, output[-3000:]
    for dialog in ("new team", "log visit", "contact", "ladder move", "assessment round 3"):
        assert f"opened and closed: {dialog}" in done.stdout
    assert done.stdout.rstrip().endswith("quit cleanly")
