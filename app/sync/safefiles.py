"""Reading the shared folder defensively: every member, every sync tool and any malware on
a member's laptop can write there, so a file is treated as hostile until it is checked.

- Only regular files are read: a symlink, a FIFO, a device or a folder under a file's name
  is refused from `os.lstat` before it is opened, and the file is opened with
  `O_NOFOLLOW | O_NONBLOCK` and checked again with `fstat` (the same file, still regular),
  so a FIFO or a device is never read from and nothing can make a sync wait for a writer.
- Only inside the team's folder: every folder between the shared folder the user chose and
  the file (`raketti`, the team, `ops`, the device's folder) must be a real folder, not a
  link (on Windows not a junction either), for reading and for writing.
- Sizes are checked before reading (the file's size) and while reading (the bytes read, the
  bytes decompressed, the length of each line), with gzip decompressed in bounded chunks,
  never whole; a file that takes longer than its time budget is skipped.

Every limit is a named constant below; each refusal is a `FileProblem` with one sentence
saying why (an English template, translated in the views in the "sync" context).
"""

from __future__ import annotations

import os
import stat
import time
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from models.rules import QT_TRANSLATE_NOOP

# An operation file as written holds at most 20 000 operations (send.OPS_PER_FILE) or
# BYTES_PER_FILE of text; the limits leave room above that and stop everything far beyond.
MAX_FILE_BYTES = 64 * 1024 * 1024  # an .ops file as it lies in the folder (gzip)
MAX_TEXT_BYTES = 128 * 1024 * 1024  # an .ops file decompressed
BYTES_PER_FILE = 32 * 1024 * 1024  # what a laptop writes into one file at most (decompressed)
MAX_LINE_BYTES = 1024 * 1024  # one line: the header or one operation
MAX_OPS = 50_000  # operations in one file
MAX_SMALL_BYTES = 64 * 1024  # a laptop's announcement, a snapshot's signature
MAX_SNAPSHOT_BYTES = 8 * 1024 * 1024 * 1024  # a snapshot (a whole team's database)
FILE_SECONDS = 120.0  # the time one file may take to read (a slow network drive)
CHUNK = 1024 * 1024  # bytes read, and decompressed, at a time

_OPEN = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_OPEN |= getattr(os, "O_BINARY", 0)


class FileProblem(Exception):
    """A file that cannot be applied; `message` is an English template for the views."""

    def __init__(self, message: str, **args: object) -> None:
        super().__init__(message.format(**args))
        self.message = message
        self.args_ = args


def _link(found: os.stat_result) -> bool:
    # A Windows junction is not S_ISLNK but a reparse point: refused the same way.
    return stat.S_ISLNK(found.st_mode) or bool(getattr(found, "st_reparse_tag", 0))


def real_dir(root: Path, parts: tuple[str, ...], create: bool = False) -> Path:
    """`root` joined with `parts`, each part a real folder (not a link); with `create`,
    missing folders are made. FileNotFoundError when one is missing; FileProblem when one
    is a link or not a folder."""
    path = Path(root)
    for part in parts:
        path = path / part
        try:
            found = os.lstat(path)
        except FileNotFoundError:
            if not create:
                raise
            os.mkdir(path)
            found = os.lstat(path)
        if _link(found) or not stat.S_ISDIR(found.st_mode):
            raise FileProblem(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "Skipped {path}: it is a link or not a folder; Raketti reads and writes "
                    "only inside the shared folder.",
                ),
                path=str(path),
            )
    return path


def is_real_dir(path: Path) -> bool:
    try:
        found = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(found.st_mode) and not _link(found)


def open_regular(path: Path, limit: int) -> BinaryIO:
    """Open a regular file of at most `limit` bytes for reading, never following a link and
    never opening a FIFO or a device (FileProblem otherwise; OSError when it vanished)."""
    found = os.lstat(path)
    if _link(found) or not stat.S_ISREG(found.st_mode):
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "sync",
                "Skipped {path}: it is not a regular file (a link, a pipe or a device); "
                "such files are never read.",
            ),
            path=str(path),
        )
    _check_size(path, found.st_size, limit)
    fd = os.open(path, _OPEN)
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (
            found.st_dev,
            found.st_ino,
        ):  # replaced between the look and the opening
            raise FileProblem(
                QT_TRANSLATE_NOOP(
                    "sync", "Skipped {path}: it was replaced while it was being read."
                ),
                path=str(path),
            )
        _check_size(path, opened.st_size, limit)
        return os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise


