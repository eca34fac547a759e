"""The base of the ladder's report tabs (who to call, advocates, statistics).

Each is a ReportView: it reads off the GUI thread, depends on the ladder's change kinds
and recomputes only while the user sees it. The board's filter values are captured on
the GUI thread when compute() is called, so the read never touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStyle, QTreeWidgetItem

from app.ladder import AREA
from app.ladder.filters import BoardFilter
from views.background import ReportView
from views.context import AppContext

T = TypeVar("T")
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 10  # a row's customer id, to show it on the board


class LadderReport(ReportView[T]):
    """A side tab of the ladder: `customerActivated(id)` when a row is activated."""

    customerActivated = Signal(int)

    def __init__(self, ctx: AppContext, board_filter: Callable[[], BoardFilter]) -> None:
        super().__init__(ctx, AREA.listens)
        self._board_filter = board_filter
        # The base sets no margins (charts fill their space); a tab page keeps the style's.
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        self.body.setContentsMargins(margin, margin, margin, margin)

    def board(self) -> BoardFilter | None:
        """The filter in force now, or None without a team (then nothing is computed)."""
        return self._board_filter() if self.ctx.has_team else None

    def activate_item(self, item: QTreeWidgetItem, _column: int) -> None:
        customer_id = item.data(0, CUSTOMER_ROLE)
        if customer_id is not None:
            self.customerActivated.emit(int(customer_id))
