"""The hybrid logical clock: wall time in milliseconds, a counter, and the device.

Every write that records operations ticks the clock once; its operations share that
(wall, counter) and are told apart by a sequence number. The clock never goes back on one
laptop (it is persisted in `sync_setting`), and receiving operations moves it past the
newest one seen, so an edit made after seeing another is ordered after it even when this
laptop's wall clock is behind. An operation stamped more than a day ahead of this laptop's
wall clock is held back (`FUTURE_LIMIT_MS`) and moves nothing: one laptop with a wrong
clock must not drag everybody's clock into the future.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

FUTURE_LIMIT_MS = 24 * 3600 * 1000
# Added to the wall clock: the tests' way to give one simulated laptop a wrong clock.
skew_ms = 0


def wall_ms() -> int:
    return int(time.time() * 1000) + skew_ms


@dataclass(frozen=True, order=True)
class Stamp:
    wall: int
    counter: int

    def text(self) -> str:
        return f"{self.wall:013d}.{self.counter:05d}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter = text.split(".")[:2]
        return cls(int(wall), int(counter))

    def tick(self, now: int) -> Stamp:
        """The next stamp of this laptop after `self`, at wall time `now`."""
        if now > self.wall:
            return Stamp(now, 0)
        return Stamp(self.wall, self.counter + 1)

    def receive(self, other: Stamp) -> Stamp:
        """The clock after seeing `other` (the caller has checked it is not far ahead)."""
        return max(self, other)


def op_id(stamp: Stamp, seq: int, device: str) -> str:
    """Sorting op ids sorts operations by clock, then the order within one write."""
    return f"{stamp.text()}.{seq:07d}@{short_device(device)}"


def short_device(device: str) -> str:
    return device.replace("-", "")[:12]


def stamp_of(op: str) -> Stamp:
    return Stamp.parse(op)


def too_far_ahead(stamp: Stamp, now: int) -> bool:
    return stamp.wall > now + FUTURE_LIMIT_MS
