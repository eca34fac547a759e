"""Settings → Team sync: the shared folder, this laptop's name, the laptops seen there and
when each last synced, "Sync now", and what is held back and why. A second tab holds the
teams a coach follows read-only (views/sync/coach_feeds.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from app.sync.api import (
    DEVICE_NAME_MAX,
    Message,
    Parked,
    Refused,
    SetAside,
    Setup,
    read_setup,
    set_device_name,
)
from views.sync.coach_feeds import FollowedTeams
from views.sync.passphrase_actions import PassphraseRow, ask_for_folder
from views.sync.runner import SyncRunner
from views.sync.texts import failure_text, message_text, set_aside_text, table_label, when_text
from views.unsaved import run_dialog
from views.widgets import limited


class SyncSettingsDialog(QDialog):
    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ctx = runner.ctx
        self.setObjectName("syncSettingsDialog")
        self.setWindowTitle(self.tr("Team sync"))
        self.resize(780, 520)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._team_tab(), self.tr("This team company"))
        self.followed = FollowedTeams(runner.ctx)
        self.tabs.addTab(self.followed, self.tr("Teams I coach"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        runner.stateChanged.connect(self.reload)
        self.reload()

    def _team_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Every laptop of the team keeps its own database and works offline. The "
                "laptops exchange their changes as files through a folder the team already "
                "shares (OneDrive, Google Drive, Dropbox, Syncthing, a USB stick). Never put "
                "the database itself in that folder."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setObjectName("syncFolder")
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("No folder chosen: team sync is off"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("syncChooseFolder")
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.name = limited(QLineEdit(), DEVICE_NAME_MAX)
        self.name.setObjectName("syncDeviceName")
        self.name.editingFinished.connect(self.save_name)
        self.name_error = QLabel()
        self.name_error.setObjectName("syncDeviceNameError")
        self.name_error.setStyleSheet("color: #c0392b;")
        self.name_error.hide()
        self.last = QLabel()
        self.last.setObjectName("syncLastSync")
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.clicked.connect(lambda: self.runner.sync())
        last_row = QHBoxLayout()
        last_row.addWidget(self.last, 1)
        last_row.addWidget(self.sync_button)
        self.messages = QLabel()
        self.messages.setObjectName("syncMessages")
        self.messages.setWordWrap(True)
        self.messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Why this laptop took its own files back or became a laptop of its own.
        self.notice = QLabel()
        self.notice.setObjectName("syncNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        form = QFormLayout()
        form.addRow(self.tr("Shared folder:"), folder_row)
        form.addRow(self.tr("This laptop's name:"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Last sync:"), last_row)
        self.passphrase = PassphraseRow(self.runner, self)
        form.addRow(self.tr("Encryption:"), self.passphrase)
        self.device_model = QStandardItemModel(0, 4, self)
        self.device_model.setHorizontalHeaderLabels(
            [
                self.tr("Laptop"),
                self.tr("Last wrote"),
                self.tr("Last received here"),
                self.tr("Files"),
            ]
        )
        self.device_proxy = QSortFilterProxyModel(self)
        self.device_proxy.setSourceModel(self.device_model)
        self.device_proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.devices = QTreeView()
        self.devices.setObjectName("syncDevices")
        self.devices.setModel(self.device_proxy)
        self.devices.setRootIsDecorated(False)
        self.devices.setSortingEnabled(True)
        self.devices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.devices.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.parked = QListWidget()
        self.parked.setObjectName("syncParked")
        self.parked.setMaximumHeight(80)
        # What of the other laptops' files was not applied (app/sync/setaside.py).
        self.set_aside = QTreeWidget()
        self.set_aside.setObjectName("syncSetAside")
        self.set_aside.setHeaderLabels(
            [self.tr("Laptop"), self.tr("File"), self.tr("When"), self.tr("Why")]
        )
        self.set_aside.setRootIsDecorated(False)
        self.set_aside.setWordWrap(True)
        self.set_aside.setMaximumHeight(120)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.messages)
        layout.addWidget(self.notice)
        layout.addWidget(QLabel(self.tr("Laptops seen in the shared folder:")))
        layout.addWidget(self.devices, 1)
        layout.addWidget(QLabel(self.tr("Held back:")))
        layout.addWidget(self.parked)
        self.refused = QListWidget()
        self.refused.setObjectName("syncRefused")
        self.refused.setMaximumHeight(80)
        self.refused.setWordWrap(True)
        layout.addWidget(QLabel(self.tr("Files refused at the last sync:")))
        layout.addWidget(self.refused)
        self.set_aside_title = QLabel(
            self.tr("Set aside (changes that break a rule, not applied):")
        )
        layout.addWidget(self.set_aside_title)
        layout.addWidget(self.set_aside)
        return page

    # --- showing -----------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.query("sync-settings", read_setup, self._show)
        self._show_run()

    def _show_run(self) -> None:
        runner = self.runner
        self.sync_button.setEnabled(runner.enabled and not runner.running)
        if runner.running:
            self.last.setText(self.tr("Syncing…"))
        elif runner.last_sync is None:
            self.last.setText(self.tr("never"))
        else:
            self.last.setText(when_text(runner.last_sync))
        notes = [runner.last_error] if runner.last_error else runner.messages()
        self.messages.setText("\n".join(n for n in notes if n))
        self.messages.setVisible(bool(notes))

    def _show(self, state: Setup) -> None:
        self.folder.setText(str(state.folder) if state.folder else "")
        self.passphrase.show_state(state)
        if not self.name.hasFocus():
            self.name.setText(state.name)
        self.device_model.removeRows(0, self.device_model.rowCount())
        for seen in state.devices:
            name = seen.name or seen.uuid[:8]
            if seen.this_laptop:
                name = self.tr("{name} (this laptop)").format(name=name)
            cells = [
                (name, name.casefold()),
                (when_text(seen.last_written, "–"), (seen.last_written or "").__str__()),
                (when_text(seen.last_applied, "–"), (seen.last_applied or "").__str__()),
                (str(seen.last_file), seen.last_file),
            ]
            row = []
            for text, key in cells:
                item = QStandardItem(text)
                item.setData(key, Qt.ItemDataRole.UserRole)
                row.append(item)
            self.device_model.appendRow(row)
        if state.notice is not None:
            message, when = state.notice
            self.notice.setText(
                self.tr("{when}: {what}").format(when=when_text(when), what=message_text(message))
            )
        self.notice.setVisible(state.notice is not None)
        self.parked.clear()
        for held, name in state.parked:
            self.parked.addItem(self._parked_text(held, name))
        if not state.parked:
            self.parked.addItem(self.tr("Nothing is held back."))
        self._show_refused(state.refused)
        self._show_set_aside(state.set_aside)

    def _show_refused(self, refused: list[Refused]) -> None:
        """Files not read or not applied (damaged, hostile, forged, newer): the laptop they
        claim to come from, the file and why."""
        self.refused.clear()
        for item in refused:
            reason = message_text(Message(item.message, dict(item.args)))
            self.refused.addItem(
                self.tr("{laptop}, file {file}: {reason}").format(
                    laptop=item.laptop, file=item.file, reason=reason
                )
            )
        if not refused:
            self.refused.addItem(self.tr("No file was refused."))

    def _show_set_aside(self, items: list[SetAside]) -> None:
        self.set_aside.clear()
        for item in items:
            laptop = item.device_name or item.device[:8]
            number = "" if item.number is None else str(item.number)
            row = QTreeWidgetItem([laptop, number, when_text(item.at), set_aside_text(item)])
            row.setToolTip(3, row.text(3))
            self.set_aside.addTopLevelItem(row)
        self.set_aside.setVisible(bool(items))
        self.set_aside_title.setVisible(bool(items))

    def _parked_text(self, held: Parked, name: str) -> str:
        what = table_label(held.tbl)
        if held.reason == "future":
            return self.tr(
                "{what} {name}: a change dated more than a day ahead (a laptop's clock is "
                "wrong); it waits until that time."
            ).format(what=what, name=name)
        parent_table = held.detail.split(" ", 1)[0]
        return self.tr("{what} {name}: waits for its {parent} to arrive or be restored.").format(
            what=what, name=name, parent=table_label(parent_table).lower()
        )

    # --- acting ------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("The team's shared folder"), self.folder.text() or str(Path.home())
        )
        if not chosen:
            return
        old = self.runner.folder
        if old is not None and Path(chosen) != old and not self.confirm_move(old, Path(chosen)):
            return  # Cancel: the old folder stays
        go_on, passphrase = ask_for_folder(self.runner, Path(chosen), self)
        if go_on:
            self.runner.use_folder(Path(chosen), passphrase)
            self._show_run()

    def folder_change_box(self, old: Path, new: Path) -> QMessageBox:
        """What choosing another folder once sync is on does, with Cancel as the default."""
        box = QMessageBox(self)
        box.setObjectName("syncFolderChange")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Use another shared folder?"))
        box.setText(
            self.tr("Sync with {new} from now on, instead of {old}?").format(new=new, old=old)
        )
        box.setInformativeText(
            self.tr(
                "Nothing in this laptop's database is deleted. Its changes are written to the "
                "new folder at the next sync, and it takes in what teammates wrote there. "
                "Teammates must choose the same folder, or they no longer get this laptop's "
                "changes. The old folder is left as it is."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Use the new folder"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return box

    def confirm_move(self, old: Path, new: Path) -> bool:
        return run_dialog(self.folder_change_box(old, new)) == QMessageBox.StandardButton.Ok

    def save_name(self) -> None:
        try:
            set_device_name(self.ctx.store, self.name.text())
        except InvalidRecord as error:
            self.name_error.setText(failure_text(error))
            self.name_error.show()
            return
        self.name_error.hide()

    def reject(self) -> None:
        if self.name.isModified():
            self.save_name()  # what was typed is kept (when it is a valid name)
        super().reject()
