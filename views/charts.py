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


class Turns(QObject):
    """Steps run one per turn of the event loop, the first at once; `run` again drops the
    steps of the previous run not yet done. A report tab makes and draws its plots this way
    (issue 24): four plots made, drawn and painted in one go held the window 0.1–0.5 s."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._serial = 0

    def run(self, steps: list[Callable[[], None]]) -> None:
        self._serial += 1
        self._next(self._serial, list(steps))

    def _next(self, serial: int, steps: list[Callable[[], None]]) -> None:
        if serial != self._serial or not steps:
            return
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, self, lambda: self._next(serial, steps))


def make_hidden(plot: QWidget) -> QWidget:
    """A plot placed in its layout before it is drawn: hidden, keeping its place, so that
    showing it once drawn repaints it alone (not every plot of a relaid grid)."""
    policy = plot.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    plot.setSizePolicy(policy)
    plot.hide()
    return plot


def pyqtgraph_loaded() -> bool:
    """Whether plots can be made without importing pyqtgraph on the GUI thread (a report's
    read loads it on its worker: importing it here would hold the window longer)."""
    return "pyqtgraph" in sys.modules
