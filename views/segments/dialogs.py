"""Dialogs of the segments area: record a revisit, edit the value weights, choose the
metrics and their monthly targets. Each save is one undoable step; a refused save keeps
everything typed and says what is wrong."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.errors import InvalidRecord
from app.segments import metrics, steps, values
from models.segment import MAX_METRICS, POTENTIAL_PARTS, VALUE_PARTS
from views.context import AppContext
from views.labels import error_text
from views.segments.labels import day_text, metric_label, number
from views.widgets import ErrorForm, save_cancel_buttons


def _date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def member_combo(ctx: AppContext, none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for member in teams.members_of(ctx.store, ctx.team_id):
        combo.addItem(member["name"], member["id"])
    return combo


class RevisitDialog(QDialog):
    """Who looked at the segmentation again, when, what they concluded, and the next date."""

    def __init__(
        self, ctx: AppContext, segmentation_id: int, name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.segmentation_id = ctx, segmentation_id
        self.setObjectName("revisitDialog")
        self.setWindowTitle(self.tr("Revisit {name}").format(name=name))
        self.form = ErrorForm()
        today = QDate.currentDate()
        self.day = QDateEdit(today)
        self.day.setCalendarPopup(True)
        self.form.add("revisited_on", self.tr("Revisited on"), self.day)
        self.member = member_combo(ctx, self.tr("(not recorded)"))
        self.form.add("member", self.tr("By"), self.member)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What changed: new segments, customers moved, …"))
        self.note.setMaximumHeight(90)
        self.form.add("note", self.tr("Conclusions"), self.note)
        self.next_by = QDateEdit(today.addMonths(6))
        self.next_by.setCalendarPopup(True)
        self.form.add("next_revisit_by", self.tr("Next revisit by"), self.next_by)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(save_cancel_buttons(self))

    def accept(self) -> None:
        store, sid = self.ctx.store, self.segmentation_id
        member, day, next_by = self.member.currentData(), _date(self.day), _date(self.next_by)
        note = self.note.toPlainText()
        try:
            step = steps.record_revisit(store, sid, member, day, next_by, note)
            self.ctx.run(step, initiator=self)
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            return
        super().accept()


class WeightsDialog(QDialog):
    """The weights of current value and potential, valid from a chosen day; earlier
    changes are listed with their dates."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("weightsDialog")
        self.setWindowTitle(self.tr("Value weights"))
        current = values.current_weights(ctx.store, ctx.team_id)
        self.form = ErrorForm()
        self.spins: dict[str, QSpinBox] = {}
        names = {
            "volume": self.tr("Volume"),
            "profitability": self.tr("Profitability"),
            "reference": self.tr("Reference value"),
            "share_of_wallet": self.tr("Share-of-wallet potential"),
            "cross_sell": self.tr("Cross-sell potential"),
            "growing_together": self.tr("Growing-together potential"),
        }
        for key in VALUE_PARTS + POTENTIAL_PARTS:
            spin = QSpinBox()
            spin.setObjectName(f"weight_{key}")
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(current.values[key])
            spin.valueChanged.connect(self._sums)
            self.spins[key] = spin
            self.form.add(key, names[key], spin)
        self.sums = QLabel()
        self.sums.setObjectName("weightSums")
        self.valid_from = QDateEdit(QDate.currentDate())
        self.valid_from.setCalendarPopup(True)
        self.form.add("valid_from", self.tr("Valid from"), self.valid_from)
        self.author = member_combo(ctx, self.tr("(not recorded)"))
        self.form.add("author", self.tr("Changed by"), self.author)
        history = QLabel(self._history())
        history.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Current value (volume, profitability and reference value) and potential "
                    "each add up to 100 %."
                )
            )
        )
        layout.addLayout(self.form)
        layout.addWidget(self.sums)
        layout.addWidget(history)
        layout.addWidget(save_cancel_buttons(self))
        self._sums()

    def _history(self) -> str:
        changes = values.weights_history(self.ctx.store, self.ctx.team_id)
        if not changes:
            return self.tr(
                "The team uses the defaults: volume 25 %, profitability 50 %, reference value 25 %."
            )
        lines = [
            self.tr("From {date}: value {v1}/{v2}/{v3} %, potential {p1}/{p2}/{p3} %").format(
                date=day_text(w.valid_from),
                v1=w.values["volume"],
                v2=w.values["profitability"],
                v3=w.values["reference"],
                p1=w.values["share_of_wallet"],
                p2=w.values["cross_sell"],
                p3=w.values["growing_together"],
            )
            for w in changes[:6]
        ]
        return "\n".join(lines)

    def _sums(self) -> None:
        value = sum(self.spins[k].value() for k in VALUE_PARTS)
        potential = sum(self.spins[k].value() for k in POTENTIAL_PARTS)
        self.sums.setText(
            self.tr("Current value {value} % · potential {potential} %").format(
                value=value, potential=potential
            )
        )

    def chosen(self) -> dict[str, Any]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def accept(self) -> None:
        store, team_id = self.ctx.store, self.ctx.team_id
        day, author, chosen = _date(self.valid_from), self.author.currentData(), self.chosen()
        try:
            step = steps.change_weights(store, team_id, day, chosen, author)
            self.ctx.run(step, initiator=self)
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            return
        super().accept()


