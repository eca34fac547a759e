"""The customer detail pane: the record form, its contacts and the interaction timeline,
then the tabs other areas declare for it (views/customers/parts.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget

from app import teams
from app.areas import customer_tabs
from app.changes import Changes, Kind
from app.customers import records as customers
from app.customers import steps as customer_steps
from app.errors import InvalidRecord
from models.customer_fields import CustomerRecord
from models.ids import CustomerId
from views.context import AppContext
from views.customers import parts
from views.customers.contacts_tab import ContactsTab
from views.customers.record_form import CustomerForm
from views.customers.timeline_tab import TimelineTab


class CustomerDetail(QTabWidget):
    """Shows one customer, a blank form for a new one, or (nothing chosen) an empty state
    that says what to do. Saves through the undo stack.

    It is an `Editor` (views/unsaved.py): the panel and the main window ask it before what
    was typed would be lost."""

    saved = Signal(int)
    logRequested = Signal(int, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("customerDetail")
        self.customer_id: CustomerId | None = None
        self.new = False  # a blank form for a new customer is shown
        self._loaded: CustomerRecord | None = None
        self._pristine: dict[str, Any] = {}
        self.record = CustomerForm(ctx)
        self.contacts = ContactsTab(ctx)
        self.timeline = TimelineTab(ctx)
        self.addTab(self.record, self.tr("Details"))
        self.addTab(self.contacts, self.tr("Contacts"))
        self.addTab(self.timeline, self.tr("Timeline"))
        # The other areas' tabs (success: lifecycle, health, goals; team sync: history),
        # after the pane's own (their orders 10, 20, 30), as declared in their Area.
        declared = customer_tabs()
        self.tabs = parts.build(declared, ctx)
        for part, tab in zip(declared, self.tabs, strict=True):
            self.addTab(tab, parts.title(part))
        # Everything other areas added (tabs, and the Details tab's boxes).
        self.parts = [*self.record.boxes, *self.tabs]
        self.record.save_button.clicked.connect(self.save)
        self.record.revert_button.clicked.connect(lambda: self.discard())
        self.timeline.logRequested.connect(self._request_log)
        self.empty_state = QLabel(self)
        self.empty_state.setObjectName("customerDetailEmpty")
        self.empty_state.setWordWrap(True)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setAutoFillBackground(True)
        self.empty_state.setMargin(24)
        self.empty_state.setText(
            self.tr(
                "Choose a customer in the list to see and edit it here, "
                "or add one with New customer (Ctrl+N)."
            )
        )
        self.reload_team()
        self.show_customer(None)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())

    # --- showing -------------------------------------------------------------------------

    def reload_team(self) -> None:
        """What depends on the team company: its members and its segmentations."""
        self.reload_members()
        parts.each(self.parts, "reload_team")

    def reload_members(self) -> None:
        team = self.ctx.team_id if self.ctx.has_team else None
        # Members who left still own their customers: offered, and marked (app/teams.py).
        members = [
            m if m["active"] else {**m, "name": self.tr("{name} (left)").format(name=m["name"])}
            for m in (teams.members_of(self.ctx.store, team, True) if team is not None else [])
        ]
        self.record.set_members(members, self._loaded.owner_id if self._loaded else None)

    def show_customer(self, customer_id: int | None) -> None:
        """Fill the pane from the database (None, or a customer that is gone: the empty
        state). Callers ask `has_unsaved()` first; this replaces whatever was typed."""
        chosen = CustomerId(customer_id) if customer_id else None
        values = customers.get_customer(self.ctx.store, chosen) if chosen else None
        self._show(values, new=False)

    def start_new(self) -> None:
        """A blank form for a new customer."""
        self._show(None, new=True)
        self.setCurrentIndex(0)
        self.record.name.setFocus()

    def _show(self, values: CustomerRecord | None, new: bool) -> None:
        self.new = new and values is None
        self._fill_record(values)
        self.contacts.show_customer(self.customer_id)
        self.timeline.show_customer(self.customer_id)
        parts.each(self.parts, "show_customer", self.customer_id)
        empty = self.is_empty
        for page in (self.record, self.contacts, self.timeline, *self.tabs):
            page.setEnabled(not empty)
        self.empty_state.setVisible(empty)
        self.empty_state.raise_()

    def _fill_record(self, values: CustomerRecord | None) -> None:
        """The Details tab from `values` (the customer as stored).

        The other tabs and the boxes show the same customer still: they follow their own
        kinds of change (team sync's conflict marks follow the customer's changes too)."""
        self.customer_id = values.id if values else None
        self._loaded = values
        self.record.fill(self._loaded)
        self._pristine = self.collect()

    @property
    def is_empty(self) -> bool:
        """Nothing chosen and no new customer started: the empty state is shown."""
        return self.customer_id is None and not self.new

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.empty_state.setGeometry(self.rect())

    # --- the Editor protocol (views/unsaved.py) --------------------------------------------

    def has_unsaved(self) -> bool:
        return not self.is_empty and self.collect() != self._pristine

    def discard(self) -> None:
        """Back to what is saved: the customer as stored, or (a new one) the empty state."""
        self.show_customer(self.customer_id)

    def unsaved_what(self) -> str:
        if self.customer_id is None:
            return self.tr("The new customer")
        return self.tr("The customer {name}").format(name=self._loaded.name if self._loaded else "")

    def on_changed(self, changes: Changes) -> None:
        """Refresh only the parts of the pane that the change touched."""
        parts.each(self.parts, "on_changed", changes)  # the other areas' (segments, sync)
        if changes.touches(Kind.MEMBER):
            self.reload_members()
        if self.customer_id is None:
            return
        # A sync names no ids (any customer may have changed). A save of this pane's own
        # (`is_from`) is shown already: the save read the customer back once.
        if changes.touches_id(Kind.CUSTOMER, self.customer_id) and not changes.is_from(self):
            values = customers.get_customer(self.ctx.store, self.customer_id)
            if values is None:
                self._show(None, new=False)
                return
            # Typed input stays: its save writes only the fields the user changed.
            if not self.has_unsaved():
                self._fill_record(values)
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
        return {k: v for k, v in cleaned.items() if getattr(self._loaded, k, None) != v}

    def save(self) -> bool:
        """Validate and save; on a refusal show messages inline and keep what was typed."""
        if self.is_empty:
            return True
        try:
            if self.customer_id is None:
                self._save_new()
            else:
                self._save_changes(self.customer_id)
        except InvalidRecord as invalid:
            self.record.form.show_errors(invalid)
            self.setCurrentIndex(0)
            return False
        assert self.customer_id is not None
        self.saved.emit(self.customer_id)
        return True

    def _save_new(self) -> None:
        step = customer_steps.add_customer(self.ctx.store, self.ctx.team_id, self.collect())
        self.show_customer(self.ctx.run(step, initiator=self))

    def _save_changes(self, cid: CustomerId) -> None:
        changes = self.changes()
        if changes:
            step = customer_steps.edit_customer(
                self.ctx.store, cid, changes, self.record.name.text()
            )
            self.ctx.run(step, initiator=self)
        # The one read after a save: the stored values (cleaned; only spaces added: the
        # same) back in the form. The other tabs show the same customer still.
        values = customers.get_customer(self.ctx.store, cid)
        if values is None:
            self._show(None, new=False)
        else:
            self._fill_record(values)

    def _request_log(self) -> None:
        if self.customer_id is not None:
            self.logRequested.emit(self.customer_id, self._loaded.name if self._loaded else "")
