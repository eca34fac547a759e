"""The board's column model (lazy pages of cards) and the delegate that paints a card."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.ladder import service as ladder
from app.ladder.service import BoardFilter, Card, LadderSettings
from app.store import Store
from views.labels import size_label
from views.ladder.labels import (
    LEVEL_COLOURS,
    OVERDUE_COLOUR,
    QUIET_COLOUR,
    READY_COLOUR,
    criterion_text,
    short_date,
)

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
MIME = "application/x-raketti-ladder-card"
Index = QModelIndex | QPersistentModelIndex


class LadderColumnModel(QAbstractListModel):
    """One level's cards, loaded a page at a time as the view scrolls."""

    moveRequested = Signal(int, str)  # customer id, target level (a card was dropped here)

    def __init__(
        self, store: Store, level: str, board: BoardFilter, settings: LadderSettings, lang: str
    ) -> None:
        super().__init__()
        self.store = store
        self.level = level
        self.board = board
        self.settings = settings
        self.lang = lang
        self._cards: list[Card] = []
        self._exhausted = True
        self._today = date.today()

    def reload(
        self,
        board: BoardFilter | None = None,
        settings: LadderSettings | None = None,
        keep: int = 0,
    ) -> None:
        """Re-read the first page (or as many rows as were loaded, after a change)."""
        self.board = board or self.board
        self.settings = settings or self.settings
        self._today = date.today()
        want = max(ladder.PAGE, keep)
        self.beginResetModel()
        self._cards = ladder.fetch_cards(
            self.store, self.board, self.level, 0, want, self.settings, self._today
        )
        self._exhausted = len(self._cards) < want
        self.endResetModel()

    def set_page(
        self, board: BoardFilter, settings: LadderSettings, cards: list[Card], exhausted: bool
    ) -> None:
        """Show cards fetched for the whole board at once (ladder.fetch_board)."""
        self.board = board
        self.settings = settings
        self._today = date.today()
        self.beginResetModel()
        self._cards = cards
        self._exhausted = exhausted
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = ladder.fetch_cards(
            self.store,
            self.board,
            self.level,
            len(self._cards),
            ladder.PAGE,
            self.settings,
            self._today,
        )
        self._exhausted = len(more) < ladder.PAGE
        if more:
            start = len(self._cards)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._cards.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def card(self, row: int) -> Card | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, customer_id: int) -> int | None:
        for row, card in enumerate(self._cards):
            if card.id == customer_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return card.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(card)
        return None

    def _tooltip(self, card: Card) -> str:
        lines = [f"<b>{card.name}</b>"]
        if card.next_step:
            lines.append(
                self.tr("Next step: {step} ({due})").format(
                    step=card.next_step, due=short_date(card.next_step_due)
                )
            )
        if card.referred_by:
            lines.append(self.tr("Referred by {name}").format(name=card.referred_by))
        if card.criteria:
            lines.append(self.tr("Criteria of {level}:").format(level=card.criteria[0][0].level))
            for criterion, met in card.criteria:
                mark = "✓" if met else "✗"
                lines.append(f"&nbsp;{mark} {criterion_text(criterion, self.lang)}")
        if card.ready:
            lines.append(self.tr("Meets every criterion of the next level: ready to move up."))
        if card.quiet:
            lines.append(
                self.tr("No contact for {days} days (limit {limit}).").format(
                    days=card.silent_days, limit=card.silence_limit
                )
            )
        return "<br>".join(lines)

    # --- drag and drop -----------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [self._cards[i.row()].id for i in indexes if i.isValid()]
        mime.setData(MIME, json.dumps({"ids": ids, "level": self.level}).encode())
        return mime

    @staticmethod
    def decode(mime: QMimeData) -> tuple[list[int], str] | None:
        if not mime.hasFormat(MIME):
            return None
        payload = json.loads(bytes(mime.data(MIME).data()).decode())
        return [int(i) for i in payload["ids"]], str(payload["level"])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        decoded = self.decode(data)
        return decoded is not None and decoded[1] != self.level

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        decoded = self.decode(data)
        if decoded is None or decoded[1] == self.level:
            return False
        for customer_id in decoded[0]:
            self.moveRequested.emit(customer_id, self.level)
        # False: the drop itself changes nothing; the move dialog does, once confirmed.
        # (True would make the source view try to remove the dragged rows.)
        return False


