"""One way to make a chart: a pyqtgraph plot that follows the platform palette.

Colours come from the widget's palette (base for the background, text for axes and titles),
so charts read well in light and dark mode alike. Charts only draw what a report function
in app/ computed; they never compute numbers of their own.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # pyqtgraph (and numpy) load with the first chart, not at start-up
    import pyqtgraph as pg


def foreground(widget: QWidget) -> QColor:
    return widget.palette().text().color()


def accent(widget: QWidget) -> str:
    """The palette's highlight colour, for the main series (visible on light and dark)."""
    return widget.palette().highlight().color().name()


def plot_widget(owner: QWidget, title: str | None = None) -> pg.PlotWidget:
    """A static plot (no mouse panning, no context menu) in the owner's palette colours."""
    import pyqtgraph as pg

    plot = pg.PlotWidget(background=owner.palette().base().color())
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    text = foreground(owner)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setTextPen(text)
        axis.setPen(text)
    if title:
        plot.setTitle(title, color=text)
    return plot


def build_in_turns(owner: QObject, steps: list[Callable[[], None]]) -> None:
    """Run each step (making one plot; it does nothing if the plot is made already) in a
    turn of the event loop of its own, while the report's figures are read off the GUI
    thread: a tab of four plots made in one go held the window for 0.1–0.5 s (issue 24).
    Whatever is not made when the figures arrive, present() makes at once. Only once
    pyqtgraph is loaded (the first report's read loads it on its worker): importing it here
    would hold the window longer than the plots do."""
    if "pyqtgraph" not in sys.modules or not steps:
        return
    first, rest = steps[0], steps[1:]

    def run() -> None:
        first()
        build_in_turns(owner, rest)

    QTimer.singleShot(0, owner, run)
