"""A list view of one level's cards; Ctrl+Up / Ctrl+Down ask to move the current card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView

from views.ladder.board_model import ID_ROLE


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
        # Ctrl/Shift-click choose cards for Export view…; a drag still moves one card.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setMinimumWidth(190)  # cards elide; the side tabs need the room at 1280 px

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

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag the card under the pointer only: each move asks for its own reason."""
        index = self.currentIndex()
        if not index.isValid():
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        drag.setPixmap(self.viewport().grab(self.visualRect(index)))
        drag.exec(supportedActions, Qt.DropAction.MoveAction)
