"""The "Success" tab of the customer's detail pane: lifecycle stage, health (with what the
data suggests), renewal, key-contact flags, goals, satisfaction and the histories.

It reads everything in one background query and refreshes through a Refresher, so it does
no work while another tab of the pane is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.success import AREA, goals, steps
from app.success.overview import CustomerSuccessView, read_customer
from app.success.rules import next_stages
from views.background import Refresher
from views.context import AppContext
from views.success import customer_lists as lists
from views.success.customer_dialogs import (
    ContactLeftDialog,
    Customer,
    HealthDialog,
    RenewalDialog,
    SatisfactionDialog,
    StageDialog,
)
from views.success.goal_dialogs import (
    CheckpointDialog,
    ConfirmValueDialog,
    GoalDialog,
    ReviewDialog,
)
from views.success.labels import HEALTH_COLOURS, label, reason_text, short_date


class SuccessTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("customerSuccessTab")
        self.customer_id: int | None = None
        self.view: CustomerSuccessView | None = None
        self.loads = 0  # how many times the tab was read (tests count them)
        self.empty = QLabel(self.tr("Choose a customer to see its lifecycle, health and goals."))
        self.empty.setWordWrap(True)
        self.body = QWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._summary())
        column.addWidget(self._lists(), 1)
        self.body.hide()
        self.refresher = Refresher(self, ctx, AREA.listens, self.reload)

    # --- building ----------------------------------------------------------------------------

    def _summary(self) -> QVBoxLayout:
        # Rows of box layouts, not a grid: a wrapped label then gets the height it needs.
        column = QVBoxLayout()
        self.stage_label = self._value("successStage")
        self.health_label = self._value("successHealth")
        self.suggestion_label = self._value("successSuggestion")
        self.renewal_label = self._value("successRenewal")
        self.stage_button = self._button(
            "successStageButton", self.tr("Next stage…"), self.next_stage
        )
        self.lost_button = self._button("successLostButton", self.tr("Mark lost…"), self.mark_lost)
        self.health_button = self._button(
            "successHealthButton", self.tr("Set health…"), self.set_health
        )
        self.confirm_button = self._button(
            "successConfirmSuggestion", self.tr("Confirm suggestion…"), self.confirm_suggestion
        )
        renewal = self._button("successRenewalButton", self.tr("Renewal…"), self.set_renewal)
        rows: list[tuple[str, QLabel, list[QPushButton]]] = [
            (self.tr("Lifecycle:"), self.stage_label, [self.stage_button, self.lost_button]),
            (self.tr("Health:"), self.health_label, [self.health_button]),
            (self.tr("Data suggests:"), self.suggestion_label, [self.confirm_button]),
            (self.tr("Renewal:"), self.renewal_label, [renewal]),
        ]
        captions = [QLabel(caption) for caption, _value, _buttons in rows]
        width = max(c.sizeHint().width() for c in captions)
        for caption, (_text, value, buttons) in zip(captions, rows, strict=True):
            caption.setFixedWidth(width)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop)
            row = QHBoxLayout()
            row.addWidget(caption)
            row.addWidget(value, 1)
            for button in buttons:
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            column.addLayout(row)
        return column

    def _value(self, name: str) -> QLabel:
        value = QLabel()
        value.setObjectName(name)
        value.setWordWrap(True)
        value.setAlignment(Qt.AlignmentFlag.AlignTop)
        return value

    def _button(self, name: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _page(self, widget: QWidget, buttons: list[QPushButton]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(widget, 1)
        return page

    def _lists(self) -> QTabWidget:
        tabs = QTabWidget()
        tabs.setObjectName("successCustomerTabs")
        self.goals = lists.tree(
            "successGoals",
            [
                self.tr("Goal"),
                self.tr("Measure"),
                self.tr("Date"),
                self.tr("Status"),
                self.tr("Value"),
            ],
            {0: 190, 1: 130},
        )
        self.goals.itemDoubleClicked.connect(lambda *_: self.edit_goal())
        goal_buttons = [
            self._button("successNewGoal", self.tr("New goal…"), self.new_goal),
            self._button("successNewCheckpoint", self.tr("Checkpoint…"), self.new_checkpoint),
            self._button("successConfirmValue", self.tr("Value confirmed…"), self.confirm_value),
            self._button("successDeleteGoal", self.tr("Delete"), self.delete_goal_item),
        ]
        tabs.addTab(self._page(self.goals, goal_buttons), self.tr("Goals"))
        self.entries = lists.tree(
            "successEntries",
            [self.tr("Date"), self.tr("1–5"), self.tr("NPS"), self.tr("Who"), self.tr("Note")],
            {3: 130},
        )
        entry_buttons = [
            self._button("successNewEntry", self.tr("Satisfaction…"), self.new_entry),
            self._button("successReview", self.tr("Customer review…"), self.review),
            self._button("successDeleteEntry", self.tr("Delete"), self.delete_entry),
        ]
        tabs.addTab(self._page(self.entries, entry_buttons), self.tr("Satisfaction"))
        self.flags = lists.tree(
            "successFlags",
            [self.tr("Since"), self.tr("Who left"), self.tr("Suggested next step")],
            {1: 140},
        )
        flag_buttons = [
            self._button("successContactLeft", self.tr("A key contact left…"), self.contact_left),
            self._button("successResolveFlag", self.tr("Resolved…"), self.resolve_flag),
        ]
        tabs.addTab(self._page(self.flags, flag_buttons), self.tr("Risks"))
        self.history = lists.tree(
            "successHistory",
            [self.tr("Date"), self.tr("What"), self.tr("Now"), self.tr("Why"), self.tr("By")],
            {2: 120, 3: 220},
        )
        tabs.addTab(self._page(self.history, []), self.tr("History"))
        self.tabs = tabs
        return tabs

    # --- showing -----------------------------------------------------------------------------

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.refresher.invalidate()

    def reload(self) -> None:
        cid = self.customer_id
        if cid is None:
            self._present(None)
            return
        self.loads += 1
        self.ctx.query(
            f"success-customer:{id(self)}", lambda store: read_customer(store, cid), self._present
        )

    def _present(self, view: CustomerSuccessView | None) -> None:
        if view is not None and view.customer_id != self.customer_id:
            return  # another customer was chosen meanwhile; its read is on the way
        self.view = view
        self.empty.setVisible(view is None)
        self.body.setVisible(view is not None)
        if view is None:
            return
        self._show_summary(view)
        lists.fill_goals(self.goals, view.goals)
        lists.fill_entries(self.entries, view.entries)
        lists.fill_flags(self.flags, view.flags)
        lists.fill_history(self.history, view.stages, view.healths)
        self.tabs.setTabText(2, self.tr("Risks (%n)", "", len(view.flags)))

    def _show_summary(self, view: CustomerSuccessView) -> None:
        stage = label("stage", view.stage) or self.tr("not yet tracked")
        if view.stage_since:
            stage += " " + self.tr("since {date}").format(date=short_date(view.stage_since))
        self.stage_label.setText(stage)
        self.stage_button.setEnabled(bool(next_stages(view.stage)))
        self.lost_button.setEnabled("lost" in next_stages(view.stage))
        self.health_label.setText(self._health_html(view.health, view.health_reason))
        suggestion = view.suggestion
        reasons = "; ".join(reason_text(c, v) for c, v in suggestion.reasons)
        self.suggestion_label.setText(
            self._health_html(suggestion.health.value, reasons or self.tr("all signs good"))
        )
        self.confirm_button.setEnabled(view.health != suggestion.health.value or not view.healths)
        if view.renewal_on is None:
            self.renewal_label.setText(self.tr("no renewal date"))
        else:
            text = self.tr("{date}, reminder %n week(s) before", "", view.reminder_weeks).format(
                date=short_date(view.renewal_on)
            )
            if view.reminder_due:
                text = "<b>" + self.tr("Renewal coming up: {text}").format(text=text) + "</b>"
            self.renewal_label.setText(text)

    def _health_html(self, health: str | None, reason: str | None) -> str:
        colour = HEALTH_COLOURS.get(health or "none", "#95a5a6")
        name = label("health", health or "none")
        tail = f" – {reason}" if reason else ""
        return f'<span style="color:{colour}">●</span> <b>{name}</b>{tail}'

    # --- actions -------------------------------------------------------------------------------

    def _customer(self) -> Customer | None:
        view = self.view
        return Customer(view.customer_id, view.name, view.owner_id) if view else None

    def _run(self, dialog: QDialog) -> bool:
        return bool(dialog.exec())

    def next_stage(self) -> None:
        customer = self._customer()
        if customer and self.view:
            self._run(StageDialog(self.ctx, customer, self.view.stage, parent=self))

    def mark_lost(self) -> None:
        customer = self._customer()
        if customer and self.view:
            self._run(StageDialog(self.ctx, customer, self.view.stage, "lost", parent=self))

    def set_health(self) -> None:
        customer = self._customer()
        if customer:
            self._run(HealthDialog(self.ctx, customer, None, parent=self))

    def confirm_suggestion(self) -> None:
        customer = self._customer()
        if customer and self.view:
            self._run(HealthDialog(self.ctx, customer, self.view.suggestion, parent=self))

    def set_renewal(self) -> None:
        customer = self._customer()
        if customer:
            self._run(RenewalDialog(self.ctx, customer, parent=self))

    def new_entry(self) -> None:
        customer = self._customer()
        if customer and self.view:
            active = [c for c in self.view.contacts if c["left_on"] is None]
            self._run(SatisfactionDialog(self.ctx, customer, active, parent=self))

    def review(self) -> None:
        customer = self._customer()
        if customer:
            self._run(ReviewDialog(self.ctx, customer, parent=self))

    def contact_left(self) -> None:
        customer = self._customer()
        if not customer or not self.view:
            return
        present = [c for c in self.view.contacts if c["left_on"] is None]
        if not present:
            QMessageBox.information(
                self, self.tr("A key contact left"), self.tr("The customer has no contacts.")
            )
            return
        self._run(ContactLeftDialog(self.ctx, customer, present, parent=self))

    def resolve_flag(self) -> None:
        picked = lists.chosen(self.flags)
        if picked is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Resolve the risk"), self.tr("What was done? (e.g. met the new buyer)")
        )
        if not ok:
            return
        self.ctx.run(steps.resolve_risk(self.ctx.store, int(picked[1]), text), initiator=self)

    # --- goals --------------------------------------------------------------------------------

    def _goal(self, goal_id: int) -> goals.Goal | None:
        return next((g for g in (self.view.goals if self.view else []) if g.id == goal_id), None)

    def _chosen_goal(self) -> goals.Goal | None:
        item = self.goals.currentItem()
        if item is None:
            return None
        parent = item.parent()
        kind, goal_id = (parent or item).data(0, lists.ROLE)
        return self._goal(int(goal_id)) if kind == "goal" else None

    def new_goal(self) -> None:
        customer = self._customer()
        if customer:
            self._run(GoalDialog(self.ctx, customer, parent=self))

    def edit_goal(self) -> None:
        customer, picked = self._customer(), lists.chosen(self.goals)
        if customer is None or picked is None:
            return
        goal = self._chosen_goal()
        if goal is None:
            return
        if picked[0] == "checkpoint":
            checkpoint = next(c for c in goal.checkpoints if c.id == picked[1])
            self._run(CheckpointDialog(self.ctx, goal, checkpoint, parent=self))
        else:
            self._run(GoalDialog(self.ctx, customer, goal, parent=self))

    def new_checkpoint(self) -> None:
        goal = self._chosen_goal()
        if goal is not None:
            self._run(CheckpointDialog(self.ctx, goal, parent=self))

    def confirm_value(self) -> None:
        goal = self._chosen_goal()
        if goal is not None:
            self._run(ConfirmValueDialog(self.ctx, goal, parent=self))

    def delete_goal_item(self) -> None:
        picked = lists.chosen(self.goals)
        if picked is None:
            return
        store, record_id = self.ctx.store, int(picked[1])
        if picked[0] == "goal":
            self.ctx.run(steps.delete_goal(store, record_id), initiator=self)
        else:
            self.ctx.run(steps.delete_checkpoint(store, record_id), initiator=self)

    def delete_entry(self) -> None:
        picked = lists.chosen(self.entries)
        if picked is None:
            return
        self.ctx.run(steps.delete_satisfaction(self.ctx.store, int(picked[1])), initiator=self)
