"""Hypothesis settings for the property tests: bounded in `make test`, long on request.

`make test` runs each property a few dozen times so the suite stays fast; a longer search
runs with ``RAKETTI_LONG_TESTS=1 make test``, the one switch of every long test (the older
``HYPOTHESIS_PROFILE=long`` does the same; see docs/reliability.md).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG = bool(os.environ.get("RAKETTI_LONG_TESTS")) or os.environ.get("HYPOTHESIS_PROFILE") == "long"
LONG_FACTOR = 40


def bounded(examples: int, long: int | None = None) -> settings:
    """`examples` runs (`long` under RAKETTI_LONG_TESTS=1, by default 40 times as many), no
    deadline: a database write's time varies with the disk, and time is not what these
    tests check. A slow property gets a small `examples` and keeps its long run's `long`."""
    return settings(
        max_examples=(long or examples * LONG_FACTOR) if LONG else examples,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,  # the scratch folder is reused on purpose
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )
