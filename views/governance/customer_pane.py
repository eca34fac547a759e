"""One customer's governance: the model agreed with it, up to two strategies with their
playbook checklists, the year's meetings with compliance, and its meeting series."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.changes import Kind
from app.errors import InvalidRecord
from app.governance import governed, steps
from app.governance.catalogue import Catalogue
from models.governance import MAX_STRATEGIES, Strategy
from views.background import Refresher
from views.context import AppContext
from views.governance.dialogs import date_edit, picked
from views.governance.labels import (
    STATUS_COLOURS,
    day_text,
    outcome_label,
    percent,
    status_label,
    strategy_label,
    tr,
)
from views.governance.record_boxes import table
from views.governance.series_list import SeriesList
from views.governance.table_model import Row, RowsModel
from views.labels import error_text

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerGovernancePane(QScrollArea):
    openMeeting = Signal(int)

    def __init__(self, ctx: AppContext, catalogue: Callable[[], Catalogue]) -> None:
        super().__init__()
        self.ctx = ctx
        self.catalogue = catalogue
        self.setObjectName("customerGovernance")
        self.customer: tuple[int, str] | None = None
        self.heading = QLabel(tr("Choose a customer from the list or type a name above."))
        self.heading.setObjectName("governanceCustomerHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.figures = QLabel()
        self.figures.setObjectName("customerCompliance")
        self.figures.setWordWrap(True)
        self.year_model = RowsModel([tr("Day"), tr("Meeting"), tr("Status"), tr("Outcome")])
        self.year_view = table(self.year_model, "customerYear")
        self.year_view.setMinimumHeight(160)
        self.year_view.doubleClicked.connect(self._open)
        self.series = SeriesList(ctx, catalogue, "customerSeries", internal=False)
        inner = self._inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        layout.addWidget(self._model_box())
        layout.addWidget(self._strategy_box())
        layout.addWidget(self.figures)
        layout.addWidget(QLabel(tr("This year's meetings (double-click opens the record):")))
        layout.addWidget(self.year_view, 1)
        layout.addWidget(QLabel(tr("Meeting series:")))
        layout.addWidget(self.series)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(inner)
        self.show_customer(None)
        depends = frozenset({Kind.MEETING, Kind.GOVERNANCE, Kind.STRATEGY, Kind.CUSTOMER})
        self.refresher = Refresher(self, ctx, depends, self.reload, dirty=False)

    def _model_box(self) -> QGroupBox:
        box = QGroupBox(tr("Governance model"))
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("governanceModel")
        self.agreed = date_edit(date.today())
        self.apply_button = QPushButton(tr("Agree model"))
        self.apply_button.setObjectName("applyModel")
        self.apply_button.clicked.connect(self.apply_model)
        self.model_note = QLabel()
        self.model_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.model_combo, 1)
        row.addWidget(QLabel(tr("from")))
        row.addWidget(self.agreed)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.model_note)
        return box

    def _strategy_box(self) -> QGroupBox:
        box = QGroupBox(tr("Customer strategies (at most two) and their playbooks"))
        self.strategy_checks: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for strategy in Strategy:
            check = QCheckBox(strategy_label(strategy.value))
            check.setObjectName(f"strategy_{strategy.value}")
            check.clicked.connect(lambda _on, s=strategy.value: self._strategy_clicked(s))
            self.strategy_checks[strategy.value] = check
            row.addWidget(check)
        row.addStretch(1)
        self.playbook = QListWidget()
        self.playbook.setObjectName("playbook")
        self.playbook.setMaximumHeight(130)
        self.playbook.itemChanged.connect(self._item_ticked)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.playbook)
        return box

    # --- showing -------------------------------------------------------------------------

    def show_customer(self, customer: tuple[int, str] | None) -> None:
        self.customer = customer
        self._inner.setEnabled(customer is not None)
        self.series.show_customer(customer)
        self.reload()

    def reload(self) -> None:
        catalogue = self.catalogue() if self.ctx.has_team else None
        self.model_combo.clear()
        self.model_combo.addItem(tr("(no model)"), None)
        for key, model in (catalogue.models if catalogue else {}).items():
            self.model_combo.addItem(model.label, key)
        if self.customer is None or catalogue is None:
            self.heading.setText(tr("Choose a customer from the list or type a name above."))
            self.year_model.set_rows([])
            self.playbook.clear()
            self.figures.clear()
            return
        customer_id, name = self.customer
        found = governed.summary(self.ctx.store, customer_id)
        self.heading.setText(name)
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(found.model)))
        chosen_model = catalogue.models.get(found.model or "")
        note = tr("Agreed on {day}: {count} meetings a year.").format(
            day=day_text(found.agreed_on), count=chosen_model.per_year if chosen_model else 0
        )
        self.model_note.setText((note + " " + chosen_model.note).strip() if chosen_model else "")
        chosen = {strategy for strategy, _source in found.strategies}
        for key, check in self.strategy_checks.items():
            check.setChecked(key in chosen)
        self._fill_playbook(catalogue, [s for s, _ in found.strategies], customer_id)
        year = found.year
        self.figures.setText(
            tr(
                "This year: {held} held of {due} due so far ({share}); {missed} missed; "
                "{planned} planned for the whole year."
            ).format(
                held=year.held,
                due=year.planned_so_far,
                share=percent(year.compliance),
                missed=year.missed,
                planned=year.planned_year,
            )
        )
        self._fill_year(customer_id)
        self.series.refresher.invalidate()

    def _fill_playbook(self, catalogue: Catalogue, strategies: list[str], customer_id: int) -> None:
        checks = governed.playbook_checks(self.ctx.store, customer_id)
        self.playbook.blockSignals(True)
        self.playbook.clear()
        for strategy in strategies:
            for key, label in catalogue.playbooks.get(strategy, ()):
                done = checks.get((strategy, key))
                text = f"{strategy_label(strategy)}: {label}"
                if done:
                    text += " " + tr("(done {day})").format(day=day_text(done))
                item = QListWidgetItem(text)
                item.setData(ITEM_ROLE, (strategy, key))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                self.playbook.addItem(item)
        if not strategies:
            self.playbook.addItem(tr("Choose a strategy to see its playbook."))
        self.playbook.blockSignals(False)

    def _fill_year(self, customer_id: int) -> None:
        rows = []
        for meeting in governed.customer_year(self.ctx.store, customer_id):
            rows.append(
                Row(
                    [
                        day_text(meeting.held_on),
                        meeting.title,
                        status_label(meeting.status),
                        outcome_label(meeting.outcome),
                    ],
                    meeting.id,
                    STATUS_COLOURS["missed"] if meeting.status == "missed" else None,
                    bold=meeting.status == "missed",
                )
            )
        self.year_model.set_rows(rows)

    def _open(self) -> None:
        meeting_id = self.year_model.id_at(self.year_view.currentIndex().row())
        if meeting_id is not None:
            self.openMeeting.emit(meeting_id)

    # --- acting --------------------------------------------------------------------------

    def apply_model(self) -> None:
        if self.customer is None:
            return
        customer_id, name = self.customer
        key, day, catalogue = self.model_combo.currentData(), picked(self.agreed), self.catalogue()
        store = self.ctx.store
        question = tr(
            "Agree the model “{model}” with {name} from {day}? Its meetings are planned; the "
            "planned meetings of the previous model after that day are removed (Ctrl+Z undoes)."
        ).format(model=self.model_combo.currentText(), name=name, day=day_text(day))
        if QMessageBox.question(self, tr("Governance model"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        try:
            step = steps.assign_model(store, customer_id, name, key, day, catalogue)
            self.ctx.run(step, initiator=self)
        except InvalidRecord as invalid:
            QMessageBox.warning(self, tr("Governance model"), error_text(invalid.errors[0]))
        self.reload()

    def _strategy_clicked(self, strategy: str) -> None:
        if self.customer is None:
            return
        chosen = [key for key, check in self.strategy_checks.items() if check.isChecked()]
        if len(chosen) > MAX_STRATEGIES:
            self.strategy_checks[strategy].setChecked(False)
            QMessageBox.information(
                self, tr("Customer strategies"), tr("A customer follows at most two strategies.")
            )
            return
        customer_id, name = self.customer
        choice = [(key, "manual") for key in chosen]
        step = steps.choose_strategies(self.ctx.store, customer_id, name, choice)
        self.ctx.run(step, initiator=self)
        self.reload()

    def _item_ticked(self, item: QListWidgetItem) -> None:
        key = item.data(ITEM_ROLE)
        if self.customer is None or not key:
            return
        strategy, name = key
        customer_id = self.customer[0]
        done = date.today() if item.checkState() == Qt.CheckState.Checked else None
        step = steps.tick_playbook(self.ctx.store, customer_id, strategy, name, done, item.text())
        self.ctx.run(step, initiator=self)
        self.reload()
