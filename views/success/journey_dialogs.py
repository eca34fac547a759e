"""Dialogs of the journey map: a journey (name, segment, its phases in order) and a
touchpoint (phase, channel, physical or digital, owner, expectations, critical)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.errors import InvalidRecord
from app.segments.records import list_segmentations
from app.success import journeys, steps
from app.success.journeys import JourneyMap, TouchpointCard
from app.success.rules import need
from views.context import AppContext
from views.success.dialog_base import GuardedDialog, code_combo, member_combo, select

PHASE_ROLE = Qt.ItemDataRole.UserRole + 1


class PhaseList(QWidget):
    """The phases in order: rename in place, add, remove, move up and down."""

    def __init__(self, phases: list[tuple[int | None, str]], on_edit: Any) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setObjectName("journeyPhases")
        for pid, name in phases:
            self._add(pid, name)
        self.list.itemChanged.connect(lambda _item: on_edit())
        buttons = QVBoxLayout()
        for text, slot in (
            (self.tr("Add"), self.add),
            (self.tr("Remove"), self.remove),
            (self.tr("Up"), lambda: self.shift(-1)),
            (self.tr("Down"), lambda: self.shift(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: (s(), on_edit()))
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)

    def _add(self, pid: int | None, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(PHASE_ROLE, pid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def add(self) -> None:
        item = self._add(None, self.tr("New phase"))
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def shift(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def phases(self) -> list[tuple[int | None, str]]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return [(item.data(PHASE_ROLE), item.text()) for item in items]


class JourneyDialog(GuardedDialog):
    """A new journey (with the default phases, editable) or an existing one edited."""

    def __init__(
        self, ctx: AppContext, journey: JourneyMap | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, self.tr("Journey map") if journey else self.tr("New journey map"))
        self.setObjectName("successJourneyDialog")
        self.ctx, self.journey = ctx, journey
        self.name = QLineEdit(journey.name if journey else "")
        self.name.setObjectName("journeyName")
        self.segment = QComboBox()
        self.segment.setObjectName("journeySegment")
        self.segment.addItem(self.tr("(all customers)"), None)
        for segmentation in list_segmentations(ctx.store, ctx.team_id):
            for segment in segmentation["segments"]:
                self.segment.addItem(f"{segmentation['name']}: {segment['name']}", segment["id"])
        select(self.segment, journey.segment_id if journey else None)
        phases: list[tuple[int | None, str]] = (
            [(p.id, p.name) for p in journey.phases]
            if journey
            else [(None, name) for name in journeys.default_phases(ctx.language)]
        )
        self.phase_list = PhaseList(phases, self._edited)
        self.form.add("name", self.tr("Name:"), self.name)
        self.form.add("segment_id", self.tr("Segment:"), self.segment)
        self.form.add("phases", self.tr("Phases:"), self.phase_list)
        self.watch(self.name, self.segment)

    def save(self) -> Any:
        store, team = self.ctx.store, self.ctx.team_id
        name, segment = self.name.text(), self.segment.currentData()
        phases = self.phase_list.phases()
        if self.journey is None:
            names = [n for _, n in phases]
            return self.ctx.run(
                steps.new_journey(store, team, name, names, segment), initiator=self
            )
        if not name.strip():
            raise InvalidRecord([need("name")])
        jid, shown = self.journey.id, name.strip()
        if phases != [(p.id, p.name) for p in self.journey.phases]:
            # First: it may be refused (a removed phase still has touchpoints).
            self.ctx.run(steps.edit_phases(store, jid, phases, name=shown), initiator=self)
        if name != self.journey.name or segment != self.journey.segment_id:
            values = {"name": name, "segment_id": segment}
            self.ctx.run(steps.edit_journey(store, jid, values, name=shown), initiator=self)
        return jid


class TouchpointDialog(GuardedDialog):
    def __init__(
        self,
        ctx: AppContext,
        journey: JourneyMap,
        phase_id: int | None,
        card: TouchpointCard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Touchpoint"))
        self.setObjectName("successTouchpointDialog")
        self.ctx, self.card = ctx, card
        self.phase = QComboBox()
        for phase in journey.phases:
            self.phase.addItem(phase.name, phase.id)
        select(self.phase, phase_id)
        self.name = QLineEdit(card.name if card else "")
        self.name.setObjectName("touchpointName")
        self.channel = code_combo("channel", card.channel if card else None)
        self.digital = QCheckBox(self.tr("Digital (not physical)"))
        self.digital.setChecked(bool(card and card.digital))
        members = teams.members_of(ctx.store, ctx.team_id)
        self.owner = member_combo(members, card.owner_id if card else None, self.tr("(nobody)"))
        self.expectation = code_combo("expectation", card.expectation if card else "medium")
        self.critical = QCheckBox(self.tr("A critical point for the customer's experience"))
        self.critical.setObjectName("touchpointCritical")
        self.critical.setChecked(bool(card and card.marked_critical))
        self.form.add("phase_id", self.tr("Phase:"), self.phase)
        self.form.add("name", self.tr("Touchpoint:"), self.name)
        self.form.add("channel", self.tr("Channel:"), self.channel)
        self.form.addRow("", self.digital)
        self.form.add("owner_member_id", self.tr("Owner:"), self.owner)
        self.form.add("expectation", self.tr("Customer's expectations:"), self.expectation)
        self.form.addRow("", self.critical)
        self.watch(self.phase, self.name, self.channel, self.digital, self.owner)
        self.watch(self.expectation, self.critical)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "channel": self.channel.currentData(),
            "digital": self.digital.isChecked(),
            "owner_member_id": self.owner.currentData(),
            "expectation": self.expectation.currentData(),
            "critical": self.critical.isChecked(),
        }

    def save(self) -> Any:
        store, values, phase_id = self.ctx.store, self.values(), self.phase.currentData()
        if self.card is None:
            return self.ctx.run(steps.new_touchpoint(store, phase_id, values), initiator=self)
        step = steps.edit_touchpoint(store, self.card.id, {**values, "phase_id": phase_id})
        return self.ctx.run(step, initiator=self)
