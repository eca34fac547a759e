"""The "Statistics" side tab: conversions and median days at a level, and the chart."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel

from app.ladder.filters import BoardFilter
from app.store import Store
from views.context import AppContext
from views.labels import number_text
from views.ladder.report_tab import LadderReport
from views.widgets import empty_state

if TYPE_CHECKING:  # app.ladder.stats brings pandas: loaded by the first computation
    from app.ladder.stats import Conversion, LadderSummary


def _rate(conv: Conversion) -> str:
    if conv.rate is None:
        return "–"
    # No-break spaces: "39 %" and its counts stay on one line when the text wraps.
    return f"{number_text(conv.rate * 100)}\u00a0%\u00a0({conv.moved}/{conv.base})"


def _days(value: float | None) -> str:
    return "–" if value is None else number_text(value)


class StatsTab(LadderReport["LadderSummary"]):
    def __init__(self, ctx: AppContext, board_filter: Callable[[], BoardFilter]) -> None:
        super().__init__(ctx, board_filter)
        self.chart: Any = None  # built when first presented: pyqtgraph is heavy
        self.stats_text = QLabel()
        self.stats_text.setObjectName("ladderStatsText")
        self.stats_text.setWordWrap(True)
        self.stats_text.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.stats_text)
        self.empty = empty_state(
            self.tr(
                "The team's ladder over time appears here: customers per level month by "
                "month, and the moves up. Add customers in the Customers panel and move them "
                "up the ladder on the board, with the reason for each move."
            ),
            "ladderStatsEmpty",
        )
        self.empty.hide()
        self.body.addWidget(self.empty, 1)

    def compute(self) -> Callable[[Store], LadderSummary] | None:
        board = self.board()
        if board is None:
            return None

        def read(store: Store) -> LadderSummary:
            # The first read loads pandas, and pyqtgraph for the chart present() makes, here
            # on the worker: loading them on the GUI thread froze the window for 0.4 s.
            import pyqtgraph  # noqa: F401

            from app.ladder.stats import summary

            return summary(store, board)

        return read

    def present(self, result: LadderSummary) -> None:
        if self.chart is None:
            from views.ladder.chart import LadderChart

            self.chart = LadderChart()
            self.body.addWidget(self.chart, 1)
            # Drawn in the next turn of the event loop: made, drawn and painted in one go,
            # the chart's first showing held the window for 0.2 s at 100 000 customers.
            QTimer.singleShot(0, self, lambda: self._draw(result))
        else:
            self._draw(result)
        # No customer on the ladder in the whole time shown: a sentence, not bare axes.
        empty = not sum(result.now.values()) and not any(
            any(values) for values in result.monthly.values.values()
        )
        self.empty.setVisible(empty)
        self.chart.setVisible(not empty)
        self.stats_text.setVisible(not empty)
        med = result.median_days
        self.stats_text.setText(
            self.tr("Conversion in the last 12 months: A3 → A2 {a3} · A2 → A1 {a2}").format(
                a3=_rate(result.conversions["A3"]), a2=_rate(result.conversions["A2"])
            )
            + "<br>"
            + self.tr("Median days at a level before moving on: A3 {a3}, A2 {a2}, A1 {a1}").format(
                a3=_days(med["A3"]), a2=_days(med["A2"]), a1=_days(med["A1"])
            )
        )

    def _draw(self, result: LadderSummary) -> None:
        if self.chart is not None:
            self.chart.show_summary(result)
