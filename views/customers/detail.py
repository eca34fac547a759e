"""The customer detail pane: the record form, its contacts and the interaction timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget

from app import teams
from app.changes import Changes, Kind
from app.customers import records as customers
from app.errors import InvalidRecord
from views.context import AppContext
from views.customers.contacts_tab import ContactsTab
from views.customers.record_form import CustomerForm
from views.customers.timeline_tab import TimelineTab


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
        self.record = CustomerForm(ctx)
        self.contacts = ContactsTab(ctx)
        self.timeline = TimelineTab(ctx)
        self.addTab(self.record, self.tr("Details"))
        self.addTab(self.contacts, self.tr("Contacts"))
        self.addTab(self.timeline, self.tr("Timeline"))
        # The widgets the panel and the tests reach for, under their old names.
        self.form = self.record.form
        self.name = self.record.name
        self.business_id = self.record.business_id
        self.owner = self.record.owner
        self.referrer = self.record.referral.picker
        self.referrer_contact = self.record.referral.contact
        self.save_button = self.record.save_button
        self.segment_box = self.record.segment_box
        self.record.save_button.clicked.connect(self.save)
        self.record.revert_button.clicked.connect(lambda: self.show_customer(self.customer_id))
        self.timeline.logRequested.connect(self._request_log)
        self.reload_team()
        self.show_customer(None)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # --- showing -------------------------------------------------------------------------

    def reload_team(self) -> None:
        """What depends on the team company: its members and its segmentations."""
        self.reload_members()
        self.segment_box.rebuild()

    def reload_members(self) -> None:
        team = self.ctx.team_id if self.ctx.has_team else None
        # Members who left still own their customers: offered, and marked (app/teams.py).
        members = [
            m if m["active"] else {**m, "name": self.tr("{name} (left)").format(name=m["name"])}
            for m in (teams.members_of(self.ctx.store, team, True) if team is not None else [])
        ]
        self.record.set_members(members, self._loaded.get("owner_id"))

    def show_customer(self, customer_id: int | None) -> None:
        """Fill the pane from the database (None: a blank form for a new customer)."""
        values = customers.get_customer(self.ctx.store, customer_id) if customer_id else None
        self.customer_id = values["id"] if values else None
        self._loaded = values or {}
        self.record.fill(self._loaded)
        self.segment_box.show_customer(self.customer_id)
        self.contacts.show_customer(self.customer_id)
        self.timeline.show_customer(self.customer_id)

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
        if self.customer_id is None:
            return
        if self.customer_id in changes.ids(Kind.CUSTOMER):
            if customers.get_customer(self.ctx.store, self.customer_id) is None:
                self.show_customer(None)
                return
            self.show_customer(self.customer_id)
        if changes.touches(Kind.CONTACT):
            self.contacts.reload()
        if changes.touches(Kind.CONTACT, Kind.INTERACTION):
            self.timeline.reload()

    # --- saving --------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        return self.record.collect(new=self.customer_id is None)

    def changes(self) -> dict[str, Any]:
        """Only the fields whose cleaned value differs from what was loaded."""
        cleaned = customers.clean_customer(self.collect())
        return {k: v for k, v in cleaned.items() if self._loaded.get(k) != v}

    def save(self) -> bool:
        """Validate and save; on a refusal show messages inline and keep what was typed."""
        try:
            if self.customer_id is None:
                self._save_new()
            else:
                self._save_changes(self.customer_id)
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            self.setCurrentIndex(0)
            return False
        assert self.customer_id is not None
        self.saved.emit(self.customer_id)
        return True

    def _save_new(self) -> None:
        store, team_id, data = self.ctx.store, self.ctx.team_id, self.collect()
        new_id = self.ctx.do(
            self.tr("Add customer {name}").format(name=data["name"].strip()),
            lambda: customers.create_customer(store, team_id, data),
            lambda cid: customers.delete_customer(store, cid),
            lambda snapshot: customers.restore_customer(store, snapshot),
        )
        self.show_customer(new_id)

    def _save_changes(self, cid: int) -> None:
        changes = self.changes()
        if not changes:
            return
        store = self.ctx.store
        self.ctx.do_edit(
            self.tr("Edit customer {name}").format(name=self.name.text().strip()),
            lambda values: customers.update_customer(store, cid, values),
            changes,
        )
        self.show_customer(cid)

    def _request_log(self) -> None:
        if self.customer_id is not None:
            self.logRequested.emit(self.customer_id, self._loaded.get("name") or "")
