"""The "Satisfaction" tab: NPS and the mean 1–5 score month by month with a warning on a
sharp drop, and satisfaction by ladder level and by segment of a chosen segmentation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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
from views.context import AppContext
from views.success.labels import HEALTH_COLOURS

DROP_STYLE = "color: #c0392b; font-weight: bold;"


@dataclass
class SatisfactionData:
    months: NpsSeries
    levels: list[SatisfactionPoint]
    segments: list[SatisfactionPoint]
    segmentations: list[dict[str, Any]]


class SatisfactionTab(ReportView[SatisfactionData]):
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
        self.plots: dict[str, Any] = {}
        self.result: SatisfactionData | None = None

    def compute(self) -> Callable[[Store], SatisfactionData] | None:
        if not self.ctx.has_team:
            return None
        team = self.ctx.team_id
        chosen = self.segmentation.currentData()

        def read(store: Store) -> SatisfactionData:
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

    def _build(self) -> None:
        from views.success.charts import bar_chart

        self.plots["nps"] = bar_chart(self, self.tr("NPS by month"), "npsChart")
        self.plots["score"] = bar_chart(
            self, self.tr("Mean satisfaction 1–5 by month"), "scoreChart"
        )
        self.plots["levels"] = bar_chart(
            self, self.tr("Satisfaction 1–5 by ladder level, last 12 months"), "levelChart"
        )
        self.plots["segments"] = bar_chart(
            self, self.tr("Satisfaction 1–5 by segment, last 12 months"), "segmentChart"
        )
        self.grid.addWidget(self.plots["nps"], 0, 0)
        self.grid.addWidget(self.plots["score"], 0, 1)
        self.grid.addWidget(self.plots["levels"], 1, 0)
        self.grid.addWidget(self.plots["segments"], 1, 1)

    def present(self, result: SatisfactionData) -> None:
        from views.success.charts import draw_bars, draw_line

        if not self.plots:
            self._build()
        self.result = result
        self._fill_segmentations(result.segmentations)
        months = result.months.months
        labels = [self._month(p.label) for p in months]
        draw_line(self.plots["nps"], labels, [p.nps for p in months], None, (-100, 100))
        draw_line(
            self.plots["score"],
            labels,
            [p.mean_score for p in months],
            HEALTH_COLOURS["green"],
            (1, 5),
        )
        for key, points in (("levels", result.levels), ("segments", result.segments)):
            draw_bars(
                self.plots[key],
                [p.label for p in points],
                [p.mean_score or 0.0 for p in points],
            )
            self.plots[key].setYRange(0, 5, padding=0)
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
