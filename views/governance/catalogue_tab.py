"""The governance catalogue, editable: meeting types (name, hours, time, length, default
rhythm), governance models (owner role, meetings a year per type) and owner roles (hours a
month). Saved as the team's edits over the shipped defaults, as one undoable step; "Back to
the defaults" is undoable too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Kind
from app.errors import InvalidRecord
from app.governance import catalogue as catalogues
from app.governance import steps
from app.governance.catalogue import Catalogue, Edits
from app.operations import Step
from views.background import Refresher
from views.context import AppContext
from views.governance.labels import cadence_text, number, tr
from views.governance.series_dialog import SeriesDialog
from views.labels import error_text

KEY = Qt.ItemDataRole.UserRole + 1


def _cell(text: str, key: str | None = None, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if key is not None:
        item.setData(KEY, key)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _grid(name: str, titles: list[str]) -> QTableWidget:
    grid = QTableWidget(0, len(titles))
    grid.setObjectName(name)
    grid.setHorizontalHeaderLabels(titles)
    grid.verticalHeader().hide()
    grid.horizontalHeader().setStretchLastSection(True)
    return grid


class RuleDialog(SeriesDialog):
    """Only the rhythm fields of the series dialog: a meeting type's default rhythm."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, catalogue: Catalogue, rule: dict[str, Any]
    ) -> None:
        super().__init__(ctx, parent, catalogue, {"title": "-", **rule})
        self.setWindowTitle(tr("Default rhythm"))
        hidden = (self.meeting_type, self.title, self.customer, self.owner, self.starts_on)
        for widget in (*hidden, self.has_end, self.start_time, self.duration, self.location):
            holder: QWidget = widget
            while (parent := holder.parentWidget()) is not None and parent is not self:
                holder = parent
            self.form.setRowVisible(holder, False)
        self.resize(460, 300)

    def rule(self) -> dict[str, Any]:
        values = self.rule_values()
        values.pop("starts_on")
        values.pop("ends_on")
        return values


