"""A look ahead over the files one sync is about to read (privacy, issue 23): the
erasures among them, so that a laptop that was offline never logs a person's values from
an earlier file when a later one erases them."""

from __future__ import annotations

from pathlib import Path

from app.sync.keys import Keyring
from app.sync.opfiles import FileProblem, OpsFile, read
from app.sync.signing import Trust
from app.sync.state import Op

PRESCAN_KEPT = 200_000  # operations kept in memory from the look ahead (more: read again)


def prescan(
    waiting: list[tuple[str, int, Path]], team: str, trust: Trust, keys: Keyring | None
) -> tuple[list[Op], dict[Path, OpsFile]]:
    """The erasures in every file about to be read (privacy, issue 23): a laptop that was
    offline must never log a person's values from an earlier file when a later one erases
    them. The files read are kept for applying up to PRESCAN_KEPT operations; one file
    alone needs no look ahead (its own erasures are seen with it)."""
    if len(waiting) < 2:
        return [], {}
    early: list[Op] = []
    kept: dict[Path, OpsFile] = {}
    room = PRESCAN_KEPT
    for other, number, path in waiting:
        try:
            found = read(path, team, other, number, trust, keys=keys)
        except (FileProblem, OSError):
            continue  # reported when it is read to be applied
        early.extend(op for op in found.ops if op.tbl == "privacy_erasure" and op.kind == "I")
        if len(found.ops) <= room:
            kept[path] = found
            room -= len(found.ops)
    return early, kept
