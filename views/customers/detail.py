"""The customer detail pane: the editable record, its contacts and the interaction timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.changes import Changes, Kind
from app.customers import contacts as contact_service
from app.customers import interactions
from app.customers import records as customers
from app.errors import InvalidRecord
from models.customer import SCORE_COLUMNS
from models.rules import LadderLevel, SizeClass
from views.context import AppContext
from views.customers.dialogs import ContactDialog
from views.labels import interaction_label, level_label, role_label, size_label
from views.segments.widgets import SegmentBox
from views.widgets import CustomerPicker, ErrorForm


class CustomerDetail(QTabWidget):
    """Shows one customer (or a blank one being added); saves through the undo stack."""

    saved = Signal(int)
    logRequested = Signal(int, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("customerDetail")
        self.customer_id: int | None = None
        self._loaded: dict[str, Any] = {}
        self.addTab(self._build_form(), self.tr("Details"))
        self.addTab(self._build_contacts(), self.tr("Contacts"))
        self.addTab(self._build_timeline(), self.tr("Timeline"))
        self.reload_team()
        self.show_customer(None)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # --- building ------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        self.form = ErrorForm()
        self.heading = QLabel()
        self.heading.setObjectName("customerHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.form.addRow(self.heading)
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.name.setObjectName("customerName")
        self.business_id = self.form.add("business_id", self.tr("Business ID"), QLineEdit())
        self.business_id.setObjectName("customerBusinessId")
        self.business_id.setPlaceholderText("1234567-8")
        self.industry = self.form.add("industry", self.tr("Industry"), QLineEdit())
        self.city = self.form.add("city", self.tr("City"), QLineEdit())
        self.website = self.form.add("website", self.tr("Website"), QLineEdit())
        self.size_class = QComboBox()
        for size in SizeClass:
            self.size_class.addItem(size_label(size.value), size.value)
        self.form.add("size_class", self.tr("Size class"), self.size_class)
        self.level = QComboBox()
        for level in LadderLevel:
            self.level.addItem(level_label(level.value), level.value)
        self.form.add("ladder_level", self.tr("Ladder level"), self.level)
        self.owner = QComboBox()
        self.form.add("owner_id", self.tr("Owner"), self.owner)
        self.revenue = self.form.add("annual_revenue", self.tr("Annual revenue (€)"), QLineEdit())
        self.scores: dict[str, QSpinBox] = {}
        titles = {
            "value_volume": self.tr("Value: volume"),
            "value_profitability": self.tr("Value: profitability"),
            "value_reference": self.tr("Value: reference"),
            "potential_share_of_wallet": self.tr("Potential: share of wallet"),
            "potential_cross_sell": self.tr("Potential: cross-sell"),
            "potential_growing_together": self.tr("Potential: growing together"),
        }
        for key in SCORE_COLUMNS:
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText("–")  # 0 shows as "not scored"
            self.scores[key] = self.form.add(key, titles[key], spin)
        referral = QWidget()
        referral_layout = QHBoxLayout(referral)
        referral_layout.setContentsMargins(0, 0, 0, 0)
        self.referrer = CustomerPicker(self.ctx)
        self.referrer.setObjectName("referredBy")
        self.referrer.setPlaceholderText(self.tr("Which customer brought this one?"))
        self.referrer_contact = QComboBox()
        self.referrer_contact.setObjectName("referredByContact")
        self.referrer.customerChosen.connect(self._load_referrer_contacts)
        self.referrer.textEdited.connect(self._referrer_edited)
        referral_layout.addWidget(self.referrer, 3)
        referral_layout.addWidget(self.referrer_contact, 2)
        self.form.add("referred_by_customer_id", self.tr("Referred by"), referral)
        self.notes = self.form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(90)
        self.archived = QCheckBox(self.tr("Archived (hidden from the list)"))
        self.form.add("archived", "", self.archived)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveCustomer")
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(lambda: self.show_customer(self.customer_id))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self.segment_box = SegmentBox(self.ctx)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.segment_box)
        layout.addStretch(1)
        for combo in (self.size_class, self.level, self.owner, self.referrer_contact):
            # Long Finnish labels must not force the pane wider than the window allows.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        return scroll

    def _build_contacts(self) -> QWidget:
        page = QWidget()
        self.contact_table = QTableWidget(0, 5)
        self.contact_table.setObjectName("contactTable")
        self.contact_table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Title"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Roles"),
            ]
        )
        self.contact_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.contact_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.contact_table.horizontalHeader().setStretchLastSection(True)
        self.contact_table.doubleClicked.connect(lambda _i: self.edit_contact())
        add = QPushButton(self.tr("Add contact…"))
        add.clicked.connect(self.add_contact)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_contact)
        remove = QPushButton(self.tr("Delete"))
        remove.clicked.connect(self.delete_contact)
        self._contact_buttons = [add, edit, remove]
        row = QHBoxLayout()
        for button in self._contact_buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.contact_table)
        layout.addLayout(row)
        return page

    def _build_timeline(self) -> QWidget:
        page = QWidget()
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setColumnCount(4)
        self.timeline.setHeaderLabels(
            [self.tr("Date"), self.tr("Type"), self.tr("Summary"), self.tr("Next step")]
        )
        self.timeline.setRootIsDecorated(False)
        self.timeline.setWordWrap(True)
        log = QPushButton(self.tr("Log interaction…"))
        log.setToolTip("Ctrl+L")
        log.clicked.connect(self._request_log)
        remove = QPushButton(self.tr("Delete interaction"))
        remove.clicked.connect(self.delete_interaction)
        self._timeline_buttons = [log, remove]
        row = QHBoxLayout()
        row.addWidget(log)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.timeline)
        layout.addLayout(row)
        return page

    # --- showing -------------------------------------------------------------------------

    def reload_team(self) -> None:
        """What depends on the team company: its members and its segmentations."""
        self.reload_members()
        self.segment_box.rebuild()

    def reload_members(self) -> None:
        self.owner.clear()
        self.owner.addItem(self.tr("(nobody)"), None)
        if self.ctx.has_team:
            for member in teams.members_of(self.ctx.store, self.ctx.team_id):
                self.owner.addItem(member["name"], member["id"])

    def show_customer(self, customer_id: int | None) -> None:
        """Fill the form from the database (None: a blank form for a new customer)."""
        self.form.clear_errors()
        values = customers.get_customer(self.ctx.store, customer_id) if customer_id else None
        self.customer_id = values["id"] if values else None
        self._loaded = values or {}
        v = self._loaded
        self.heading.setText(v.get("name") or self.tr("New customer"))
        self.name.setText(v.get("name") or "")
        self.business_id.setText(v.get("business_id") or "")
        self.industry.setText(v.get("industry") or "")
        self.city.setText(v.get("city") or "")
        self.website.setText(v.get("website") or "")
        self.size_class.setCurrentIndex(
            max(0, self.size_class.findData(v.get("size_class") or "small"))
        )
        self.level.setCurrentIndex(max(0, self.level.findData(v.get("ladder_level") or "A3")))
        self.owner.setCurrentIndex(max(0, self.owner.findData(v.get("owner_id"))))
        revenue = v.get("annual_revenue")
        self.revenue.setText(
            QLocale().toString(float(revenue), "f", 0) if revenue is not None else ""
        )
        for key, spin in self.scores.items():
            spin.setValue(int(v.get(key) or 0))
        self._show_referral(v)
        self.notes.setPlainText(v.get("notes") or "")
        self.archived.setChecked(bool(v.get("archived")))
        self.level.setEnabled(self.customer_id is None)  # later moves go through the ladder
        for button in (*self._contact_buttons, *self._timeline_buttons):
            button.setEnabled(self.customer_id is not None)
        self.segment_box.show_customer(self.customer_id)
        self._show_contacts()
        self._show_timeline()

    def _show_referral(self, values: dict[str, Any]) -> None:
        """Advocates: the customer (and, when known, the contact person) who referred this one."""
        self.referrer.clear()
        self.referrer.customer_id = None
        self.referrer_contact.clear()
        self.referrer_contact.hide()  # shown once a referring customer is chosen
        contact_id = values.get("referred_by_contact_id")
        customer_id = values.get("referred_by_customer_id")
        if contact_id:
            contact = contact_service.get_contact(self.ctx.store, contact_id)
            if contact:
                self.referrer.set_customer(contact["customer_id"], contact["customer_name"])
                self.referrer_contact.setCurrentIndex(self.referrer_contact.findData(contact_id))
        elif customer_id:
            other = customers.get_customer(self.ctx.store, customer_id)
            if other:
                self.referrer.set_customer(customer_id, other["name"])

    def _referrer_edited(self, _text: str) -> None:
        # The picker has already matched the text (it is connected first); clear the
        # contact choice only when the text no longer names a customer.
        if self.referrer.customer_id is None:
            self.referrer_contact.clear()
            self.referrer_contact.hide()

    def _load_referrer_contacts(self, customer_id: int) -> None:
        self.referrer_contact.clear()
        self.referrer_contact.show()
        self.referrer_contact.addItem(self.tr("(the organisation)"), None)
        for contact in contact_service.contacts_of(self.ctx.store, customer_id):
            label = contact["name"]
            if contact["advocate"]:
                label = self.tr("{name} · advocate").format(name=label)
            self.referrer_contact.addItem(label, contact["id"])

    def _referral_values(self) -> dict[str, Any]:
        if self.referrer.customer_id is None or not self.referrer.text().strip():
            return {"referred_by_customer_id": None, "referred_by_contact_id": None}
        contact_id = self.referrer_contact.currentData()
        if contact_id is not None:
            return {"referred_by_customer_id": None, "referred_by_contact_id": contact_id}
        return {
            "referred_by_customer_id": self.referrer.customer_id,
            "referred_by_contact_id": None,
        }

    def _show_contacts(self) -> None:
        rows = (
            contact_service.contacts_of(self.ctx.store, self.customer_id)
            if self.customer_id
            else []
        )
        self.contact_table.setRowCount(len(rows))
        for r, contact in enumerate(rows):
            roles = ", ".join(role_label(code) for code in contact["roles"].split(",") if code)
            if contact["advocate"]:
                roles = (
                    self.tr("{roles} · advocate").format(roles=roles)
                    if roles
                    else self.tr("advocate")
                )
            cells = [contact["name"], contact["title"], contact["email"], contact["phone"], roles]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text or "")
                item.setData(Qt.ItemDataRole.UserRole, contact["id"])
                self.contact_table.setItem(r, c, item)
        self._contacts = {row["id"]: row for row in rows}
        self.contact_table.resizeColumnsToContents()

    def _show_timeline(self) -> None:
        self.timeline.clear()
        if not self.customer_id:
            return
        locale = QLocale()
        for row in interactions.timeline(self.ctx.store, self.customer_id):
            next_step = row["next_step"] or ""
            if row["next_step_due"]:
                due = locale.toString(row["next_step_due"], QLocale.FormatType.ShortFormat)
                next_step = self.tr("{step} (by {due})").format(step=next_step, due=due)
            item = QTreeWidgetItem(
                [
                    locale.toString(row["occurred_on"], QLocale.FormatType.ShortFormat),
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
            self.timeline.addTopLevelItem(item)
        for column in range(3):
            self.timeline.resizeColumnToContents(column)

    # --- saving --------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name.text(),
            "business_id": self.business_id.text(),
            "industry": self.industry.text(),
            "city": self.city.text(),
            "website": self.website.text(),
            "size_class": self.size_class.currentData(),
            "owner_id": self.owner.currentData(),
            "annual_revenue": self.revenue.text(),
            "notes": self.notes.toPlainText(),
            "archived": self.archived.isChecked(),
            **self._referral_values(),
        }
        if self.customer_id is None:
            data["ladder_level"] = self.level.currentData()
        for key, spin in self.scores.items():
            data[key] = spin.value() or None
        return data

    def changes(self) -> dict[str, Any]:
        """Only the fields whose cleaned value differs from what was loaded."""
        cleaned = customers.clean_customer(self.collect())
        return {k: v for k, v in cleaned.items() if self._loaded.get(k) != v}

    def save(self) -> bool:
        """Validate and save; on a refusal show messages inline and keep what was typed."""
        store = self.ctx.store
        try:
            if self.customer_id is None:
                data = self.collect()
                team_id = self.ctx.team_id
                new_id = self.ctx.do(
                    self.tr("Add customer {name}").format(name=data["name"].strip()),
                    lambda: customers.create_customer(store, team_id, data),
                    lambda cid: customers.delete_customer(store, cid),
                    lambda snapshot: customers.restore_customer(store, snapshot),
                )
                self.show_customer(new_id)
            else:
                changes = self.changes()
                if changes:
                    cid = self.customer_id
                    self.ctx.do_edit(
                        self.tr("Edit customer {name}").format(name=self.name.text().strip()),
                        lambda values: customers.update_customer(store, cid, values),
                        changes,
                    )
                    self.show_customer(cid)
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            self.setCurrentIndex(0)
            return False
        assert self.customer_id is not None
        self.saved.emit(self.customer_id)
        return True

    # --- contacts and interactions -------------------------------------------------------

    def _selected_contact(self) -> int | None:
        row = self.contact_table.currentRow()
        item = self.contact_table.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def add_contact(self) -> None:
        if self.customer_id is None:
            return
        dialog = ContactDialog(self)
        if dialog.exec():
            store, cid, values = self.ctx.store, self.customer_id, dialog.values
            self.ctx.do(
                self.tr("Add contact {name}").format(name=values["name"].strip()),
                lambda: contact_service.create_contact(store, cid, values),
                lambda contact_id: contact_service.delete_contact(store, contact_id),
                lambda snapshot: contact_service.restore_contact(store, snapshot),
            )

    def edit_contact(self) -> None:
        contact_id = self._selected_contact()
        if contact_id is None:
            return
        dialog = ContactDialog(self, self._contacts[contact_id])
        if dialog.exec():
            store, values = self.ctx.store, dialog.values
            self.ctx.do_edit(
                self.tr("Edit contact {name}").format(name=values["name"].strip()),
                lambda changes: contact_service.update_contact(store, contact_id, changes),
                values,
            )

    def delete_contact(self) -> None:
        contact_id = self._selected_contact()
        if contact_id is None:
            return
        name = self._contacts[contact_id]["name"]
        if not self._confirm(self.tr("Delete the contact person {name}?").format(name=name)):
            return
        store = self.ctx.store
        self.ctx.do(
            self.tr("Delete contact {name}").format(name=name),
            lambda: contact_service.delete_contact(store, contact_id),
            lambda snapshot: contact_service.restore_contact(store, snapshot),
            lambda restored_id: contact_service.delete_contact(store, restored_id),
        )

    def delete_interaction(self) -> None:
        item = self.timeline.currentItem()
        if item is None:
            return
        iid = int(item.data(0, Qt.ItemDataRole.UserRole))
        if not self._confirm(self.tr("Delete this interaction from the timeline?")):
            return
        store = self.ctx.store
        self.ctx.do(
            self.tr("Delete interaction"),
            lambda: interactions.delete_interaction(store, iid),
            lambda snapshot: interactions.restore_interaction(store, snapshot),
            lambda restored_id: interactions.delete_interaction(store, restored_id),
        )

    def _request_log(self) -> None:
        if self.customer_id is not None:
            self.logRequested.emit(self.customer_id, self._loaded.get("name") or "")

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Confirm"), question)
        return answer == QMessageBox.StandardButton.Yes

    def on_changed(self, changes: Changes) -> None:
        """Refresh only the parts of the pane that the change touched."""
        if changes.touches(Kind.SEGMENT):
            # Placements carry the customer's id; a new or deleted segmentation has none.
            if changes.ids(Kind.SEGMENT):
                self.segment_box.show_customer(self.customer_id)
            else:
                self.segment_box.rebuild()
        if changes.touches(Kind.MEMBER):
            self.reload_members()
            self.owner.setCurrentIndex(max(0, self.owner.findData(self._loaded.get("owner_id"))))
        if self.customer_id is None:
            return
        if self.customer_id in changes.ids(Kind.CUSTOMER):
            if customers.get_customer(self.ctx.store, self.customer_id) is None:
                self.show_customer(None)
                return
            self.show_customer(self.customer_id)
        if changes.touches(Kind.CONTACT):
            self._show_contacts()
        if changes.touches(Kind.CONTACT, Kind.INTERACTION):
            self._show_timeline()
