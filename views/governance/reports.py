"""The year's compliance and the resource sufficiency, as reports computed off the GUI
thread (both aggregate in SQL over every meeting and every governed customer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.changes import Kind
from app.governance.catalogue import Catalogue
from app.governance.compliance import Compliance, compliance
from app.governance.governed import YearFigures
from app.governance.sufficiency import ModelLoad, Sufficiency, sufficiency
from app.store import Store
from views.background import ReportView
from views.context import AppContext
from views.governance.labels import STATUS_COLOURS, day_text, number, percent, tr
from views.governance.record_boxes import table
from views.governance.table_model import Row, RowsModel

LOW = 0.8  # compliance under this is shown in red


def _figures_row(label: str, figures: YearFigures) -> Row:
    share = figures.compliance
    late = share is not None and share < LOW
    return Row(
        [
            label,
            str(figures.planned_year),
            str(figures.planned_so_far),
            str(figures.held),
            str(figures.missed),
            percent(share),
        ],
        colour=STATUS_COLOURS["missed"] if late else None,
    )


def _titled(title: str, widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(widget, 1)
    return holder


class ComplianceReport(ReportView[Compliance]):
    openMeeting = Signal(int)

    def __init__(self, ctx: AppContext, catalogue: Callable[[], Catalogue]) -> None:
        super().__init__(ctx, frozenset({Kind.MEETING, Kind.MEMBER, Kind.CUSTOMER}))
        self.catalogue = catalogue
        self.setObjectName("complianceReport")
        self.headline = QLabel()
        self.headline.setObjectName("complianceHeadline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 12pt;")
        columns = [tr("Planned in the year"), tr("Due so far"), tr("Held"), tr("Missed")]
        self.types = RowsModel([tr("Meeting type"), *columns, tr("Compliance")])
        self.owners = RowsModel([tr("Owner"), *columns, tr("Compliance")])
        self.overdue = RowsModel([tr("Day"), tr("Meeting"), tr("Customer"), tr("Owner")])
        self.overdue_view = table(self.overdue, "overdueTable")
        self.overdue_view.doubleClicked.connect(self._open)
        self.overdue_title = QLabel()
        tables = QHBoxLayout()
        tables.addWidget(_titled(tr("By meeting type"), table(self.types, "complianceByType")))
        tables.addWidget(_titled(tr("By owner"), table(self.owners, "complianceByOwner")))
        self.body.addWidget(self.headline)
        self.body.addLayout(tables, 1)
        self.body.addWidget(self.overdue_title)
        self.body.addWidget(self.overdue_view, 1)

    def compute(self) -> Callable[[Store], Compliance] | None:
        if not self.ctx.has_team:
            return None
        team_id, today = self.ctx.team_id, date.today()
        return lambda store: compliance(store, team_id, today)

    def present(self, result: Compliance) -> None:
        total = result.total
        self.headline.setText(
            tr(
                "{year} so far: {held} of {due} due meetings held ({share}); {missed} missed. "
                "{planned} planned for the whole year."
            ).format(
                year=result.year,
                held=total.held,
                due=total.planned_so_far,
                share=percent(total.compliance),
                missed=total.missed,
                planned=total.planned_year,
            )
        )
        catalogue = self.catalogue()
        self.types.set_rows([_figures_row(catalogue.type_label(k), f) for k, f in result.by_type])
        self.owners.set_rows([_figures_row(o or tr("(nobody)"), f) for o, f in result.by_owner])
        self.overdue.set_rows(
            [
                Row(
                    [day_text(r.held_on), r.title, r.customer or "", r.owner or ""],
                    r.id,
                    STATUS_COLOURS["missed"],
                )
                for r in result.overdue
            ]
        )
        self.overdue_title.setText(
            "<b>"
            + tr("Missed meetings this year: {count} (the latest {shown} below)").format(
                count=result.overdue_total, shown=len(result.overdue)
            )
            + "</b>"
        )

    def _open(self) -> None:
        meeting_id = self.overdue.id_at(self.overdue_view.currentIndex().row())
        if meeting_id is not None:
            self.openMeeting.emit(meeting_id)


def explanation(load: ModelLoad, role: str) -> str:
    """How one model's figure was reached, in words."""
    parts = " + ".join(
        tr("{count} × {type} ({hours} h)").format(count=c, type=label, hours=number(h))
        for label, c, h in load.parts
    )
    return tr(
        "{model}: {parts} = {meetings} meetings, {year} h a year = {month} h a month; "
        "÷ {capacity} h a month of one {role} = {share} of one person. "
        "{customers} customers × {share} = {people} people."
    ).format(
        model=load.label,
        parts=parts or tr("no meetings"),
        meetings=load.meetings,
        year=number(load.hours_year),
        month=number(load.hours_month),
        capacity=number(load.capacity, 0),
        role=role.lower(),
        share=percent(load.share),
        customers=load.customers,
        people=number(load.people, 2),
    )


