"""Export the meeting plan as iCalendar (.ics), so that it lands in phone calendars.

One VEVENT per series carries its rule (RRULE, written by dateutil from the same rule the
plan is made from); cancelled occurrences and days of the rule that are not in the plan are
EXDATEs; stored occurrences outside the rule (kept from an earlier rhythm) are RDATEs; a
moved occurrence is its own VEVENT with the series' UID and a RECURRENCE-ID. Times are
local to Finland (Europe/Helsinki, with its VTIMEZONE). The file is written to a temporary
name and moved into place, so a failed export leaves any earlier file as it was.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vRecur
from sqlalchemy import select

from app.files import atomic_write
from app.governance.cadence import Rule, days, first_day, ical_rule
from app.store import Store
from models.all import metadata
from models.governance import MeetingStatus
from models.team import TeamCompany

ZONE = ZoneInfo("Europe/Helsinki")
SERIES = metadata.tables["meeting_series"]
MEETING = metadata.tables["meeting"]


def _at(day: date, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=ZONE)


def _recur(rule: Rule, clock: str) -> vRecur:
    recur = vRecur.from_ical(ical_rule(rule, time.fromisoformat(clock)))
    if rule.ends_on is not None:
        # With a local DTSTART, RFC 5545 wants UNTIL in UTC: the end day's last second.
        end = datetime.combine(rule.ends_on, time(23, 59, 59), tzinfo=ZONE)
        recur["UNTIL"] = [end.astimezone(UTC)]
    return recur


def series_events(series: dict[str, Any], meetings: list[dict[str, Any]]) -> list[Event]:
    """The master VEVENT of one series and one VEVENT per moved occurrence."""
    rule = Rule.of(series)
    clock = series["start_time"]
    planned = set(days(rule, rule.starts_on, series["planned_through"]))
    stored = {m["original_on"]: m for m in meetings}
    live = {day for day, m in stored.items() if m["status"] != MeetingStatus.CANCELLED.value}
    uid = f"{series['uuid']}@raketti"
    length = timedelta(minutes=series["duration_minutes"])
    first = first_day(rule) or rule.starts_on
    master = Event()
    master.add("uid", uid)
    master.add("summary", series["title"])
    master.add("dtstart", _at(first, clock))
    master.add("duration", length)
    master.add("rrule", _recur(rule, clock))
    if series.get("location"):
        master.add("location", series["location"])
    excluded = sorted(planned - live)
    if excluded:
        master.add("exdate", [_at(day, clock) for day in excluded])
    extra = sorted(live - planned)
    if extra:
        master.add("rdate", [_at(day, clock) for day in extra])
    events = [master]
    for day in sorted(live):
        meeting = stored[day]
        if meeting["held_on"] == day and not meeting["start_time"]:
            continue
        moved = Event()
        moved.add("uid", uid)
        moved.add("summary", series["title"])
        moved.add("recurrence-id", _at(day, clock))
        moved.add("dtstart", _at(meeting["held_on"], meeting["start_time"] or clock))
        moved.add("duration", length)
        events.append(moved)
    for event in events:
        event.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    return events


def build_calendar(store: Store, team_id: int) -> tuple[Calendar, int]:
    """The team's whole plan as a calendar, and how many series it holds."""
    with store.read() as session:
        team = session.get(TeamCompany, team_id)
        series_rows = [
            dict(r._mapping)
            for r in session.execute(
                select(SERIES).where(SERIES.c.team_id == team_id).order_by(SERIES.c.id)
            )
        ]
        by_series: dict[int, list[dict[str, Any]]] = {}
        for row in session.execute(
            select(MEETING).where(MEETING.c.team_id == team_id).order_by(MEETING.c.original_on)
        ):
            by_series.setdefault(row.series_id, []).append(dict(row._mapping))
    calendar = Calendar()
    calendar.add("prodid", "-//Raketti//Governance plan//FI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", team.name if team else "Raketti")
    for series in series_rows:
        for event in series_events(series, by_series.get(series["id"], [])):
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar, len(series_rows)


def export_plan(store: Store, team_id: int, path: Path) -> int:
    """Write the plan to `path` (through a temporary file); return the number of series."""
    calendar, count = build_calendar(store, team_id)
    data = calendar.to_ical()
    with atomic_write(path) as temporary:
        temporary.write_bytes(data)
    return count
