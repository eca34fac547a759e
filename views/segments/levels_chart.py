"""Customers by segment × ladder level: one horizontal stacked bar per segment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QGraphicsView, QLabel

from app.changes import Kind
from app.segments import records as segments
from app.segments.levels import SegmentLevels, segment_levels
from app.store import Store
from models.ladder import LEVELS
from views.charts import plot_widget
from views.context import AppContext
from views.palette import LEVEL_COLOURS
from views.segments.chart_view import ChartView, Filters, add_legend
from views.segments.labels import day_text, no_segment

DEPENDS = frozenset({Kind.SEGMENT, Kind.CUSTOMER, Kind.LADDER_MOVE, Kind.MEMBER})


@dataclass
class Result:
    segmentations: list[tuple[int, str]]
    chosen: int | None
    levels: SegmentLevels | None


class LevelsChart(ChartView[Result]):
    def __init__(self, ctx: AppContext, filters: Filters) -> None:
        super().__init__(ctx, filters, DEPENDS, "segmentLevelsChart")
        self.setWindowTitle(self.tr("Customers by segment and ladder level"))
        self.segmentation = QComboBox()
        self.segmentation.setObjectName("levelsSegmentation")
        self.segmentation.setMinimumContentsLength(18)
        self.segmentation.activated.connect(lambda _i: self.invalidate())
        self.caption = QLabel()
        self.options.addWidget(QLabel(self.tr("Segmentation")))
        self.options.addWidget(self.segmentation)
        self.options.addWidget(self.caption, 1)
        self.bars: list[pg.BarGraphItem] = []

    def compute(self) -> Callable[[Store], Result] | None:
        filt = self.filters()
        if filt is None:
            return None
        wanted = self.segmentation.currentData()

        def read(store: Store) -> Result:
            found = [(s["id"], s["name"]) for s in segments.list_segmentations(store, filt.team_id)]
            ids = [sid for sid, _name in found]
            chosen = wanted if wanted in ids else (ids[0] if ids else None)
            levels = segment_levels(store, filt, chosen) if chosen is not None else None
            return Result(found, chosen, levels)

        return read

    def present(self, result: Result) -> None:
        self.segmentation.clear()
        for sid, name in result.segmentations:
            self.segmentation.addItem(name, sid)
        self.segmentation.setCurrentIndex(max(0, self.segmentation.findData(result.chosen)))
        if result.levels is not None:
            self.caption.setText(
                self.tr("on {date} · {count} customers").format(
                    date=day_text(result.levels.day), count=result.levels.total
                )
            )
        super().present(result)

    def empty_text(self, result: Result) -> str | None:
        if not result.segmentations:
            return self.tr(
                "The team has no segmentations yet. Make one with Segments → Segmentations…"
            )
        if result.levels is None or result.levels.total == 0:
            return self.tr("No customers on this day with these filters.")
        return None

    def make_graphics(self) -> QGraphicsView:
        plot = plot_widget(self)
        plot.showGrid(x=True, alpha=0.15)
        self.legend = add_legend(self, plot, (-8, 8))
        return plot

    def draw(self, result: Result) -> None:
        levels = result.levels
        assert levels is not None and isinstance(self.graphics, pg.PlotWidget)
        plot: Any = self.graphics
        plot.clear()
        self.bars = []
        ys = list(range(len(levels.segments)))
        left = [0.0] * len(ys)
        rows = [levels.row(segment_id) for segment_id, _name in levels.segments]
        for index, level in enumerate(LEVELS):
            widths = [float(row[index]) for row in rows]
            bars = pg.BarGraphItem(
                x0=list(left),
                y=ys,
                height=0.7,
                width=widths,
                brush=QColor(LEVEL_COLOURS[level]),
                pen=pg.mkPen(None),
                name=level,
            )
            plot.addItem(bars)
            self.bars.append(bars)
            left = [a + b for a, b in zip(left, widths, strict=True)]
        names = [name or no_segment() for _sid, name in levels.segments]
        plot.getAxis("left").setTicks([[(y, _short(n)) for y, n in zip(ys, names, strict=True)]])
        plot.setXRange(0, max(left or [1]) * 1.1 or 1, padding=0)
        plot.setYRange(-0.6, len(ys) - 0.4, padding=0)
        plot.getPlotItem().invertY(True)  # the segmentation's first segment on top
        plot.setLabel("bottom", self.tr("Customers"))

    def drawn(self) -> dict[str, int]:
        """What is on the chart now: bars with a non-zero length, per level."""
        return {
            level: sum(1 for w in bar.opts["width"] if w)
            for level, bar in zip(LEVELS, self.bars, strict=True)
        }


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
