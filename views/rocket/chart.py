"""Progress chart (pyqtgraph): total dots over time, per level or per process, vs target."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.rocket import AREA
from app.rocket.processes import ProcessInfo, read_processes
from app.rocket.progress import ProgressSeries, progress_series
from app.store import Store
from views.background import ReportView
from views.charts import accent, foreground, plot_widget
from views.context import AppContext
from views.rocket.common import level_text, period_kind_text, pick
from views.widgets import empty_state

LEVEL_COLOURS = {1: "#d35400", 2: "#27ae60", 3: "#2980b9", 4: "#8e44ad"}


@dataclass
class ChartData:
    """What one computation of the chart reads: the series and the processes to pick from."""

    series: ProgressSeries
    processes: list[ProcessInfo]


class ProgressChart(ReportView[ChartData]):
    """Dots over time; the series is read off the GUI thread, only while the chart is shown.

    Changing the period kind reads again; showing another mode or process redraws what was
    already read.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, AREA.listens, parent)
        self.setObjectName("rocketProgress")
        self.mode = QComboBox()
        self.mode.setObjectName("chartMode")
        self.mode.addItem(self.tr("All processes together"), "total")
        self.mode.addItem(self.tr("Per level"), "level")
        self.mode.addItem(self.tr("One process"), "process")
        self.kind = QComboBox()
        self.kind.setObjectName("chartPeriodKind")
        for kind in ("month", "quarter", "half_year", "year"):
            self.kind.addItem(period_kind_text(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData("half_year"))
        self.process = QComboBox()
        self.process.setObjectName("chartProcess")
        self.process.setMinimumContentsLength(20)
        self.kind.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.mode.currentIndexChanged.connect(lambda _i: self._draw())
        self.process.currentIndexChanged.connect(lambda _i: self._draw())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.mode)
        top.addWidget(self.process)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.kind)
        top.addStretch(1)
        self.body.addLayout(top)
        self.empty = empty_state(
            self.tr(
                "The team's dots over time appear here, against its targets. Score the "
                "processes first: click a process in the Rocket tab and save its dots, or "
                "run an assessment round."
            ),
            "rocketProgressEmpty",
        )
        self.empty.hide()
        self.body.addWidget(self.empty, 1)
        # Made when the first result is shown: pyqtgraph loads then, not at start-up.
        self.plot: Any = None
        self.legend: Any = None
        self.series: ProgressSeries | None = None

    def _make_plot(self) -> None:
        self.plot = plot_widget(self)  # follows the palette: readable in dark mode too
        self.plot.setObjectName("progressPlot")
        self.plot.showGrid(x=False, y=True, alpha=0.3)
        self.plot.setLabel("left", self.tr("Dots"))
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextColor=foreground(self))
        self.body.insertWidget(self.body.indexOf(self.empty), self.plot, 1)

    def compute(self) -> Callable[[Store], ChartData] | None:
        if not self.ctx.has_team:
            return None
        team, kind = self.ctx.team_id, str(self.kind.currentData())

        def read(store: Store) -> ChartData:
            return ChartData(progress_series(store, team, kind), read_processes(store, team))

        return read

    def present(self, result: ChartData) -> None:
        if self.plot is None:
            self._make_plot()
        self.series = result.series
        lang = self.ctx.language
        current = self.process.currentData()
        self.process.blockSignals(True)
        self.process.clear()
        for p in result.processes:
            self.process.addItem(f"{p.code} {pick(p.name_fi, p.name_en, lang)}", p.code)
        self.process.setCurrentIndex(max(self.process.findData(current), 0))
        self.process.blockSignals(False)
        self._draw()

    def _line(
        self, values: Sequence[int | None], colour: str, name: str, dashed: bool = False
    ) -> None:
        xs = [i for i, v in enumerate(values) if v is not None]
        ys = [values[i] for i in xs]
        if not xs:
            return
        import pyqtgraph as pg  # loaded already: the plot exists

        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        pen = pg.mkPen(colour, width=2, style=style)
        symbol = "t" if dashed else "o"
        self.plot.plot(xs, ys, pen=pen, symbol=symbol, symbolBrush=colour, symbolSize=7, name=name)

    def _draw(self) -> None:
        series = self.series
        if self.plot is None:
            return
        self.plot.clear()
        self.legend.clear()
        if series is None:
            return
        # Nothing scored and no targets: a sentence that says how to get a chart.
        empty = not any(series.total) and not any(series.target_total)
        self.empty.setVisible(empty)
        self.plot.setVisible(not empty)
        mode = self.mode.currentData()
        self.process.setVisible(mode == "process")
        if mode == "total":
            self._line(series.total, accent(self), self.tr("Actual"))
            self._line(series.target_total, "#c0392b", self.tr("Target"), dashed=True)
            top = series.max_total
        elif mode == "level":
            for level, values in series.by_level.items():
                colour = LEVEL_COLOURS.get(level, "#555")
                self._line(values, colour, level_text(level))
                self._line(series.target_by_level[level], colour, self.tr("target"), dashed=True)
            top = max(
                [
                    3 * sum(1 for lv in series.levels.values() if lv == level)
                    for level in series.by_level
                ]
                or [3]
            )
        else:
            code = self.process.currentData()
            if code in series.by_process:
                self._line(series.by_process[code], accent(self), self.tr("Actual"))
                self._line(
                    series.target_by_process[code], "#c0392b", self.tr("Target"), dashed=True
                )
            top = 3
        axis = self.plot.getAxis("bottom")
        step = max(1, len(series.labels) // 12)  # months over two years would crowd the axis
        axis.setTicks([[(i, label) for i, label in enumerate(series.labels) if i % step == 0]])
        self.plot.setYRange(0, top + 0.5, padding=0)
        self.plot.setXRange(-0.3, max(len(series.labels) - 0.7, 0.7), padding=0)
