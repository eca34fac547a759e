"""The board's column model: one level's cards, loaded a page at a time, dragged and dropped
between levels. Painted by card_delegate.CardDelegate in column_view.LadderListView."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.excel.cell_value import Cell
from app.ladder.board import PAGE, every_card, fetch_cards
from app.ladder.cards import Card
from app.ladder.filters import BoardFilter
from app.ladder.settings import LadderSettings
from app.store import Store
from views.labels import size_labels
from views.ladder.labels import criterion_text, short_date
from views.table_export import Reader

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
MIME = "application/x-raketti-ladder-card"
# What an exported column holds per card (Export view…): the card's facts, typed.
EXPORT_FIELDS = (
    "name",
    "level",
    "owner",
    "size_class",
    "entered_on",
    "last_contact",
    "next_step",
    "next_step_due",
    "referred_by",
    "ready",
)
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
        self.total: int | None = None  # the level's count on the board, when known

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
        want = max(PAGE, keep)
        self.beginResetModel()
        self._cards = fetch_cards(
            self.store, self.board, self.level, 0, want, self.settings, self._today
        )
        self._exhausted = len(self._cards) < want
        self.endResetModel()

    def set_page(
        self, board: BoardFilter, settings: LadderSettings, cards: list[Card], exhausted: bool
    ) -> None:
        """Show cards fetched for the whole board at once (app.ladder.board.fetch_board)."""
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
        more = fetch_cards(
            self.store,
            self.board,
            self.level,
            len(self._cards),
            PAGE,
            self.settings,
            self._today,
        )
        self._exhausted = len(more) < PAGE
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
                self.tr("No contact for %n day(s) (limit {limit}).", "", card.silent_days).format(
                    limit=card.silence_limit
                )
            )
        return "<br>".join(lines)

    # --- export (views.table_export.PagedModel) ------------------------------------------

    def export_columns(self) -> list[int]:
        return list(range(len(EXPORT_FIELDS)))

    def export_headers(self, columns: list[int]) -> list[str]:
        titles = {
            "name": self.tr("Customer"),
            "level": self.tr("Level"),
            "owner": self.tr("Owner"),
            "size_class": self.tr("Size"),
            "entered_on": self.tr("In the level since"),
            "last_contact": self.tr("Last contact"),
            "next_step": self.tr("Next step"),
            "next_step_due": self.tr("Next step due"),
            "referred_by": self.tr("Referred by"),
            "ready": self.tr("Ready to move up"),
        }
        return [titles[EXPORT_FIELDS[column]] for column in columns]

    def export_row(self, row: int, columns: list[int]) -> list[Cell]:
        return card_cells(self._cards[row], columns, self._labels())

    def export_rows(self, columns: list[int]) -> tuple[Reader, int | None]:
        """Every card of the level under the board's filter, in the column's order."""
        board, level, settings, today = self.board, self.level, self.settings, self._today
        labels = self._labels()

        def read(store: Store) -> Any:
            for card in every_card(store, board, level, settings, today):
                yield card_cells(card, columns, labels)

        return read, self.total

    def _labels(self) -> dict[str, str]:
        """Sizes and the ready mark in the current language, made on the GUI thread."""
        return {**size_labels(), "ready": self.tr("yes")}

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

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
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


def card_cells(card: Card, columns: list[int], labels: dict[str, str]) -> list[Cell]:
    """A card's facts as cells of an exported file: dates as dates."""
    cells: list[Cell] = []
    for column in columns:
        field = EXPORT_FIELDS[column]
        value = getattr(card, field)
        if field == "size_class":
            value = labels.get(value, value)
        elif field == "ready":
            value = labels["ready"] if value else None
        cells.append(value)
    return cells
