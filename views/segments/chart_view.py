"""The base of every chart in the segments panel: a report view with its own options row,
PNG / SVG export, copy to the clipboard, and a sentence instead of an empty axis.

Charts draw what a report function in app/segments computed; they compute nothing. The
pyqtgraph widget is made when the first result arrives, so a chart never shown costs
nothing at start-up.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QTableView,
    QWidget,
)

from app.changes import Kind
from app.files import atomic_write
from app.segments.filters import ChartFilter
from views.background import ReportView
from views.charts import foreground
from views.context import AppContext

T = TypeVar("T")
Filters = Callable[[], ChartFilter | None]


def style_plot(owner: QWidget, plot: pg.PlotItem, title: str | None = None) -> pg.PlotItem:
    """A PlotItem in a GraphicsLayoutWidget, styled as views.charts.plot_widget styles one."""
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


def add_legend(owner: QWidget, plot: Any, offset: tuple[int, int]) -> pg.LegendItem:
    """A legend on a translucent panel of the palette's base colour, so bars and balloons
    under it do not muddle its names."""
    base = QColor(owner.palette().base().color())
    base.setAlpha(215)
    return plot.addLegend(offset=offset, labelTextColor=foreground(owner), brush=base)


def tidy_table(table: QTableView, stretch: int) -> None:
    """One line per row, columns as wide as their contents, `stretch` takes the rest."""
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def layout_widget(owner: QWidget) -> pg.GraphicsLayoutWidget:
    view = pg.GraphicsLayoutWidget()
    view.setBackground(owner.palette().base().color())
    return view


class ChartView(ReportView[T]):
    """A chart page: `options` (a row for chart-specific controls), `draw(result)` makes or
    updates `self.graphics`, `empty_text(result)` says why there is nothing to draw."""

    customerRequested = Signal(int)

    def __init__(
        self, ctx: AppContext, filters: Filters, depends_on: frozenset[Kind], name: str
    ) -> None:
        super().__init__(ctx, depends_on)
        self.setObjectName(name)
        self.filters = filters
        self.graphics: QGraphicsView | None = None
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.options = QHBoxLayout()
        self.body.addLayout(self.options)
        self.stack = QStackedWidget()
        self.placeholder = QWidget()  # replaced by the chart when the first result comes
        self.stack.addWidget(self.placeholder)
        self.empty = QLabel()
        self.empty.setObjectName("chartEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.body.addWidget(self.stack, 1)

    # --- to implement ---------------------------------------------------------------------

    def make_graphics(self) -> QGraphicsView:
        raise NotImplementedError

    def draw(self, result: T) -> None:
        raise NotImplementedError

    def empty_text(self, result: T) -> str | None:
        """A sentence when there is nothing to draw (then no axes are shown)."""
        return None

    # --- presenting -----------------------------------------------------------------------

    def present(self, result: T) -> None:
        sentence = self.empty_text(result)
        if sentence:
            self.empty.setText(sentence)
            self.stack.setCurrentWidget(self.empty)
            return
        if self.graphics is None:
            self.graphics = self.make_graphics()
            self.stack.addWidget(self.graphics)
        self.draw(result)
        self.stack.setCurrentWidget(self.graphics)

    @property
    def showing_chart(self) -> bool:
        return self.graphics is not None and self.stack.currentWidget() is self.graphics

    # --- export ---------------------------------------------------------------------------

    def export_png(self, path: Path) -> None:
        """The chart as a PNG at its on-screen size (pyqtgraph's ImageExporter)."""
        import pyqtgraph.exporters as exporters

        view = self._view()
        exporter = exporters.ImageExporter(view.scene())
        _write_replacing(path, lambda tmp: exporter.export(str(tmp)))

    def export_svg(self, path: Path) -> None:
        """The chart as SVG. pyqtgraph's SVGExporter cannot parse the paths Qt 6.12 writes
        (pyqtgraph issue #3485), so the scene is painted on Qt's own QSvgGenerator."""
        view = self._view()
        scene = view.scene()
        rect = scene.sceneRect()

        def write(tmp: Path) -> None:
            generator = QSvgGenerator()
            generator.setFileName(str(tmp))
            generator.setSize(QSize(int(rect.width()), int(rect.height())))
            generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
            generator.setTitle(self.windowTitle() or self.objectName())
            painter = QPainter(generator)
            try:
                scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
            finally:
                painter.end()

        _write_replacing(path, write)

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self._view().grab().toImage())

    def _view(self) -> QGraphicsView:
        if not self.showing_chart or self.graphics is None:
            raise LookupError("no chart is shown")
        return self.graphics


def _write_replacing(path: Path, write: Callable[[Path], Any]) -> None:
    """Write to a temporary file beside `path`, then move it into place: a failed export
    never leaves half a file under the chosen name (app.files.ExportError says why)."""
    with atomic_write(path) as tmp:
        write(tmp)
        if tmp.stat().st_size == 0:  # pyqtgraph's exporters fail without raising
            raise OSError(errno.EIO, QCoreApplication.translate("ChartView", "nothing was written"))
