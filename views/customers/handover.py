"""Start-up's first page handing its table over to the real model.

The rows start-up painted (read with sqlite3, views/early_start.py) are the model's first
page; what the user did meanwhile is carried over to the new model: the selected customer,
the current column, both scroll positions and the keyboard focus.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QTableView

from views.customers.rows_model import ID_ROLE


@dataclass(frozen=True)
class Shown:
    selected_id: int | None
    column: int
    vertical: int
    horizontal: int
    focused: bool


def shown_state(table: QTableView) -> Shown:
    current = table.currentIndex()
    selected = table.selectionModel().selectedRows() if table.selectionModel() else []
    chosen = selected[0] if selected else None
    return Shown(
        int(chosen.data(ID_ROLE)) if chosen is not None else None,
        max(current.column(), 0),
        table.verticalScrollBar().value(),
        table.horizontalScrollBar().value(),
        table.hasFocus(),
    )


def take_over(table: QTableView, model: QAbstractItemModel, shown: Shown) -> None:
    """Show `model` in `table` as the old model was shown (the old one is deleted)."""
    old, old_selection = table.model(), table.selectionModel()
    table.setModel(model)
    scrolls = table.hasAutoScroll()
    table.setAutoScroll(False)  # selecting must not move what the user looks at
    if shown.selected_id is not None:
        for row in range(model.rowCount()):
            index = model.index(row, shown.column)
            if index.data(ID_ROLE) == shown.selected_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                table.selectionModel().setCurrentIndex(index, flags)
                break
    table.setAutoScroll(scrolls)
    table.verticalScrollBar().setValue(shown.vertical)
    table.horizontalScrollBar().setValue(shown.horizontal)
    if shown.focused:
        table.setFocus()
    if old is not None and old is not model:
        old.deleteLater()
    if old_selection is not None:
        old_selection.deleteLater()
