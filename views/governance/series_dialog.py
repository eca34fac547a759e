"""Plan or change a meeting series: type, title, customer, owner and the cadence rule, with
the next days it gives shown as you choose."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from app.governance.cadence import NTH_CHOICES, Rule, checked, days
from app.governance.catalogue import Catalogue
from models.governance import Cadence
from views.context import AppContext
from views.governance.dialogs import date_edit, member_combo, picked
from views.governance.labels import CADENCE_LABELS, NTH_LABELS, day_text, tr, weekday_name
from views.labels import error_text
from views.widgets import CustomerPicker, ErrorForm, save_cancel_buttons

PREVIEW = 6


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class SeriesDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        catalogue: Catalogue,
        series: dict[str, Any] | None = None,
        customer: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("seriesDialog")
        self.setWindowTitle(tr("Meeting series") if series else tr("Plan a meeting series"))
        self.resize(560, 620)
        self.catalogue = catalogue
        v = series or {}
        self.form = ErrorForm()
        self.meeting_type = QComboBox()
        self.meeting_type.setObjectName("seriesType")
        for key, kind in catalogue.types.items():
            self.meeting_type.addItem(kind.label, key)
        self.meeting_type.setCurrentIndex(max(0, self.meeting_type.findData(v.get("meeting_type"))))
        self.form.add("meeting_type", tr("Meeting type"), self.meeting_type)
        self.title = QLineEdit(v.get("title") or "")
        self.title.setObjectName("seriesTitle")
        self.form.add("title", tr("Title"), self.title)
        self.customer = CustomerPicker(ctx)
        if customer is not None:
            self.customer.set_customer(*customer)
        self.form.add("customer_id", tr("Customer (empty: the team's own)"), self.customer)
        self.owner = member_combo(ctx, v.get("owner_member_id"), tr("(nobody)"))
        self.form.add("owner_member_id", tr("Owner"), self.owner)
        self._rule_fields(v)
        self.start_time = QLineEdit(v.get("start_time") or "")
        self.form.add("start_time", tr("Time"), self.start_time)
        self.duration = _spin(5, 1440, int(v.get("duration_minutes") or 60))
        self.duration.setSuffix(" min")
        self.form.add("duration_minutes", tr("Duration"), self.duration)
        self.location = QLineEdit(v.get("location") or "")
        self.form.add("location", tr("Place"), self.location)
        self.preview = QLabel()
        self.preview.setObjectName("seriesPreview")
        self.preview.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(save_cancel_buttons(self))
        self.meeting_type.currentIndexChanged.connect(self._type_chosen)
        if not series:
            self._type_chosen()
        self._connect_preview()
        self._cadence_chosen()

    def _rule_fields(self, v: dict[str, Any]) -> None:
        self.cadence = QComboBox()
        self.cadence.setObjectName("seriesCadence")
        for kind in Cadence:
            self.cadence.addItem(tr(CADENCE_LABELS[kind]), kind.value)
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(v.get("cadence", "weekly"))))
        self.form.add("cadence", tr("Repeats"), self.cadence)
        self.interval = _spin(1, 52, int(v.get("interval") or 1))
        self.interval.setObjectName("seriesInterval")
        self.interval.setPrefix(tr("every "))
        self.form.add("interval", tr("Interval (weeks or months)"), self.interval)
        self.weekday = QComboBox()
        self.weekday.setObjectName("seriesWeekday")
        for number in range(7):
            self.weekday.addItem(weekday_name(number), number)
        self.weekday.setCurrentIndex(int(v.get("weekday") or 0))
        self.form.add("weekday", tr("Weekday"), self.weekday)
        self.nth = QComboBox()
        for number in NTH_CHOICES:
            self.nth.addItem(tr(NTH_LABELS[number]), number)
        self.nth.setCurrentIndex(max(0, self.nth.findData(v.get("nth") or 1)))
        self.form.add("nth", tr("Which weekday of the month"), self.nth)
        self.month_day = _spin(1, 31, int(v.get("month_day") or 1))
        self.form.add("month_day", tr("Day of the month"), self.month_day)
        self.times = _spin(1, 12, int(v.get("times_a_year") or 4))
        self.times.setObjectName("seriesTimes")
        self.form.add("times_a_year", tr("Times a year"), self.times)
        self.starts_on = date_edit(v.get("starts_on") or date.today())
        self.starts_on.setObjectName("seriesStart")
        self.form.add("starts_on", tr("Starts on"), self.starts_on)
        self.has_end = QCheckBox(tr("Ends on"))
        self.has_end.setObjectName("seriesHasEnd")
        self.has_end.setChecked(v.get("ends_on") is not None)
        self.ends_on = date_edit(v.get("ends_on") or date.today() + timedelta(days=365))
        self.ends_on.setObjectName("seriesEnd")
        end = QWidget()
        row = QHBoxLayout(end)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_end)
        row.addWidget(self.ends_on, 1)
        self.form.add("ends_on", tr("Series end"), end)

    def _connect_preview(self) -> None:
        for spin in (self.interval, self.month_day, self.times):
            spin.valueChanged.connect(self._update_preview)
        for combo in (self.weekday, self.nth):
            combo.currentIndexChanged.connect(self._update_preview)
        self.cadence.currentIndexChanged.connect(self._cadence_chosen)
        self.starts_on.dateChanged.connect(self._update_preview)
        self.ends_on.dateChanged.connect(self._update_preview)
        self.has_end.toggled.connect(self._update_preview)

    def _type_chosen(self) -> None:
        kind = self.catalogue.types.get(self.meeting_type.currentData())
        if kind is None:
            return
        self.title.setText(kind.label)
        self.start_time.setText(kind.start_time)
        self.duration.setValue(kind.duration_minutes)
        rule = kind.cadence
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(rule.get("cadence"))))
        self.weekday.setCurrentIndex(int(rule.get("weekday") or 0))
        self.times.setValue(int(rule.get("times_a_year") or 4))

    def _cadence_chosen(self) -> None:
        kind = self.cadence.currentData()
        shown = {
            "interval": kind in (Cadence.WEEKLY, Cadence.MONTHLY_DAY, Cadence.MONTHLY_WEEKDAY),
            "weekday": kind in (Cadence.WEEKLY, Cadence.MONTHLY_WEEKDAY),
            "nth": kind == Cadence.MONTHLY_WEEKDAY,
            "month_day": kind == Cadence.MONTHLY_DAY,
            "times_a_year": kind == Cadence.TIMES_A_YEAR,
        }
        for key, visible in shown.items():
            # ErrorForm puts each field in a holder with its message: hide the holder's row.
            holder = self._fields[key].parentWidget()
            if holder is not None:
                self.form.setRowVisible(holder, visible)
        self._update_preview()

    @property
    def _fields(self) -> dict[str, QWidget]:
        return {
            "interval": self.interval,
            "weekday": self.weekday,
            "nth": self.nth,
            "month_day": self.month_day,
            "times_a_year": self.times,
        }

    def rule_values(self) -> dict[str, Any]:
        return {
            "cadence": self.cadence.currentData(),
            "interval": self.interval.value(),
            "weekday": self.weekday.currentData(),
            "nth": self.nth.currentData(),
            "month_day": self.month_day.value(),
            "times_a_year": self.times.value(),
            "starts_on": picked(self.starts_on),
            "ends_on": picked(self.ends_on) if self.has_end.isChecked() else None,
        }

    def values(self) -> dict[str, Any]:
        return {
            "meeting_type": self.meeting_type.currentData(),
            "title": self.title.text(),
            "customer_id": self.customer.customer_id if self.customer.text().strip() else None,
            "owner_member_id": self.owner.currentData(),
            "start_time": self.start_time.text(),
            "duration_minutes": self.duration.value(),
            "location": self.location.text(),
            **self.rule_values(),
        }

    def _update_preview(self) -> None:
        try:
            rule = checked(Rule.of(self.rule_values()))
        except InvalidRecord as invalid:
            self.preview.setText(" ".join(error_text(e) for e in invalid.errors))
            return
        found = days(rule, rule.starts_on, rule.starts_on + timedelta(days=3 * 366))[:PREVIEW]
        self.preview.setText(
            tr("Next: {days}").format(days=", ".join(day_text(day) for day in found))
        )

    def show_errors(self, invalid: InvalidRecord) -> None:
        self.form.show_errors(invalid)
