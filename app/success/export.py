"""The success summary as an Excel workbook: at-risk customers, health and lifecycle,
churn by reason, NPS by month and the self-assessment history (what the coach takes to
the coaching session). `summary_sheets` is the data; `write_summary` the file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from app.files import atomic_write
from app.store import Store
from app.success import assessments
from app.success.reports import (
    at_risk,
    churn_by_reason,
    health_distribution,
    nps_by_month,
    stage_counts,
)

Sheet = tuple[list[str], list[list[Any]]]  # headers, rows


def summary_sheets(
    store: Store, team_id: int, headers: dict[str, list[str]], today: date | None = None
) -> dict[str, Sheet]:
    """Sheet name → (headers, rows). Headers come translated from the view; codes stay as
    stored so that a spreadsheet can filter on them."""
    today = today or date.today()
    risky, _total = at_risk(store, team_id, today, limit=100_000)
    health = health_distribution(store, team_id)
    stages = stage_counts(store, team_id)
    churn = churn_by_reason(store, team_id, today - timedelta(days=365), today)
    months = nps_by_month(store, team_id, 24, today).months
    history = assessments.history(store, team_id)
    return {
        "at_risk": (
            headers["at_risk"],
            [
                [
                    r.name,
                    r.level,
                    r.health,
                    r.health_reason,
                    r.next_step,
                    r.flag_names,
                    r.renewal_on,
                    r.owner,
                ]
                for r in risky
            ],
        ),
        "health": (
            headers["health"],
            [[k, v] for k, v in health.items()] + [[k, v] for k, v in stages.items()],
        ),
        "churn": (headers["churn"], [[k, v] for k, v in churn.items()]),
        "nps": (
            headers["nps"],
            [[p.label, p.answers, p.nps, p.scores, p.mean_score] for p in months],
        ),
        "assessments": (
            headers["assessments"],
            [
                [a.assessed_on, a.baseline_score, a.maturity, a.empowerment, a.strategy, a.quadrant]
                for a in history
            ],
        ),
    }


def write_summary(path: Path, sheets: dict[str, Sheet], titles: dict[str, str]) -> None:
    """Write the workbook through a temporary file in the same folder, then move it in;
    raises app.files.ExportError when it cannot be written."""
    book = Workbook()
    book.remove(book.active)
    for key, (header, rows) in sheets.items():
        sheet = book.create_sheet(titles.get(key, key)[:31])
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        for column, name in enumerate(header, start=1):
            width = max([len(str(name))] + [len(str(r[column - 1] or "")) for r in rows[:200]])
            sheet.column_dimensions[sheet.cell(1, column).column_letter].width = min(width + 2, 60)
    with atomic_write(path) as temporary:
        book.save(temporary)
