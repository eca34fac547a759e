"""The delegate that paints a card on the board: four lines of text and the criteria dots."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ladder.cards import Card
from views.labels import compact_date_text, size_label
from views.ladder.board_model import CARD_ROLE, Index
from views.ladder.labels import OVERDUE_COLOUR, QUIET_COLOUR, READY_COLOUR
from views.palette import LEVEL_COLOURS, tint


class CardDelegate(QStyledItemDelegate):
    """Paints a card: name, owner and days in level, last contact, next step, criteria."""

    PAD = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, tuple[QFont, QFont, int]] = {}

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, int]:
        # Fonts are derived once per base font, not for every card painted.
        key = option.font.key()
        cached = self._fonts.get(key)
        if cached is None:
            bold = QFont(option.font)
            bold.setBold(True)
            small = QFont(option.font)
            small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
            cached = (bold, small, QFontMetrics(option.font).lineSpacing())
            self._fonts[key] = cached
        return cached

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        _, _, line = self._metrics(option)
        return QSize(220, 4 * line + 2 * self.PAD + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            super().paint(painter, option, index)
            return
        bold, small, line = self._metrics(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 1, -2, -1)
        self._paint_frame(painter, option, rect, card)
        palette = option.palette
        text = palette.text().color()
        muted = palette.placeholderText().color()
        x = rect.left() + self.PAD + 4
        width = rect.width() - self.PAD * 2 - 4
        y = rect.top() + self.PAD
        self._paint_name(painter, card, bold, small, QRect(x, y, width, line), text)
        painter.setFont(small)
        painter.setPen(muted)
        owner = card.owner or QCoreApplication.translate("CardDelegate", "no owner")
        self._line(
            painter, small, f"{owner} · {size_label(card.size_class)}", x, y + line, width, line
        )
        self._paint_contact(painter, card, small, QRect(x, y + 2 * line, width, line))
        self._paint_step(painter, card, small, QRect(x, y + 3 * line, width, line), text, muted)
        painter.restore()

    def _paint_frame(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, card: Card
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        background = (
            palette.highlight().color().lighter(175) if selected else palette.base().color()
        )
        if card.quiet and not selected:
            background = tint(palette, QUIET_COLOUR, 0.12)
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.setBrush(QBrush(background))
        painter.drawRoundedRect(rect, 5, 5)
        # Left bar: the level's colour, orange when the customer has gone quiet.
        bar = QColor(QUIET_COLOUR if card.quiet else LEVEL_COLOURS.get(card.level, "#888"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bar)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)

    def _paint_name(
        self, painter: QPainter, card: Card, bold: QFont, small: QFont, area: QRect, text: QColor
    ) -> None:
        """Line 1: the name, and a short "ready" badge on the right (the tooltip says more)."""
        badge = "▲ " + QCoreApplication.translate("CardDelegate", "ready") if card.ready else ""
        painter.setFont(small)
        badge_w = QFontMetrics(small).horizontalAdvance(badge) + 6 if badge else 0
        if badge:
            painter.setPen(QColor(READY_COLOUR))
            painter.drawText(
                QRect(area.left() + area.width() - badge_w, area.top(), badge_w, area.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                badge,
            )
        painter.setFont(bold)
        painter.setPen(text)
        name = QFontMetrics(bold).elidedText(
            card.name, Qt.TextElideMode.ElideRight, area.width() - badge_w
        )
        painter.drawText(
            QRect(area.left(), area.top(), area.width() - badge_w, area.height()),
            Qt.AlignmentFlag.AlignVCenter,
            name,
        )

    def _paint_contact(self, painter: QPainter, card: Card, small: QFont, area: QRect) -> None:
        """Line 3: days at this level and the last contact, orange when quiet. Compact units
        ("pv", "d"): Finnish words are long and the column is narrow."""
        days = QCoreApplication.translate("CardDelegate", "{days} d at level").format(
            days=card.days_in_level
        )
        if card.quiet:
            painter.setPen(QColor(QUIET_COLOUR))
            contact = QCoreApplication.translate("CardDelegate", "quiet {days} d").format(
                days=card.silent_days
            )
        else:
            contact = QCoreApplication.translate("CardDelegate", "contact {date}").format(
                date=compact_date_text(card.last_contact, "–")
            )
        self._line(
            painter,
            small,
            f"{days} · {contact}",
            area.left(),
            area.top(),
            area.width(),
            area.height(),
        )

    def _paint_step(
        self, painter: QPainter, card: Card, small: QFont, area: QRect, text: QColor, muted: QColor
    ) -> None:
        """Line 4: criteria dots on the right, next step and due date on the left.
        One dot per criterion: filled green when met, hollow grey when not."""
        x, y, width, line = area.left(), area.top(), area.width(), area.height()
        dot_w = QFontMetrics(small).horizontalAdvance("●") + 1
        dots_w = dot_w * len(card.criteria) + 6 if card.criteria else 0
        dx = x + width - dots_w + 6
        for _criterion, met in card.criteria:
            painter.setPen(QColor(READY_COLOUR) if met else muted)
            painter.drawText(
                QRect(dx, y, dot_w, line), Qt.AlignmentFlag.AlignCenter, "●" if met else "○"
            )
            dx += dot_w
        if card.next_step:
            step = f"→ {compact_date_text(card.next_step_due, '–')} {card.next_step}"
            painter.setPen(QColor(OVERDUE_COLOUR) if card.overdue else text)
        else:
            step = QCoreApplication.translate("CardDelegate", "No next step")
            painter.setPen(QColor(OVERDUE_COLOUR))
        self._line(painter, small, step, x, y, width - dots_w, line)

    @staticmethod
    def _line(painter: QPainter, font: QFont, text: str, x: int, y: int, w: int, h: int) -> None:
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(0, w))
        painter.drawText(QRect(x, y, w, h), Qt.AlignmentFlag.AlignVCenter, elided)
