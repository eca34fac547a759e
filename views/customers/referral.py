"""Advocates and referrals: which customer (and which of its contacts) brought this one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from app.customers import contacts as contact_service
from app.customers import records as customers
from models.customer_fields import CustomerRecord
from models.ids import CustomerId
from views.context import AppContext
from views.widgets import CustomerPicker


class ReferralField(QWidget):
    """A customer picker and, once a customer is chosen, a choice of its contact persons."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picker = CustomerPicker(ctx)
        self.picker.setObjectName("referredBy")
        self.picker.setPlaceholderText(self.tr("Which customer brought this one?"))
        self.contact = QComboBox()
        self.contact.setObjectName("referredByContact")
        self.picker.customerChosen.connect(self._load_contacts)
        self.picker.textEdited.connect(self._edited)
        layout.addWidget(self.picker, 3)
        layout.addWidget(self.contact, 2)

    def show_values(self, values: CustomerRecord | None) -> None:
        """Show the referral stored in a customer's record (or none)."""
        self.picker.clear()
        self.picker.customer_id = None
        self.contact.clear()
        self.contact.hide()  # shown once a referring customer is chosen
        contact_id = values.referred_by_contact_id if values else None
        customer_id = values.referred_by_customer_id if values else None
        if contact_id:
            contact = contact_service.get_contact(self.ctx.store, contact_id)
            at = (
                customers.get_customer(self.ctx.store, CustomerId(contact.customer_id))
                if contact
                else None
            )
            if contact and at:
                self.picker.set_customer(contact.customer_id, at.name)
                self.contact.setCurrentIndex(self.contact.findData(contact_id))
        elif customer_id:
            other = customers.get_customer(self.ctx.store, CustomerId(customer_id))
            if other:
                self.picker.set_customer(customer_id, other.name)

    def values(self) -> dict[str, Any]:
        """The two referral fields: a contact person when one is chosen, else the customer."""
        if self.picker.customer_id is None or not self.picker.text().strip():
            return {"referred_by_customer_id": None, "referred_by_contact_id": None}
        contact_id = self.contact.currentData()
        if contact_id is not None:
            return {"referred_by_customer_id": None, "referred_by_contact_id": contact_id}
        return {"referred_by_customer_id": self.picker.customer_id, "referred_by_contact_id": None}

    def _edited(self, _text: str) -> None:
        # The picker has already matched the text (it is connected first); clear the
        # contact choice only when the text no longer names a customer.
        if self.picker.customer_id is None:
            self.contact.clear()
            self.contact.hide()

    def _load_contacts(self, customer_id: int) -> None:
        self.contact.clear()
        self.contact.show()
        self.contact.addItem(self.tr("(the organisation)"), None)
        for contact in contact_service.contacts_of(self.ctx.store, customer_id):
            label = contact.name
            if contact.advocate:
                label = self.tr("{name} · advocate").format(name=label)
            self.contact.addItem(label, contact.id)
