"""Interactions per month by member: one stacked bar per month, a colour per member."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsView, QLabel

from app.changes import Kind
from app.segments.activity import Activity, interactions_per_member
from app.store import Store
from views.charts import plot_widget
from views.context import AppContext
from views.segments.chart_view import ChartView, Filters, add_legend
from views.segments.labels import NOBODY_COLOUR, colour, month_text, nobody

DEPENDS = frozenset({Kind.INTERACTION, Kind.CUSTOMER, Kind.MEMBER, Kind.SEGMENT})


class ActivityChart(ChartView[Activity]):
    def __init__(self, ctx: AppContext, filters: Filters) -> None:
        super().__init__(ctx, filters, DEPENDS, "activityChart")
        self.setWindowTitle(self.tr("Interactions per month by member"))
        self.caption = QLabel()
        self.options.addWidget(self.caption, 1)
        self.bars: list[pg.BarGraphItem] = []

    def compute(self) -> Callable[[Store], Activity] | None:
        filt = self.filters()
        if filt is None:
            return None
        return lambda store: interactions_per_member(store, filt)

    def empty_text(self, result: Activity) -> str | None:
        if result.total == 0:
            return self.tr(
                "No interactions logged in this period with these filters. Log visits and "
                "calls in the Customers panel (Ctrl+L)."
            )
        return None

    def make_graphics(self) -> QGraphicsView:
        plot = plot_widget(self)
        plot.showGrid(y=True, alpha=0.15)
        plot.setLabel("left", self.tr("Interactions"))
        self.legend = add_legend(self, plot, (8, 8))
        self.legend.setColumnCount(2)
        return plot

    def draw(self, result: Activity) -> None:
        plot: Any = self.graphics
        plot.clear()
        self.bars = []
        xs = list(range(len(result.months)))
        bottom = [0.0] * len(xs)
        for index, (member_id, name) in enumerate(result.members):
            heights = [float(v) for v in result.counts[member_id]]
            shade = NOBODY_COLOUR if member_id is None else colour(index)
            bars = pg.BarGraphItem(
                x=xs,
                height=heights,
                y0=list(bottom),
                width=0.8,
                brush=QColor(shade),
                pen=pg.mkPen(None),
                name=name or nobody(),
            )
            plot.addItem(bars)
            self.bars.append(bars)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        ticks = [(i, month_text(m)) for i, m in enumerate(result.months)]
        step = max(1, len(ticks) // 12)
        plot.getAxis("bottom").setTicks([ticks[::step]])
        plot.setXRange(-0.6, max(len(xs) - 0.4, 1), padding=0)
        plot.setYRange(0, max(bottom or [1]) * 1.35 or 1, padding=0)  # room for the legend
        self.caption.setText(self.tr("An interaction counts for every member who took part in it."))

    def drawn(self) -> dict[str, int]:
        """Members drawn, and month bars per member."""
        return {
            "members": len(self.bars),
            "months": len(self.bars[0].opts["x"]) if self.bars else 0,
        }
