"""Compliance and resource sufficiency on constructed cases (seed 004, table 3), the .ics
export read back with icalendar, and the demo step."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rruleset, rrulestr
from sqlalchemy import func, select

from app import demo
from app.customers import records as customers
from app.files import ExportError
from app.governance import catalogue as catalogues
from app.governance import meetings, plan
from app.governance.compliance import compliance
from app.governance.ical import export_plan
from app.governance.sufficiency import sufficiency
from app.store import Store
from models.governance import ActionItem, CustomerGovernance, Meeting

TODAY = date(2026, 2, 1)
ZONE = ZoneInfo("Europe/Helsinki")


def _mondays(store: Store, team_id: int) -> tuple[int, list[int]]:
    series_id = plan.plan_series(
        store,
        team_id,
        {
            "title": "Markkinointi",
            "meeting_type": "marketing",
            "cadence": "weekly",
            "weekday": 0,
            "starts_on": date(2026, 1, 5),
        },
        today=TODAY,
    )
    with store.read() as session:
        ids = list(
            session.execute(
                select(Meeting.id).where(Meeting.series_id == series_id).order_by(Meeting.id)
            ).scalars()
        )
    return series_id, ids


def test_compliance_is_held_against_due_so_far(store: Store, team_id: int) -> None:
    _series, ids = _mondays(store, team_id)
    meetings.update_meeting(store, ids[0], {"status": "held"})
    meetings.update_meeting(store, ids[1], {"status": "held"})
    meetings.cancel_meeting(store, ids[2])  # 19.1.; 26.1. was missed
    found = compliance(store, team_id, TODAY)
    total = found.total
    assert (total.planned_year, total.planned_so_far, total.held, total.missed) == (51, 3, 2, 1)
    assert total.compliance == pytest.approx(2 / 3)
    assert [key for key, _figures in found.by_type] == ["marketing"]
    assert [row.held_on for row in found.overdue] == [date(2026, 1, 26)]
    assert found.overdue_total == 1


def _table3_case(store: Store, team_id: int) -> None:
    """Seed 004, table 3: 55, 30 and 20 meetings a year by model, every customer looked
    after by an account manager (90 h a month for customer meetings, the shipped value)."""
    edits = {
        "models": {
            "very_large": {
                "owner_role": "account_manager",
                "meetings": {
                    "strategic_steering": 3,
                    "steering": 12,
                    "production": 24,
                    "workshop": 16,
                },
            },
            "medium": {
                "meetings": {
                    "strategic_steering": 1,
                    "steering": 6,
                    "production": 12,
                    "workshop": 1,
                }
            },
        }
    }
    catalogues.save_edits(store, team_id, edits)
    models = ["very_large"] * 3 + ["large"] * 7 + ["medium"] * 17  # the whole customer base
    ids = [
        customers.create_customer(store, team_id, {"name": f"Asiakas {n}"})
        for n in range(1, len(models) + 1)
    ]
    with store.write() as session:
        for cid, model in zip(ids, models, strict=True):
            session.add(CustomerGovernance(customer_id=cid, model=model, agreed_on=TODAY))


def test_resource_sufficiency_reproduces_the_source_table_3(store: Store, team_id: int) -> None:
    _table3_case(store, team_id)
    catalogue = catalogues.load_catalogue(store, team_id)
    found = sufficiency(store, team_id, catalogue)
    loads = {load.model: load for load in found.models}
    assert [loads[m].meetings for m in ("very_large", "large", "medium")] == [55, 30, 20]
    assert round(loads["very_large"].share * 100, 1) == 19.5
    assert round(loads["large"].share * 100, 1) == 10.7
    assert round(loads["medium"].share * 100, 1) == 7.3
    assert round(found.total, 1) == 2.6
    assert set(found.by_role) == {"account_manager", "customer_service"}
    assert round(found.by_role["account_manager"], 1) == 2.6
    (owner,) = found.owners
    assert (owner.owner, owner.customers) == (None, 27)


def test_catalogue_edits_are_checked_and_the_file_stays_the_default(
    store: Store, team_id: int
) -> None:
    with pytest.raises(catalogues.InvalidRecord):
        catalogues.save_edits(store, team_id, {"roles": {"account_manager": {"monthly_hours": 0}}})
    previous = catalogues.save_edits(
        store, team_id, {"meeting_types": {"sales": {"label": "Myyntipalaveri", "hours": 1.5}}}
    )
    assert previous == {}
    edited = catalogues.load_catalogue(store, team_id, "en")
    assert (edited.types["sales"].label, edited.types["sales"].hours) == ("Myyntipalaveri", 1.5)
    assert edited.types["marketing"].label == "Marketing working group"
    catalogues.save_edits(store, team_id, previous)  # undo
    assert catalogues.load_catalogue(store, team_id, "en").types["sales"].label == (
        "Sales working group"
    )


def _expanded(path: Path, until: date) -> dict[str, set[datetime]]:
    """Every occurrence in the file per UID: rule + RDATE − EXDATE, moved ones replaced."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    found: dict[str, set[datetime]] = {}
    moved: dict[str, dict[datetime, datetime]] = {}
    end = datetime.combine(until, time(23, 59), tzinfo=ZONE)
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        start = event.decoded("DTSTART")
        if "RECURRENCE-ID" in event:
            moved.setdefault(uid, {})[event.decoded("RECURRENCE-ID")] = start
            continue
        rules = rruleset()
        rules.rrule(rrulestr(event["RRULE"].to_ical().decode(), dtstart=start))
        for key, add in (("RDATE", rules.rdate), ("EXDATE", rules.exdate)):
            values = event.get(key)
            for value in values if isinstance(values, list) else [values] if values else []:
                for moment in value.dts:
                    add(moment.dt)
        # RDATEs kept from an earlier rhythm may come before DTSTART.
        found[uid] = set(rules.between(datetime(2000, 1, 1, tzinfo=ZONE), end, inc=True))
    for uid, changes in moved.items():
        found[uid] = (found[uid] - set(changes)) | set(changes.values())
    return found


