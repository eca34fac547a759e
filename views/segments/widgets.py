"""Segments in the Customers panel: a customer's placements, and managing segmentations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.segments import records as segments
from app.segments import steps
from views.context import AppContext
from views.widgets import ErrorForm, limited


class SegmentBox(QGroupBox):
    """One combo per segmentation; a choice is saved at once as its own undoable step."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("segmentBox")
        self.setTitle(self.tr("Segments"))
        self.customer_id: int | None = None
        self.combos: dict[int, QComboBox] = {}
        self.form = QFormLayout(self)
        self.empty = QLabel(self.tr("No segmentations yet: Customers → Segmentations…"))
        self.empty.setWordWrap(True)

    # --- a box of the customer's detail pane (views/customers/parts.py) -------------------

    def reload_team(self) -> None:
        self.rebuild()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.SEGMENT):
            # Placements carry the customer's id; a new or deleted segmentation has none.
            if changes.ids(Kind.SEGMENT):
                self.show_customer(self.customer_id)
            else:
                self.rebuild()

    def rebuild(self) -> None:
        """Recreate the combos after segmentations were added or removed."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        self.empty = QLabel(self.tr("No segmentations yet: Customers → Segmentations…"))
        self.empty.setWordWrap(True)
        found = (
            segments.list_segmentations(self.ctx.store, self.ctx.team_id)
            if (self.ctx.has_team)
            else []
        )
        if not found:
            self.form.addRow(self.empty)
        for segmentation in found:
            combo = QComboBox()
            combo.setObjectName(f"segmentation_{segmentation['id']}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.addItem(self.tr("(none)"), None)
            for segment in segmentation["segments"]:
                combo.addItem(segment["name"], segment["id"])
            combo.activated.connect(
                lambda _i, sid=segmentation["id"], name=segmentation["name"]: self._chosen(
                    sid, name
                )
            )
            self.combos[segmentation["id"]] = combo
            self.form.addRow(segmentation["name"], combo)
        self.show_customer(self.customer_id)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        placed = segments.segments_of(self.ctx.store, customer_id) if customer_id else {}
        for segmentation_id, combo in self.combos.items():
            combo.setEnabled(customer_id is not None)
            combo.setCurrentIndex(max(0, combo.findData(placed.get(segmentation_id))))

    def _chosen(self, segmentation_id: int, name: str) -> None:
        if self.customer_id is None:
            return
        segment_id = self.combos[segmentation_id].currentData()
        step = steps.place(self.ctx.store, self.customer_id, segmentation_id, segment_id, name)
        self.ctx.run(step, initiator=self)


class SegmentationsDialog(QDialog):
    """Several segmentations at once: list them, add one with its segments, delete one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("segmentationsDialog")
        self.setWindowTitle(self.tr("Segmentations"))
        self.resize(620, 560)
        self.tree = QTreeWidget()
        self.tree.setObjectName("segmentationTree")
        self.tree.setHeaderLabels([self.tr("Segmentation / segment"), self.tr("Customers")])
        self.tree.setColumnWidth(0, 380)
        delete = QPushButton(self.tr("Delete segmentation…"))
        delete.clicked.connect(self.delete_selected)
        self.form = ErrorForm()
        self.name = limited(QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. By need"))
        self.form.add("name", self.tr("New segmentation"), self.name)
        self.segment_names = QPlainTextEdit()
        self.form.add("segments", self.tr("Segments, one per line"), self.segment_names)
        self.segment_names.setMaximumHeight(110)
        add = QPushButton(self.tr("Add segmentation"))
        add.setObjectName("addSegmentation")
        add.clicked.connect(self.add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(row)
        layout.addLayout(self.form)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(close)
        self.reload()
        # An undo or redo may add or remove segmentations while this is open.
        ctx.changed.connect(self._on_changed)
        # The dialog outlives its closing (it is the window's child): stop listening then.
        self.finished.connect(lambda _result: ctx.changed.disconnect(self._on_changed))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.SEGMENT):
            self.reload()

    def reload(self) -> None:
        self.tree.clear()
        for segmentation in segments.list_segmentations(self.ctx.store, self.ctx.team_id):
            total = sum(s["customers"] for s in segmentation["segments"])
            top = QTreeWidgetItem([segmentation["name"], str(total)])
            top.setData(0, Qt.ItemDataRole.UserRole, segmentation["id"])
            for segment in segmentation["segments"]:
                top.addChild(QTreeWidgetItem([segment["name"], str(segment["customers"])]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)

    def add(self) -> int | None:
        """Create the segmentation typed in the form, as an undoable step."""
        store, team_id = self.ctx.store, self.ctx.team_id
        name, names = self.name.text(), self.segment_names.toPlainText().splitlines()
        try:
            step = steps.add_segmentation(store, team_id, name, names)
            segmentation_id: int = self.ctx.run(step, initiator=self)
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            return None
        self.form.clear_errors()
        self.name.clear()
        self.segment_names.clear()
        self.reload()
        return segmentation_id

    def delete_selected(self) -> None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return
        segmentation_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        question = self.tr(
            "Delete the segmentation {name}? Customers keep everything else; you can undo "
            "this with Ctrl+Z."
        ).format(name=item.text(0))
        if QMessageBox.question(self, self.tr("Delete segmentation"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        step = steps.delete_segmentation(self.ctx.store, segmentation_id, item.text(0))
        self.ctx.run(step, initiator=self)
        self.reload()
