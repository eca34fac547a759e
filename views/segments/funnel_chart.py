"""The ladder funnel month by month: customers per level at each month's end (stacked), and
below it the monthly conversion out of A3 and out of A2."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsView, QLabel

from app.changes import Kind
from app.segments.funnel import Funnel, funnel
from app.store import Store
from models.ladder import LEVELS
from views.context import AppContext
from views.palette import LEVEL_COLOURS
from views.segments.chart_view import ChartView, Filters, add_legend, layout_widget, style_plot
from views.segments.labels import month_text, number

DEPENDS = frozenset({Kind.CUSTOMER, Kind.LADDER_MOVE, Kind.SEGMENT})


class FunnelChart(ChartView[Funnel]):
    def __init__(self, ctx: AppContext, filters: Filters) -> None:
        super().__init__(ctx, filters, DEPENDS, "funnelChart")
        self.setWindowTitle(self.tr("Ladder funnel"))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.options.addWidget(self.caption, 1)
        self.bars: list[pg.BarGraphItem] = []
        self.lines: list[Any] = []

    def compute(self) -> Callable[[Store], Funnel] | None:
        filt = self.filters()
        if filt is None:
            return None
        return lambda store: funnel(store, filt)

    def empty_text(self, result: Funnel) -> str | None:
        if result.empty:
            return self.tr("No customers on the ladder in this period with these filters.")
        return None

    def make_graphics(self) -> QGraphicsView:
        view = layout_widget(self)
        self.counts = style_plot(
            self, view.addPlot(row=0, col=0), self.tr("Customers per level at each month's end")
        )
        self.rates = style_plot(
            self, view.addPlot(row=1, col=0), self.tr("Moves up per 100 customers at the level")
        )
        self.rates.setXLink(self.counts)
        self.rates.showGrid(y=True, alpha=0.15)
        view.ci.layout.setRowStretchFactor(0, 3)
        view.ci.layout.setRowStretchFactor(1, 2)
        add_legend(self, self.counts, (8, 8))
        add_legend(self, self.rates, (8, 4))
        return view

    def draw(self, result: Funnel) -> None:
        self.counts.clear()
        self.rates.clear()
        self.bars, self.lines = [], []
        xs = list(range(len(result.months)))
        bottom = [0.0] * len(xs)
        for level in LEVELS:
            heights = [float(v) for v in result.counts[level]]
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
            self.bars.append(bars)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        names = {"A3": "A3 →", "A2": "A2 →"}
        shades = {"A3": LEVEL_COLOURS["A2"], "A2": LEVEL_COLOURS["A1"]}
        for lower in ("A3", "A2"):
            rates = result.conversion(lower)
            points = [(x, r * 100) for x, r in zip(xs, rates, strict=True) if r is not None]
            line = self.rates.plot(
                [x for x, _r in points],
                [r for _x, r in points],
                pen=pg.mkPen(shades[lower], width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=QColor(shades[lower]),
                name=names[lower],
            )
            self.lines.append(line)
        ticks = [(i, month_text(m)) for i, m in enumerate(result.months)]
        step = max(1, len(ticks) // 12)
        for plot in (self.counts, self.rates):
            plot.getAxis("bottom").setTicks([ticks[::step]])
            plot.setXRange(-0.6, max(len(xs) - 0.4, 1), padding=0)
        self.counts.setYRange(0, max(bottom or [1]) * 1.1 or 1, padding=0)
        last = len(xs) - 1
        self.caption.setText(
            self.tr(
                "At the end: A3 {a3}, A2 {a2}, A1 {a1}. Moves up in the period: "
                "out of A3 {up3}, out of A2 {up2}."
            ).format(
                a3=result.counts["A3"][last],
                a2=result.counts["A2"][last],
                a1=result.counts["A1"][last],
                up3=number(sum(result.upward["A3"])),
                up2=number(sum(result.upward["A2"])),
            )
        )

    def drawn(self) -> dict[str, int]:
        """Bars per level (one per month) and conversion points per line."""
        out = {level: len(bar.opts["x"]) for level, bar in zip(LEVELS, self.bars, strict=True)}
        for lower, line in zip(("A3", "A2"), self.lines, strict=True):
            out[f"rate_{lower}"] = len(line.xData) if line.xData is not None else 0
        return out