def test_the_ics_file_reads_back_as_the_same_occurrences(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    series_id, ids = _mondays(store, team_id)
    meetings.move_meeting(store, ids[1], date(2026, 1, 14), "13:00")
    meetings.cancel_meeting(store, ids[2])
    meetings.update_meeting(store, ids[5], {"status": "held", "goal": "Kevään kampanja"})
    plan.update_series(store, series_id, {"weekday": 2}, today=TODAY)  # Wednesdays from now
    path = tmp_path / "suunnitelma.ics"
    assert export_plan(store, team_id, path) == 1
    series = plan.get_series(store, series_id)
    assert series is not None
    (occurrences,) = _expanded(path, series["planned_through"]).values()
    with store.read() as session:
        stored = session.execute(
            select(Meeting.held_on, Meeting.start_time).where(
                Meeting.series_id == series_id, Meeting.status != "cancelled"
            )
        ).all()
    expected = {
        datetime.combine(day, time.fromisoformat(clock or "09:00"), tzinfo=ZONE)
        for day, clock in stored
    }
    assert occurrences == expected
    assert datetime(2026, 1, 14, 13, 0, tzinfo=ZONE) in occurrences  # moved
    assert datetime(2026, 1, 19, 9, 0, tzinfo=ZONE) not in occurrences  # cancelled
    assert datetime(2026, 2, 9, 9, 0, tzinfo=ZONE) in occurrences  # held, from the old rhythm


def test_an_ics_path_that_cannot_be_written_leaves_nothing_behind(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    _mondays(store, team_id)
    target = tmp_path / "plan.ics"
    target.write_text("vanha")
    blocked = tmp_path / "missing" / "plan.ics"
    with pytest.raises(ExportError) as refused:
        export_plan(store, team_id, blocked)
    assert "missing" in str(refused.value)
    assert not (tmp_path / "missing").exists()
    with pytest.raises(ExportError):  # a file where a folder should be
        export_plan(store, team_id, target / "plan.ics")
    assert target.read_text() == "vanha"
    assert [p.name for p in tmp_path.iterdir() if ".tmp" in p.name] == []


def test_the_demo_holds_a_year_of_meetings_with_overdue_actions(store: Store) -> None:
    today = date(2026, 11, 24)
    demo.generate(store, customers=400, seed=3, today=today)
    with store.read() as session:
        governed = session.execute(select(func.count()).select_from(CustomerGovernance)).scalar()
        held = session.execute(
            select(func.count()).where(Meeting.status == "held", Meeting.minutes.is_not(None))
        ).scalar()
        overdue = session.execute(
            select(func.count()).where(ActionItem.status == "open", ActionItem.due_on < today)
        ).scalar()
        first = session.execute(select(func.min(Meeting.held_on))).scalar()
    assert governed == 20  # 5 % of 400
    assert held and held > 300
    assert overdue and overdue > 0
    assert first is not None and (today - first).days >= 360
