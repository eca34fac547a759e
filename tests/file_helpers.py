"""Helpers for the tests of database files: digests, old schemas, read-only files as root."""

from __future__ import annotations

import ctypes
import hashlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from models.database import alembic_config


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def look(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read a file without changing it (immutable: no journal, -wal or -shm is touched)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def user_tables(path: Path) -> set[str]:
    return {
        str(r[0])
        for r in look(path, "SELECT name FROM sqlite_master WHERE type = 'table'")
        if not str(r[0]).startswith("sqlite_")
    }


def file_at(path: Path, revision: str) -> Path:
    """A database migrated only up to `revision`, as an older Raketti left it."""
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()
    return path


def add_team(path: Path, name: str) -> None:
    """A committed row, written the way any schema since 0001 accepts it."""
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO team_company (name, uuid, created_at, updated_at) "
        "VALUES (?, lower(hex(randomblob(16))), datetime('now'), datetime('now'))",
        (name,),
    )
    conn.commit()
    conn.close()


def teams_in(path: Path) -> list[str]:
    return [str(r[0]) for r in look(path, "SELECT name FROM team_company ORDER BY id")]


# Linux capabilities that let root write files whatever their mode bits say.
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


@contextmanager
def without_root_powers() -> Iterator[None]:
    """Make file modes bind this thread as they bind an ordinary user.

    Tests often run as root (containers, CI), for whom a read-only file is writable. The
    two capabilities that override file modes are taken out of this thread's effective set
    for the block and put back after it (they stay permitted, so this can be undone)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        yield
        return
    libc = ctypes.CDLL(None, use_errno=True)
    header = _CapHeader(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this thread
    data = (_CapData * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        pytest.skip("cannot read this thread's capabilities")
    saved = data[0].effective
    data[0].effective &= ~((1 << _CAP_DAC_OVERRIDE) | (1 << _CAP_DAC_READ_SEARCH))
    if libc.capset(ctypes.byref(header), data) != 0:
        pytest.skip("cannot drop capabilities to make a read-only file binding")
    try:
        yield
    finally:
        data[0].effective = saved
        assert libc.capset(ctypes.byref(header), data) == 0
