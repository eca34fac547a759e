"""Settings → Team sync, "Encryption": what the team passphrase needs here (enter it,
choose it) and the actions "Change passphrase…" and "Rotate key (a member left)…"; and
the question asked when a folder is chosen (app/sync/passphrase.py does the work)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.sync.api import (
    Setup,
    SyncError,
    folder_needs,
    rotate_key,
    set_passphrase,
    team_of,
    unlock,
)
from views.sync.passphrase_dialog import Check, PassphraseDialog, opens_key_file
from views.sync.runner import SyncRunner
from views.sync.texts import failure_text


def _trying(action: object) -> Check:
    """A dialog check that runs `action(passphrase)`: its refusal as one sentence."""

    def check(passphrase: str) -> str | None:
        try:
            action(passphrase)  # type: ignore[operator]
        except SyncError as error:
            return failure_text(error)
        return None

    return check


def ask_for_folder(runner: SyncRunner, folder: Path, parent: QWidget) -> tuple[bool, str | None]:
    """Before syncing with a chosen folder: (go on?, the passphrase to use: a new team's,
    or the team's to join; None when none is needed)."""
    store = runner.ctx.store
    need = folder_needs(store, folder, runner.team())
    if need is None:
        return True, None
    if need == "new":
        answer = PassphraseDialog.ask(parent, "new", lambda _text: None)
    else:
        team = team_of(store, runner.team())
        assert team is not None  # folder_needs found it
        answer = PassphraseDialog.ask(parent, need, opens_key_file(folder, team))
    return answer is not None, answer


class PassphraseRow(QWidget):
    """The encryption state and its three actions."""

    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.need: str | None = None
        self.state = QLabel()
        self.state.setObjectName("syncEncryption")
        self.state.setWordWrap(True)
        self.enter = QPushButton(self.tr("Enter passphrase…"))
        self.enter.setObjectName("syncEnterPassphrase")
        self.enter.clicked.connect(self.enter_passphrase)
        self.change = QPushButton(self.tr("Change passphrase…"))
        self.change.setObjectName("syncChangePassphrase")
        self.change.clicked.connect(self.change_passphrase)
        self.rotate = QPushButton(self.tr("Rotate key (a member left)…"))
        self.rotate.setObjectName("syncRotateKey")
        self.rotate.clicked.connect(self.rotate_key)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state, 1)
        for button in (self.enter, self.change, self.rotate):
            layout.addWidget(button)

    def show_state(self, setup: Setup) -> None:
        self.need = setup.need
        if setup.folder is None:
            text = self.tr("The team's files are encrypted once a folder is chosen.")
        elif setup.need == "new":
            text = self.tr("Choose a team passphrase: nothing is sent before.")
        elif setup.need == "join":
            text = self.tr("Enter the team passphrase to join.")
        elif setup.need == "changed":
            text = self.tr("The team key was replaced: enter the new passphrase.")
        else:
            text = self.tr("Every file in the shared folder is encrypted with the team key.")
        self.state.setText(text)
        self.enter.setVisible(setup.folder is not None and setup.need is not None)
        self.enter.setText(
            self.tr("Choose passphrase…") if setup.need == "new" else self.tr("Enter passphrase…")
        )
        self.change.setVisible(setup.keys and setup.need is None)
        self.rotate.setVisible(setup.keys and setup.need is None)

    def _after(self) -> None:
        self.runner.read_state()  # the dialog reloads; the next sync uses the key
        self.runner.sync()

    def enter_passphrase(self) -> None:
        store = self.runner.ctx.store
        mode = self.need or "join"
        if PassphraseDialog.ask(self, mode, _trying(lambda p: unlock(store, p))) is not None:
            self._after()

    def change_passphrase(self) -> None:
        store = self.runner.ctx.store
        if PassphraseDialog.ask(self, "change", _trying(lambda p: set_passphrase(store, p))):
            self._after()

    def rotate_key(self) -> None:
        store = self.runner.ctx.store
        if PassphraseDialog.ask(self, "rotate", _trying(lambda p: rotate_key(store, p))):
            self._after()
