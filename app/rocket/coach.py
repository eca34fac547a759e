"""The coach's view: teams × processes for one round, over several database files.

A coach follows teams that may live in this database or in other teams' files. Those are
opened with Store.open(path, read_only=True): read where they are, never copied, never
locked against their owners.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.rocket import periods
from app.rocket.catalogue import default_catalogue
from app.rocket.scoring import latest_by_code
from app.store import Store
from models.rocket import PeriodKind, RocketProcess, RocketScore
from models.team import TeamCompany


@dataclass(frozen=True)
class Source:
    """One database the coach looks at; `own` is the database Raketti has open."""

    label: str
    store: Store
    own: bool = False

    @property
    def key(self) -> str:
        return str(self.store.path or self.store.opened.url)


def open_source(path: Path, backup_dir: Path | None = None) -> Source:
    """Open another team's database file read-only, to look at and not to change."""
    store = Store.open(path, backup_dir, read_only=True)
    return Source(Path(path).stem, store)


@dataclass
class MatrixRow:
    source: str
    source_key: str
    own: bool
    team_id: int
    team_name: str
    cells: dict[str, int | None] = field(default_factory=dict)
    diffs: dict[str, int | None] = field(default_factory=dict)  # since the previous round
    total: int = 0
    total_diff: int | None = None


@dataclass
class CoachMatrix:
    period_kind: str
    period_start: date
    previous_start: date
    codes: list[str]
    names: dict[str, tuple[str, str]]  # code -> (fi, en)
    levels: dict[str, int]
    rows: list[MatrixRow]


def _catalogue_order(sources: list[Source]) -> tuple[list[str], dict, dict]:
    """Process codes of the default catalogue first, then any the teams added themselves."""
    names: dict[str, tuple[str, str]] = {}
    levels: dict[str, int] = {}
    order: dict[str, tuple[int, int, int]] = {}
    for n, p in enumerate(default_catalogue()):
        names[p.code], levels[p.code] = (p.name_fi, p.name_en), p.level
        order[p.code] = (p.level, 0, n)
    for source in sources:
        with source.store.read() as session:
            rows = session.scalars(
                select(RocketProcess).where(RocketProcess.retired.is_(False))
            ).all()
            for row in rows:
                if row.code not in order:
                    names[row.code], levels[row.code] = (row.name_fi, row.name_en), row.level
                    order[row.code] = (row.level, 1, row.position)
    codes = sorted(order, key=lambda c: order[c])
    return codes, names, levels


def round_periods(
    sources: list[Source], period_kind: str = PeriodKind.HALF_YEAR.value
) -> list[date]:
    """The periods any team has scores for, newest first: the rounds to choose from."""
    found: set[date] = set()
    for source in sources:
        with source.store.read() as session:
            for start in session.scalars(select(RocketScore.period_start).distinct()):
                found.add(periods.period_start(period_kind, start))
    return sorted(found, reverse=True)


def coach_matrix(
    sources: list[Source],
    period_start: date,
    period_kind: str = PeriodKind.HALF_YEAR.value,
) -> CoachMatrix:
    """Dots of every team in every source at the end of the chosen round, with the change."""
    kind = PeriodKind(period_kind).value
    start = periods.period_start(kind, period_start)
    previous = periods.shift(kind, start, -1)
    end, previous_end = periods.period_end(kind, start), periods.period_end(kind, previous)
    codes, names, levels = _catalogue_order(sources)
    rows: list[MatrixRow] = []
    for source in sources:
        with source.store.read() as session:
            teams = session.execute(
                select(TeamCompany.id, TeamCompany.name).order_by(TeamCompany.name)
            )
            for team_id, team_name in list(teams):
                scores = list(
                    session.scalars(
                        select(RocketScore).where(
                            RocketScore.team_id == team_id, RocketScore.period_start <= end
                        )
                    ).all()
                )
                now = latest_by_code(scores, end)
                before = latest_by_code(scores, previous_end)
                row = MatrixRow(source.label, source.key, source.own, team_id, team_name)
                for code in codes:
                    dots = now[code].dots if code in now else None
                    old = before[code].dots if code in before else None
                    row.cells[code] = dots
                    row.diffs[code] = None if dots is None else dots - (old or 0)
                row.total = sum(v or 0 for v in row.cells.values())
                old_total = sum(s.dots for s in before.values() if s.process_code in levels)
                row.total_diff = row.total - old_total if now else None
                rows.append(row)
    return CoachMatrix(kind, start, previous, codes, names, levels, rows)
