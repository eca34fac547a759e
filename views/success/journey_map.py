"""The journey map drawn: phases as columns, touchpoints as cards. One painting function
serves the screen, the PNG and the PDF, so the printout is what the team sees.

A card marked critical has a red frame; a card where bad feedback gathered (see
app.success.rules.lights_up) is filled red and says how many complaints it has."""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QWidget

from app.files import atomic_write
from app.success.journeys import JourneyMap, TouchpointCard
from views.success.labels import HEALTH_COLOURS, label

MARGIN = 12.0
GAP = 10.0
CARD_PAD = 8.0
MIN_COLUMN = 180.0
LIT_FILL = "#fadbd8"
CRITICAL = HEALTH_COLOURS["red"]


@dataclass(frozen=True)
class Colours:
    background: QColor
    text: QColor
    card: QColor
    muted: QColor
    header: QColor
    selected: QColor


def paper() -> Colours:
    """Black on white, for PNG and PDF."""
    return Colours(
        QColor("white"),
        QColor("black"),
        QColor("#f8f9f9"),
        QColor("#566573"),
        QColor("#d6eaf8"),
        QColor("#2e86c1"),
    )


def screen(widget: QWidget) -> Colours:
    palette = widget.palette()
    return Colours(
        palette.base().color(),
        palette.text().color(),
        palette.alternateBase().color(),
        palette.placeholderText().color(),
        palette.highlight().color().lighter(170),
        palette.highlight().color(),
    )


def _meta(card: TouchpointCard) -> str:
    mode = (
        QCoreApplication.translate("JourneyMap", "digital")
        if card.digital
        else QCoreApplication.translate("JourneyMap", "physical")
    )
    parts = [label("channel", card.channel), mode]
    if card.owner:
        parts.append(card.owner)
    return " · ".join(parts)


def _flags(card: TouchpointCard) -> str:
    parts = [
        QCoreApplication.translate("JourneyMap", "expectations: {level}").format(
            level=label("expectation", card.expectation)
        )
    ]
    if card.lit:
        parts.append(
            QCoreApplication.translate(
                "JourneyMap", "⚠ %n complaint(s)", "", max(card.complaints, card.open_severe)
            )
        )
    elif card.feedback:
        parts.append(QCoreApplication.translate("JourneyMap", "%n feedback(s)", "", card.feedback))
    if card.marked_critical:
        parts.append(QCoreApplication.translate("JourneyMap", "critical point"))
    return " · ".join(parts)


class Layout:
    """Where each phase header and card goes for a given width."""

    def __init__(self, journey: JourneyMap, width: float, font: QFont) -> None:
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(font.pointSizeF() * 0.85)
        count = max(len(journey.phases), 1)
        self.column = max((width - 2 * MARGIN - GAP * (count - 1)) / count, MIN_COLUMN)
        title = QFontMetricsF(self.bold)
        self.header = title.height() * 2 + 2 * CARD_PAD
        self.cards: dict[int, QRectF] = {}
        self.headers: list[QRectF] = []
        self.height = MARGIN + self.header
        for index, phase in enumerate(journey.phases):
            x = MARGIN + index * (self.column + GAP)
            self.headers.append(QRectF(x, MARGIN, self.column, self.header))
            y = MARGIN + self.header + GAP
            for card in phase.touchpoints:
                height = self._card_height(card)
                self.cards[card.id] = QRectF(x, y, self.column, height)
                y += height + GAP
            self.height = max(self.height, y)
        self.width = 2 * MARGIN + count * self.column + (count - 1) * GAP
        self.height += MARGIN

    def _card_height(self, card: TouchpointCard) -> float:
        inner = self.column - 2 * CARD_PAD
        bold, small = QFontMetricsF(self.bold), QFontMetricsF(self.small)
        flags = Qt.TextFlag.TextWordWrap
        name = bold.boundingRect(QRectF(0, 0, inner, 1000), flags, card.name).height()
        meta = small.boundingRect(QRectF(0, 0, inner, 1000), flags, _meta(card)).height()
        marks = small.boundingRect(QRectF(0, 0, inner, 1000), flags, _flags(card)).height()
        return name + meta + marks + 2 * CARD_PAD + 6


def paint_map(
    painter: QPainter, journey: JourneyMap, layout: Layout, colours: Colours, selected: int | None
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), colours.background)
    wrap = int(Qt.TextFlag.TextWordWrap)
    for phase, rect in zip(journey.phases, layout.headers, strict=True):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.header)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(colours.text)
        painter.setFont(layout.bold)
        painter.drawText(
            rect.marginsRemoved(QMarginsF(CARD_PAD, CARD_PAD, CARD_PAD, CARD_PAD)),
            int(Qt.AlignmentFlag.AlignCenter) | wrap,
            phase.name,
        )
        for card in phase.touchpoints:
            _paint_card(painter, card, layout, colours, card.id == selected)


