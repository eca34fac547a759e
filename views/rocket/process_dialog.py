"""The dialog that edits one process of the catalogue (a new one, or an existing one)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.rocket.catalogue import CODE_MAX
from app.rocket.processes import ProcessInfo
from views.unsaved import EditorDialog
from views.widgets import limited


class ProcessDialog(EditorDialog):
    """Edit one process's code (new ones only), level, names, description and dot criteria;
    closing it with changes asks first."""

    def __init__(self, process: ProcessInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processDialog")
        self.setWindowTitle(self.tr("New process") if process is None else self.tr("Edit process"))
        self.resize(620, 620)
        form = QFormLayout(self)
        self.code = limited(QLineEdit(process.code if process else ""), CODE_MAX)
        self.code.setObjectName("processCode")
        self.code.setEnabled(process is None)  # codes are stable: history points at them
        self.level = QSpinBox()
        self.level.setObjectName("processLevel")
        self.level.setRange(1, 4)
        self.level.setValue(process.level if process else 1)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Level:"), self.level)

        def line(key: str, label: str, value: str) -> None:
            edit = limited(QLineEdit(value))
            edit.setObjectName(key)
            self.fields[key] = edit
            form.addRow(label, edit)

        def text(key: str, label: str, value: str) -> None:
            edit = QPlainTextEdit(value)
            edit.setObjectName(key)
            edit.setFixedHeight(52)
            self.fields[key] = edit
            form.addRow(label, edit)

        p = process
        line("name_fi", self.tr("Name (Finnish):"), p.name_fi if p else "")
        line("name_en", self.tr("Name (English):"), p.name_en if p else "")
        text("description_fi", self.tr("Description (Finnish):"), p.description_fi if p else "")
        text("description_en", self.tr("Description (English):"), p.description_en if p else "")
        for n in range(3):
            text(
                f"dot{n + 1}_fi",
                self.tr("{n} dots (Finnish):").format(n=n + 1),
                p.dots_fi[n] if p else "",
            )
            text(
                f"dot{n + 1}_en",
                self.tr("{n} dots (English):").format(n=n + 1),
                p.dots_en[n] if p else "",
            )
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.mark_saved()

    def state(self) -> tuple[object, ...]:
        return (self.code.text(), tuple(self.values().items()))

    def unsaved_what(self) -> str:
        return self.tr("The process {code}").format(code=self.code.text().strip())

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, edit in self.fields.items():
            out[key] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        out["level"] = self.level.value()
        return out
