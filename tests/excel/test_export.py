"""The summary workbook: sheets, headers, rows, formats, links and charts, and every figure
equal to the report function the window shows it from."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from app.excel.customers_sheet import contact_columns, customer_columns
from app.excel.export import ExportReport, export_summary
from app.excel.fields import fields
from app.governance.compliance import compliance
from app.ladder import stats
from app.ladder.filters import BoardFilter
from app.rocket.progress import progress_series
from app.segments.filters import ChartFilter
from app.segments.levels import segment_levels
from app.segments.performance import performance
from app.segments.records import list_segmentations
from app.segments.value_map import value_map
from app.store import Store
from tests.excel_helpers import (
    FORMULA_NAME,
    FORMULA_NOTE,
    PERIOD,
    TODAY,
    Demo,
    labelled,
    make_demo,
    table,
)

SHEETS = {
    "fi": [
        "Yhteenveto", "Asiakkaat", "Yhteyshenkilöt", "Porrassiirrot", "Raketti",
        "Hallintamalli", "Segmentit", "Kohtaamiset",
    ],
    "en": [
        "Summary", "Customers", "Contacts", "Ladder moves", "Rocket", "Governance",
        "Segments", "Interactions",
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return make_demo(tmp_path_factory.mktemp("excel"))


@pytest.fixture(scope="module")
def exported(
    demo_db: Demo, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, tuple[ExportReport, Workbook]]]:
    folder = tmp_path_factory.mktemp("out")
    store = Store.open(demo_db.path, read_only=True)
    out = {}
    try:
        for language in ("fi", "en"):
            path = folder / f"summary-{language}.xlsx"
            report = export_summary(store, demo_db.team_id, path, PERIOD, language, today=TODAY)
            out[language] = (report, load_workbook(path))
        yield out
    finally:
        store.close()


@pytest.fixture(scope="module")
def ro_store(demo_db: Demo) -> Iterator[Store]:
    store = Store.open(demo_db.path, read_only=True)
    yield store
    store.close()


def count(store: Store, sql: str, **params: Any) -> int:
    with store.read() as session:
        return int(session.connection().exec_driver_sql(sql, params).scalar_one())


@pytest.mark.parametrize("language", ["fi", "en"])
def test_sheet_names_and_table_headers_are_in_the_chosen_language(
    exported: dict[str, tuple[ExportReport, Workbook]], language: str
) -> None:
    report, book = exported[language]
    assert book.sheetnames == SHEETS[language] == report.sheets
    customers, contacts = book[SHEETS[language][1]], book[SHEETS[language][2]]
    header = [c.value for c in customers[1]]
    assert header == [c.header for _key, c in customer_columns(language)]
    expected = [f.header(language) for f in fields("customers")]
    assert header == [h for h in expected if h not in {"Yhteyshenkilö", "Contact"}][: len(header)]
    assert [c.value for c in contacts[1]] == [f.header(language) for f in fields("contacts")]
    assert [c.header for _k, c in contact_columns(language)] == [c.value for c in contacts[1]]
    for sheet in (customers, contacts, book[SHEETS[language][7]], book[SHEETS[language][3]]):
        assert sheet.freeze_panes == "A2"
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        )
        assert all(c.font.bold for c in sheet[1])


def test_row_counts_are_the_team_s_records_and_the_period_s_events(
    exported: dict[str, tuple[ExportReport, Workbook]], ro_store: Store, demo_db: Demo
) -> None:
    report, book = exported["en"]
    team = demo_db.team_id
    period = {"team": team, "start": PERIOD.start.isoformat(), "end": PERIOD.end.isoformat()}
    customers = count(ro_store, "SELECT count(*) FROM customer WHERE team_id = :team", team=team)
    contacts = count(
        ro_store,
        "SELECT count(*) FROM contact p JOIN customer c ON c.id = p.customer_id"
        " WHERE c.team_id = :team",
        team=team,
    )
    interactions = count(
        ro_store,
        "SELECT count(*) FROM interaction i JOIN customer c ON c.id = i.customer_id"
        " WHERE c.team_id = :team AND i.occurred_on BETWEEN :start AND :end",
        **period,
    )
    moves = count(
        ro_store,
        "SELECT count(*) FROM ladder_move m JOIN customer c ON c.id = m.customer_id"
        " WHERE c.team_id = :team AND m.moved_on BETWEEN :start AND :end",
        **period,
    )
    assert customers > 100 and contacts > 100 and interactions > 500 and moves > 20
    assert book["Customers"].max_row - 1 == customers == report.rows["customers"]
    assert book["Contacts"].max_row - 1 == contacts == report.rows["contacts"]
    assert book["Interactions"].max_row - 1 == interactions == report.rows["interactions"]
    assert book["Ladder moves"].max_row - 1 == moves == report.rows["moves"]
    dates = [r[0] for r in book["Interactions"].iter_rows(min_row=2, values_only=True)]
    assert min(dates).date() >= PERIOD.start and max(dates).date() <= PERIOD.end


def test_formula_looking_text_comes_back_as_text_and_links_are_links(
    exported: dict[str, tuple[ExportReport, Workbook]],
) -> None:
    _report, book = exported["en"]
    sheet = book["Customers"]
    header = [c.value for c in sheet[1]]
    rows = {r[header.index("Name")].value: r for r in sheet.iter_rows(min_row=2)}
    tricky = rows[FORMULA_NAME]
    assert tricky[header.index("Name")].data_type == "s"
    assert tricky[header.index("Notes")].value == FORMULA_NOTE
    assert tricky[header.index("Notes")].data_type == "s"
    website = tricky[header.index("Website")]
    assert website.value == "www.kipina.fi" and website.hyperlink.target == "https://www.kipina.fi"
    contacts = book["Contacts"]
    cheader = [c.value for c in contacts[1]]
    aino = next(
        r for r in contacts.iter_rows(min_row=2) if r[cheader.index("Name")].value == "@Aino"
    )
    assert aino[cheader.index("Customer")].value == FORMULA_NAME
    assert aino[cheader.index("Customer")].data_type == "s"
    assert aino[cheader.index("E-mail")].hyperlink.target == "mailto:aino@kipina.fi"
    assert aino[cheader.index("Phone")].value == "+358 40 123 4567"
    assert aino[cheader.index("Advocate")].value is False  # a real boolean, not "Ei"


def test_number_and_date_formats_are_finnish(
    exported: dict[str, tuple[ExportReport, Workbook]],
) -> None:
    _report, book = exported["fi"]
    customers = book["Asiakkaat"]
    header = [c.value for c in customers[1]]
    revenue = header.index("Vuosiliikevaihto (€)")
    with_revenue = [r[revenue] for r in customers.iter_rows(min_row=2) if r[revenue].value]
    assert with_revenue and {c.number_format for c in with_revenue} == {'#,##0 "€"'}
    for sheet in ("Kohtaamiset", "Porrassiirrot"):
        first = book[sheet]["A2"]
        assert first.is_date and first.number_format == "d.m.yyyy"
    period = next(r for r in book["Yhteenveto"].iter_rows() if r[0].value == "Jakso")
    assert period[1].number_format == "d.m.yyyy" and period[1].value.date() == PERIOD.start


def test_every_report_sheet_carries_native_charts(
    exported: dict[str, tuple[ExportReport, Workbook]], ro_store: Store, demo_db: Demo
) -> None:
    _report, book = exported["en"]
    summary = book["Summary"]
    chart = ChartFilter(demo_db.team_id, PERIOD.start, PERIOD.end, today=TODAY)
    metrics = len(performance(ro_store, chart).curves)
    assert metrics >= 3
    # activity, ladder levels, conversions, dots, compliance, and one per chosen metric
    assert len(summary._charts) == 5 + metrics
    assert len(book["Governance"]._charts) == 1
    assert len(book["Segments"]._charts) >= 2
    titles = {c.title.tx.rich.p[0].r[0].t for c in summary._charts if c.title is not None}
    assert {"Activity per month", "Dots against target", "Conversion rate"} <= titles


def test_summary_figures_equal_the_report_functions(
    exported: dict[str, tuple[ExportReport, Workbook]], ro_store: Store, demo_db: Demo
) -> None:
    _report, book = exported["en"]
    summary = book["Summary"]
    team = demo_db.team_id
    history = stats.load_history(ro_store, BoardFilter(team), TODAY)
    now = stats.counts_at(history, TODAY)
    key = labelled(summary, "Key figures")
    assert key["Customers at the end of the period"][0] == sum(now.values())
    assert key["Key accounts (A1)"][0] == now["A1"]
    year = compliance(ro_store, team, TODAY)
    assert key["Meetings held this year"][0] == year.total.held
    assert key["Meetings planned so far this year"][0] == year.total.planned_so_far
    ladder = table(summary, "Customer ladder")
    assert [row[1] for row in ladder[:3]] == [now["A1"], now["A2"], now["A3"]]
    conversions = {row[0]: row[1:4] for row in summary.iter_rows(values_only=True) if row[0]}
    for lower in ("A3", "A2"):
        c = stats.conversion(history, PERIOD.start, TODAY, lower)
        assert conversions[f"{lower} →"] == (c.base, c.moved, pytest.approx(c.rate))
    chart = ChartFilter(team, PERIOD.start, PERIOD.end, today=TODAY)
    curves = performance(ro_store, chart).curves
    assert curves, "the demo chooses metrics"
    metrics = table(summary, "Metrics against targets")
    for index, curve in enumerate(curves):
        assert [row[1 + 2 * index] for row in metrics[:-1]] == curve.team
        assert {row[2 + 2 * index] for row in metrics[:-1]} == {curve.target}
        assert metrics[-1][1 + 2 * index] == sum(curve.reached())
    dots = table(summary, "Rocket dots per half-year")
    series = progress_series(ro_store, team, "half_year", until=TODAY)
    assert [row[1] for row in dots] == series.total[-len(dots) :]
    assert [row[2] for row in dots] == series.target_total[-len(dots) :]
    held = table(summary, f"Governance compliance {TODAY.year}")
    assert sum(row[3] for row in held[:-1]) == year.total.held == held[-1][3]


def test_segments_and_rocket_sheets_equal_the_report_functions(
    exported: dict[str, tuple[ExportReport, Workbook]], ro_store: Store, demo_db: Demo
) -> None:
    _report, book = exported["en"]
    team = demo_db.team_id
    chart = ChartFilter(team, PERIOD.start, PERIOD.end, today=TODAY)
    segments = book["Segments"]
    segmentations = list_segmentations(ro_store, team)
    assert segmentations
    for found in segmentations:
        levels = segment_levels(ro_store, chart, found["id"], TODAY)
        rows = table(segments, found["name"])
        for (segment_id, _name), row in zip(levels.segments, rows, strict=False):
            a3, a2, a1 = levels.row(segment_id)
            assert row[1:5] == (a1, a2, a3, a1 + a2 + a3)
        assert rows[-1][4] == levels.total  # the total row
    quadrants = table(segments, "Value × potential")
    counts = value_map(ro_store, chart, day=TODAY).counts()
    assert [row[1] for row in quadrants[:4]] == list(counts.values())
    rocket = book["Rocket"]
    series = progress_series(ro_store, team, "half_year", until=TODAY)
    header = [c.value for c in rocket[1]]
    label = series.labels[-1]
    dots, target = header.index(f"{label} dots"), header.index(f"{label} target")
    for row in rocket.iter_rows(min_row=2, values_only=True):
        if row[0] in series.by_process:
            assert row[dots] == series.by_process[row[0]][-1]
            assert row[target] == series.target_by_process[row[0]][-1]
            shown = row[dots - 1] or ""
            assert shown.count("●") == (row[dots] or 0) and len(shown) in {0, 3}
    assert rocket.conditional_formatting  # below / at target colours