def _paint_card(
    painter: QPainter, card: TouchpointCard, layout: Layout, colours: Colours, selected: bool
) -> None:
    rect = layout.cards[card.id]
    fill = QColor(LIT_FILL) if card.lit else colours.card
    frame = QColor(CRITICAL) if card.critical else colours.muted
    if selected:
        frame = colours.selected
    painter.setBrush(fill)
    painter.setPen(QPen(frame, 3 if (card.critical or selected) else 1))
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
    inner = rect.marginsRemoved(QMarginsF(CARD_PAD, CARD_PAD, CARD_PAD, CARD_PAD))
    wrap = int(Qt.TextFlag.TextWordWrap)
    text = QColor("black") if card.lit else colours.text
    painter.setPen(text)
    painter.setFont(layout.bold)
    used = painter.boundingRect(inner, wrap, card.name)
    painter.drawText(inner, wrap, card.name)
    painter.setFont(layout.small)
    painter.setPen(QColor("#34495e") if card.lit else colours.muted)
    meta_rect = QRectF(inner.left(), used.bottom() + 3, inner.width(), inner.height())
    used = painter.boundingRect(meta_rect, wrap, _meta(card))
    painter.drawText(meta_rect, wrap, _meta(card))
    painter.setPen(QColor(CRITICAL) if card.critical else colours.muted)
    marks_rect = QRectF(inner.left(), used.bottom() + 3, inner.width(), inner.height())
    painter.drawText(marks_rect, wrap, _flags(card))


class JourneyMapWidget(QWidget):
    """The map on screen: click a card to choose it, double-click to edit it."""

    touchpointChosen = Signal(int)
    touchpointActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journeyMap")
        self.journey: JourneyMap | None = None
        self.selected: int | None = None
        self._layout: Layout | None = None

    def set_map(self, journey: JourneyMap | None) -> None:
        self.journey = journey
        known = {c.id for p in journey.phases for c in p.touchpoints} if journey else set()
        if self.selected not in known:
            self.selected = None
        self._relayout()

    def card(self, touchpoint_id: int) -> TouchpointCard | None:
        phases = self.journey.phases if self.journey else []
        return next((c for p in phases for c in p.touchpoints if c.id == touchpoint_id), None)

    def _relayout(self) -> None:
        holder = self.parentWidget()
        width = max(holder.width() if holder is not None else 800, 400)
        self._layout = Layout(self.journey, width, self.font()) if self.journey else None
        height = int(self._layout.height) if self._layout else 100
        self.setMinimumSize(int(self._layout.width) if self._layout else 100, height)
        self.resize(max(int(self._layout.width if self._layout else 0), width), height)
        self.update()

    def sizeHint(self) -> QSize:
        if self._layout is None:
            return QSize(400, 100)
        return QSize(int(self._layout.width), int(self._layout.height))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.journey is None or self._layout is None:
            return
        painter = QPainter(self)
        paint_map(painter, self.journey, self._layout, screen(self), self.selected)
        painter.end()

    def _hit(self, event: QMouseEvent) -> int | None:
        if self._layout is None:
            return None
        point = event.position()
        return next((cid for cid, rect in self._layout.cards.items() if rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event)
        self.selected = hit
        self.update()
        if hit is not None:
            self.touchpointChosen.emit(hit)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event)
        if hit is not None:
            self.touchpointActivated.emit(hit)


# --- printing --------------------------------------------------------------------------------


def _replace(path: Path, write: Callable[[str], bool]) -> None:
    """Write through a temporary name in the same folder, then move it into place (Qt's
    writers answer False instead of raising: that becomes the same ExportError)."""
    with atomic_write(path) as temporary:
        if not write(str(temporary)):
            raise OSError(errno.EIO, QCoreApplication.translate("JourneyTab", "not written"))


def save_png(journey: JourneyMap, path: Path, font: QFont, width: int = 1600) -> None:
    layout = Layout(journey, width, font)
    image = QImage(
        int(layout.width), int(layout.height) + 40, QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    _title(painter, journey, font, layout.width)
    painter.translate(0, 40)
    paint_map(painter, journey, layout, paper(), None)
    painter.end()
    _replace(path, lambda name: image.save(name))  # the format follows the .png suffix


def save_pdf(journey: JourneyMap, path: Path, font: QFont) -> None:
    """An A4 landscape page, the map scaled to fit."""

    def write(name: str) -> bool:
        writer = QPdfWriter(name)
        writer.setResolution(96)  # the layout is measured in screen pixels; text stays vector
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(10, 10, 10, 10),
            )
        )
        writer.setTitle(journey.name)
        painter = QPainter(writer)
        page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        layout = Layout(journey, 1400, font)
        scale = min(page.width() / layout.width, page.height() / (layout.height + 40))
        painter.scale(scale, scale)
        _title(painter, journey, font, layout.width)
        painter.translate(0, 40)
        paint_map(painter, journey, layout, paper(), None)
        return painter.end()

    _replace(path, write)


def _title(painter: QPainter, journey: JourneyMap, font: QFont, width: float) -> None:
    title = QFont(font)
    title.setPointSizeF(font.pointSizeF() * 1.3)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("black"))
    text = journey.name + (f" — {journey.segment}" if journey.segment else "")
    painter.drawText(
        QRectF(MARGIN, 4, width - 2 * MARGIN, 34), int(Qt.AlignmentFlag.AlignVCenter), text
    )
