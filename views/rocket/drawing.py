"""The rocket drawing: four levels stacked, engine at the bottom, one box per process."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.rocket.boxes import BoxState
from views.palette import mix, tint
from views.rocket.common import (
    STATUS_BORDERS,
    assessor_text,
    dots_text,
    level_text,
    pick,
    status_fill,
    status_text,
)

# The body and outline are tints of this slate on the palette (pale on light, deep on dark);
# the fins, flame and window keep their colours, which read on either.
SLATE = QColor("#4a5a6c")


SOFT_HYPHEN = "\u00ad"
# Long compounds break before these endings (with a hyphen), so that a narrow box wraps
# "Asiakaspotentiaali-prosessi" instead of cutting it.
BREAK_BEFORE = ("prosessi", "process")


def breakable(name: str, longest: int = 14) -> str:
    """The name with soft hyphens where long compound words may break."""
    words = []
    for word in name.split(" "):
        lower = word.lower()
        for ending in BREAK_BEFORE:
            cut = len(word) - len(ending)
            if len(word) > longest and lower.endswith(ending) and cut > 3:
                word = word[:cut] + SOFT_HYPHEN + word[cut:]
                break
        words.append(word)
    return " ".join(words)


class ProcessBox(QFrame):
    """One process: code and name, dots ●●○ against the target, coloured by the comparison."""

    clicked = Signal(str)

    def __init__(self, state: BoxState, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = state.code
        self.state = state
        self.setObjectName(f"processBox_{state.code}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(128, 96)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        name = breakable(pick(state.name_fi, state.name_en, lang))
        title = QLabel(f"<b>{state.code}</b> {name}")
        title.setWordWrap(True)
        title.setObjectName("boxTitle")
        self.dots_label = QLabel(dots_text(state.dots))
        self.dots_label.setObjectName("boxDots")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.dots_label.setFont(font)
        target = (
            QCoreApplication.translate("rocket", "target {dots}").format(
                dots=dots_text(state.target)
            )
            if state.target is not None
            else QCoreApplication.translate("rocket", "no target")
        )
        self.target_label = QLabel(target)
        self.target_label.setObjectName("boxTarget")
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addWidget(self.dots_label)
        row.addStretch(1)
        row.addWidget(self.target_label)
        layout.addLayout(row)
        parts = [f"{status_text(state.status)}"]
        if state.team_dots is not None:
            parts.append(f"{assessor_text('team')} {dots_text(state.team_dots)}")
        if state.coach_dots is not None:
            parts.append(f"{assessor_text('coach')} {dots_text(state.coach_dots)}")
        self.setToolTip(" · ".join(parts))
        self.setAccessibleName(f"{state.code} {dots_text(state.dots)} {status_text(state.status)}")
        self.selected = False

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 3.0 if self.selected else 1.5
        painter.setPen(QPen(STATUS_BORDERS[self.state.status], width))
        painter.setBrush(status_fill(self.state.status, self.palette()))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8)
        painter.end()
        super().paintEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.code)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Space):
            self.clicked.emit(self.code)
        else:
            super().keyPressEvent(event)


class RocketDrawing(QWidget):
    """Level 4 at the nose, level 1 (the engine) at the bottom; fins and a flame around."""

    processClicked = Signal(str)

    NOSE = 120
    FLAME = 56
    SIDE = 56

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rocketDrawing")
        self.boxes: dict[str, ProcessBox] = {}
        self._rows: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(self.SIDE, self.NOSE, self.SIDE, self.FLAME)
        self._layout.setSpacing(6)
        self._selected: str | None = None

    def set_states(self, states: list[BoxState], lang: str) -> None:
        """Rebuild the boxes; cheap, there are a dozen or so."""
        for row in self._rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self._rows.clear()
        self.boxes.clear()
        levels = sorted({s.level for s in states}, reverse=True)
        for level in levels:
            row = QWidget(self)
            row.setObjectName(f"rocketLevel{level}")
            column = QVBoxLayout(row)
            column.setContentsMargins(10, 2, 10, 2)
            column.setSpacing(3)
            header = QLabel(level_text(level))
            header.setObjectName("levelHeader")
            header.setStyleSheet("font-weight: bold;")
            # Extra height goes to the boxes, not to a gap under the level's name.
            header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            column.addWidget(header)
            boxes = QHBoxLayout()
            boxes.setSpacing(8)
            for state in sorted((s for s in states if s.level == level), key=lambda s: s.position):
                box = ProcessBox(state, lang, row)
                box.clicked.connect(self._on_clicked)
                box.set_selected(state.code == self._selected)
                self.boxes[state.code] = box
                boxes.addWidget(box, 1)
            column.addLayout(boxes)
            self._layout.addWidget(row)
            self._rows.append(row)
        self.update()

    def _on_clicked(self, code: str) -> None:
        self.select(code)
        self.processClicked.emit(code)

    def select(self, code: str | None) -> None:
        self._selected = code
        for key, box in self.boxes.items():
            box.set_selected(key == code)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = min(r.geometry().top() for r in self._rows) - 6
        bottom = max(r.geometry().bottom() for r in self._rows) + 6
        left = self.SIDE - 8
        right = self.width() - self.SIDE + 8
        # Fins first, so that the body covers their inner edge.
        self._paint_fins(painter, top, bottom, left, right)
        self._paint_flame(painter, bottom, left, right)
        self._paint_body(painter, top, bottom, left, right)
        # Thin lines between levels.
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        for row in self._rows[:-1]:
            y = row.geometry().bottom() + 3
            painter.drawLine(QPointF(left + 4, y), QPointF(right - 4, y))
        painter.end()

    def _outline(self) -> QColor:
        return mix(self.palette().color(QPalette.ColorRole.Text), SLATE, 0.35)

    def _paint_fins(
        self, painter: QPainter, top: float, bottom: float, left: float, right: float
    ) -> None:
        painter.setPen(QPen(self._outline(), 2))
        painter.setBrush(QColor("#c0392b"))
        fin_top = bottom - (bottom - top) * 0.35
        for side in (-1, 1):
            edge = left if side < 0 else right
            fin = QPainterPath(QPointF(edge, fin_top))
            fin.lineTo(QPointF(edge + side * (self.SIDE - 10), bottom + 24))
            fin.lineTo(QPointF(edge, bottom))
            fin.closeSubpath()
            painter.drawPath(fin)

    def _paint_flame(self, painter: QPainter, bottom: float, left: float, right: float) -> None:
        """The flame under the engine."""
        mid = (left + right) / 2
        flame = QPainterPath(QPointF(mid - (right - left) * 0.25, bottom))
        flame.quadTo(QPointF(mid - 20, bottom + self.FLAME * 0.7), QPointF(mid, self.height() - 4))
        flame.quadTo(
            QPointF(mid + 20, bottom + self.FLAME * 0.7),
            QPointF(mid + (right - left) * 0.25, bottom),
        )
        flame.closeSubpath()
        painter.setPen(QPen(QColor("#d35400"), 1.5))
        painter.setBrush(QColor("#f5b041"))
        painter.drawPath(flame)

    def _paint_body(
        self, painter: QPainter, top: float, bottom: float, left: float, right: float
    ) -> None:
        """Body and nose cone, with a window in the nose."""
        mid = (left + right) / 2
        painter.setPen(QPen(self._outline(), 2))
        painter.setBrush(tint(self.palette(), SLATE, 0.12))
        body = QPainterPath(QPointF(left, bottom))
        body.lineTo(QPointF(left, top))
        # An ogive nose: vertical where it meets the body, pointed at the tip.
        tip, half = 2.0, (right - left) / 2
        rise = top - tip
        body.cubicTo(
            QPointF(left, top - rise * 0.5),
            QPointF(mid - half * 0.35, tip + rise * 0.2),
            QPointF(mid, tip),
        )
        body.cubicTo(
            QPointF(mid + half * 0.35, tip + rise * 0.2),
            QPointF(right, top - rise * 0.5),
            QPointF(right, top),
        )
        body.lineTo(QPointF(right, bottom))
        body.closeSubpath()
        painter.drawPath(body)
        # Window in the nose, a small detail that makes it read as a rocket at a glance.
        painter.setBrush(tint(self.palette(), QColor("#2980b9"), 0.4))
        painter.drawEllipse(QPointF(mid, top - self.NOSE * 0.38), 12, 12)
