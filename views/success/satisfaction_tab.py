"""The "Satisfaction" tab: NPS and the mean 1–5 score month by month with a warning on a
sharp drop, and satisfaction by ladder level and by segment of a chosen segmentation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QStyle

from app.segments.records import list_segmentations
from app.store import Store
from app.success import AREA
from app.success.reports import (
    NpsSeries,
    SatisfactionPoint,
    nps_by_month,
    satisfaction_by_level,
    satisfaction_by_segment,
)
from views.background import ReportView
from views.charts import Turns, pyqtgraph_loaded
from views.context import AppContext
from views.success.labels import HEALTH_COLOURS
from views.success.plot_grid import PlotGrid

DROP_STYLE = "color: #c0392b; font-weight: bold;"
PLOTS = ("nps", "score", "levels", "segments")


@dataclass
class SatisfactionData:
    months: NpsSeries
    levels: list[SatisfactionPoint]
    segments: list[SatisfactionPoint]
    segmentations: list[dict[str, Any]]


class SatisfactionTab(PlotGrid, ReportView[SatisfactionData]):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, AREA.listens)
        self.setObjectName("successSatisfactionTab")
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.warning = QLabel()
        self.warning.setObjectName("successDropWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(DROP_STYLE)
        self.warning.hide()
        self.segmentation = QComboBox()
        self.segmentation.setObjectName("successSegmentation")
        self.segmentation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.segmentation.activated.connect(lambda _i: self.invalidate())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Segmentation:")))
        row.addWidget(self.segmentation)
        row.addStretch(1)
        self.body.addWidget(self.warning)
        self.body.addLayout(row)
        self.grid = QGridLayout()
        self.body.addLayout(self.grid, 1)
        self.plots: dict[str, Any] = {}  # made while the first figures are read
        self.turns = Turns(self)
        self.result: SatisfactionData | None = None

    def compute(self) -> Callable[[Store], SatisfactionData] | None:
        if not self.ctx.has_team:
            return None
        team = self.ctx.team_id
        chosen = self.segmentation.currentData()

        # The plots are made one per turn while the figures are read.
        if pyqtgraph_loaded():
            self.turns.run([partial(self._plot, key) for key in PLOTS if key not in self.plots])

        def read(store: Store) -> SatisfactionData:
            import pyqtgraph  # noqa: F401  (loaded here, on the worker, for present())

            segmentations = list_segmentations(store, team)
            ids = [s["id"] for s in segmentations]
            seg = chosen if chosen in ids else (ids[0] if ids else None)
            return SatisfactionData(
                nps_by_month(store, team),
                satisfaction_by_level(store, team),
                satisfaction_by_segment(store, seg) if seg is not None else [],
                segmentations,
            )

        return read

    def _specs(self) -> dict[str, tuple[str, str, tuple[int, ...]]]:
        """Each plot: its title, object name and place in the grid."""
        return {
            "nps": (self.tr("NPS by month"), "npsChart", (0, 0)),
            "score": (self.tr("Mean satisfaction 1–5 by month"), "scoreChart", (0, 1)),
            "levels": (
                self.tr("Satisfaction 1–5 by ladder level, last 12 months"),
                "levelChart",
                (1, 0),
            ),
            "segments": (
                self.tr("Satisfaction 1–5 by segment, last 12 months"),
                "segmentChart",
                (1, 1),
            ),
        }

    def present(self, result: SatisfactionData) -> None:
        from views.success.charts import draw_bars, draw_line

        self.result = result
        self._fill_segmentations(result.segmentations)
        months = result.months.months
        labels = [self._month(p.label) for p in months]

        def bars(points: list[SatisfactionPoint]) -> Callable[[Any], None]:
            def draw(plot: Any) -> None:
                draw_bars(plot, [p.label for p in points], [p.mean_score or 0.0 for p in points])
                plot.setYRange(0, 5, padding=0)

            return draw

        draws: dict[str, Callable[[Any], object]] = {
            "nps": lambda plot: draw_line(plot, labels, [p.nps for p in months], None, (-100, 100)),
            "score": lambda plot: draw_line(
                plot, labels, [p.mean_score for p in months], HEALTH_COLOURS["green"], (1, 5)
            ),
            "levels": bars(result.levels),
            "segments": bars(result.segments),
        }
        # One plot made, drawn and shown per turn of the event loop.
        self.turns.run([partial(self._show, key, draws[key]) for key in PLOTS])
        drop = result.months.drop
        self.warning.setVisible(drop is not None)
        if drop is not None:
            self.warning.setText(
                self.tr(
                    "Warning: NPS fell {points} points below the three months before. Act "
                    "fast: ask the team at the touchpoints what changed, and fix what can be "
                    "fixed quickly."
                ).format(points=round(drop))
            )

    def _month(self, key: str) -> str:
        year, month = key.split("-")
        return QLocale().toString(int(month)) + "/" + year[2:]

    def _fill_segmentations(self, segmentations: list[dict[str, Any]]) -> None:
        current = self.segmentation.currentData()
        self.segmentation.blockSignals(True)
        self.segmentation.clear()
        for segmentation in segmentations:
            self.segmentation.addItem(segmentation["name"], segmentation["id"])
        found = self.segmentation.findData(current)
        self.segmentation.setCurrentIndex(max(found, 0))
        self.segmentation.blockSignals(False)
