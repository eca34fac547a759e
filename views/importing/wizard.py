"""File → Import customers…: choose the file, match the columns, check the rows, import,
read the report. The import runs on a worker behind a progress dialog that can cancel it
(its one transaction then rolls back) and is one step on the undo stack.

The wizard is an `Editor` (views/unsaved.py): once a file is read, closing it before the
import asks first, as any window holding the user's choices does."""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.importing.apply import ImportReport, ImportUndo, apply_import
from app.importing.mapping import Mapping, guess_all
from app.importing.plan import Plan
from app.importing.source import Source, SourceError
from app.importing.undo import import_step
from models.database import DatabaseError
from views.background import Cancelled, Progress
from views.context import AppContext, failure_reason
from views.importing.file_page import FilePage
from views.importing.mapping_page import MappingPage
from views.importing.preview_page import PreviewPage
from views.importing.texts import action_text, importing, row_reasons, source_error
from views.unsaved import settle

log = logging.getLogger(__name__)


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importReportPage")
        self.owner = wizard
        self.setTitle(self.tr("Imported"))
        self.counts = QLabel()
        self.counts.setObjectName("importReportCounts")
        self.counts.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setObjectName("importReportDetails")
        self.details.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.details, 1)

    def initializePage(self) -> None:
        report, plan = self.owner.report, self.owner.plan
        assert report is not None and plan is not None
        parts = [
            QCoreApplication.translate(
                "ReportPage", "%n customers imported", "", report.count("imported")
            ),
            QCoreApplication.translate("ReportPage", "%n updated", "", report.count("updated")),
            QCoreApplication.translate("ReportPage", "%n skipped", "", report.count("skipped")),
            QCoreApplication.translate(
                "ReportPage", "%n not imported", "", report.count("invalid")
            ),
            QCoreApplication.translate("ReportPage", "%n contacts added", "", report.contacts),
        ]
        self.counts.setText(
            ", ".join(parts)
            + ". "
            + self.tr("Edit → Undo takes the whole import back in one step.")
        )
        lines = []
        for row, action in zip(plan.rows, report.actions, strict=True):
            if action == "imported" and row.duplicate is None:
                continue
            reasons = "; ".join(row_reasons(row, self.owner.ctx.language))
            lines.append(
                self.tr("Row {line} {name}: {action}. {reasons}")
                .format(line=row.line, name=row.name, action=action_text(action), reasons=reasons)
                .strip()
            )
        self.details.setPlainText("\n".join(lines) or self.tr("Every row was imported."))


class ImportWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.source: Source | None = None
        self.guess = Mapping([])
        self.mapping: Mapping | None = None
        self.plan: Plan | None = None
        self.report: ImportReport | None = None
        self.importing = False
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.report_page):
            self.addPage(page)
        self._progress: QProgressDialog | None = None
        self._import_task: Progress | None = None
        self._finished = False
        ctx.background.progressed.connect(self._progressed)
        self.resize(960, 640)

    def set_source(self, source: Source | None) -> None:
        self.source = source
        self.guess = guess_all(source) if source is not None else Mapping([])
        self.plan = None

    def _progressed(self, task: Progress, percent: int, _stage: str) -> None:
        self.file_page.on_progress(task, percent)
        self.preview_page.on_progress(task, percent)
        if task is self._import_task and self._progress is not None and not task.cancelled:
            self._progress.setValue(percent)

    def failed(self, error: Exception, label: QLabel) -> None:
        """A read or the import could not be done: say why on the page (bugs crash)."""
        if isinstance(error, Cancelled):
            return
        if isinstance(error, SourceError):
            text = source_error(error)
        elif isinstance(error, DatabaseError):
            text = failure_reason(error)
        else:
            raise error
        log.warning("import failed: %s", error)
        label.setText(f"<span style='color:#c0392b'>{html.escape(text)}</span>")

    # --- the import -----------------------------------------------------------------------

    def run_import(self, valid_only: bool) -> None:
        plan = self.plan
        assert plan is not None
        self.importing = True
        self.preview_page.completeChanged.emit()
        dialog = QProgressDialog(importing("Importing…"), self.tr("Cancel"), 0, 100, self)
        dialog.setObjectName("importProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self._progress = dialog
        store = self.ctx.store
        task: Progress = self.ctx.background.task(
            lambda progress: apply_import(store, plan, valid_only, progress),
            self._imported,
            self._import_failed,
        )
        self._import_task = task
        dialog.canceled.connect(lambda: task.cancel())
        dialog.setValue(0)

    def _close_progress(self) -> None:
        self.importing = False
        self._import_task = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self.preview_page.completeChanged.emit()

    def _imported(self, result: tuple[ImportReport, ImportUndo | None]) -> None:
        self._close_progress()
        report, undo = result
        self.report = report
        if undo is not None:
            count = report.count("imported") + report.count("updated")
            # The import ran on the worker already: the step's first run only hands it on.
            self.ctx.run(import_step(self.ctx.store, undo, count), initiator=self)
        self.next()

    def _import_failed(self, error: Exception) -> None:
        self._close_progress()
        if isinstance(error, Cancelled):
            self.preview_page.summary.setText(
                self.tr("You cancelled the import: nothing was written.")
            )
            return
        self.failed(error, self.preview_page.summary)

    # --- unsaved choices (views/unsaved.py) -----------------------------------------------

    def has_unsaved(self) -> bool:
        return self.isVisible() and self.source is not None and self.report is None

    def save(self) -> bool:
        """Saving the choices is importing: go on towards the import, and stay open."""
        if self.currentPage() is self.preview_page:
            self.preview_page.validatePage()
        elif self.currentPage().isComplete():
            self.next()
        return False

    def discard(self) -> None:
        QDialog.reject(self)

    def unsaved_what(self) -> str:
        name = self.source.path.name if self.source is not None else ""
        return self.tr("The import of {file}").format(file=name)

    def reject(self) -> None:
        if self.importing:
            return  # the progress dialog's Cancel stops it
        if self.has_unsaved():
            settle(self, [self])
            return
        QDialog.reject(self)

    def done(self, result: int) -> None:
        if not self._finished:
            self._finished = True
            self.ctx.background.progressed.disconnect(self._progressed)
        super().done(result)


def open_import(ctx: AppContext, parent: QWidget | None) -> Any:
    """Show the wizard, modal: nothing else writes while the user chooses and imports."""
    wizard = ImportWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.setWindowModality(Qt.WindowModality.ApplicationModal)
    wizard.show()
    return wizard
