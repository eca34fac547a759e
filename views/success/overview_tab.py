"""The "Health and churn" tab: the health distribution, customers per lifecycle stage, and
the customers lost in the last twelve months by reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QStyle

from app.store import Store
from app.success import AREA
from app.success.reports import churn_by_reason, health_distribution, stage_counts
from views.background import ReportView
from views.charts import Turns, pyqtgraph_loaded
from views.context import AppContext
from views.success.labels import HEALTH_COLOURS, STAGE_COLOURS, codes, label
from views.success.plot_grid import PlotGrid

PLOTS = ("health", "stages", "churn")


@dataclass
class Overview:
    health: dict[str, int]
    stages: dict[str, int]
    churn: dict[str, int]


class OverviewTab(PlotGrid, ReportView[Overview]):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, AREA.listens)
        self.setObjectName("successOverviewTab")
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.summary = QLabel()
        self.summary.setObjectName("successOverviewSummary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.grid = QGridLayout()
        self.body.addLayout(self.grid, 1)
        self.plots: dict[str, Any] = {}  # made while the first figures are read
        self.turns = Turns(self)
        self.result: Overview | None = None

    def compute(self) -> Callable[[Store], Overview] | None:
        if not self.ctx.has_team:
            return None
        team, today = self.ctx.team_id, date.today()

        # The plots are made one per turn while the figures are read.
        if pyqtgraph_loaded():
            self.turns.run([partial(self._plot, key) for key in PLOTS if key not in self.plots])

        def read(store: Store) -> Overview:
            import pyqtgraph  # noqa: F401  (loaded here, on the worker, for present())

            return Overview(
                health_distribution(store, team),
                stage_counts(store, team),
                churn_by_reason(store, team, today - timedelta(days=365), today),
            )

        return read

    def _specs(self) -> dict[str, tuple[str, str, tuple[int, ...]]]:
        """Each plot: its title, object name and place in the grid."""
        return {
            "health": (self.tr("Health of tracked customers"), "healthChart", (0, 0)),
            "stages": (self.tr("Customers per lifecycle stage"), "stageChart", (0, 1)),
            "churn": (self.tr("Lost in the last 12 months, by reason"), "churnChart", (1, 0, 1, 2)),
        }

    def present(self, result: Overview) -> None:
        from views.success.charts import draw_bars

        self.result = result
        health_codes = ["green", "yellow", "red", "none"]
        stages = codes("stage")
        reasons = sorted(codes("lost_reason"), key=lambda r: -result.churn.get(r, 0))
        draws: dict[str, Callable[[Any], object]] = {
            "health": lambda plot: draw_bars(
                plot,
                [label("health", c) for c in health_codes],
                [float(result.health.get(c, 0)) for c in health_codes],
                [HEALTH_COLOURS[c] for c in health_codes],
            ),
            "stages": lambda plot: draw_bars(
                plot,
                [label("stage", s) for s in stages],
                [float(result.stages.get(s, 0)) for s in stages],
                [STAGE_COLOURS[s] for s in stages],
            ),
            "churn": lambda plot: draw_bars(
                plot,
                [label("lost_reason", r) for r in reasons],
                [float(result.churn.get(r, 0)) for r in reasons],
                ["#7f8c8d"] * len(reasons),
                horizontal=True,
            ),
        }
        # One plot made, drawn and shown per turn of the event loop.
        self.turns.run([partial(self._show, key, draws[key]) for key in PLOTS])
        self.summary.setText(self._sentence(result))

    def _sentence(self, result: Overview) -> str:
        tracked = sum(result.health.values())
        if not tracked and not result.stages:
            return self.tr(
                "No customer is tracked yet. Open a customer's Success tab to set its "
                "lifecycle stage and health."
            )
        lost = sum(result.churn.values())
        text = (
            self.tr("%n tracked customer(s).", "", tracked)
            + " "
            + self.tr("Red health: {count}.").format(count=result.health.get("red", 0))
        )
        if lost:
            top = max(result.churn, key=lambda r: result.churn[r])
            text += " " + self.tr(
                "%n lost in the last 12 months; most often: {reason}.", "", lost
            ).format(reason=label("lost_reason", top))
        return text
