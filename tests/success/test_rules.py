"""The success area's plain rules on hand-built data: the suggested health, NPS and a sharp
drop, the Four-L quadrant, the baseline score and when a touchpoint lights up."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from app.success.rules import (
    Signals,
    baseline_score,
    four_l,
    lights_up,
    next_stages,
    nps,
    sharp_drop,
    suggest_health,
)
from models.success import Health, Stage

CALM = Signals(
    silent_days=10,
    silence_limit=60,
    overdue_days=0,
    open_complaints=0,
    open_severe=0,
    score_drop=0,
    nps_drop=0,
    latest_score=4,
    key_contacts_left=0,
)
RANK = {Health.GREEN: 0, Health.YELLOW: 1, Health.RED: 2}


def test_no_warning_sign_is_green() -> None:
    assert suggest_health(CALM).health == Health.GREEN
    assert suggest_health(CALM).reasons == []


def test_each_warning_sign_alone_is_yellow_with_its_reason() -> None:
    cases = {
        "silent": replace(CALM, silent_days=61),
        "overdue": replace(CALM, overdue_days=3),
        "complaints": replace(CALM, open_complaints=1),
        "score_falling": replace(CALM, score_drop=1.0),
        "nps_falling": replace(CALM, nps_drop=4),
        "key_contact_left": replace(CALM, key_contacts_left=1),
    }
    for code, signals in cases.items():
        suggestion = suggest_health(signals)
        assert suggestion.health == Health.YELLOW, code
        assert [c for c, _ in suggestion.reasons] == [code]


def test_red_signs_and_three_warnings_make_red() -> None:
    assert suggest_health(replace(CALM, silent_days=121)).health == Health.RED
    assert suggest_health(replace(CALM, overdue_days=31)).health == Health.RED
    assert suggest_health(replace(CALM, open_complaints=1, open_severe=1)).health == Health.RED
    assert suggest_health(replace(CALM, latest_score=2)).health == Health.RED
    three = replace(CALM, silent_days=61, open_complaints=1, key_contacts_left=1)
    two = replace(CALM, silent_days=61, open_complaints=1)
    assert suggest_health(three).health == Health.RED
    assert suggest_health(two).health == Health.YELLOW


signals = st.builds(
    Signals,
    silent_days=st.integers(0, 400),
    silence_limit=st.integers(1, 120),
    overdue_days=st.integers(0, 100),
    open_complaints=st.integers(0, 5),
    open_severe=st.integers(0, 2),
    score_drop=st.floats(0, 4),
    nps_drop=st.integers(0, 10),
    latest_score=st.one_of(st.none(), st.integers(1, 5)),
    key_contacts_left=st.integers(0, 3),
)


@given(signals, st.integers(1, 60), st.integers(1, 3))
def test_worse_data_never_suggests_better_health(base: Signals, days: int, more: int) -> None:
    worse = replace(
        base,
        silent_days=base.silent_days + days,
        open_complaints=base.open_complaints + more,
        key_contacts_left=base.key_contacts_left + 1,
    )
    assert RANK[suggest_health(worse).health] >= RANK[suggest_health(base).health]


def test_lifecycle_steps() -> None:
    assert Stage.LOST not in next_stages(None)  # a customer is tracked before it is lost
    assert next_stages("lost") == (Stage.WIN_BACK,)
    assert Stage.ONBOARDING in next_stages("win_back")
    assert Stage.LOST in next_stages("win_back")


def test_nps_and_a_sharp_drop() -> None:
    assert nps(promoters=6, detractors=2, answers=10) == 40.0
    assert nps(0, 0, 0) is None
    assert sharp_drop([40.0, 50.0, 45.0, 20.0]) == 25.0
    assert sharp_drop([40.0, 50.0, 45.0, 35.0]) is None  # 10 points is no sharp drop
    assert sharp_drop([None, 40.0, 45.0]) is None  # too little history
    assert sharp_drop([40.0, 50.0, 45.0, None]) is None  # nothing measured this month


def test_four_l_and_the_baseline() -> None:
    assert four_l(1, 1) == "loop"
    assert four_l(4, 2) == "lottery"
    assert four_l(2, 4) == "pasture"
    assert four_l(3, 3) == "shine"
    assert baseline_score(["bad", "good"]) == 50.0
    assert baseline_score(["good", "good", "average"]) == 250 / 3
    assert baseline_score([]) is None


def test_a_touchpoint_lights_up_where_complaints_gather() -> None:
    assert not lights_up(complaints_in_window=1, open_severe=0)
    assert lights_up(complaints_in_window=2, open_severe=0)
    assert lights_up(complaints_in_window=1, open_severe=1)
