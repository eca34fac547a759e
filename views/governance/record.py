"""The meeting record: goal, how it went against the goal, agenda, attendees, minutes,
decisions and action items of one occurrence; moving or cancelling it.

Typed input is never lost: leaving a record with unsaved changes asks to save, discard or
stay (`maybe_leave`). A save is one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.errors import InvalidRecord
from app.governance import meetings, steps
from app.governance.agenda import AgendaDraft, agenda_draft
from app.governance.catalogue import Catalogue
from views.context import AppContext
from views.governance.agenda_text import draft_lines
from views.governance.dialogs import date_edit, picked
from views.governance.labels import OUTCOME_LABELS, day_text, outcome_label, status_label, tr
from views.governance.record_boxes import boxes
from views.unsaved import settle
from views.widgets import ErrorForm


class MeetingRecord(QScrollArea):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, catalogue: Callable[[], Catalogue]) -> None:
        super().__init__()
        self.ctx = ctx
        self.catalogue = catalogue
        self.setObjectName("meetingRecord")
        self.meeting_id: int | None = None
        self.loaded: dict[str, Any] = {}
        self._values: dict[str, Any] = {}
        self.heading = QLabel(tr("Choose a meeting from the agenda or the calendar."))
        self.heading.setObjectName("meetingHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.form = ErrorForm()
        self._build_fields()
        self.action_box, self.proposal_box, holder = boxes(ctx)
        inner = self._inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        layout.addLayout(self._navigation())
        layout.addLayout(self.form)
        layout.addLayout(self._buttons())
        layout.addWidget(holder)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(inner)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.show_meeting(None)

    # --- building ------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.status = QComboBox()
        self.status.setObjectName("meetingStatus")
        for code in ("planned", "held", "cancelled"):
            self.status.addItem(status_label(code), code)
        self.form.add("status", tr("Status"), self.status)
        self.day = date_edit(date.today())
        self.day.setObjectName("meetingDay")
        self.time = QLineEdit()
        self.time.setPlaceholderText("09:00")
        self.time.setMaximumWidth(80)
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day)
        row.addWidget(self.time)
        row.addStretch(1)
        self.form.add("held_on", tr("Day and time (move)"), when)
        self.goal = QLineEdit()
        self.goal.setObjectName("meetingGoal")
        self.form.add("goal", tr("Goal"), self.goal)
        self.outcome = QComboBox()
        self.outcome.setObjectName("meetingOutcome")
        self.outcome.addItem(tr("(not judged yet)"), None)
        for code in OUTCOME_LABELS:
            self.outcome.addItem(outcome_label(code), code)
        self.form.add("outcome", tr("How it went"), self.outcome)
        self.outcome_note = QLineEdit()
        self.outcome_note.setObjectName("meetingOutcomeNote")
        self.outcome_note.setPlaceholderText(tr("One sentence against the goal"))
        self.form.add("outcome_note", tr("In a sentence"), self.outcome_note)
        self.agenda = QPlainTextEdit()
        self.agenda.setObjectName("meetingAgenda")
        self.agenda.setMinimumHeight(110)
        self.form.add("agenda", tr("Agenda"), self.agenda)
        self.attendees = QLineEdit()
        self.attendees.setObjectName("meetingAttendees")
        self.add_member = QToolButton()
        self.add_member.setText(tr("+ member"))
        self.add_member.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        people = QWidget()
        line = QHBoxLayout(people)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.attendees, 1)
        line.addWidget(self.add_member)
        self.form.add("attendees", tr("Attendees"), people)
        self.minutes = QPlainTextEdit()
        self.minutes.setObjectName("meetingMinutes")
        self.minutes.setMinimumHeight(90)
        self.form.add("minutes", tr("Minutes"), self.minutes)
        self.decisions = QPlainTextEdit()
        self.decisions.setObjectName("meetingDecisions")
        self.decisions.setMaximumHeight(80)
        self.form.add("decisions", tr("Decisions"), self.decisions)

    def _navigation(self) -> QHBoxLayout:
        self.previous_button = QPushButton(tr("◀ Previous"))
        self.previous_button.setObjectName("previousOccurrence")
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button = QPushButton(tr("Next ▶"))
        self.next_button.setObjectName("nextOccurrence")
        self.next_button.clicked.connect(lambda: self._step(1))
        self.template_button = QPushButton(tr("Start from the template"))
        self.template_button.setObjectName("agendaTemplate")
        self.template_button.setToolTip(
            tr("Fill the goal and agenda from the meeting type's template")
        )
        self.template_button.clicked.connect(self.fill_from_template)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.template_button)
        return row

    def _buttons(self) -> QHBoxLayout:
        self.held_button = QPushButton(tr("Mark held"))
        self.held_button.setObjectName("markHeld")
        self.held_button.clicked.connect(lambda: self.status.setCurrentIndex(1))
        self.revert_button = QPushButton(tr("Revert"))
        self.revert_button.clicked.connect(lambda: self.show_meeting(self.meeting_id))
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setObjectName("saveMeeting")
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.held_button)
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        return row

    # --- showing -------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        """Show one occurrence (None: nothing chosen); the caller asked `maybe_leave` first."""
        found = meetings.get_meeting(self.ctx.store, meeting_id) if meeting_id else None
        self.meeting_id = found["id"] if found else None
        self.loaded = found or {}
        self.form.clear_errors()
        for widget in self._inner.findChildren(QWidget):
            if widget is not self.heading:
                widget.setEnabled(found is not None)
        if found is None:
            self.heading.setText(tr("Choose a meeting from the agenda or the calendar."))
            self._fill({})
        else:
            self.heading.setText(self._heading(found))
            self._fill(found)
        self._values = self.values()
        customer = (
            (found["customer_id"], found["customer_name"])
            if found and found["customer_id"]
            else None
        )
        self.action_box.show_meeting(self.meeting_id, self.loaded.get("owner_member_id"), customer)
        development = self._kind() == "development"
        self.proposal_box.setVisible(development)
        self.proposal_box.show_meeting(self.meeting_id if development else None)
        self._members_menu()

    def _kind(self) -> str | None:
        if not self.loaded:
            return None
        kind = self.catalogue().types.get(self.loaded.get("meeting_type") or "")
        return kind.agenda_source if kind else None

    def _heading(self, found: dict[str, Any]) -> str:
        clock = found["start_time"] or found["series_time"]
        text = tr("{title} — {day} at {time}").format(
            title=found["title"], day=day_text(found["held_on"]), time=clock
        )
        if found["held_on"] != found["original_on"]:
            text += " " + tr("(moved from {day})").format(day=day_text(found["original_on"]))
        return text

    def _fill(self, v: dict[str, Any]) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(v.get("status") or "planned")))
        day = v.get("held_on") or date.today()
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.time.setText(v.get("start_time") or "")
        self.time.setPlaceholderText(v.get("series_time") or "09:00")
        self.goal.setText(v.get("goal") or "")
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(v.get("outcome"))))
        self.outcome_note.setText(v.get("outcome_note") or "")
        self.agenda.setPlainText(v.get("agenda") or "")
        self.attendees.setText(v.get("attendees") or "")
        self.minutes.setPlainText(v.get("minutes") or "")
        self.decisions.setPlainText(v.get("decisions") or "")

    def _members_menu(self) -> None:
        menu = QMenu(self.add_member)
        members = teams.members_of(self.ctx.store, self.ctx.team_id) if self.ctx.has_team else []
        for member in members:
            menu.addAction(member["name"], partial(self._add_attendee, member["name"]))
        self.add_member.setMenu(menu)

    def _add_attendee(self, name: str) -> None:
        names = [n.strip() for n in self.attendees.text().split(",") if n.strip()]
        if name not in names:
            self.attendees.setText(", ".join([*names, name]))

    # --- editing -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "status": self.status.currentData(),
            "held_on": picked(self.day),
            "start_time": self.time.text().strip() or None,
            "goal": self.goal.text(),
            "outcome": self.outcome.currentData(),
            "outcome_note": self.outcome_note.text(),
            "agenda": self.agenda.toPlainText(),
            "attendees": self.attendees.text(),
            "minutes": self.minutes.toPlainText(),
            "decisions": self.decisions.toPlainText(),
        }

    def changes(self) -> dict[str, Any]:
        now = self.values()
        return {k: v for k, v in now.items() if v != self._values.get(k)}

    def dirty(self) -> bool:
        return self.meeting_id is not None and bool(self.changes())

    def save(self) -> bool:
        """Save what changed as one undoable step; refusals are shown at their fields."""
        if self.meeting_id is None:
            return True
        changes = self.changes()
        if not changes:
            return True
        meeting_id, title = self.meeting_id, self.loaded.get("title", "")
        try:
            self.ctx.run(
                steps.edit_meeting(self.ctx.store, meeting_id, title, changes), initiator=self
            )
        except InvalidRecord as invalid:
            # The hour sits on the day's row of the form.
            for error in invalid.errors:
                error.field = "held_on" if error.field == "start_time" else error.field
            self.form.show_errors(invalid)
            return False
        self.show_meeting(meeting_id)
        self.saved.emit(meeting_id)
        return True

    # --- the Editor protocol (views/unsaved.py): one question, wherever input is left ------

    def has_unsaved(self) -> bool:
        return self.dirty()

    def discard(self) -> None:
        if self.meeting_id is not None:
            self.show_meeting(self.meeting_id)

    def unsaved_what(self) -> str:
        return tr("The meeting record “{title}”").format(title=self.loaded.get("title", ""))

    def maybe_leave(self) -> bool:
        """Whether the record may show something else: asks when typed input is unsaved."""
        return settle(self, [self])

    def _step(self, step: int) -> None:
        if self.meeting_id is None or not self.maybe_leave():
            return
        found = meetings.neighbour(self.ctx.store, self.meeting_id, step)
        if found is not None:
            self.show_meeting(found)

    def fill_from_template(self) -> None:
        """Read the draft off the GUI thread (silent customers check every customer)."""
        if self.meeting_id is None:
            return
        meeting_id, catalogue = self.meeting_id, self.catalogue()
        self.template_button.setEnabled(False)
        self.ctx.query(
            "governance:agenda",
            lambda store: agenda_draft(store, meeting_id, catalogue),
            lambda draft: self._use_draft(meeting_id, draft),
        )

    def _use_draft(self, meeting_id: int, draft: AgendaDraft) -> None:
        self.template_button.setEnabled(self.meeting_id is not None)
        if meeting_id != self.meeting_id:
            return  # the user moved on meanwhile
        if not self.goal.text().strip():
            self.goal.setText(draft.goal)
        lines = draft_lines(draft)
        current = self.agenda.toPlainText().strip()
        self.agenda.setPlainText("\n".join([current, *lines] if current else lines))
