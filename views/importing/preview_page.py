"""The wizard's preview: every row checked (off the GUI thread), bad rows marked with their
reasons, duplicates with the user's choice, and the Import button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from app.importing.plan import Choice, Plan, build_plan
from views.background import Progress
from views.importing.preview_model import (
    ACTION,
    COLUMNS,
    ChoiceDelegate,
    PreviewFilter,
    PreviewModel,
)
from views.importing.texts import choice_text, row_reasons

if TYPE_CHECKING:
    from views.importing.wizard import ImportWizard


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importPreviewPage")
        self.owner = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "Rows with a problem are marked with the reason. For a customer the "
                "database already has, choose whether to skip the row or update the customer."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(wizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importCheckProgress")
        tools = self._tools()
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(ACTION, ChoiceDelegate(self.table))
        self.proxy = PreviewFilter(self)
        self.model: PreviewModel | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        self.details = QLabel()
        self.details.setObjectName("importRowDetails")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        layout.addWidget(self.valid_only)
        self._task: Progress | None = None

    def _tools(self) -> QHBoxLayout:
        """The filter, the choice for every duplicate, and the valid-only switch."""
        self.only_problems = QCheckBox(self.tr("Show only &problems and duplicates"))
        self.only_problems.setObjectName("importOnlyProblems")
        self.only_problems.toggled.connect(self._filter)
        self.for_all = QComboBox()
        self.for_all.setObjectName("importForAllDuplicates")
        for choice in (Choice.SKIP, Choice.UPDATE, Choice.NEW):
            self.for_all.addItem(choice_text(choice), choice.value)
        apply_all = QPushButton(self.tr("Apply to &all duplicates"))
        apply_all.setObjectName("importApplyToDuplicates")
        apply_all.clicked.connect(self._apply_to_duplicates)
        self.valid_only = QCheckBox(self.tr("Import only the &valid rows"))
        self.valid_only.setObjectName("importValidOnly")
        self.valid_only.toggled.connect(lambda _on: self._summarise())
        tools = QHBoxLayout()
        tools.addWidget(self.only_problems)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("Duplicates:")))
        tools.addWidget(self.for_all)
        tools.addWidget(apply_all)
        return tools

    # --- checking -------------------------------------------------------------------------

    def initializePage(self) -> None:
        owner = self.owner
        source, mapping, team = owner.source, owner.mapping, owner.ctx.team_id
        assert source is not None and mapping is not None
        owner.plan = None
        self.table.setModel(None)
        self.summary.setText(self.tr("Checking the rows…"))
        self.progress.setValue(0)
        self.progress.show()
        if self._task is not None:
            self._task.cancel()
        store = owner.ctx.store
        task: Progress = owner.ctx.background.task(
            lambda progress: build_plan(store, team, source, mapping, progress),
            lambda plan: self._checked(task, plan),
            lambda error: self._failed(task, error),
        )
        self._task = task

    def cleanupPage(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def on_progress(self, task: Progress, percent: int) -> None:
        if task is self._task:
            self.progress.setValue(percent)

    def _checked(self, task: Progress, plan: Plan) -> None:
        if task is not self._task:
            return
        self._task = None
        self.progress.hide()
        self.owner.plan = plan
        old = self.model
        self.model = PreviewModel(plan, self.owner.ctx.language, self)
        self.model.choicesChanged.connect(self._summarise)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        if old is not None:
            old.deleteLater()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        name = COLUMNS.index("name")
        self.table.setColumnWidth(name, min(self.table.columnWidth(name), 260))
        # The reasons take the room left (the row's full text is shown below the table).
        used = sum(self.table.columnWidth(c) for c in range(len(COLUMNS) - 1))
        room = self.table.viewport().width() - used
        self.table.setColumnWidth(len(COLUMNS) - 1, max(160, room))
        self.table.selectionModel().currentRowChanged.connect(lambda now, _old: self._show(now))
        self.details.clear()
        blocked = bool(plan.blocked())
        self.valid_only.setEnabled(blocked or self.valid_only.isChecked())
        self.only_problems.setChecked(blocked)
        self._summarise()
        self.completeChanged.emit()

    def _failed(self, task: Progress, error: Exception) -> None:
        if task is self._task:
            self._task = None
            self.owner.failed(error, self.summary)

    def _show(self, index: QModelIndex) -> None:
        """The current row's problems and duplicate in full, below the table."""
        if self.model is None or not index.isValid():
            self.details.clear()
            return
        row = self.model.plan.rows[self.proxy.mapToSource(index).row()]
        reasons = row_reasons(row, self.owner.ctx.language)
        title = self.tr("Row {line} {name}").format(line=row.line, name=row.name)
        self.details.setText("\n".join([title, *reasons]) if reasons else "")

    # --- choices --------------------------------------------------------------------------

    def _filter(self, only: bool) -> None:
        self.proxy.set_only_problems(only)

    def _apply_to_duplicates(self) -> None:
        if self.model is not None:
            self.model.choose_for_duplicates(Choice(self.for_all.currentData()))

    def _summarise(self) -> None:
        plan = self.owner.plan
        if plan is None:
            return
        rows = plan.rows
        bad = sum(1 for r in rows if r.bad)
        duplicates = sum(1 for r in rows if r.duplicate is not None)
        new = sum(1 for r in rows if not r.bad and r.choice is Choice.NEW)
        updates = sum(1 for r in rows if not r.bad and r.choice is Choice.UPDATE)
        parts = [
            QCoreApplication.translate("PreviewPage", "%n rows", "", len(rows)),
            QCoreApplication.translate("PreviewPage", "%n to import", "", new),
            QCoreApplication.translate("PreviewPage", "%n to update", "", updates),
            QCoreApplication.translate("PreviewPage", "%n duplicates", "", duplicates),
            QCoreApplication.translate("PreviewPage", "%n with problems", "", bad),
        ]
        text = ", ".join(parts) + "."
        blocked = len(plan.blocked())
        if blocked and not self.valid_only.isChecked():
            text += " " + QCoreApplication.translate(
                "PreviewPage",
                "Nothing is imported while %n rows have problems: fix the file, skip those "
                "rows, or import only the valid rows.",
                "",
                blocked,
            )
        self.summary.setText(text)

    # --- importing ------------------------------------------------------------------------

    def isComplete(self) -> bool:
        return self.owner.plan is not None and not self.owner.importing

    def validatePage(self) -> bool:
        """Import starts here and runs on a worker; the wizard moves on when it is done."""
        plan = self.owner.plan
        if self.owner.report is not None:
            return True
        if plan is None:
            return False
        if plan.blocked() and not self.valid_only.isChecked():
            self._summarise()
            self.only_problems.setChecked(True)
            return False
        self.owner.run_import(self.valid_only.isChecked())
        return False
