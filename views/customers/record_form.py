"""The customer record form: the Details tab of the detail pane, with the boxes other areas
declare for it (views/customers/parts.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.areas import customer_boxes
from models.customer_fields import CUSTOMER, CustomerRecord
from models.fields import Catalogue, FieldKind
from models.rules import LadderLevel, SizeClass
from views.context import AppContext
from views.customers import parts
from views.customers.referral import ReferralField
from views.field_labels import field_label
from views.labels import level_label, number_text, size_label
from views.widgets import ErrorForm, limited

# The one-line texts of the catalogue: a line each, in the catalogue's order.
LINES = (FieldKind.TEXT, FieldKind.BUSINESS_ID, FieldKind.WEBSITE)


class CustomerForm(QWidget):
    """The editable fields of one customer, its referral, and the boxes of other areas.

    It only shows and collects values; the detail pane loads and saves them. Its labels and
    limits, and its text lines, come from the customer catalogue (models/customer_fields.py)."""

    catalogue: Catalogue = CUSTOMER

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = ErrorForm()
        self.heading = QLabel()
        self.heading.setObjectName("customerHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.form.addRow(self.heading)
        # Other areas' boxes (a negative order: here, under the heading; else below).
        declared = customer_boxes()
        self.boxes = parts.build(declared, ctx)
        placed = list(zip(declared, self.boxes, strict=True))
        for box in (box for part, box in placed if part.order < 0):
            self.form.addRow(box)
        self._add_identity()
        self._add_classification()
        self._add_scores()
        self.referral = ReferralField(ctx)
        referred = self._label("referred_by_customer_id")
        self.form.add("referred_by_customer_id", referred, self.referral)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.form.add("notes", self._label("notes"), self.notes)
        self.archived = QCheckBox(self.tr("Archived (hidden from the list)"))
        self.form.add("archived", "", self.archived)
        self._lay_out([box for part, box in placed if part.order >= 0])
        fields: dict[str, QWidget] = {
            **self.texts,
            **self.scores,
            "size_class": self.size_class,
            "ladder_level": self.level,
            "owner_id": self.owner,
            "annual_revenue": self.revenue,
            "referred_by_customer_id": self.referral,
            "notes": self.notes,
            "archived": self.archived,
        }
        parts.each(self.boxes, "mark_fields", [self.form, self.score_form], fields)

    # --- building ------------------------------------------------------------------------

    def _label(self, key: str) -> str:
        return field_label(self.catalogue.field(key))

    def _add_identity(self) -> None:
        self.texts: dict[str, QLineEdit] = {}
        for field in self.catalogue.of_kind(*LINES):
            self.texts[field.key] = limited(QLineEdit(), field.input_limit or 0)
            self.form.add(field.key, field_label(field), self.texts[field.key])
        self.name = self.texts["name"]
        self.name.setObjectName("customerName")
        self.business_id = self.texts["business_id"]
        self.business_id.setObjectName("customerBusinessId")
        self.business_id.setPlaceholderText("1234567-8")

    def _add_classification(self) -> None:
        self.size_class = QComboBox()
        for size in SizeClass:
            self.size_class.addItem(size_label(size.value), size.value)
        self.form.add("size_class", self._label("size_class"), self.size_class)
        self.level = QComboBox()
        for level in LadderLevel:
            self.level.addItem(level_label(level.value), level.value)
        self.form.add("ladder_level", self._label("ladder_level"), self.level)
        self.owner = QComboBox()
        self.form.add("owner_id", self._label("owner_id"), self.owner)
        revenue = self.catalogue.field("annual_revenue")
        self.revenue = limited(QLineEdit(), revenue.input_limit or 0)
        self.form.add("annual_revenue", field_label(revenue), self.revenue)

    def _add_scores(self) -> None:
        # A group of their own: their long labels would otherwise widen the label column
        # of the whole form and leave the text fields too narrow in a side pane.
        self.score_form = ErrorForm()
        self.score_group = QGroupBox(self.tr("Value and potential (1–5, – not scored)"))
        self.score_group.setLayout(self.score_form)
        self.scores: dict[str, QSpinBox] = {}
        for field in self.catalogue.of_kind(FieldKind.SCORE):
            spin = QSpinBox()
            low, high = field.range or (1, 5)
            spin.setRange(int(low) - 1, int(high))
            spin.setSpecialValueText("–")  # the lowest shows as "not scored"
            self.scores[field.key] = spin
            self.score_form.add(field.key, field_label(field), spin)

    def _lay_out(self, boxes: list[QWidget]) -> None:
        """The fields scroll; Save and Revert stay in sight below them."""
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveCustomer")
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.revert_button = QPushButton(self.tr("Revert"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(8, 4, 8, 4)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(self.form)
        layout.addWidget(self.score_group)
        for box in boxes:
            layout.addWidget(box)
        layout.addStretch(1)
        for combo in (self.size_class, self.level, self.owner, self.referral.contact):
            # Long Finnish labels must not force the pane wider than the window allows.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        for spin in self.scores.values():
            spin.setMaximumWidth(spin.fontMetrics().averageCharWidth() * 10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

    # --- showing and collecting ----------------------------------------------------------

    def set_members(self, members: list[dict[str, Any]], owner_id: int | None) -> None:
        """The owners to choose from: nobody, or one of the team company's members."""
        self.owner.clear()
        self.owner.addItem(self.tr("(nobody)"), None)
        for member in members:
            self.owner.addItem(member["name"], member["id"])
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner_id)))

    def fill(self, v: CustomerRecord | None) -> None:
        """Show a customer's values (None: a blank form for a new customer)."""
        self.form.clear_errors()
        self.score_form.clear_errors()
        self.heading.setText(v.name if v else self.tr("New customer"))
        for key, line in self.texts.items():
            line.setText((getattr(v, key) if v else None) or "")
        self.size_class.setCurrentIndex(
            max(0, self.size_class.findData((v and v.size_class) or "small"))
        )
        self.level.setCurrentIndex(max(0, self.level.findData((v and v.ladder_level) or "A3")))
        self.owner.setCurrentIndex(max(0, self.owner.findData(v.owner_id if v else None)))
        revenue = v.annual_revenue if v else None
        self.revenue.setText(number_text(revenue) if revenue is not None else "")
        for key, spin in self.scores.items():
            spin.setValue(int((getattr(v, key) if v else None) or 0))
        self.referral.show_values(v)
        self.notes.setPlainText((v.notes if v else None) or "")
        self.archived.setChecked(bool(v and v.archived))
        self.level.setEnabled(v is None)  # later moves go through the ladder

    def collect(self, new: bool) -> dict[str, Any]:
        """What the form holds, as typed (the app layer cleans and checks it)."""
        data: dict[str, Any] = {key: line.text() for key, line in self.texts.items()}
        data.update(
            {
                "size_class": self.size_class.currentData(),
                "owner_id": self.owner.currentData(),
                "annual_revenue": self.revenue.text(),
                "notes": self.notes.toPlainText(),
                "archived": self.archived.isChecked(),
                **self.referral.values(),
            }
        )
        if new:
            data["ladder_level"] = self.level.currentData()
        for key, spin in self.scores.items():
            data[key] = spin.value() or None
        return data
