"""Goals, satisfaction, feedback, journeys, self-assessments, the reports and the Excel
summary: bad input gets a clear refusal and saves nothing; reports count hand-built data."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.customers.interactions import timeline
from app.errors import InvalidRecord
from app.store import Store
from app.success import assessments, feedback, goals, health, journeys, review, satisfaction
from app.success.export import summary_sheets, write_summary
from app.success.reports import health_distribution, nps_by_month, satisfaction_by_level
from models.success import CustomerGoal, GoalCheckpoint, Journey, Satisfaction
from tests.success_helpers import contact, customer

TODAY = date.today()


def _count(store: Store, entity: type) -> int:
    with store.read() as session:
        return int(session.execute(select(func.count()).select_from(entity)).scalar_one())


def test_the_value_is_confirmed_before_the_next_goal(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Lind Oy")
    start = TODAY - timedelta(days=30)
    first = goals.add_goal(
        store, cid, {"title": "Lisää hakemuksia", "measure": "Hakemukset", "started_on": start}
    )
    with pytest.raises(InvalidRecord) as waiting:
        goals.add_goal(store, cid, {"title": "Seuraava", "measure": "Jotain"})
    assert "Lisää hakemuksia" in str(waiting.value)
    with pytest.raises(InvalidRecord) as early:
        goals.add_checkpoint(
            store, first, {"due_on": start - timedelta(days=1), "description": "x"}
        )
    assert "due_on" in early.value.by_field()
    assert _count(store, GoalCheckpoint) == 0
    goals.add_checkpoint(store, first, {"due_on": start + timedelta(days=10), "description": "x"})
    with pytest.raises(InvalidRecord):  # the goal cannot start after its checkpoint
        goals.update_goal(store, first, {"started_on": start + timedelta(days=20)})
    previous = goals.update_goal(
        store, first, {"value_confirmed_on": TODAY, "confirmation": "Ohjausryhmässä."}
    )
    assert previous == {"value_confirmed_on": None, "confirmation": None}
    second = goals.add_goal(store, cid, {"title": "Seuraava", "measure": "Jotain"})
    assert goals.goals_of(store, cid)[0].id == second
    goals.delete_goal(store, second)
    goals.restore_goal(store, second)
    assert _count(store, CustomerGoal) == 2


def test_satisfaction_scales_are_checked(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Mäki Oy")
    for bad in ({"nps": 11}, {"score": 0}, {"score": "4.5"}, {}, {"nps": "x"}):
        with pytest.raises(InvalidRecord):
            satisfaction.record_entry(store, cid, bad)
    assert _count(store, Satisfaction) == 0
    person = contact(store, cid, "Liisa")
    entry = satisfaction.record_entry(store, cid, {"score": 4, "nps": 9, "contact_id": person})
    assert [(e.score, e.nps, e.contact) for e in satisfaction.entries_of(store, cid)] == [
        (4, 9, "Liisa")
    ]
    satisfaction.delete_entry(store, entry)
    assert satisfaction.entries_of(store, cid) == []


def test_falling_satisfaction_and_open_complaints_are_signals(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Nieminen Oy")
    satisfaction.record_entry(
        store, cid, {"score": 5, "nps": 10, "measured_on": TODAY - timedelta(days=60)}
    )
    satisfaction.record_entry(store, cid, {"score": 3, "nps": 6, "measured_on": TODAY})
    complaint = feedback.record_feedback(
        store,
        team_id,
        {"customer_id": cid, "kind": "complaint", "severity": "high", "happened": "Myöhässä."},
    )
    signals = health.read_signals(store, cid)
    assert (signals.score_drop, signals.nps_drop, signals.latest_score) == (2.0, 4, 3)
    assert (signals.open_complaints, signals.open_severe) == (1, 1)
    feedback.handle_feedback(store, complaint, {"closed_on": TODAY, "resolution": "apology"})
    assert health.read_signals(store, cid).open_complaints == 0


def test_feedback_needs_what_happened_and_handling_is_a_history(store: Store, team_id: int) -> None:
    with pytest.raises(InvalidRecord) as refused:
        feedback.record_feedback(store, team_id, {"kind": "complaint", "happened": " "})
    assert set(refused.value.by_field()) == {"severity", "happened"}
    fid = feedback.record_feedback(
        store, team_id, {"kind": "praise", "happened": "Hieno työpaja.", "source": "survey"}
    )
    first = feedback.handle_feedback(store, fid, {"root_cause": "Hyvä valmistelu"})
    closing = feedback.handle_feedback(store, fid, {"closed_on": TODAY, "horizon": "quick"})
    rows, total = feedback.list_feedback(store, feedback.FeedbackFilter(team_id, open_only=True))
    assert (rows, total) == ([], 0)
    feedback.withdraw_handling(store, closing)  # undo the closing: open again
    rows, total = feedback.list_feedback(store, feedback.FeedbackFilter(team_id, open_only=True))
    assert total == 1 and rows[0]["root_cause"] == "Hyvä valmistelu"
    assert feedback.feedback_detail(store, fid)["root_cause"] == "Hyvä valmistelu"  # type: ignore[index]
    with pytest.raises(InvalidRecord):
        feedback.handle_feedback(store, fid, {"closed_on": TODAY - timedelta(days=400)})
    del first


def test_a_journey_needs_phases_and_complaints_light_up_a_touchpoint(
    store: Store, team_id: int
) -> None:
    with pytest.raises(InvalidRecord) as refused:
        journeys.create_journey(store, team_id, "Polku", [])
    assert "phases" in refused.value.by_field()
    with pytest.raises(InvalidRecord):
        journeys.create_journey(store, team_id, "Polku", ["Ennen", "ennen"])
    assert _count(store, Journey) == 0
    jid = journeys.create_journey(store, team_id, "Polku", journeys.default_phases("fi"))
    phases = journeys.journey_map(store, jid).phases
    assert [p.name for p in phases] == ["Ennen ostoa", "Ostaminen", "Oston jälkeen"]
    point = journeys.add_touchpoint(store, phases[1].id, {"name": "Tarjous", "channel": "email"})
    cid = customer(store, team_id, "Ojala Oy")
    for severity in ("low", "medium"):
        card = journeys.journey_map(store, jid).phases[1].touchpoints[0]
        assert not card.critical
        feedback.record_feedback(
            store,
            team_id,
            {
                "customer_id": cid,
                "touchpoint_id": point,
                "kind": "complaint",
                "severity": severity,
                "happened": "Tarjous oli epäselvä.",
            },
        )
    card = journeys.journey_map(store, jid).phases[1].touchpoints[0]
    assert card.lit and card.critical and card.complaints == 2
    with pytest.raises(InvalidRecord):  # a phase with touchpoints cannot be removed
        journeys.set_phases(store, jid, [(phases[0].id, "Ennen"), (phases[2].id, "Jälkeen")])
    before = journeys.set_phases(
        store, jid, [(phases[1].id, "Ostaminen"), (None, "Uusi"), (phases[0].id, "Alku")]
    )
    names = [p.name for p in journeys.journey_map(store, jid).phases]
    assert names == ["Ostaminen", "Uusi", "Alku"]
    after = journeys.set_phases(store, jid, before)  # undo brings the old phases back
    assert [p.name for p in journeys.journey_map(store, jid).phases] == [n for _, n in before]
    journeys.set_phases(store, jid, after)  # redo: the same records, the added one too
    assert [p.name for p in journeys.journey_map(store, jid).phases] == names


def test_self_assessments_keep_a_history(store: Store, team_id: int) -> None:
    with pytest.raises(InvalidRecord) as refused:
        assessments.record_assessment(store, team_id, {"maturity": 5, "baseline": {}})
    assert {"maturity", "baseline"} <= set(refused.value.by_field())
    assessments.record_assessment(
        store,
        team_id,
        {
            "assessed_on": TODAY - timedelta(days=200),
            "maturity": 1,
            "empowerment": 2,
            "strategy": 1,
            "baseline": {"sales": "bad", "delivery": "average"},
        },
    )
    latest = assessments.record_assessment(
        store,
        team_id,
        {"maturity": 3, "empowerment": 4, "strategy": 4, "baseline": {"sales": "good"}},
    )
    history = assessments.history(store, team_id)
    assert [(a.maturity, a.quadrant, a.baseline_score) for a in history] == [
        (1, "loop", 25.0),
        (3, "shine", 100.0),
    ]
    assessments.delete_assessment(store, latest)
    assert len(assessments.history(store, team_id)) == 1


def test_reports_count_health_and_nps(store: Store, team_id: int) -> None:
    one = customer(store, team_id, "Pohjola Oy", level="A1")
    two = customer(store, team_id, "Rinne Oy", level="A3")
    health.set_health(store, one, "green", "Hyvä.")
    health.set_health(store, two, "yellow", "Hiljaista.")
    change = health.set_health(store, two, "red", "Hiljaista.", next_step="Soita.")
    assert health_distribution(store, team_id) == {"green": 1, "yellow": 0, "red": 1, "none": 0}
    health.withdraw_health(store, change)
    assert health_distribution(store, team_id)["yellow"] == 1
    month_ago = TODAY.replace(day=1) - timedelta(days=1)
    for nps_value in (10, 9, 3):
        satisfaction.record_entry(store, one, {"nps": nps_value, "score": 4})
    satisfaction.record_entry(store, two, {"nps": 7, "score": 2, "measured_on": month_ago})
    series = nps_by_month(store, team_id, months=3)
    assert len(series.months) == 3
    assert series.months[-1].answers == 3 and series.months[-1].nps == pytest.approx(100 / 3)
    assert series.months[-2].nps == 0.0
    levels = {p.label: p.mean_score for p in satisfaction_by_level(store, team_id)}
    assert levels == {"A3": 2.0, "A2": None, "A1": 4.0}


def test_the_review_is_saved_as_a_meeting(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Salo Oy")
    with pytest.raises(InvalidRecord):
        review.save_review(store, cid, {"value": " "}, "fi")
    interaction = review.save_review(
        store, cid, {"value": "Enemmän hakijoita.", "channels": "Puhelin"}, "fi"
    )
    saved = timeline(store, cid)
    assert [row["kind"] for row in saved] == ["meeting"]
    assert saved[0]["summary"].startswith("Asiakasarvio")
    assert (
        "Millaista arvoa yhteistyömme on teille tuottanut?\nEnemmän hakijoita."
        in saved[0]["summary"]
    )
    snapshot = review.withdraw_review(store, interaction)
    assert timeline(store, cid) == []
    review.restore_review(store, snapshot)
    assert len(timeline(store, cid)) == 1


def test_the_excel_summary_holds_the_reports(store: Store, team_id: int, tmp_path: Path) -> None:
    cid = customer(store, team_id, "Tuomi Oy")
    health.set_health(store, cid, "red", "Ei vastaa.", next_step="Käy paikan päällä.")
    headers = {
        "at_risk": [
            "Asiakas",
            "Taso",
            "Terveys",
            "Syy",
            "Askel",
            "Lähteneet",
            "Uusinta",
            "Omistaja",
        ],
        "health": ["Tila", "Määrä"],
        "churn": ["Syy", "Määrä"],
        "nps": ["Kk", "Vastaukset", "NPS", "1–5", "Ka"],
        "assessments": ["Pvm", "Lähtötaso", "Kypsyys", "Valtuudet", "Strategia", "L"],
    }
    folder = tmp_path / "export"
    folder.mkdir()
    path = folder / "onnistuminen.xlsx"
    write_summary(path, summary_sheets(store, team_id, headers), {"at_risk": "Riskissä"})
    book = load_workbook(path)
    sheet = book["Riskissä"]
    assert [c.value for c in sheet[1]][:3] == ["Asiakas", "Taso", "Terveys"]
    assert [c.value for c in sheet[2]][:5] == [
        "Tuomi Oy",
        "A2",
        "red",
        "Ei vastaa.",
        "Käy paikan päällä.",
    ]
    assert list(folder.iterdir()) == [path]  # no temporary file left behind


def test_a_summary_that_cannot_be_written_is_a_clear_error(
    store: Store, team_id: int, tmp_path: Path
) -> None:
    from app.files import ExportError

    headers = {key: ["A"] for key in ("at_risk", "health", "churn", "nps", "assessments")}
    missing = tmp_path / "ei ole" / "onnistuminen.xlsx"
    with pytest.raises(ExportError, match="could not be written"):
        write_summary(missing, summary_sheets(store, team_id, headers), {})
    assert not missing.parent.exists()
