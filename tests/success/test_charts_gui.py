"""The success charts keep the GUI thread free (issue 24, the heartbeat): a tab's plots are
made one per turn of the event loop while its figures are read off the GUI thread, and
the figures, when they arrive, are drawn one plot per turn, each shown once drawn."""

from __future__ import annotations

import threading
from typing import Any

import pytest

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("module", "cls", "slow", "plots"),
    [
        ("satisfaction_tab", "SatisfactionTab", "nps_by_month", 4),
        ("overview_tab", "OverviewTab", "health_distribution", 3),
    ],
)
def test_plots_are_made_one_per_turn_while_the_figures_are_read(  # type: ignore[no-untyped-def]
    ctx, qtbot, monkeypatch, module: str, cls: str, slow: str, plots: int
) -> None:
    import importlib

    import pyqtgraph  # noqa: F401  (loaded, as after the first report)
    from PySide6.QtWidgets import QApplication

    tabs = importlib.import_module(f"views.success.{module}")
    release = threading.Event()
    real = getattr(tabs, slow)

    def held(*args: Any) -> Any:
        release.wait(10)  # the figures take long to read
        return real(*args)

    monkeypatch.setattr(tabs, slow, held)
    tab = getattr(tabs, cls)(ctx)
    qtbot.addWidget(tab)
    tab.show()  # starts the read, and the plots' making: the first at once
    assert len(tab.plots) == 1
    made = []
    for _ in range(plots + 2):
        QApplication.processEvents()  # one turn each
        made.append(len(tab.plots))
    assert made == sorted(made) and made[-1] == plots
    assert tab.computing  # all made while the figures were still being read…
    assert not any(p.isVisible() for p in tab.plots.values())  # …and shown once drawn
    with qtbot.waitSignal(tab.computed):
        release.set()
    qtbot.waitUntil(lambda: all(p.isVisible() for p in tab.plots.values()))
    assert all(p.plotItem.items for p in tab.plots.values())  # drawn