class ResourcesReport(ReportView[Sufficiency]):
    def __init__(self, ctx: AppContext, catalogue: Callable[[], Catalogue]) -> None:
        depends = frozenset({Kind.GOVERNANCE, Kind.CUSTOMER, Kind.MEMBER})
        super().__init__(ctx, depends)
        self.catalogue = catalogue
        self.setObjectName("resourcesReport")
        self.headline = QLabel()
        self.headline.setObjectName("resourcesHeadline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 12pt;")
        self.models = RowsModel(
            [
                tr("Governance model"),
                tr("Owner role"),
                tr("Meetings a year"),
                tr("Hours a month"),
                tr("Capacity h/month"),
                tr("Share of one person"),
                tr("Customers"),
                tr("People needed"),
            ]
        )
        self.owners = RowsModel([tr("Owner"), tr("Customers"), tr("Load")])
        self.how = QLabel()
        self.how.setObjectName("resourcesExplanation")
        self.how.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(_titled(tr("By model"), table(self.models, "resourcesByModel")), 3)
        row.addWidget(_titled(tr("By owner"), table(self.owners, "resourcesByOwner")), 1)
        self.body.addWidget(self.headline)
        self.body.addLayout(row, 1)
        self.body.addWidget(QLabel("<b>" + tr("How the figures were reached") + "</b>"))
        self.body.addWidget(self.how)

    def compute(self) -> Callable[[Store], Sufficiency] | None:
        if not self.ctx.has_team:
            return None
        team_id, catalogue = self.ctx.team_id, self.catalogue()
        return lambda store: sufficiency(store, team_id, catalogue)

    def present(self, result: Sufficiency) -> None:
        roles = self.catalogue().roles
        role = {key: (r.label if r else key) for key, r in roles.items()}
        by_role = ", ".join(
            tr("{role} {people}").format(role=role.get(k, k), people=number(v))
            for k, v in sorted(result.by_role.items())
            if v > 0
        )
        self.headline.setText(
            tr("People needed for the agreed governance models: {total} ({roles}).").format(
                total=number(result.total), roles=by_role or tr("none yet")
            )
        )
        self.models.set_rows(
            [
                Row(
                    [
                        m.label,
                        role.get(m.role, m.role),
                        str(m.meetings),
                        number(m.hours_month),
                        number(m.capacity, 0),
                        percent(m.share),
                        str(m.customers),
                        number(m.people, 2),
                    ]
                )
                for m in result.models
            ]
        )
        self.owners.set_rows(
            [
                Row(
                    [o.owner or tr("(nobody)"), str(o.customers), percent(o.people)],
                    colour=STATUS_COLOURS["missed"] if o.people > 1 else None,
                )
                for o in result.owners
            ]
        )
        self.how.setText(
            "\n".join(
                explanation(m, role.get(m.role, m.role)) for m in result.models if m.customers
            )
            or tr("No customer has a governance model yet.")
        )
