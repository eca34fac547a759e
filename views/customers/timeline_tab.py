"""The customer's interactions, newest first, with their next steps: the Timeline tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers import interactions, steps
from models.activity_fields import INTERACTION
from views.context import AppContext
from views.customers.dialogs import confirm
from views.field_labels import field_title
from views.labels import date_text, interaction_label
from views.widgets import WrappingDelegate

# The interaction fields the tree shows, in its columns' order (the next step with its due
# date; the outcome, who was there and whom they met in the summary's tooltip).
COLUMNS = ("occurred_on", "kind", "summary", "next_step")


class TimelineTab(QWidget):
    """Lists the interactions; logging one is asked of the panel, deleting one is undoable."""

    logRequested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.customer_id: int | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("timeline")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([field_title(INTERACTION.field(key)) for key in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        # Date and type fit their contents; summary and next step share the rest and wrap.
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        log = QPushButton(self.tr("Log interaction…"))
        log.setToolTip("Ctrl+L")
        log.clicked.connect(lambda: self.logRequested.emit())
        remove = QPushButton(self.tr("Delete interaction"))
        remove.clicked.connect(self.delete_interaction)
        self.buttons = [log, remove]
        row = QHBoxLayout()
        row.addWidget(log)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(row)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        for button in self.buttons:
            button.setEnabled(customer_id is not None)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        if not self.customer_id:
            return
        for row in interactions.timeline(self.ctx.store, self.customer_id):
            self.tree.addTopLevelItem(self._item(row))

    def _item(self, row: dict[str, Any]) -> QTreeWidgetItem:
        next_step = row["next_step"] or ""
        if row["next_step_due"]:
            due = date_text(row["next_step_due"])
            next_step = self.tr("{step} (by {due})").format(step=next_step, due=due)
        item = QTreeWidgetItem(
            [
                date_text(row["occurred_on"]),
                interaction_label(row["kind"]),
                row["summary"],
                next_step,
            ]
        )
        details = [row["summary"]]
        if row["outcome"]:
            details.append(self.tr("Outcome: {text}").format(text=row["outcome"]))
        if row["members"]:
            details.append(self.tr("Present: {names}").format(names=", ".join(row["members"])))
        if row["contacts"]:
            details.append(self.tr("Met: {names}").format(names=", ".join(row["contacts"])))
        item.setToolTip(2, "\n".join(details))
        item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
        return item

    def delete_interaction(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        iid = int(item.data(0, Qt.ItemDataRole.UserRole))
        if not confirm(self, self.tr("Delete this interaction from the timeline?")):
            return
        self.ctx.run(steps.delete_interaction(self.ctx.store, iid), initiator=self)
