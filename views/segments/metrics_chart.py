"""The five metrics: each one's monthly performance curve against its target line, for the
team or one member; every month that reached its target carries a star."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QGraphicsView, QLabel

from app.changes import Kind
from app.segments.performance import Curve, Performance, performance
from app.store import Store
from views.charts import accent, foreground
from views.context import AppContext
from views.segments.chart_view import ChartView, Filters, layout_widget, style_plot
from views.segments.labels import (
    REACHED_COLOUR,
    TARGET_COLOUR,
    metric_label,
    month_text,
    number,
    unit_text,
)

DEPENDS = frozenset(
    {
        Kind.METRIC,
        Kind.CUSTOMER,
        Kind.INTERACTION,
        Kind.LADDER_MOVE,
        Kind.ROCKET,
        Kind.MEMBER,
        Kind.SEGMENT,
    }
)
TEAM = -1  # the "whose curve" combo's item for the whole team


class MetricsChart(ChartView[Performance]):
    def __init__(self, ctx: AppContext, filters: Filters) -> None:
        super().__init__(ctx, filters, DEPENDS, "metricsChart")
        self.setWindowTitle(self.tr("The five metrics"))
        self.whose = QComboBox()
        self.whose.setObjectName("metricsWhose")
        self.whose.setMinimumContentsLength(16)
        self.whose.addItem(self.tr("The team"), TEAM)
        self.whose.activated.connect(lambda _i: self._redraw())
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.options.addWidget(QLabel(self.tr("Curves of")))
        self.options.addWidget(self.whose)
        self.options.addWidget(self.caption, 1)
        self.plots: list[Any] = []
        self.curves: list[Any] = []
        self.stars: list[Any] = []
        self._last: Performance | None = None

    def compute(self) -> Callable[[Store], Performance] | None:
        filt = self.filters()
        if filt is None:
            return None
        return lambda store: performance(store, filt)

    def present(self, result: Performance) -> None:
        self._last = result
        chosen = self.whose.currentData()
        self.whose.clear()
        self.whose.addItem(self.tr("The team"), TEAM)
        for member_id, name in result.members:
            self.whose.addItem(name, member_id)
        self.whose.setCurrentIndex(max(0, self.whose.findData(chosen)))
        super().present(result)

    def empty_text(self, result: Performance) -> str | None:
        if not result.curves:
            return self.tr(
                "The team has not chosen its metrics yet. Choose at most five, with monthly "
                "targets: Segments → Metrics and targets…"
            )
        return None

    def make_graphics(self) -> QGraphicsView:
        return layout_widget(self)

    def _redraw(self) -> None:
        if self._last is not None and self.showing_chart:
            self.draw(self._last)

    def draw(self, result: Performance) -> None:
        view: Any = self.graphics
        view.clear()
        self.plots, self.curves, self.stars = [], [], []
        member = self.whose.currentData()
        team = member == TEAM or member is None
        summary = []
        for index, curve in enumerate(result.curves):
            plot = style_plot(self, view.addPlot(row=index // 2, col=index % 2))
            reached = self._draw_curve(plot, curve, result, member, team)
            summary.append(f"{metric_label(curve.label)} {reached}/{len(result.months)}")
            self.plots.append(plot)
        self.caption.setText(
            self.tr("Targets reached (months): {list}").format(list=" · ".join(summary))
        )

    def _draw_curve(
        self, plot: Any, curve: Curve, result: Performance, member: Any, team: bool
    ) -> int:
        values = curve.values(member, team)
        target = curve.target_for(team)
        reached = curve.reached(member, team)
        xs = list(range(len(values)))
        unit = unit_text(curve.unit)
        title = metric_label(curve.label)
        if target is not None:
            # A level (customers at A1) is a target at each month's end, not per month.
            template = (
                self.tr("{metric} — target {target}{unit} at each month's end")
                if curve.stock
                else self.tr("{metric} — target {target}{unit} a month")
            )
            title = template.format(
                metric=title,
                target=number(target, 0 if target == int(target) else 1),
                unit=f" {unit}" if unit else "",
            )
        plot.setTitle(title, color=foreground(self))
        line = plot.plot(
            xs,
            values,
            pen=pg.mkPen(accent(self), width=2),
            symbol="o",
            symbolSize=6,
            symbolBrush=QColor(accent(self)),
        )
        self.curves.append(line)
        if target is not None:
            plot.addItem(
                pg.InfiniteLine(
                    pos=target,
                    angle=0,
                    pen=pg.mkPen(TARGET_COLOUR, width=1, style=Qt.PenStyle.DashLine),
                )
            )
        hit = [(x, v) for x, v, ok in zip(xs, values, reached, strict=True) if ok]
        stars = pg.ScatterPlotItem(
            x=[x for x, _v in hit],
            y=[v for _x, v in hit],
            symbol="star",
            size=16,
            brush=QColor(REACHED_COLOUR),
            pen=pg.mkPen(QColor(REACHED_COLOUR).darker(150)),
        )
        plot.addItem(stars)
        self.stars.append(stars)
        ticks = [(i, month_text(m)) for i, m in enumerate(result.months)]
        step = max(1, len(ticks) // 6)
        plot.getAxis("bottom").setTicks([ticks[::step]])
        plot.setXRange(-0.5, max(len(xs) - 0.5, 1), padding=0)
        top = max([*values, target or 0.0, 1.0])
        plot.setYRange(0, top * 1.2, padding=0)
        return len(hit)

    def drawn(self) -> dict[str, int]:
        """Plots, curve points and reached-target stars."""
        return {
            "plots": len(self.plots),
            "points": sum(len(c.xData) for c in self.curves),
            "stars": sum(len(s.data) for s in self.stars),
        }
