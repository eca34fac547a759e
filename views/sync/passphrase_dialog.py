"""The team passphrase, asked for (app/sync/passphrase.py): a new one (twice, with a hint
on its strength) when this laptop makes the team key, changes the passphrase or rotates
the key; the team's one when it joins a folder, after a rotation, or when a coach follows
a team. `check` runs before the dialog closes: a wrong passphrase keeps it open with one
sentence saying so. Tests answer it by patching `PassphraseDialog.ask`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.sync.api import PASSPHRASE_MIN, opens, strong_enough

Mode = str  # "new", "join", "changed", "follow", "change", "rotate"
Check = Callable[[str], str | None]  # the passphrase -> why it is refused (None: taken)
NEW_MODES = ("new", "change", "rotate")


class PassphraseDialog(QDialog):
    def __init__(self, mode: Mode, check: Check, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.mode = mode
        self.check = check
        self.result_text: str | None = None
        self.setWindowTitle(self._title())
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(
            self.tr(
                "At least {count} characters, or four words. Every member needs it: share it "
                "in person, not in the shared folder."
            ).format(count=PASSPHRASE_MIN)
        )
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("passphraseError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Team passphrase:"), self.first)
        if mode in NEW_MODES:
            form.addRow(self.tr("Once more:"), self.second)
            form.addRow("", self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _title(self) -> str:
        if self.mode == "change":
            return self.tr("Change the team passphrase")
        if self.mode == "rotate":
            return self.tr("Rotate the team key")
        return self.tr("Team passphrase")

    def _intro(self) -> str:
        texts = {
            "new": self.tr(
                "Raketti encrypts every file it puts in the shared folder with the team's "
                "key. Choose a passphrase for the team: the other members join with it."
            ),
            "join": self.tr("This team's files are encrypted. Enter the team passphrase to join."),
            "changed": self.tr(
                "The team passphrase was changed and the team key replaced. Enter the new "
                "passphrase; this laptop's changes wait until then."
            ),
            "follow": self.tr(
                "The team's files are encrypted. Enter the team's passphrase to follow it "
                "(read only)."
            ),
            "change": self.tr(
                "Choose a new passphrase for the team. Laptops that joined keep working; "
                "new members join with the new one."
            ),
            "rotate": self.tr(
                "A member left: a new team key seals every file from now on, so the old "
                "passphrase and key no longer read new files. Choose a new passphrase and "
                "give it to the members who stay."
            ),
        }
        return texts.get(self.mode, texts["join"])

    def accept(self) -> None:
        text = self.first.text()
        if self.mode in NEW_MODES:
            if text != self.second.text():
                return self._refuse(self.tr("The two passphrases differ."))
            if not strong_enough(text):
                return self._refuse(
                    self.tr("Too short: at least {count} characters, or four words.").format(
                        count=PASSPHRASE_MIN
                    )
                )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the KDF: ½ second
        try:
            problem = self.check(text)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem is not None:
            return self._refuse(problem)
        self.result_text = text
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.first.selectAll()
        self.first.setFocus()

    @staticmethod
    def ask(parent: QWidget | None, mode: Mode, check: Check) -> str | None:
        """The passphrase taken (after `check` passed), or None when cancelled."""
        dialog = PassphraseDialog(mode, check, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_text
            return None
        finally:
            dialog.deleteLater()


def opens_key_file(folder: Path, team: str) -> Check:
    """The dialog's check for a passphrase to join or follow a team: None when it opens a
    key file of `team` in `folder`, else the sentence to show."""

    def check(text: str) -> str | None:
        if opens(folder, team, text):
            return None
        return QCoreApplication.translate(
            "sync", "That is not the team passphrase: it opens no key file."
        )

    return check