class MetricsDialog(QDialog):
    """Tick at most five metrics and give each a monthly target (team) and, optionally,
    a target for each member (otherwise the team's target shared equally)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("metricsDialog")
        self.setWindowTitle(self.tr("Metrics and targets"))
        chosen = {c.metric: c for c in metrics.chosen_metrics(ctx.store, ctx.team_id)}
        grid = QGridLayout()
        for column, text in enumerate(
            (self.tr("Metric"), self.tr("Team target a month"), self.tr("Each member's target"))
        ):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.rows: list[tuple[str, QCheckBox, QLineEdit, QLineEdit]] = []
        order = sorted(
            metrics.available(),
            key=lambda m: (
                m.key not in chosen,
                list(chosen).index(m.key) if m.key in chosen else 0,
            ),
        )
        for row, metric in enumerate(order, start=1):
            check = QCheckBox(metric_label(metric.label))
            check.setObjectName(f"metric_{metric.key}")
            check.setToolTip(metric_label(metric.note) if metric.note else "")
            target, member = QLineEdit(), QLineEdit()
            target.setObjectName(f"target_{metric.key}")
            member.setObjectName(f"memberTarget_{metric.key}")
            member.setPlaceholderText(self.tr("shared equally"))
            if metric.key in chosen:
                check.setChecked(True)
                target.setText(
                    number(
                        chosen[metric.key].target,
                        0 if chosen[metric.key].target.is_integer() else 1,
                    )
                )
                if chosen[metric.key].member_target is not None:
                    member.setText(number(chosen[metric.key].member_target or 0, 1))
            grid.addWidget(check, row, 0)
            grid.addWidget(target, row, 1)
            grid.addWidget(member, row, 2)
            self.rows.append((metric.key, check, target, member))
        self.errors = QLabel()
        self.errors.setObjectName("metricsErrors")
        self.errors.setStyleSheet("color: #c0392b;")
        self.errors.setWordWrap(True)
        self.errors.hide()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose at most {max} metrics: everyone sees them as monthly curves "
                "against the targets."
            ).format(max=MAX_METRICS)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.errors)
        layout.addWidget(save_cancel_buttons(self), 0, Qt.AlignmentFlag.AlignBottom)

    def choices(self) -> list[dict[str, Any]]:
        return [
            {"metric": key, "target": target.text(), "member_target": member.text()}
            for key, check, target, member in self.rows
            if check.isChecked()
        ]

    def accept(self) -> None:
        store, team_id, choices = self.ctx.store, self.ctx.team_id, self.choices()
        try:
            self.ctx.run(steps.choose_metrics(store, team_id, choices), initiator=self)
        except InvalidRecord as invalid:
            self.errors.setText(" ".join(error_text(e) for e in invalid.errors))
            self.errors.show()
            return
        super().accept()