class CatalogueTab(QWidget):
    def __init__(self, ctx: AppContext, catalogue: Callable[[], Catalogue]) -> None:
        super().__init__()
        self.ctx = ctx
        self.catalogue = catalogue
        self.setObjectName("governanceCatalogue")
        self.rules: dict[str, dict[str, Any]] = {}
        self.types = _grid(
            "catalogueTypes",
            [
                tr("Meeting type"),
                tr("Hours per meeting"),
                tr("Time"),
                tr("Minutes"),
                tr("Default rhythm"),
            ],
        )
        self.types.cellDoubleClicked.connect(self._cell_clicked)
        self.models = _grid("catalogueModels", [])
        self.roles = _grid(
            "catalogueRoles", [tr("Owner role"), tr("Hours a month for customer meetings")]
        )
        add = QPushButton(tr("Add a meeting type…"))
        add.clicked.connect(self.add_type)
        save = QPushButton(tr("Save the catalogue"))
        save.setObjectName("saveCatalogue")
        save.clicked.connect(self.save)
        defaults = QPushButton(tr("Back to the defaults"))
        defaults.clicked.connect(self.restore_defaults)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        buttons.addWidget(defaults)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Meeting types (double-click the rhythm to change it):")))
        layout.addWidget(self.types, 3)
        layout.addWidget(
            QLabel(tr("Governance models: meetings a year per type (seed 004, table 2):"))
        )
        layout.addWidget(self.models, 2)
        layout.addWidget(QLabel(tr("Owner roles:")))
        layout.addWidget(self.roles, 1)
        layout.addLayout(buttons)
        self.typed = False  # edits in the grids not saved yet: a refresh must not drop them
        for grid in (self.types, self.models, self.roles):
            grid.itemChanged.connect(self._typed)
        self.refresher = Refresher(self, ctx, frozenset({Kind.GOVERNANCE}), self.reload)

    # --- showing -------------------------------------------------------------------------

    def _typed(self, _item: QTableWidgetItem) -> None:
        self.typed = True

    def reload(self) -> None:
        self.refresher.dirty = False
        if not self.ctx.has_team or self.typed:
            return
        for grid in (self.types, self.models, self.roles):
            grid.blockSignals(True)
        try:
            self._fill(self.catalogue())
        finally:
            for grid in (self.types, self.models, self.roles):
                grid.blockSignals(False)

    def _fill(self, catalogue: Catalogue) -> None:
        self.rules = {key: dict(kind.cadence) for key, kind in catalogue.types.items()}
        self.types.setRowCount(0)
        for key, kind in catalogue.types.items():
            row = self.types.rowCount()
            self.types.insertRow(row)
            self.types.setItem(row, 0, _cell(kind.label, key))
            self.types.setItem(row, 1, _cell(number(kind.hours)))
            self.types.setItem(row, 2, _cell(kind.start_time))
            self.types.setItem(row, 3, _cell(str(kind.duration_minutes)))
            self.types.setItem(row, 4, _cell(cadence_text(kind.cadence), editable=False))
        self._fill_models(catalogue)
        self.roles.setRowCount(0)
        for key, role in catalogue.roles.items():
            row = self.roles.rowCount()
            self.roles.insertRow(row)
            self.roles.setItem(row, 0, _cell(role.label, key))
            self.roles.setItem(row, 1, _cell(number(role.monthly_hours, 0)))
        for grid in (self.types, self.models, self.roles):
            grid.resizeColumnsToContents()

    def _fill_models(self, catalogue: Catalogue) -> None:
        customer_types = [k for k, t in catalogue.types.items() if t.scope == "customer"]
        self.model_types = customer_types
        titles = [tr("Model"), tr("Owner role")] + [catalogue.type_label(k) for k in customer_types]
        self.models.setColumnCount(len(titles))
        self.models.setHorizontalHeaderLabels(titles)
        self.models.setRowCount(0)
        for key, model in catalogue.models.items():
            row = self.models.rowCount()
            self.models.insertRow(row)
            self.models.setItem(row, 0, _cell(model.label, key))
            combo = QComboBox()
            for role_key, role in catalogue.roles.items():
                combo.addItem(role.label, role_key)
            combo.setCurrentIndex(max(0, combo.findData(model.owner_role)))
            combo.currentIndexChanged.connect(lambda _i: setattr(self, "typed", True))
            self.models.setCellWidget(row, 1, combo)
            for column, type_key in enumerate(customer_types, start=2):
                self.models.setItem(row, column, _cell(str(model.meetings.get(type_key, 0))))

    def _cell_clicked(self, row: int, column: int) -> None:
        if column != 4:
            return
        key = _key(self.types, row)
        dialog = RuleDialog(self.ctx, self, self.catalogue(), self.rules.get(key, {}))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.rules[key] = dialog.rule()
            self.typed = True
            self.types.setItem(row, 4, _cell(cadence_text(self.rules[key]), editable=False))

    # --- collecting and saving -----------------------------------------------------------

    def edits(self) -> Edits:
        """The differences from the shipped defaults, as typed (checked when saved)."""
        shipped = catalogues.build({}, self.ctx.language)
        own: Edits = {
            "meeting_types": self._type_edits(shipped),
            "models": self._model_edits(shipped),
            "roles": self._role_edits(shipped),
        }
        return {k: v for k, v in own.items() if v}

    def _type_edits(self, shipped: Catalogue) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for row in range(self.types.rowCount()):
            key = _key(self.types, row)
            base = shipped.types.get(key)
            fields = {
                "label": _text(self.types, row, 0).strip(),
                "hours": _float(_text(self.types, row, 1)),
                "start_time": _text(self.types, row, 2).strip(),
                "duration_minutes": _int(_text(self.types, row, 3)),
                "cadence": self.rules.get(key, {}),
            }
            if base is None:  # added by the team: kept whole
                known = self.catalogue().types.get(key)
                found[key] = fields | {"scope": known.scope if known else "internal"}
                continue
            current = {
                "label": base.label,
                "hours": base.hours,
                "start_time": base.start_time,
                "duration_minutes": base.duration_minutes,
                "cadence": base.cadence,
            }
            changed = {k: v for k, v in fields.items() if current[k] != v}
            if changed:
                found[key] = changed
        return found

    def _model_edits(self, shipped: Catalogue) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for row in range(self.models.rowCount()):
            key = _key(self.models, row)
            base = shipped.models.get(key)
            combo = self.models.cellWidget(row, 1)
            role = combo.currentData() if isinstance(combo, QComboBox) else None
            meetings = {
                t: _int(_text(self.models, row, c)) for c, t in enumerate(self.model_types, start=2)
            }
            label = _text(self.models, row, 0).strip()
            changed: dict[str, Any] = {}
            if base is None or label != base.label:
                changed["label"] = label
            if base is None or role != base.owner_role:
                changed["owner_role"] = role
            if base is None or any(base.meetings.get(t, 0) != n for t, n in meetings.items()):
                changed["meetings"] = meetings
            if changed:
                found[key] = changed
        return found

    def _role_edits(self, shipped: Catalogue) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for row in range(self.roles.rowCount()):
            key = _key(self.roles, row)
            base = shipped.roles.get(key)
            hours = _float(_text(self.roles, row, 1))
            label = _text(self.roles, row, 0).strip()
            changed: dict[str, Any] = {}
            if base is None or label != base.label:
                changed["label"] = label
            if base is None or hours != base.monthly_hours:
                changed["monthly_hours"] = hours
            if changed:
                found[key] = changed
        return found

    def save(self) -> bool:
        try:
            edits = self.edits()
        except ValueError:
            QMessageBox.warning(
                self, tr("Governance catalogue"), tr("Hours and minutes are numbers.")
            )
            return False
        return self._apply(steps.edit_catalogue(self.ctx.store, self.ctx.team_id, edits))

    def restore_defaults(self) -> bool:
        return self._apply(steps.reset_catalogue(self.ctx.store, self.ctx.team_id))

    def _apply(self, step: Step[Edits]) -> bool:
        try:
            self.ctx.run(step, initiator=self)
        except InvalidRecord as invalid:
            message = " ".join(error_text(e) for e in invalid.errors)
            QMessageBox.warning(self, tr("Governance catalogue"), message)
            return False
        self.typed = False
        self.reload()
        return True

    def add_type(self) -> None:
        name, chosen = QInputDialog.getText(self, tr("New meeting type"), tr("Name:"))
        if not chosen or not name.strip():
            return
        key = catalogues.new_type_key(name, set(self.catalogue().types))
        self.typed = True
        row = self.types.rowCount()
        self.types.insertRow(row)
        self.rules[key] = {"cadence": "weekly", "weekday": 0}
        self.types.setItem(row, 0, _cell(name.strip(), key))
        self.types.setItem(row, 1, _cell(number(1.0)))
        self.types.setItem(row, 2, _cell("09:00"))
        self.types.setItem(row, 3, _cell("60"))
        self.types.setItem(row, 4, _cell(cadence_text(self.rules[key]), editable=False))


def _float(text: str) -> float:
    return float(text.replace(",", ".").replace("\u00a0", "").strip())


def _int(text: str) -> int:
    return int(text.strip())


def _text(grid: QTableWidget, row: int, column: int) -> str:
    item = grid.item(row, column)
    return item.text() if item is not None else ""


def _key(grid: QTableWidget, row: int) -> str:
    item = grid.item(row, 0)
    return str(item.data(KEY)) if item is not None else ""
