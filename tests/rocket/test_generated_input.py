"""Generated input to every create/update operation of the Rocket model (scores, targets,
evidence, checklists, process edits, rounds) and to the catalogue parser: each one either
saves (and reads back as the rules cleaned it) or refuses with InvalidRecord.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import teams
from app.rocket import rounds
from app.rocket.catalogue import default_catalogue, dump_catalogue, parse_catalogue
from app.rocket.checklists import add_checklist_item, set_checklist_done
from app.rocket.evidence import add_evidence, evidence_of
from app.rocket.exchange import merge_catalogue, restore_catalogue
from app.rocket.process_edits import add_process, reorder_process, retire_process, update_process
from app.rocket.processes import get_process, list_processes
from app.rocket.scoring import add_score, score_history
from app.rocket.targets import set_target, targets_of
from app.store import Store
from tests.generated import Inputs, hostile_numbers, hostile_texts, outcome, plain, stripped
from tests.property_settings import bounded

PERIODS = st.sampled_from(["month", "quarter", "half_year", "year"])
DOTS = st.integers(0, 3)


@dataclass
class World:
    team: int
    members: list[int]
    codes: list[str]
    items: list[int]
    round: int


@pytest.fixture
def world(store: Store, team_id: int) -> World:
    members = [m["id"] for m in teams.members_of(store, team_id)]
    processes = list_processes(store, team_id)
    round_id = rounds.start_round(store, team_id)
    items = [item.id for p in processes for item in p.checklist][:5]
    return World(team_id, members, [p.code for p in processes], items, round_id)


def code_of(given: Inputs, world: World) -> Any:
    return given.text("code", st.sampled_from(world.codes))


@bounded(50)
@given(data=st.data())
def test_add_score_and_answer_in_a_round(store: Store, world: World, data: st.DataObject) -> None:
    given = Inputs(data.draw, "code", "dots", "kind", "start", "assessor", "who", "on", "comment")
    code, dots, comment = code_of(given, world), given.number("dots", DOTS), given.text("comment")
    period = given.text("kind", PERIODS), given.day("start")
    assessor = given.text("assessor", st.sampled_from(["team", "coach"]))
    who, on = given.id("who", [None, *world.members]), given.day("on")
    round_id = given.id("who", [None, world.round])
    new = outcome(
        lambda: add_score(
            store, world.team, code, dots, *period, assessor, who, on, comment, round_id
        )
    )
    if new is not None:
        saved = {s.id: s for s in score_history(store, world.team)}[new]
        assert (saved.comment, saved.dots) == (stripped(comment), int(dots))
    given = Inputs(data.draw, "code", "dots", "comment")
    code, dots, comment = code_of(given, world), given.number("dots", DOTS), given.text("comment")
    if outcome(lambda: rounds.answer(store, world.round, code, dots, comment)) is not None:
        mine = [s for s in score_history(store, world.team, code) if s.round_id == world.round]
        assert (stripped(comment), int(dots)) in [(s.comment, s.dots) for s in mine]


@bounded(50)
@given(data=st.data())
def test_set_target(store: Store, world: World, data: st.DataObject) -> None:
    given = Inputs(data.draw, "code", "kind", "start", "dots")
    code, kind, start = code_of(given, world), given.text("kind", PERIODS), given.day("start")
    dots = given.number("dots", st.none() | DOTS)
    if outcome(lambda: set_target(store, world.team, code, kind, start, dots)) is not None:
        found = [t.dots for t in targets_of(store, world.team, code) if t.period_kind == kind]
        assert (dots is None and not found) or int(dots) in found


@bounded(50)
@given(data=st.data())
def test_add_evidence(store: Store, world: World, data: st.DataObject) -> None:
    given = Inputs(data.draw, "code", "kind", "title", "location", "author", "on", "round")
    code = code_of(given, world)
    kind = given.text("kind", st.sampled_from(["note", "link", "file"]))
    title = given.text("title")
    location = given.text("location", st.sampled_from(["https://example.fi/a", "C:/raportti.pdf"]))
    author, added_on = given.id("author", [None, *world.members]), given.day("on")
    round_id = given.id("round", [None, world.round])
    new = outcome(
        lambda: add_evidence(
            store, world.team, code, kind, title, location, author, added_on, round_id
        )
    )
    if new is not None:
        saved = {e.id: e for e in evidence_of(store, world.team)}[new]
        assert (saved.title, saved.location) == (stripped(title), stripped(location))


@bounded(50)
@given(data=st.data())
def test_checklist_items(store: Store, world: World, data: st.DataObject) -> None:
    given = Inputs(data.draw, "fi", "en", "member", "on")
    code = data.draw(st.sampled_from(world.codes))
    text_fi, text_en = given.text("fi"), given.text("en")
    new = outcome(lambda: add_checklist_item(store, world.team, code, text_fi, text_en))
    if new is not None:
        saved = {c.id: c for c in get_process(store, world.team, code).checklist}[new]
        assert (saved.text_fi, saved.text_en) == (stripped(text_fi), stripped(text_en) or "")
    item = data.draw(st.sampled_from(world.items))
    done, member, on = data.draw(st.booleans()), given.id("member", world.members), given.day("on")
    if outcome(lambda: set_checklist_done(store, item, done, member, on)) is not None:
        ticked = {c.id: c for p in list_processes(store, world.team) for c in p.checklist}[item]
        assert ticked.done == done and (ticked.done_on == on if done and on else True)


TEXT_FIELDS = ("name_fi", "name_en", "description_fi", "description_en", "dot1_fi", "dot3_en")


@bounded(50)
@given(data=st.data())
def test_add_and_update_process(store: Store, world: World, data: st.DataObject) -> None:
    given = Inputs(data.draw, "code", "level", *TEXT_FIELDS)
    fresh = st.text("BCDEFGHKLMN0123456789", min_size=2, max_size=5)
    code = given.text("code", fresh | st.sampled_from(["b1", "Y1", "X" * 17]))
    level = given.number("level", st.integers(1, 4))
    values = {key: given.text(key) for key in TEXT_FIELDS}
    new = outcome(lambda: add_process(store, world.team, code, level, **values))
    if new is not None:
        saved = get_process(store, world.team, code.strip())
        assert saved.name_fi == stripped(values["name_fi"])
        assert saved.description_en == (stripped(values["description_en"]) or "")
    given = Inputs(data.draw, "level", *TEXT_FIELDS)
    target = data.draw(st.sampled_from(world.codes))
    keys = data.draw(st.lists(st.sampled_from([*TEXT_FIELDS, "level"]), unique=True, min_size=1))
    change = {
        key: given.number(key, st.integers(1, 4)) if key == "level" else given.text(key)
        for key in keys
    }
    if outcome(lambda: update_process(store, world.team, target, **change)) is not None:
        saved = get_process(store, world.team, target)
        if "name_fi" in change:
            assert saved.name_fi == stripped(change["name_fi"])
        if "level" in change:
            assert saved.level == int(change["level"])


@bounded(50)
@given(data=st.data())
def test_reorder_retire_and_rounds(store: Store, world: World, data: st.DataObject) -> None:
    given = Inputs(data.draw, "on", "assessor", "who", "kind", "start", "code")
    code = data.draw(st.sampled_from(world.codes))
    reorder_process(store, world.team, code, data.draw(st.integers(-(10**20), 10**20)))
    retired, on = data.draw(st.booleans()), given.day("on")
    if outcome(lambda: retire_process(store, world.team, code, retired, on)) is not None:
        assert get_process(store, world.team, code).retired == retired
        retire_process(store, world.team, code, False)
    assessor = given.text("assessor", st.sampled_from(["team", "coach"]))
    who, kind, start = (
        given.id("who", world.members),
        given.text("kind", PERIODS),
        given.day("start"),
    )
    started = outcome(lambda: rounds.start_round(store, world.team, assessor, who, kind, start))
    if started is not None:
        where = code_of(given, world)
        if outcome(lambda: rounds.pause_round(store, started, where)) is not None:
            assert rounds.get_round(store, started).current_code == where
        rounds.finish_round(store, started)


GOOD_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "code": st.text("QRSTUVW0123456789", min_size=2, max_size=6),
    "level": st.integers(1, 4),
    "order": st.integers(0, 10_000),
    "name": st.fixed_dictionaries({"fi": plain, "en": plain}),
    "retired": st.booleans(),
    "checklist": st.lists(st.fixed_dictionaries({"fi": plain}), max_size=3),
    "dots": st.fixed_dictionaries({"1": plain, "3": st.fixed_dictionaries({"fi": plain})}),
}


def _mutated(draw: st.DrawFn) -> str:
    """The shipped catalogue with one value replaced: one a coach could write, or generated
    hostile input."""
    doc: dict[str, Any] = json.loads(dump_catalogue(default_catalogue()))
    process = draw(st.sampled_from(doc["processes"]))
    key = draw(st.sampled_from(sorted(GOOD_VALUES)))
    hostile = st.one_of(
        hostile_texts,
        hostile_numbers.filter(lambda n: not isinstance(n, int) or abs(n) < 10**4000),
        st.lists(hostile_texts, max_size=3),
        st.dictionaries(plain | st.sampled_from(["fi", "en", "1", "3"]), hostile_texts),
    )
    process[key] = draw(GOOD_VALUES[key] if draw(st.booleans()) else hostile)
    return json.dumps(doc, ensure_ascii=draw(st.booleans()), allow_nan=True)


@bounded(50)
@given(data=st.data())
def test_catalogue_files(store: Store, world: World, data: st.DataObject) -> None:
    """A file either is refused, or it is one the team's catalogue can take: merged in, its
    processes read back as the file has them."""
    mutated = st.builds(_mutated, st.just(data.draw))
    text = data.draw(
        st.one_of(mutated, mutated, mutated, hostile_texts.filter(lambda t: t is not None))
    )
    parsed = outcome(lambda: parse_catalogue(text))
    if parsed is None:
        return
    assert parse_catalogue(dump_catalogue(parsed)) == parsed
    before = list_processes(store, world.team, include_retired=True)
    summary = outcome(lambda: merge_catalogue(store, world.team, parsed))
    if summary is not None:
        saved = {p.code: p for p in list_processes(store, world.team, include_retired=True)}
        for item in parsed:
            assert (saved[item.code].name_fi, saved[item.code].retired) == (
                item.name_fi,
                item.retired,
            )
        restore_catalogue(store, world.team, summary.before)
    assert list_processes(store, world.team, include_retired=True) == before
