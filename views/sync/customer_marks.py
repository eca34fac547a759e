"""Team sync's box on the customer's Details tab (declared in app/sync/__init__.py): the
banner under the heading when fields of the customer were changed on two laptops at once,
with a link to the conflicts list, and the marks on those fields (views/sync/marks.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QWidget

from app.changes import Changes, Kind
from app.sync.api import Conflict
from app.sync.marks import record_conflicts_in
from views.context import AppContext
from views.sync.marks import FieldMarks, banner_text


class ConflictBanner(QLabel):
    """Hidden while the customer has no conflicts."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.customer_id: int | None = None
        self.setObjectName("conflictBanner")
        self.setWordWrap(True)
        self.linkActivated.connect(lambda _link: self._open_conflicts())
        self.marks = FieldMarks([], {})
        self.hide()

    def mark_fields(self, forms: list[QFormLayout], fields: dict[str, QWidget]) -> None:
        """The form layouts and field widgets whose labels it marks (views/customers/parts)."""
        self.marks = FieldMarks(forms, fields)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.show_conflicts(
            record_conflicts_in(self.ctx.store, "customer", customer_id) if customer_id else []
        )

    def show_conflicts(self, found: list[Conflict]) -> None:
        """Mark the fields team sync holds two values for (none: clear the marks)."""
        self.marks.show(found)
        self.setVisible(bool(found))
        self.setText(banner_text(len(found)))

    def on_changed(self, changes: Changes) -> None:
        """A conflict found or settled, or a write of the customer (a save of a field held
        on two laptops supersedes both values): the marks are read again."""
        if self.customer_id is not None and (
            changes.touches(Kind.CONFLICT) or changes.touches_id(Kind.CUSTOMER, self.customer_id)
        ):
            self.show_customer(self.customer_id)

    def _open_conflicts(self) -> None:
        from views.sync.status import open_conflicts  # the dialog, when asked for

        window = self.window()
        if isinstance(window, QMainWindow):
            open_conflicts(window)
