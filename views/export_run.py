"""Writing an Export view… file: where to (the last folder remembered), off the GUI thread
behind a progress dialog that can cancel it, and what came of it (the status bar, or a
message that says why nothing was written)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from app.excel.table_file import write_table
from app.files import ExportError
from views.background import Cancelled, Progress
from views.labels import export_error_text
from views.table_export import ViewTable

FOLDER_KEY = "export/folder"
SUFFIXES = (".xlsx", ".csv")
SHOW_AFTER_MS = 400  # a small table is written before the progress dialog would appear


def tr(text: str) -> str:
    # lupdate files the calls of a module-level tr() under the empty context: translate
    # them there (tests/core/test_translations.py checks every such helper).
    return QCoreApplication.translate("", text)


def ask_path(ctx: Any, parent: QWidget, title: str) -> Path | None:
    """Ask where to write; the name gets the chosen type's suffix when it has none."""
    folder = ctx.settings.value(FOLDER_KEY)
    start = Path(str(folder)) if folder and Path(str(folder)).is_dir() else Path.home()
    name = f"{title} {date.today().isoformat()}.xlsx"
    xlsx, csv = tr("Excel workbook (*.xlsx)"), tr("CSV for Excel, separated by ; (*.csv)")
    chosen, kind = QFileDialog.getSaveFileName(
        parent, tr("Export view"), str(start / name), f"{xlsx};;{csv}"
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in SUFFIXES:
        path = path.with_name(path.name + (".csv" if kind == csv else ".xlsx"))
    ctx.settings.setValue(FOLDER_KEY, str(path.parent))
    return path


class ExportRun(QObject):
    """One export on a worker thread, with its progress dialog; `done(path or None)`."""

    def __init__(
        self,
        ctx: Any,
        parent: QWidget,
        table: ViewTable,
        path: Path,
        done: Callable[[Path | None], None],
    ) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget, self.table, self.path = ctx, parent, table, path
        self._done = done
        self.dialog = QProgressDialog(
            tr("Exporting {title}…").format(title=table.title),
            tr("Cancel"),
            0,
            100 if table.total else 0,  # 0 … 0: busy, for a count not known beforehand
            parent,
        )
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        store, total = ctx.store, table.total

        def job(progress: Progress) -> int:
            def written(rows: int) -> None:
                progress(min(99, rows * 100 // total) if total else 0, "")

            return write_table(path, table.headers, table.read(store), table.title, written)

        self.task = ctx.background.task(job, self._finished, self._failed)
        ctx.background.progressed.connect(self._progressed)
        # A lambda: PySide 6.12 may abort at exit for a signal connected to a method of a
        # plain Python object (Progress is one).
        self.dialog.canceled.connect(lambda: self.task.cancel())
        self.dialog.setValue(0)

    def _progressed(self, which: object, percent: int, _stage: str) -> None:
        task: Progress = self.task
        if which is task and not task.cancelled and self.table.total:
            self.dialog.setValue(percent)

    def _end(self, path: Path | None, status: str | None = None, warning: str = "") -> None:
        self.ctx.background.progressed.disconnect(self._progressed)
        self.dialog.close()
        self.dialog.deleteLater()
        window = self.parent_widget.window()
        if status is not None and isinstance(window, QMainWindow):
            window.statusBar().showMessage(status, 8000)
        if warning:
            QMessageBox.warning(self.parent_widget, tr("Export view"), warning)
        self.deleteLater()
        self._done(path)

    def _finished(self, rows: int) -> None:
        text = QCoreApplication.translate(
            "TableExport", "%n row(s) exported to {path}", "", rows
        ).format(path=self.path)
        self._end(self.path, text)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, Cancelled):
            self._end(None, tr("Export cancelled: no file was written."))
        elif isinstance(error, ExportError):
            message = export_error_text(error)
            self._end(None, warning=message)
        else:
            self._end(None)
            raise error  # a bug: the crash hook shows it with the traceback


def start_export(
    ctx: Any, parent: QWidget, table: ViewTable, path: Path, done: Callable[[Path | None], None]
) -> ExportRun:
    """Write `table` to `path` off the GUI thread; `done` gets the path, or None."""
    return ExportRun(ctx, parent, table, path, done)
