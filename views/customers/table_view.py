"""The customer table's view: sorting by header, whole-row selection, column sizes.

Imports no SQLAlchemy: start-up's first page (views/early_start.py) shows its rows in it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def customer_table(model: QAbstractItemModel) -> QTableView:
    """A read-only table over `model`, sorted by name first, as the model is."""
    table = QTableView()
    table.setObjectName("customerTable")
    table.setModel(model)
    # The indicator first: enabling sorting applies it, and it matches the model's order.
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    # Ctrl/Shift-click choose rows for Export view…; the detail pane shows the current row.
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, 260)
    header.setStretchLastSection(True)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table
