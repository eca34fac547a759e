"""The ladder's filter bar: owner, size and segment, a hint and the settings button.

Its values narrow the board and every side report alike (one BoardFilter).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app import teams
from app.ladder.filters import BoardFilter
from app.segments import records as segments
from views.context import AppContext
from views.labels import size_label


class LadderFilterBar(QWidget):
    """Owner, size and segment choices; `changed` when the user picks another value."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.members: list[dict[str, Any]] = []
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("ladderOwnerFilter")
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.size_filter = QComboBox()
        self.size_filter.setObjectName("ladderSizeFilter")
        self.size_filter.addItem(self.tr("All sizes"), None)
        for code in ("very_large", "large", "medium", "small"):
            self.size_filter.addItem(size_label(code), code)
        self.segment_filter = QComboBox()
        self.segment_filter.setObjectName("ladderSegmentFilter")
        self.segment_filter.setMinimumContentsLength(16)
        self.segment_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.settings_button = QPushButton(self.tr("Ladder settings…"))
        self.settings_button.setObjectName("ladderSettingsButton")
        hint = QLabel(self.tr("Drag a card to another level, or Ctrl+↑ / Ctrl+↓."))
        hint.setObjectName("ladderHint")
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)  # a narrow window wraps the hint rather than cutting it
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Owner:")))
        top.addWidget(self.owner_filter)
        top.addWidget(QLabel(self.tr("Size:")))
        top.addWidget(self.size_filter)
        top.addWidget(QLabel(self.tr("Segment:")))
        top.addWidget(self.segment_filter)
        top.addSpacing(12)
        top.addWidget(hint, 1)
        top.addWidget(self.settings_button)
        for combo in (self.owner_filter, self.size_filter, self.segment_filter):
            combo.activated.connect(lambda _i: self.changed.emit())

    def fill_owners(self) -> None:
        current = self.owner_filter.currentData()
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("All owners"), None)
        self.members = teams.members_of(self.ctx.store, self.ctx.team_id)
        for member in self.members:
            self.owner_filter.addItem(member["name"], member["id"])
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(current), 0))

    def fill_segments(self) -> None:
        """Every segment of every segmentation, as "Segmentation: segment"."""
        current = self.segment_filter.currentData()
        self.segment_filter.clear()
        self.segment_filter.addItem(self.tr("All segments"), None)
        for segmentation in segments.list_segmentations(self.ctx.store, self.ctx.team_id):
            for segment in segmentation["segments"]:
                label = self.tr("{segmentation}: {segment}").format(
                    segmentation=segmentation["name"], segment=segment["name"]
                )
                self.segment_filter.addItem(label, segment["id"])
        self.segment_filter.setCurrentIndex(max(self.segment_filter.findData(current), 0))

    def board_filter(self) -> BoardFilter:
        """The chosen values (read on the GUI thread, then handed to reads as a value)."""
        owner = self.owner_filter.currentData()
        segment = self.segment_filter.currentData()
        return BoardFilter(
            self.ctx.team_id,
            owner_id=int(owner) if owner is not None else None,
            size_class=self.size_filter.currentData(),
            segment_id=int(segment) if segment is not None else None,
        )
