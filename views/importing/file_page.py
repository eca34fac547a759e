"""The wizard's first page: the file, read off the GUI thread, with the encoding, the
separator and the sheet detected and open to change (each change reads the file again)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.importing.source import ReadOptions, Source, SourceError, read_source
from views.background import Cancelled, Progress
from views.importing.texts import source_error

if TYPE_CHECKING:
    from views.importing.wizard import ImportWizard

FILE_FILTER = "CSV, Excel (*.csv *.txt *.xlsx *.xlsm);;*"
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "cp1252": "Windows-1252",
    "utf-16": "UTF-16",
    "iso-8859-15": "ISO-8859-15",
    "mac_roman": "Mac Roman",
}


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importFilePage")
        self.owner = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV file or an Excel workbook with one customer on each row and the "
                "headers on the first row. Raketti's own summary workbook imports with its "
                "contacts."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        self.encoding.addItem(self.tr("Detect"), None)
        for code, name in ENCODING_NAMES.items():
            self.encoding.addItem(name, code)
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("importDelimiter")
        self.delimiter.addItem(self.tr("Detect"), None)
        self.delimiter.addItem(self.tr("Semicolon ;"), ";")
        self.delimiter.addItem(self.tr("Comma ,"), ",")
        self.delimiter.addItem(self.tr("Tab"), "\t")
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.addItem(self.tr("Detect"), None)
        for combo in (self.encoding, self.delimiter, self.sheet):
            combo.activated.connect(lambda _i: self.read())
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Character encoding:"), self.encoding)
        form.addRow(self.tr("Separator:"), self.delimiter)
        form.addRow(self.tr("Sheet:"), self.sheet)
        self.progress = QProgressBar()
        self.progress.setObjectName("importReadProgress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("importFileStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._task: Progress | None = None
        self._enable_options(None)

    def browse(self) -> None:
        folder = self.owner.ctx.settings.value("import/folder", str(Path.home()))
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import customers"), str(folder), FILE_FILTER
        )
        if chosen:
            self.choose(Path(chosen))

    def choose(self, path: Path) -> None:
        self.owner.ctx.settings.setValue("import/folder", str(path.parent))
        self.path.setText(str(path))
        for combo in (self.encoding, self.delimiter, self.sheet):
            combo.setCurrentIndex(0)
        while self.sheet.count() > 1:
            self.sheet.removeItem(1)
        self.read()

    def options(self) -> ReadOptions:
        return ReadOptions(
            encoding=self.encoding.currentData(),
            delimiter=self.delimiter.currentData(),
            sheet=self.sheet.currentData(),
        )

    def read(self) -> None:
        """Read the file on a worker; a newer read replaces one still running."""
        if not self.path.text():
            return
        if self._task is not None:
            self._task.cancel()
        path, options = Path(self.path.text()), self.options()
        self.owner.set_source(None)
        self.status.setText(self.tr("Reading the file…"))
        self.progress.setValue(0)
        self.progress.show()
        self.completeChanged.emit()
        task: Progress = self.owner.ctx.background.task(
            lambda progress: read_source(path, options, progress),
            lambda source: self._read(task, source),
            lambda error: self._failed(task, error),
        )
        self._task = task

    def on_progress(self, task: Progress, percent: int) -> None:
        if task is self._task:
            self.progress.setValue(percent)

    def _read(self, task: Progress, source: Source) -> None:
        if task is not self._task:
            return
        self._task = None
        self.progress.hide()
        self.owner.set_source(source)
        self._enable_options(source)
        rows = len(source.customers)
        text = QCoreApplication.translate("FilePage", "%n customer rows", "", rows)
        if source.kind == "csv":
            name = ENCODING_NAMES.get(source.encoding or "", source.encoding or "")
            separator = {"\t": self.tr("tab")}.get(source.delimiter or "", source.delimiter)
            detail = self.tr("{rows}; encoding {encoding}, separator {separator}").format(
                rows=text, encoding=name, separator=separator
            )
        else:
            detail = self.tr("{rows} on the sheet {sheet}").format(
                rows=text, sheet=source.customers.name
            )
            if source.contacts is not None:
                count = QCoreApplication.translate(
                    "FilePage", "%n contacts", "", len(source.contacts)
                )
                detail = self.tr("{detail}, and {contacts} on the sheet {sheet}").format(
                    detail=detail, contacts=count, sheet=source.contacts.name
                )
        self.status.setText(detail)
        self.completeChanged.emit()

    def _failed(self, task: Progress, error: Exception) -> None:
        if task is not self._task:
            return
        self._task = None
        self.progress.hide()
        if isinstance(error, Cancelled):
            self.status.clear()
            return
        if not isinstance(error, SourceError):
            raise error  # a bug: the crash hook shows it
        text = html.escape(source_error(error))
        self.status.setText(f"<span style='color:#c0392b'>{text}</span>")
        self.completeChanged.emit()

    def _enable_options(self, source: Source | None) -> None:
        csv = source is None or source.kind == "csv"
        self.encoding.setEnabled(csv and bool(self.path.text()))
        self.delimiter.setEnabled(csv and bool(self.path.text()))
        self.sheet.setEnabled(not csv)
        if source is not None and source.kind == "xlsx" and self.sheet.count() == 1:
            for name in source.sheet_names:
                self.sheet.addItem(name, name)

    def isComplete(self) -> bool:
        return self.owner.source is not None

    def busy(self) -> bool:
        return self._task is not None
