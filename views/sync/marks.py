"""Conflict marks on a record's form: which fields two laptops changed at the same time,
and a tooltip with both values (who and when); the conflicts list settles them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.sync.api import Conflict
from views.sync.texts import value_text, when_text

MARK = "⚠ "


def conflict_tip(found: Conflict) -> str:
    lines = [QCoreApplication.translate("SyncMarks", "Changed on two laptops at once:")]
    for side in found.sides:
        value = (
            QCoreApplication.translate("SyncMarks", "deleted")
            if side.deleted
            else value_text(side.value, found.field, found.tbl)
        )
        who = side.member or QCoreApplication.translate("SyncMarks", "someone")
        lines.append(f"• {value} — {who}, {when_text(side.when)}")
    lines.append(QCoreApplication.translate("SyncMarks", "Choose what stays in Edit → Conflicts."))
    return "\n".join(lines)


def banner_text(count: int) -> str:
    """The line above a form whose record has conflicts, with a link to the list."""
    return QCoreApplication.translate(
        "SyncMarks",
        "⚠ %n field(s) of this record were changed on two laptops at once. "
        '<a href="conflicts">Choose what stays…</a>',
        "",
        count,
    )


class FieldMarks:
    """Marks and unmarks fields of form layouts: "⚠ " before the label and a tooltip."""

    def __init__(self, forms: list[QFormLayout], fields: dict[str, QWidget]) -> None:
        self.forms = forms
        self.fields = fields
        self.marked: dict[str, str] = {}  # field -> its tooltip (tests read it)
        self._labels: dict[str, tuple[QLabel, str]] = {}

    def _label(self, key: str) -> QLabel | None:
        widget = self.fields[key]
        for form in self.forms:
            for target in (widget.parentWidget(), widget):
                label = form.labelForField(target) if target is not None else None
                if isinstance(label, QLabel) and label.text():
                    return label
        return None

    def show(self, found: list[Conflict]) -> None:
        self.clear()
        for conflict in found:
            if conflict.field not in self.fields:
                continue
            tip = conflict_tip(conflict)
            self.marked[conflict.field] = tip
            widget = self.fields[conflict.field]
            widget.setToolTip(tip)
            label = self._label(conflict.field)
            if label is not None:
                self._labels[conflict.field] = (label, label.text())
                label.setText(MARK + label.text())
                label.setToolTip(tip)

    def clear(self) -> None:
        for key in self.marked:
            self.fields[key].setToolTip("")
        for label, text in self._labels.values():
            label.setText(text)
            label.setToolTip("")
        self.marked.clear()
        self._labels.clear()
