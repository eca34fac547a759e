"""Shared bits of the Rocket views: translation, dots, colours, labels, the dots editor."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.rocket.periods import period_label, period_start, shift
from app.rocket.scoring import ABOVE, AT, BELOW, NO_TARGET, dots_symbols
from models.rocket import MAX_DOTS, PeriodKind
from views import labels
from views.palette import tint

# Below / at / above target: red, green, blue. Boxes are filled with a tint of the colour
# on the palette's base (views/palette.py), so the palette's text stays legible on them in
# light and dark mode alike.
STATUS_BORDERS = {
    BELOW: QColor("#c0392b"),
    AT: QColor("#3c8d2f"),
    ABOVE: QColor("#2471a3"),
    NO_TARGET: QColor("#8795a5"),
}
HEAT_COLOUR = QColor("#3c8d2f")  # the coach's matrix: more dots, more green
HEAT_SHARES = (0.0, 0.18, 0.36, 0.58)


def status_fill(status: str, palette: QPalette) -> QColor:
    return tint(palette, STATUS_BORDERS[status], 0.28)


def heat_colour(dots: int | None, palette: QPalette) -> QColor:
    """The matrix cell's fill for 0 … 3 dots (none: the plain base)."""
    if dots is None:
        return palette.color(QPalette.ColorRole.Base)
    return tint(palette, HEAT_COLOUR, HEAT_SHARES[max(0, min(3, dots))])


def rtr(text: str) -> str:
    """Translate a string of the "rocket" context (marked in app/ and models/)."""
    return QCoreApplication.translate("rocket", text)


def dots_text(dots: int | None) -> str:
    """●●○ for 2 of 3; an unscored process shows three empty dots."""
    return dots_symbols(dots)


def status_text(status: str) -> str:
    return {
        BELOW: QCoreApplication.translate("rocket", "below target"),
        AT: QCoreApplication.translate("rocket", "at target"),
        ABOVE: QCoreApplication.translate("rocket", "above target"),
        NO_TARGET: QCoreApplication.translate("rocket", "no target"),
    }[status]


def period_kind_text(kind: str) -> str:
    return {
        PeriodKind.MONTH.value: QCoreApplication.translate("rocket", "Month"),
        PeriodKind.QUARTER.value: QCoreApplication.translate("rocket", "Quarter"),
        PeriodKind.HALF_YEAR.value: QCoreApplication.translate("rocket", "Half-year"),
        PeriodKind.YEAR.value: QCoreApplication.translate("rocket", "Year"),
    }[kind]


def assessor_text(kind: str) -> str:
    return (
        QCoreApplication.translate("rocket", "Coach")
        if kind == "coach"
        else QCoreApplication.translate("rocket", "Team")
    )


def evidence_kind_text(kind: str) -> str:
    return {
        "note": QCoreApplication.translate("rocket", "Note"),
        "link": QCoreApplication.translate("rocket", "Link"),
        "file": QCoreApplication.translate("rocket", "File"),
    }.get(kind, kind)


def level_text(level: int) -> str:
    names = {
        1: QCoreApplication.translate("rocket", "Level 1 · engine: learning"),
        2: QCoreApplication.translate("rocket", "Level 2 · leading thoughts and customers"),
        3: QCoreApplication.translate("rocket", "Level 3 · innovation, marketing, knowledge"),
        4: QCoreApplication.translate(
            "rocket", "Level 4 · customer relationships, brand, offering"
        ),
    }
    return names.get(
        level, QCoreApplication.translate("rocket", "Level {level}").format(level=level)
    )


def date_text(day: date | None) -> str:
    """The one date format of the app (views/labels.py), named here for the Rocket views."""
    return labels.date_text(day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def pick(fi: str, en: str, lang: str) -> str:
    """The name in the UI language; the Finnish one when no English is given."""
    return en if lang == "en" and en else fi


class PeriodPicker(QWidget):
    """Two combo boxes: the kind of period and which one (two years back, one ahead)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, kind: str = "half_year") -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("periodKind")
        for k in PeriodKind:
            self.kind_box.addItem(period_kind_text(k.value), k.value)
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self.period_box = QComboBox()
        self.period_box.setObjectName("period")
        self.period_box.setMinimumContentsLength(8)
        layout.addWidget(self.kind_box)
        layout.addWidget(self.period_box)
        self._fill(date.today())
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.period_box.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _fill(self, around: date) -> None:
        kind = self.kind
        current = period_start(kind, date.today())
        wanted = period_start(kind, around)
        per_year = 12 // {"month": 1, "quarter": 3, "half_year": 6, "year": 12}[kind]
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for n in range(per_year * 3, -per_year - 1, -1):
            start = shift(kind, current, -n)
            self.period_box.addItem(period_label(kind, start), start.isoformat())
        # ISO strings as item data: QVariant does not compare Python dates in findData.
        self.period_box.setCurrentIndex(max(self.period_box.findData(wanted.isoformat()), 0))
        self.period_box.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill(self.start if self.period_box.count() else date.today())
        self.changed.emit()

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    @property
    def start(self) -> date:
        value = self.period_box.currentData()
        return date.fromisoformat(value) if value else period_start(self.kind, date.today())

    def set_period(self, kind: str, start: date) -> None:
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self.kind_box.blockSignals(False)
        self._fill(start)
        self.changed.emit()


class DotsEditor(QWidget):
    """Three clickable dots (like a star rating); click a filled last dot again for one less."""

    valueChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None, diameter: int = 26) -> None:
        super().__init__(parent)
        self.setObjectName("dotsEditor")
        self._value = 0
        self._d = diameter
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(QCoreApplication.translate("rocket", "Click a dot, or type 0–3"))

    def sizeHint(self) -> QSize:
        return QSize(MAX_DOTS * (self._d + 8) + 4, self._d + 8)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        value = max(0, min(MAX_DOTS, int(value)))
        if value != self._value:
            self._value = value
            self.update()
            self.valueChanged.emit(value)

    def dot_center(self, index: int) -> QPointF:
        """Centre of dot `index` (0-based), for clicks in tests and in the paint code."""
        step = self._d + 8
        return QPointF(4 + index * step + self._d / 2, 4 + self._d / 2)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = int((event.position().x() - 4) // (self._d + 8))
        if 0 <= index < MAX_DOTS:
            clicked = index + 1
            self.setValue(clicked - 1 if clicked == self._value else clicked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text in {"0", "1", "2", "3"}:
            self.setValue(int(text))
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.setValue(self._value + 1)
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.setValue(self._value - 1)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.Text)
        empty = palette.color(QPalette.ColorRole.Base)
        for i in range(MAX_DOTS):
            c = self.dot_center(i)
            rect = QRectF(c.x() - self._d / 2, c.y() - self._d / 2, self._d, self._d)
            painter.setPen(QPen(ink, 2))
            painter.setBrush(ink if i < self._value else empty)
            painter.drawEllipse(rect)
        if self.hasFocus():
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


def period_text(kind: str, start: date) -> str:
    """The kind in words, then the compact label, e.g. "Half-year 2026-H1"."""
    return f"{period_kind_text(kind)} {period_label(kind, start)}"


def make_table(headers: list[str], name: str) -> QTableWidget:
    """A read-only table of whole rows, sized to its contents (the process detail's tabs)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def table_item(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def cell_data(table: QTableWidget, row: int, column: int) -> Any:
    """The UserRole data of a cell, or None when the cell is empty."""
    item = table.item(row, column)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
