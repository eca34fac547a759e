"""The filters all charts share: owner, period (first and last month) and segment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app import teams
from app.changes import Changes, Kind
from app.segments import records as segments
from app.segments.filters import ChartFilter, month_end, month_start
from views.context import AppContext

MONTH_FORMAT = "MM/yyyy"


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FilterBar(QWidget):
    """Emits `changed` when a filter changes; `current()` is the filter the charts read."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("segmentFilters")
        self.owner = QComboBox()
        self.owner.setObjectName("ownerFilter")
        self.owner.setMinimumContentsLength(14)
        self.start = self._month_edit("periodStart")
        self.end = self._month_edit("periodEnd")
        today = QDate.currentDate()
        self.end.setDate(today)
        self.start.setDate(today.addMonths(-11))
        self.segment = QComboBox()
        self.segment.setObjectName("segmentFilter")
        self.segment.setMinimumContentsLength(18)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            (self.tr("Owner"), self.owner),
            (self.tr("From"), self.start),
            (self.tr("to"), self.end),
            (self.tr("Segment"), self.segment),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        self.reload()
        self.owner.activated.connect(lambda _i: self.changed.emit())
        self.segment.activated.connect(lambda _i: self.changed.emit())
        self.start.dateChanged.connect(self._start_moved)
        self.end.dateChanged.connect(self._end_moved)
        ctx.changed.connect(self._on_changed)
        ctx.teamChanged.connect(lambda _team: self._team_switched())

    def _month_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat(MONTH_FORMAT)
        edit.setCalendarPopup(True)
        edit.setMaximumDate(QDate.currentDate())
        return edit

    def _start_moved(self, value: QDate) -> None:
        if value > self.end.date():  # a period never runs backwards
            self.end.setDate(value)
        self.changed.emit()

    def _end_moved(self, value: QDate) -> None:
        if value < self.start.date():
            self.start.setDate(value)
        self.changed.emit()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.MEMBER, Kind.SEGMENT):
            self.reload()

    def _team_switched(self) -> None:
        self.owner.setCurrentIndex(0)
        self.segment.setCurrentIndex(0)
        self.reload()

    def reload(self) -> None:
        """Members and segments of the current team; the choices made stay if they exist."""
        owner, segment = self.owner.currentData(), self.segment.currentData()
        self.owner.clear()
        self.segment.clear()
        self.owner.addItem(self.tr("Everyone"), None)
        self.segment.addItem(self.tr("All customers"), None)
        if self.ctx.has_team:
            for member in teams.members_of(self.ctx.store, self.ctx.team_id):
                self.owner.addItem(member["name"], member["id"])
            for segmentation in segments.list_segmentations(self.ctx.store, self.ctx.team_id):
                for item in segmentation["segments"]:
                    label = f"{segmentation['name']} › {item['name']}"
                    self.segment.addItem(label, item["id"])
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
        self.segment.setCurrentIndex(max(0, self.segment.findData(segment)))

    def set_period(self, start: date, end: date) -> None:
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))

    def current(self) -> ChartFilter | None:
        """The filter now, or None without a team (then nothing is computed)."""
        if not self.ctx.has_team:
            return None
        today = date.today()
        start = month_start(_to_date(self.start.date()))
        end = min(month_end(_to_date(self.end.date())), today)
        return ChartFilter(
            self.ctx.team_id,
            start,
            max(end, start),
            owner_id=self.owner.currentData(),
            segment_id=self.segment.currentData(),
            today=today,
        )
