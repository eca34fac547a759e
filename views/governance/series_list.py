"""A list of meeting series (the team's working groups, or one customer's) with the actions
on them: plan, change, end and delete — each one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.changes import Kind
from app.errors import InvalidRecord
from app.governance import plan, steps
from app.governance.catalogue import Catalogue
from views.background import Refresher
from views.context import AppContext
from views.governance.labels import cadence_text, day_text, tr
from views.governance.record_boxes import table
from views.governance.series_dialog import SeriesDialog
from views.governance.table_model import Row, RowsModel
from views.labels import error_text


class SeriesList(QWidget):
    def __init__(
        self, ctx: AppContext, catalogue: Callable[[], Catalogue], name: str, internal: bool
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.internal = internal  # the team's working groups, else one customer's series
        self.catalogue = catalogue
        self.customer: tuple[int, str] | None = None
        self.ids: list[int] = []
        self.model = RowsModel(
            [tr("Series"), tr("Type"), tr("Rhythm"), tr("Owner"), tr("Next"), tr("Ends")]
        )
        self.view = table(self.model, name)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.plan_button = QPushButton(tr("Plan a series…"))
        self.plan_button.setObjectName("planSeries")
        self.plan_button.clicked.connect(self.plan)
        edit = QPushButton(tr("Change…"))
        edit.setObjectName("editSeries")
        edit.clicked.connect(self.edit)
        end = QPushButton(tr("End series…"))
        end.setObjectName("endSeries")
        end.clicked.connect(self.end)
        delete = QPushButton(tr("Delete…"))
        delete.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.plan_button, edit, end, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        # Read when shown, again after a change while shown.
        depends = frozenset({Kind.MEETING, Kind.MEMBER, Kind.GOVERNANCE})
        self.refresher = Refresher(self, ctx, depends, self.reload)

    def show_customer(self, customer: tuple[int, str] | None) -> None:
        self.customer = customer
        self.refresher.invalidate()

    def reload(self) -> None:
        self.refresher.dirty = False
        if not self.ctx.has_team or (not self.internal and self.customer is None):
            self.model.set_rows([])
            return
        customer_id = self.customer[0] if self.customer else None
        found = plan.list_series(self.ctx.store, self.ctx.team_id, customer_id)
        names = {m["id"]: m["name"] for m in teams.members_of(self.ctx.store, self.ctx.team_id)}
        catalogue = self.catalogue()
        rows = []
        for series in found:
            full = dict(series._mapping)
            rows.append(
                Row(
                    [
                        series.title,
                        catalogue.type_label(series.meeting_type),
                        cadence_text(full),
                        names.get(series.owner_member_id, ""),
                        day_text(series.next_on),
                        day_text(series.ends_on),
                    ],
                    series.id,
                )
            )
        self.model.set_rows(rows)

    def selected(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def plan(self) -> int | None:
        dialog = SeriesDialog(self.ctx, self, self.catalogue(), customer=self.customer)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                created = self._plan(dialog.values())
            except InvalidRecord as invalid:
                dialog.show_errors(invalid)
                continue
            self.reload()
            return created
        return None

    def _plan(self, values: dict[str, Any]) -> int:
        return self.ctx.run(steps.plan_series(self.ctx.store, self.ctx.team_id, values))

    def edit(self) -> bool:
        series_id = self.selected()
        current = plan.get_series(self.ctx.store, series_id) if series_id else None
        if current is None or series_id is None:
            return False
        dialog = SeriesDialog(self.ctx, self, self.catalogue(), current, self.customer)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            step = steps.change_series(self.ctx.store, series_id, current["title"], dialog.values())
            try:
                self.ctx.run(step)
            except InvalidRecord as invalid:
                dialog.show_errors(invalid)
                continue
            self.reload()
            return True
        return False

    def end(self) -> bool:
        """End the selected series on a day asked for (the day before tomorrow's by default)."""
        series_id = self.selected()
        current = plan.get_series(self.ctx.store, series_id) if series_id else None
        if current is None or series_id is None:
            return False
        text, chosen = QInputDialog.getText(
            self,
            tr("End series"),
            tr("Last day of “{title}” (later planned meetings are removed):").format(
                title=current["title"]
            ),
            text=_typed(date.today() + timedelta(days=1)),
        )
        if not chosen:
            return False
        try:
            self.ctx.run(steps.end_series(self.ctx.store, series_id, current["title"], text))
        except InvalidRecord as invalid:
            QMessageBox.warning(self, tr("End series"), error_text(invalid.errors[0]))
            return False
        self.reload()
        return True

    def delete(self) -> None:
        series_id = self.selected()
        current = plan.get_series(self.ctx.store, series_id) if series_id else None
        if current is None or series_id is None:
            return
        question = tr(
            "Delete the series “{title}” with all its meetings, records and actions? You can "
            "undo this with Ctrl+Z."
        ).format(title=current["title"])
        if QMessageBox.question(self, tr("Delete series"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        self.ctx.run(steps.delete_series(self.ctx.store, series_id, current["title"]))
        self.reload()


def _typed(day: date) -> str:
    """A day the way it is typed in either language (parse_date reads it back)."""
    return f"{day.day}.{day.month}.{day.year}"
