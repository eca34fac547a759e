"""Bar and line charts of the success area, drawn with the shared plot_widget; they only
draw what a report function in app/success computed."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QWidget

from views.charts import accent, plot_widget


def small_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 0.85)
    return font


def bar_chart(owner: QWidget, title: str, name: str) -> pg.PlotWidget:
    plot = plot_widget(owner, title)
    plot.setObjectName(name)
    plot.showGrid(y=True, alpha=0.15)
    for side in ("left", "bottom"):
        plot.getAxis(side).setStyle(tickFont=small_font(owner))
    return plot


def draw_bars(
    plot: pg.PlotWidget,
    labels: list[str],
    values: list[float],
    colours: list[str] | None = None,
    horizontal: bool = False,
) -> None:
    """Bars with their category labels on the axis (horizontal bars for long labels)."""
    plot.clear()
    positions = list(range(len(values)))
    brushes = [QColor(c) for c in (colours or [accent(plot)] * len(values))]
    if horizontal:
        bars = pg.BarGraphItem(
            x0=0, y=positions, height=0.6, width=values, brushes=brushes, pen=pg.mkPen(None)
        )
        axis = plot.getAxis("left")
        axis.setTicks([list(enumerate(labels))])
        metrics = QFontMetricsF(small_font(plot))
        axis.setWidth(int(max([metrics.horizontalAdvance(t) for t in labels] or [40]) + 16))
        plot.getAxis("bottom").setTicks(None)
        plot.setYRange(-0.6, max(len(values) - 0.4, 0.6), padding=0)
        plot.setXRange(0, max(values or [1]) * 1.1 or 1, padding=0)
        plot.getViewBox().invertY(True)
    else:
        bars = pg.BarGraphItem(
            x=positions, height=values, width=0.6, brushes=brushes, pen=pg.mkPen(None)
        )
        plot.getAxis("bottom").setTicks([list(enumerate(labels))])
        plot.setXRange(-0.6, max(len(values) - 0.4, 0.6), padding=0)
        plot.setYRange(0, max(values or [1]) * 1.15 or 1, padding=0)
    plot.addItem(bars)
    top = max(values or [0])
    count_axis = plot.getAxis("bottom" if horizontal else "left")
    if top <= 10 and all(float(v).is_integer() for v in values):
        count_axis.setTickSpacing(2, 1)  # whole customers: no fractional ticks
    else:
        count_axis.setTickSpacing()


def draw_line(
    plot: pg.PlotWidget,
    labels: list[str],
    values: list[float | None],
    colour: str | None = None,
    y_range: tuple[float, float] | None = None,
    every: int = 3,
    name: str | None = None,
) -> None:
    """A line over categories (months); gaps where a value is missing."""
    plot.clear()
    pen = pg.mkPen(colour or accent(plot), width=2)
    xs = [i for i, v in enumerate(values) if v is not None]
    ys = [float(v) for v in values if v is not None]
    brush = QColor(colour or accent(plot))
    plot.plot(xs, ys, pen=pen, symbol="o", symbolSize=5, symbolBrush=brush, name=name)
    ticks = [(i, text) for i, text in enumerate(labels) if i % every == 0 or i == len(labels) - 1]
    plot.getAxis("bottom").setTicks([ticks])
    plot.setXRange(-0.5, max(len(labels) - 0.5, 0.5), padding=0)
    if y_range is not None:
        plot.setYRange(*y_range, padding=0.05)
