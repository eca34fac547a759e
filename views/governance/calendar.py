"""A month calendar that marks each day's meetings: planned, held, missed, cancelled."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCalendarWidget, QWidget

from views.governance.labels import STATUS_COLOURS, status_label, tr

ORDER = ("held", "planned", "missed", "cancelled")


class MeetingCalendar(QCalendarWidget):
    """Dots under the day number, one colour per status; the tooltip-free legend is below
    the calendar in the panel. `marks` come from app.governance.schedule.month_marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("governanceCalendar")
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.marks: dict[date, dict[str, int]] = {}

    def set_marks(self, marks: dict[date, dict[str, int]]) -> None:
        self.marks = marks
        self.updateCells()

    def day_summary(self, day: date) -> str:
        found = self.marks.get(day, {})
        parts = [
            tr("{count} {status}").format(count=found[s], status=status_label(s))
            for s in ORDER
            if found.get(s)
        ]
        return ", ".join(parts)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        found = self.marks.get(date(qdate.year(), qdate.month(), qdate.day()))
        if not found:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = max(2, min(rect.height() // 9, 4))
        shown = [status for status in ORDER if found.get(status)]
        step = radius * 2 + 2
        left = rect.center().x() - (len(shown) * step) // 2 + radius
        y = rect.bottom() - radius - 2
        for number, status in enumerate(shown):
            painter.setBrush(STATUS_COLOURS[status])
            painter.drawEllipse(QPoint(left + number * step, y), radius, radius)
        painter.restore()
