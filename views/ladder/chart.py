"""The ladder chart: level counts month by month (stacked bars) and the upward moves."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ladder.stats import LadderSummary
from models.ladder import LEVELS
from views.charts import foreground, plot_widget
from views.palette import LEVEL_COLOURS


class LadderChart(QWidget):
    """Two plots sharing the month axis: customers per level, and conversions per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ladderChart")
        # Titles are labels that wrap, not plot titles: a narrow tab must not cut them.
        self.counts = plot_widget(self)
        self.moves = plot_widget(self)
        self.moves.showGrid(y=True, alpha=0.15)
        self.moves.setXLink(self.counts)
        self.moves.setMaximumHeight(170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Customers per level at each month's end")))
        layout.addWidget(self.counts, 3)
        layout.addWidget(_title(self.tr("Moves up per month")))
        layout.addWidget(self.moves, 2)
        self._legend = self.counts.addLegend(offset=(8, 8), labelTextColor=foreground(self))
        self._moves_legend = self.moves.addLegend(offset=(8, 4), labelTextColor=foreground(self))

    def show_summary(self, summary: LadderSummary) -> None:
        self.counts.clear()
        self.moves.clear()
        monthly = summary.monthly
        xs = list(range(len(monthly.days)))
        bottom = [0.0] * len(xs)
        for level in LEVELS:  # A3 at the bottom, as on the ladder
            heights = [float(v) for v in monthly.values[level]]
            bars = pg.BarGraphItem(
                x=xs,
                height=heights,
                y0=list(bottom),
                width=0.8,
                brush=QColor(LEVEL_COLOURS[level]),
                pen=pg.mkPen(None),
                name=level,
            )
            self.counts.addItem(bars)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        up = summary.upward.values
        pens = {"A3": LEVEL_COLOURS["A2"], "A2": LEVEL_COLOURS["A1"]}
        names = {"A3": "A3 → A2", "A2": "A2 → A1"}
        for lower in ("A3", "A2"):
            values = [float(v) for v in up[lower]] if lower in up else []
            self.moves.plot(
                list(range(len(values))),
                values,
                pen=pg.mkPen(pens[lower], width=2),
                symbol="o",
                symbolSize=5,
                symbolBrush=QColor(pens[lower]),
                name=names[lower],
            )
        locale = QLocale()
        # Every third month, and the last one unless it would crowd the one before it.
        shown = [i for i in range(len(xs)) if i % 3 == 0]
        if xs and (not shown or len(xs) - 1 - shown[-1] >= 2):
            shown.append(len(xs) - 1)
        days = monthly.days
        ticks = [(i, locale.toString(QDate(days[i]), "MMM yy")) for i in shown]
        for plot in (self.counts, self.moves):
            plot.getAxis("bottom").setTicks([ticks])
            plot.setXRange(-0.6, max(len(xs) - 0.4, 1), padding=0)
        self.counts.setYRange(0, max(bottom or [1]) * 1.08 or 1, padding=0)
        peak = max([float(v) for lower in ("A3", "A2") if lower in up for v in up[lower]] or [0])
        self.moves.setYRange(0, max(peak, 1) * 1.15, padding=0)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        for plot in (self.counts, self.moves):
            plot.getAxis("bottom").setStyle(tickFont=font)
            plot.getAxis("left").setStyle(tickFont=font)


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    label.setStyleSheet("font-weight: bold;")
    return label
