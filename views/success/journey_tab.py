"""The "Journey map" tab: a journey per segment drawn as a map; phases and touchpoints
edited through dialogs, feedback recorded on a touchpoint, the map printed to PNG or PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.files import ExportError
from app.store import Store
from app.success import AREA, journeys, steps
from app.success.journeys import JourneyMap
from views.background import Refresher
from views.context import AppContext
from views.labels import export_error_text
from views.success.feedback_dialogs import FeedbackDialog
from views.success.journey_dialogs import JourneyDialog, TouchpointDialog
from views.success.journey_map import JourneyMapWidget, save_pdf, save_png


@dataclass
class Journeys:
    choices: list[dict[str, Any]]
    current: JourneyMap | None


class JourneyTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("successJourneyTab")
        self.loads = 0
        self.current: JourneyMap | None = None
        self.choice = QComboBox()
        self.choice.setObjectName("journeyChoice")
        self.choice.setMinimumContentsLength(24)
        self.choice.activated.connect(lambda _i: self.reload())
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        for key, text, slot in (
            ("new", self.tr("New map…"), self.new_journey),
            ("edit", self.tr("Phases…"), self.edit_journey),
            ("delete", self.tr("Delete map"), self.delete_journey),
            ("png", self.tr("Save as PNG…"), lambda: self.export("png")),
            ("pdf", self.tr("Save as PDF…"), lambda: self.export("pdf")),
        ):
            top.addWidget(self._button(key, text, slot))
        cards = QHBoxLayout()
        for key, text, slot in (
            ("add", self.tr("Add touchpoint…"), self.add_touchpoint),
            ("card", self.tr("Edit touchpoint…"), self.edit_touchpoint),
            ("remove", self.tr("Remove touchpoint"), self.remove_touchpoint),
            ("feedback", self.tr("Record feedback here…"), self.record_feedback),
        ):
            cards.addWidget(self._button(key, text, slot))
        cards.addStretch(1)
        self.hint = QLabel()
        self.hint.setObjectName("journeyHint")
        self.hint.setWordWrap(True)
        self.map = JourneyMapWidget()
        self.map.touchpointChosen.connect(lambda _id: self._update_buttons())
        self.map.touchpointActivated.connect(lambda _id: self.edit_touchpoint())
        self.map_area = QScrollArea()
        self.map_area.setWidgetResizable(False)
        self.map_area.setWidget(self.map)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.hint)
        layout.addWidget(self.map_area, 1)
        self.refresher = Refresher(self, ctx, AREA.listens, self.reload)
        self._update_buttons()

    def _button(self, key: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"journey_{key}")
        button.clicked.connect(lambda _=False: slot())
        self.buttons[key] = button
        return button

    # --- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.ctx.has_team:
            return
        team, wanted = self.ctx.team_id, self.choice.currentData()
        self.loads += 1

        def read(store: Store) -> Journeys:
            choices = journeys.journeys_of(store, team)
            ids = [c["id"] for c in choices]
            pick = wanted if wanted in ids else (ids[0] if ids else None)
            return Journeys(choices, journeys.journey_map(store, pick) if pick else None)

        self.ctx.query(f"journeys:{id(self)}", read, self._present)

    def _present(self, result: Journeys) -> None:
        self.choice.clear()
        for choice in result.choices:
            text = choice["name"] + (f" ({choice['segment']})" if choice["segment"] else "")
            self.choice.addItem(text, choice["id"])
        self.current = result.current
        if result.current is not None:
            self.choice.setCurrentIndex(max(self.choice.findData(result.current.id), 0))
        self.map.set_map(result.current)
        self.hint.setText(
            self.tr("No journey map yet: make one with New map…")
            if result.current is None
            else self.tr(
                "Click a touchpoint to choose it, double-click to edit it. A red frame marks a "
                "critical point; a red card is where complaints have gathered."
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_map, chosen = self.current is not None, self.map.selected is not None
        for key in ("edit", "delete", "png", "pdf", "add"):
            self.buttons[key].setEnabled(has_map)
        for key in ("card", "remove", "feedback"):
            self.buttons[key].setEnabled(has_map and chosen)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.map.set_map(self.current)

    # --- actions ---------------------------------------------------------------------------------

    def new_journey(self) -> None:
        dialog = JourneyDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.result_:
            self.choice.addItem("", dialog.result_)
            self.choice.setCurrentIndex(self.choice.count() - 1)
            self.refresher.invalidate()

    def edit_journey(self) -> None:
        if self.current is not None:
            JourneyDialog(self.ctx, self.current, parent=self).exec()

    def delete_journey(self) -> None:
        if self.current is None:
            return
        step = steps.delete_journey(self.ctx.store, self.current.id, name=self.current.name)
        self.ctx.run(step, initiator=self)

    def _phase_of(self, touchpoint_id: int | None) -> int | None:
        for phase in self.current.phases if self.current else []:
            if any(c.id == touchpoint_id for c in phase.touchpoints):
                return phase.id
        return self.current.phases[0].id if self.current and self.current.phases else None

    def add_touchpoint(self) -> None:
        if self.current is not None:
            phase = self._phase_of(self.map.selected)
            TouchpointDialog(self.ctx, self.current, phase, parent=self).exec()

    def edit_touchpoint(self) -> None:
        card = self.map.card(self.map.selected) if self.map.selected else None
        if self.current is not None and card is not None:
            phase = self._phase_of(card.id)
            TouchpointDialog(self.ctx, self.current, phase, card, parent=self).exec()

    def remove_touchpoint(self) -> None:
        card = self.map.card(self.map.selected) if self.map.selected else None
        if card is None:
            return
        step = steps.remove_touchpoint(self.ctx.store, card.id, name=card.name)
        self.ctx.run(step, initiator=self)

    def record_feedback(self) -> None:
        if self.map.selected is not None:
            FeedbackDialog(self.ctx, touchpoint_id=self.map.selected, parent=self).exec()

    def export(self, kind: str) -> None:
        if self.current is None:
            return
        title = self.tr("Save the journey map")
        wanted = self.tr("PNG image (*.png)") if kind == "png" else self.tr("PDF file (*.pdf)")
        start = str(Path(self.ctx.paths.data) / f"{self.current.name}.{kind}")
        name, _filter = QFileDialog.getSaveFileName(self, title, start, wanted)
        if not name:
            return
        path = Path(name if name.lower().endswith(f".{kind}") else f"{name}.{kind}")
        try:
            (save_png if kind == "png" else save_pdf)(self.current, path, self.font())
        except ExportError as error:
            QMessageBox.warning(self, title, export_error_text(error))
            return
        self.hint.setText(self.tr("Saved {path}.").format(path=path))
