"""File → Export summary…: the period, the language and the file of the summary workbook.

The folder chosen last is remembered (QSettings "excel/lastFolder"); the file name is
suggested from the team and the day. The dialog only asks: views/excel/summary_run.py
writes the file off the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.excel.period import Period
from views.context import AppContext

LAST_FOLDER = "excel/lastFolder"
WORKBOOK_FILTER = "Excel (*.xlsx)"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def last_folder(ctx: AppContext) -> Path:
    saved = ctx.settings.value(LAST_FOLDER, "")
    folder = Path(str(saved)) if saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def safe_file_name(text: str) -> str:
    """A team's name as part of a file name on every OS."""
    cleaned = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text).strip(" .")
    return cleaned or "Raketti"


class ExportSummaryDialog(QDialog):
    def __init__(self, ctx: AppContext, team_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportSummaryDialog")
        self.setWindowTitle(self.tr("Export summary"))
        self.ctx = ctx
        default = Period.last_months(12)
        self.start = self._date_edit("exportFrom", default.start)
        self.end = self._date_edit("exportTo", default.end)
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.addItem("suomi", "fi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        name = self.tr("Raketti summary {team} {day}.xlsx").format(
            team=safe_file_name(team_name), day=date.today().isoformat()
        )
        self.file = QLineEdit(str(last_folder(ctx) / name))
        self.file.setObjectName("exportFile")
        self.file.setMinimumWidth(560)  # a folder and the suggested name fit whole
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("exportChooseFile")
        choose.clicked.connect(self.choose_file)
        self.error = QLabel()
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")  # as ErrorForm shows a wrong field
        self.error.hide()
        self._layout(team_name, choose)

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d.M.yyyy")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(2999, 12, 31))
        return edit

    def _layout(self, team_name: str, choose: QPushButton) -> None:
        intro = QLabel(
            self.tr(
                "One workbook for the meeting: the summary with charts, customers and "
                "contacts, ladder moves, the Rocket, governance, segments and interactions "
                "of {team}."
            ).format(team=team_name)
        )
        intro.setWordWrap(True)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("File:"), file_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export"))
        ok.setObjectName("exportStart")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export summary"), self.file.text(), WORKBOOK_FILTER
        )
        if chosen:
            self.file.setText(chosen)

    def period(self) -> Period:
        return Period(_pydate(self.start.date()), _pydate(self.end.date()))

    def path(self) -> Path:
        text = self.file.text().strip()
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def problem(self) -> str | None:
        """Why the choice cannot be exported, or None."""
        period = self.period()
        if period.start > period.end:
            return self.tr("The period starts after it ends.")
        if not self.file.text().strip():
            return self.tr("Give the workbook a file name.")
        path = self.path()
        if path.is_dir():
            return self.tr("{path} is a folder: give the workbook a file name.").format(path=path)
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return
        self.ctx.settings.setValue(LAST_FOLDER, str(self.path().parent))
        super().accept()
