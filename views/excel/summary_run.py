"""Writing the summary workbook behind a progress dialog that can cancel it.

The work runs as a background task (views/background.py): the GUI stays responsive, the
progress dialog follows the task's stages, and Cancel makes the task's next progress report
raise, after which app/files.atomic_write removes the half-written temporary file. The
result is said once: where the file is (with a button to open its folder), that nothing
was written because the user cancelled, or why it could not be written.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from app.errors import InvalidRecord
from app.excel.export import READING, ExportReport, export_summary
from app.excel.period import Period
from app.files import ExportError
from views.background import Cancelled, Progress
from views.context import AppContext
from views.labels import error_text, export_error_text

log = logging.getLogger(__name__)


def stage_text(stage: str) -> str:
    return QCoreApplication.translate("ExcelExport", stage)


class SummaryExport(QObject):
    """One export run: start() shows the progress dialog and starts the task."""

    finished = Signal(object)  # the ExportReport, or None when cancelled or failed

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("summaryExport")
        self.ctx = ctx
        self.window = window
        self.task: Progress | None = None
        self.path: Path | None = None
        self.progress = QProgressDialog(window)
        self.progress.setObjectName("exportProgress")
        self.progress.setWindowTitle(self.tr("Export summary"))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setRange(0, 100)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumWidth(360)
        self.progress.canceled.connect(lambda: self.cancel())

    def start(self, path: Path, period: Period, language: str) -> None:
        store, team_id = self.ctx.store, self.ctx.team_id
        self.path = path
        self.progress.setLabelText(stage_text(READING))
        self.progress.setValue(0)
        self.progress.show()
        self.ctx.background.progressed.connect(self._progressed)
        self.task = self.ctx.background.task(
            lambda progress: export_summary(store, team_id, path, period, language, progress),
            self._done,
            self._failed,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.progress.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, which: Progress, percent: int, stage: str) -> None:
        if which is self.task and not which.cancelled:
            self.progress.setValue(percent)
            self.progress.setLabelText(stage_text(stage))

    def _end(self) -> None:
        self.ctx.background.progressed.disconnect(self._progressed)
        self.progress.close()
        self.progress.deleteLater()
        self.deleteLater()

    def _done(self, report: ExportReport) -> None:
        self._end()
        log.info("summary workbook written to %s", report.path)
        self.window.statusBar().showMessage(
            self.tr("The summary was written to {path}.").format(path=report.path), 10000
        )
        self.finished.emit(report)
        offer_folder(self.window, report.path)

    def _failed(self, error: Exception) -> None:
        self._end()
        self.finished.emit(None)
        if isinstance(error, Cancelled):
            self.window.statusBar().showMessage(
                self.tr("Export cancelled: no file was written."), 8000
            )
            return
        if isinstance(error, ExportError):
            message = export_error_text(error)
        elif isinstance(error, InvalidRecord):
            message = " ".join(error_text(e) for e in error.errors)
        else:
            raise error  # a bug: the crash hook shows it with the traceback
        log.warning("summary export failed: %s", error)
        QMessageBox.warning(self.window, self.tr("Could not export the summary"), message)


def offer_folder(window: QMainWindow, path: Path) -> None:
    """Say where the workbook is and offer to open its folder."""
    box = QMessageBox(window)
    box.setObjectName("exportDone")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SummaryExport", "Summary exported"))
    ready = QCoreApplication.translate("SummaryExport", "The summary workbook is ready:\n{path}")
    box.setText(ready.format(path=path))
    open_button = box.addButton(
        QCoreApplication.translate("SummaryExport", "Open folder"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    box.deleteLater()


def export_summary_dialog(ctx: AppContext, window: QMainWindow) -> SummaryExport | None:
    """File → Export summary…: ask, then start the export; None when the user cancelled."""
    from views.excel.summary_dialog import ExportSummaryDialog
    from views.unsaved import run_dialog

    if not ctx.has_team:
        return None
    team = next((t for t in _teams(ctx) if t[0] == ctx.team_id), (0, ""))[1]
    dialog = ExportSummaryDialog(ctx, team, window)
    chosen: list[tuple[Path, Period, str]] = []
    dialog.accepted.connect(
        lambda: chosen.append((dialog.path(), dialog.period(), dialog.chosen_language()))
    )
    run_dialog(dialog)
    if not chosen:
        return None
    run = SummaryExport(ctx, window)
    run.start(*chosen[0])
    return run


def _teams(ctx: AppContext) -> list[tuple[int, str]]:
    from app.teams import list_teams

    return [(int(t["id"]), str(t["name"])) for t in list_teams(ctx.store)]