class LadderListView(QListView):
    """A column of cards; Ctrl+Up / Ctrl+Down ask to move the current card a level."""

    stepRequested = Signal(int, int)  # customer id, +1 up / -1 down

    def __init__(self, level: str) -> None:
        super().__init__()
        self.level = level
        self.setUniformItemSizes(True)  # every card has the same height: O(1) layout
        self.setSpacing(3)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setMinimumWidth(230)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            index = self.currentIndex()
            if index.isValid():
                step = 1 if event.key() == Qt.Key.Key_Up else -1
                self.stepRequested.emit(int(index.data(ID_ROLE)), step)
            event.accept()
            return
        super().keyPressEvent(event)


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
            return super().paint(painter, option, index)
        bold, small, line = self._metrics(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 1, -2, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        background = (
            palette.highlight().color().lighter(175) if selected else palette.base().color()
        )
        if card.quiet and not selected:
            background = QColor("#fdf2e9")
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.setBrush(QBrush(background))
        painter.drawRoundedRect(rect, 5, 5)
        # Left bar: the level's colour, orange when the customer has gone quiet.
        bar = QColor(QUIET_COLOUR if card.quiet else LEVEL_COLOURS.get(card.level, "#888"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bar)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)

        text = palette.text().color()
        muted = palette.placeholderText().color()
        x = rect.left() + self.PAD + 4
        width = rect.width() - self.PAD * 2 - 4
        y = rect.top() + self.PAD

        # Line 1: name, and a short "ready" badge on the right (the tooltip says more).
        badge = ""
        if card.ready:
            badge = "▲ " + QCoreApplication.translate("CardDelegate", "ready")
        painter.setFont(small)
        badge_w = QFontMetrics(small).horizontalAdvance(badge) + 6 if badge else 0
        if badge:
            painter.setPen(QColor(READY_COLOUR))
            painter.drawText(
                QRect(x + width - badge_w, y, badge_w, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                badge,
            )
        painter.setFont(bold)
        painter.setPen(text)
        name = QFontMetrics(bold).elidedText(
            card.name, Qt.TextElideMode.ElideRight, width - badge_w
        )
        painter.drawText(QRect(x, y, width - badge_w, line), Qt.AlignmentFlag.AlignVCenter, name)
        y += line

        # Line 2: owner · size.
        painter.setFont(small)
        painter.setPen(muted)
        owner = card.owner or QCoreApplication.translate("CardDelegate", "no owner")
        self._line(painter, small, f"{owner} · {size_label(card.size_class)}", x, y, width, line)
        y += line

        # Line 3: days at this level and the last contact, orange when quiet. Compact units
        # ("pv", "d"): Finnish words are long and the column is narrow.
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
                date=short_date(card.last_contact)
            )
        self._line(painter, small, f"{days} · {contact}", x, y, width, line)
        y += line

        # Line 4: criteria dots on the right, next step and due date on the left.
        # One dot per criterion: filled green when met, hollow grey when not.
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
            step = f"→ {short_date(card.next_step_due)} {card.next_step}"
            painter.setPen(QColor(OVERDUE_COLOUR) if card.overdue else text)
        else:
            step = QCoreApplication.translate("CardDelegate", "No next step")
            painter.setPen(QColor(OVERDUE_COLOUR))
        self._line(painter, small, step, x, y, width - dots_w, line)
        painter.restore()
        return None

    @staticmethod
    def _line(painter: QPainter, font: QFont, text: str, x: int, y: int, w: int, h: int) -> None:
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(0, w))
        painter.drawText(QRect(x, y, w, h), Qt.AlignmentFlag.AlignVCenter, elided)
