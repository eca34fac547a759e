"""Received values against the rules, by generation: random JSON values for random fields of
every synced table never raise out of sync and never store a value a local write would
refuse; and a whole demo database (every area's tables) passes the checks untouched, so
that the checks set aside nothing a teammate's Raketti writes."""

from __future__ import annotations

import json
import math
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import String, Text, select

from app import demo
from app.sync import engine
from app.sync.api import set_folder
from app.sync.columns import SYNC_TEXT_MAX, Column, Type, rules
from app.sync.opfiles import Header, OpsFile
from app.sync.state import Op
from models.all import metadata
from models.catalogues import CATALOGUES
from models.fields import FieldKind, check_value
from models.rules import control_character
from models.sync_capture import shapes
from tests.generated import hostile_numbers, hostile_texts
from tests.sync_helpers import PASSPHRASE, canonical, deliver_all, open_replica
from tests.sync_validate_helpers import World, make_world, set_aside_rows

TABLES = sorted(shapes())

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
likely = st.sampled_from(
    ["A1", "Z9", "small", "gigantic", "2026-01-31", "31.13.2026", "2026-02-30", "9999-01-01",
     "2026-01-01 10:00:00.000000", "1234567-1", "0000000-0", "yes", 0, 1, 2, -1, 2**63, 1.5,
     "visit", "team_entrepreneur", "green", "open", "user,buyer", "Buyer"]
)  # fmt: skip
values = st.one_of(json_values, likely, hostile_texts, hostile_numbers)


def _typed_ok(column: Any, value: Any) -> bool:
    """What a local write of a table no catalogue describes keeps: texts within the
    column's length without control characters, finite numbers."""
    if value is None:
        return bool(column.nullable)
    if isinstance(column.type, String):
        limit = column.type.length or SYNC_TEXT_MAX
        multiline = isinstance(column.type, Text)
        return len(value) <= limit and control_character(value, multiline) is None
    if isinstance(value, float):
        return math.isfinite(value)
    return True


def _stored_values_ok(world: World, table: str) -> None:
    """Every row of `table` as SQLAlchemy reads it (dates, times and booleans parsed) keeps
    the rules of a local write: the catalogue's for customers and contacts."""
    shape = shapes()[table]
    catalogue = CATALOGUES.get(table)
    sql_table = metadata.tables[table]
    with world.b.store.read() as session:
        rows = session.execute(select(sql_table)).mappings().all()
        problems = session.connection().exec_driver_sql("PRAGMA foreign_key_check").all()
    assert problems == []
    for row in rows:
        for name in shape.fields:
            value = row[name]
            field = catalogue.by_key(name) if catalogue is not None else None
            if field is not None and field.kind is not FieldKind.REFERENCE:
                check_value(field, value)  # raises when a local write would refuse it
                if field.kind in (FieldKind.CHOICE, FieldKind.ROLES, FieldKind.BUSINESS_ID):
                    assert check_value(field, value) == value
            elif name not in shape.parents:
                assert _typed_ok(sql_table.c[name], value), (table, name, value)
            if isinstance(value, date | datetime):
                assert 1900 <= value.year <= 2100


def _apply(world: World, ops: list[Op]) -> engine.SyncReport:
    """Apply ops as the engine applies a received file (its second, careful try and the
    setting aside included)."""
    world.seq += 1
    header = Header(1, (), world.team, str(uuid.uuid4()), "x", world.seq, "", "", len(ops), "", "")
    report = engine.SyncReport()
    engine._apply_file(world.b.store, OpsFile(header, ops), report)
    return report


def _for(column: Any) -> st.SearchStrategy[Any]:
    """Values of any kind, leaning on the column's own kind so that many are accepted."""
    kind = rules_of(column.table.name, column.name).kind
    near = {
        Type.TEXT: hostile_texts,
        Type.WHOLE: st.one_of(st.integers(-10, 10), hostile_numbers),
        Type.NUMBER: hostile_numbers,
        Type.BOOL: st.sampled_from([True, False, 0, 1, "yes", 2, None]),
        Type.DATE: st.one_of(st.dates().map(str), likely),
        Type.DATETIME: st.one_of(st.datetimes().map(lambda d: d.isoformat(" ")), likely),
        Type.REFERENCE: st.one_of(st.uuids().map(str), st.text(max_size=5)),
    }[kind]
    return st.one_of(near, near, near, near, values)


def rules_of(table: str, name: str) -> Column:
    return rules(table).columns[name]


def _templates(world: World) -> dict[str, tuple[str, dict[str, Any]]]:
    """A record of each table b holds, and its values as its insert carried them."""
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    with world.b.store.engine.connect() as conn:
        for tbl, rec, value in conn.exec_driver_sql(
            "SELECT tbl, rec, value FROM sync_op WHERE kind = 'I' ORDER BY n"
        ):
            out[tbl] = (rec, json.loads(value))
    return out


def test_random_values_never_break_sync_nor_the_rules(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    templates = _templates(world)
    known = sorted(templates)

    @settings(
        max_examples=300,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def one(data: st.DataObject) -> None:
        table = data.draw(st.sampled_from(known if data.draw(st.booleans()) else TABLES))
        shape = shapes()[table]
        rec, template = templates.get(table, (str(uuid.uuid4()), {}))
        name = data.draw(st.sampled_from(shape.fields))
        value = data.draw(_for(metadata.tables[table].c[name]))
        if shape.has_uuid and data.draw(st.booleans()):  # an edit of a record b holds
            raw = data.draw(st.integers(0, 9)) == 0  # now and then a text that is no JSON
            text = data.draw(st.text(max_size=10)) if raw else json.dumps(value)
            op = Op(world.op_id(), table, rec, "U", name, text, (), None)
        else:  # a new record: one b holds, with some of its values replaced
            row = dict(template)
            for other in data.draw(st.sets(st.sampled_from(shape.fields), max_size=2)):
                row[other] = data.draw(_for(metadata.tables[table].c[other]))
            row[name] = value
            fresh = str(uuid.uuid4()) if shape.has_uuid else rec
            op = Op(world.op_id(), table, fresh, "I", None, json.dumps(row), (), None)
        before = len(set_aside_rows(world.b.store))
        report = _apply(world, [op])
        assert report.files_applied == 1  # applied (or set aside): never raised
        aside = len(set_aside_rows(world.b.store)) - before
        assert aside in (0, 1)
        event(f"{op.kind} {'set aside' if aside else 'applied'}")
        _stored_values_ok(world, table)

    try:
        one()
    finally:
        for replica in (world.a, world.b, world.c):
            replica.store.close()


def test_a_demo_database_passes_every_check(tmp_path: Path) -> None:
    """Every table of every area as the app writes it: nothing is set aside."""
    a = open_replica(tmp_path, "a")
    demo.generate(a.store, customers=60, seed=5, teams=1)
    team = set_folder(a.store, a.folder, device_name="a", passphrase=PASSPHRASE).team
    assert team is not None
    b = open_replica(tmp_path, "b", team=team)
    a.sync()
    deliver_all([a, b], team)
    report = b.sync()
    assert report.messages == [] and report.files_applied == 1
    assert set_aside_rows(b.store) == []
    assert canonical(a.store) == canonical(b.store)
    a.store.close()
    b.store.close()
