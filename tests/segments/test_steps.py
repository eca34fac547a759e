"""The segments area's steps (app/segments/steps.py), without Qt: each names itself in its
view's translation context, and its first run, undo and redo bring the data back and forth
the way the undo stack drives them."""

from __future__ import annotations

from app.segments import records as segments
from app.segments import steps as segment_steps
from app.store import Store
from tests.step_helpers import round_trip
from tests.success_helpers import customer


def test_segment_and_strategy_steps(store: Store, team_id: int) -> None:
    cid = customer(store, team_id, "Sijoitus Oy")
    created = segments.create_segmentation(store, team_id, "Koko", ["Pieni", "Suuri"])
    [segmentation] = segments.list_segmentations(store, team_id)
    big = segmentation["segments"][1]["id"]
    place = segment_steps.place(store, cid, created, big, "Koko")
    assert (place.text.context, dict(place.text.args)) == ("SegmentBox", {"segmentation": "Koko"})
    round_trip(place, {}, {created: big}, lambda: segments.segments_of(store, cid))

    choose = segment_steps.choose_strategies(store, {cid: (("grow", "manual"),)})
    assert choose.text.context == "ValueTable" and choose.text.count == 1  # a plural