def _check_size(path: Path, size: int, limit: int) -> None:
    if size > limit:
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "sync",
                "Skipped {path}: it is larger than {limit} MB; no Raketti writes such files.",
            ),
            path=str(path),
            limit=max(1, limit // (1024 * 1024)),
        )


class Budget:
    """The time one file may take; `check` refuses the file once it is spent."""

    def __init__(self, path: Path, seconds: float | None = None) -> None:
        self.path = path
        self.seconds = FILE_SECONDS if seconds is None else seconds
        self.deadline = time.monotonic() + self.seconds

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise FileProblem(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "Skipped {path}: reading it took longer than {seconds} seconds; it is "
                    "tried again at the next sync.",
                ),
                path=str(self.path),
                seconds=int(self.seconds),
            )


def read_small(path: Path, limit: int = MAX_SMALL_BYTES) -> bytes:
    """A small regular file, whole (announcements, signatures)."""
    budget = Budget(path)
    with open_regular(path, limit) as handle:
        data = b""
        while len(data) <= limit:
            budget.check()
            chunk = handle.read(CHUNK)
            if not chunk:
                return data
            data += chunk
    _check_size(path, len(data), limit)
    return data


def chunks(handle: BinaryIO, path: Path, limit: int, budget: Budget) -> Iterator[bytes]:
    """The bytes of an opened file in chunks, refused past `limit` bytes (it grew)."""
    total = 0
    while True:
        budget.check()
        chunk = handle.read(CHUNK)
        if not chunk:
            return
        total += len(chunk)
        _check_size(path, total, limit)
        yield chunk


def damaged(path: Path, error: object) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("sync", "Skipped {path}: it is truncated or damaged ({error})."),
        path=str(path),
        error=error,
    )


def gunzip_lines(path: Path) -> Iterator[bytes]:
    """The lines of a gzip file (each with its newline, the last one perhaps without),
    decompressed in bounded chunks: never more than CHUNK bytes at a time, refused past
    MAX_TEXT_BYTES decompressed or a line longer than MAX_LINE_BYTES, whatever the file
    claims."""
    budget = Budget(path)
    with open_regular(path, MAX_FILE_BYTES) as handle:
        pieces = chunks(handle, path, MAX_FILE_BYTES, budget)
        yield from inflate_lines(pieces, path, 16 + zlib.MAX_WBITS, budget)  # gzip framing


def inflate_lines(
    pieces: Iterable[bytes], path: Path, wbits: int, budget: Budget
) -> Iterator[bytes]:
    """The lines of compressed data given in pieces (gzip or zlib framing, `wbits`), with
    the limits of `gunzip_lines`: also what a sealed file holds once decrypted."""
    inflate = zlib.decompressobj(wbits)
    total = 0
    pending = b""
    for data in pieces:
        while data and not inflate.eof:
            try:
                out = inflate.decompress(data, CHUNK)
            except zlib.error as error:
                raise damaged(path, error) from error
            data = inflate.unconsumed_tail
            total += len(out)
            if total > MAX_TEXT_BYTES:
                raise FileProblem(
                    QT_TRANSLATE_NOOP(
                        "sync",
                        "Skipped {path}: decompressed it would be larger than {limit} MB "
                        "(a damaged or hostile file).",
                    ),
                    path=str(path),
                    limit=MAX_TEXT_BYTES // (1024 * 1024),
                )
            pending += out
            *lines, pending = pending.split(b"\n")
            for line in lines:
                yield line + b"\n"
            if len(pending) > MAX_LINE_BYTES:
                raise FileProblem(
                    QT_TRANSLATE_NOOP(
                        "sync",
                        "Skipped {path}: a line in it is longer than {limit} MB; no "
                        "Raketti writes such lines.",
                    ),
                    path=str(path),
                    limit=MAX_LINE_BYTES // (1024 * 1024),
                )
            budget.check()
        if inflate.eof and (data + inflate.unused_data).strip(b"\0"):
            raise damaged(path, "data after the end")
    if not inflate.eof:
        raise damaged(path, "it ends too early")
    if pending:
        yield pending
