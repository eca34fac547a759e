"""What start-up imports before the first rows are painted (measured by
bench/bench_startup.py): the Customers panel and the window must not pull in every area's
models and the delete/restore machinery (app.deletion, models.all: ~80 ms at start), which
only editing needs. Checked in a fresh interpreter, where nothing is imported yet."""

from __future__ import annotations

import subprocess
import sys

from app.paths import PROJECT_ROOT

PROBE = """
import sys
import views.startup, views.launcher, views.main_window, views.customers.panel
print(",".join(m for m in ("models.all", "app.deletion", "app.customers.records")
               if m in sys.modules))
"""


def test_the_first_paint_path_leaves_the_write_path_unloaded() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.stdout.strip() == ""
