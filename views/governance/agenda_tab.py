"""This week and what is coming: the agenda list and the month calendar on the left, the
meeting record on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QByteArray, QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.governance.catalogue import Catalogue
from app.governance.schedule import AgendaQuery, month_marks
from views.context import AppContext
from views.governance.agenda_model import AgendaModel
from views.governance.calendar import ORDER, MeetingCalendar
from views.governance.labels import STATUS_COLOURS, day_text, status_label, tr
from views.governance.record import MeetingRecord

RANGES = ("week", "four_weeks", "day")


class AgendaTab(QSplitter):
    def __init__(self, ctx: AppContext, catalogue: Callable[[], Catalogue]) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.ctx = ctx
        self.setObjectName("agendaSplitter")
        self.day = date.today()
        self.record = MeetingRecord(ctx, catalogue)
        self.record.saved.connect(lambda _id: self.refresh())
        self.addWidget(self._left())
        self.addWidget(self.record)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        state = ctx.settings.value("governance/agendaSplitter")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:
            self.setSizes([720, 560])

    def _left(self) -> QWidget:
        self.range = QComboBox()
        self.range.setObjectName("agendaRange")
        for key, label in zip(
            RANGES, (tr("This week"), tr("Next four weeks"), tr("The chosen day")), strict=True
        ):
            self.range.addItem(label, key)
        self.owner = QComboBox()
        self.owner.setObjectName("agendaOwner")
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.internal = QCheckBox(tr("Only the team's working groups"))
        self.internal.setObjectName("agendaInternal")
        self.range_label = QLabel()
        self.range_label.setObjectName("agendaRangeLabel")
        top = QHBoxLayout()
        top.addWidget(self.range)
        top.addWidget(self.owner)
        top.addWidget(self.internal)
        top.addStretch(1)
        top.addWidget(self.range_label)
        self.model = AgendaModel(self.ctx.store)
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((80, 46, 190, 135, 105)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.calendar = MeetingCalendar()
        self.calendar.setMaximumHeight(260)
        self.calendar.clicked.connect(self._day_chosen)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._load_marks())
        self.range.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.owner.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.internal.toggled.connect(lambda _on: self.reload_list())
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.calendar, 2)
        layout.addWidget(self._legend())
        return holder

    def _legend(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for status in ORDER:
            swatch = QLabel("● " + status_label(status))
            swatch.setStyleSheet(f"color: {STATUS_COLOURS[status].name()};")
            row.addWidget(swatch)
        row.addStretch(1)
        return holder

    # --- refreshing ------------------------------------------------------------------------

    def reload_members(self) -> None:
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(tr("Everyone"), None)
        for member in teams.members_of(self.ctx.store, self.ctx.team_id):
            self.owner.addItem(member["name"], member["id"])
        self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)))
        self.owner.blockSignals(False)

    def query(self) -> AgendaQuery:
        today = date.today()
        kind = self.range.currentData()
        if kind == "day":
            start = end = self.day
        elif kind == "four_weeks":
            start, end = today, today + timedelta(days=27)
        else:
            start = today - timedelta(days=today.weekday())
            end = start + timedelta(days=6)
        return AgendaQuery(
            self.ctx.team_id, start, end, self.owner.currentData(), self.internal.isChecked()
        )

    def refresh(self) -> None:
        """The list and the calendar again (after a change); the record keeps its input."""
        if not self.ctx.has_team:
            return
        self.reload_list()
        self._load_marks()
        if self.record.meeting_id is not None and not self.record.dirty():
            self.record.show_meeting(self.record.meeting_id)
        else:
            self.record.action_box.reload()
            self.record.proposal_box.reload()

    def reload_list(self) -> None:
        if not self.ctx.has_team:
            return
        query = self.query()
        self.model.set_query(query)
        self.range_label.setText(
            tr("{start} – {end}").format(start=day_text(query.start), end=day_text(query.end))
        )
        self._select(self.record.meeting_id)

    def _load_marks(self) -> None:
        if not self.ctx.has_team:
            return
        self.calendar.set_marks(
            month_marks(
                self.ctx.store,
                self.ctx.team_id,
                self.calendar.yearShown(),
                self.calendar.monthShown(),
            )
        )

    # --- choosing ------------------------------------------------------------------------

    def _select(self, meeting_id: int | None) -> None:
        row = self.model.row_of(meeting_id) if meeting_id is not None else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
        else:
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        selection.blockSignals(False)

    def _row_chosen(self, current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        meeting_id = self.model.id_at(row)
        if meeting_id is None or meeting_id == self.record.meeting_id:
            return
        if self.record.maybe_leave():
            self.record.show_meeting(meeting_id)
        else:
            self._select(self.record.meeting_id)

    def open_meeting(self, meeting_id: int) -> bool:
        """Show a meeting in the record (asking first about unsaved input)."""
        if not self.record.maybe_leave():
            return False
        self.record.show_meeting(meeting_id)
        self._select(meeting_id)
        return True

    def _day_chosen(self, qdate: QDate) -> None:
        self.day = date(qdate.year(), qdate.month(), qdate.day())
        if self.range.currentData() == "day":
            self.reload_list()
        else:
            self.range.setCurrentIndex(RANGES.index("day"))
        self.calendar.setToolTip(self.calendar.day_summary(self.day))

    def save_layout(self) -> None:
        self.ctx.settings.setValue("governance/agendaSplitter", self.saveState())
