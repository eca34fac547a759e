"""The team key: every file in the shared folder is sealed with it (app/sync/crypt.py).

A team key is 256 random bits with a key id (random, 128 bits as hex) and a generation
(1, then one more at each rotation). A laptop keeps every key of its team so far, its
**keyring**, in its own database (`sync_setting` `team_keys`, like the signing key; a
snapshot's copy leaves it out). The folder holds the keyring wrapped with the **team
passphrase**, so a laptop that knows the passphrase can join:

    <folder>/raketti/<team>/keys/<generation>-<key id>.json

readable JSON: `format`, `team`, `key_id` and `generation` (of the newest key inside),
`kdf` (name, cost parameters, salt), `nonce` and `ciphertext`: AES-256-GCM over the
keyring, with the key derived from the passphrase by Argon2id and the associated data
naming the team, key id and generation, so a file cannot pass for another team's or
another generation's. It wraps the whole keyring, old keys included, so a member who
joins after a rotation reads the files written before it too.

The cost of the KDF is `KDF` below (about half a second and 128 MB on a laptop); the
tests lower it, and every file says the cost it was made with. A hostile file cannot make
the reader spend more than `KDF_LIMITS` allow.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import re
import secrets
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.files import ExportError, atomic_write
from app.sync.capture import put_setting, setting
from app.sync.safefiles import FileProblem, read_small, real_dir
from models.rules import QT_TRANSLATE_NOOP

KEYS = "keys"  # <folder>/raketti/<team>/keys/
FORMAT = 1
# Argon2id's cost for new key files (memory in KiB). Module-level on purpose: the test
# fixtures lower it so that a test unlocks in milliseconds; the file records the cost used.
KDF: dict[str, int] = {"iterations": 3, "lanes": 4, "memory_kib": 128 * 1024}
KDF_LIMITS = {"iterations": 16, "lanes": 16, "memory_kib": 1024 * 1024}  # a reader's ceiling
_STORED = "team_keys"
_NAME = re.compile(r"^(\d{1,9})-([0-9a-f]{32})\.json$")
PASSPHRASE_MIN = 12  # characters; or four words (views say so, `strong_enough`)


NO_KEY = QT_TRANSLATE_NOOP(
    "sync",
    "This team's files are encrypted. Enter the team passphrase in Settings → Team sync "
    "(or main.py sync --passphrase-file FILE) to join.",
)
NEW_KEY = QT_TRANSLATE_NOOP(
    "sync",
    "Team sync encrypts the team's files: choose a team passphrase in Settings → Team sync "
    "(or main.py sync --new-passphrase-file FILE) before the first sync.",
)
CHANGED = QT_TRANSLATE_NOOP(
    "sync",
    "The team passphrase was changed and the team key replaced: enter the new passphrase in "
    "Settings → Team sync (or main.py sync --passphrase-file FILE). This laptop's changes "
    "wait until then.",
)
WRONG = QT_TRANSLATE_NOOP("sync", "That is not the team passphrase: it opens no key file.")
_WRAPPED = "team_key_file"  # the key file last written or opened here, to put it back


class WrongPassphrase(Exception):
    """The passphrase does not open the team's key file."""


@dataclass(frozen=True)
class TeamKey:
    key_id: str  # 32 hex digits
    generation: int
    secret: bytes  # 32 bytes


@dataclass(frozen=True)
class Keyring:
    """Every key of the team this laptop knows; the newest generation seals new files."""

    keys: tuple[TeamKey, ...]

    @property
    def current(self) -> TeamKey:
        return max(self.keys, key=lambda k: (k.generation, k.key_id))

    def get(self, key_id: object) -> TeamKey | None:
        return next((k for k in self.keys if k.key_id == key_id), None)

    def merged(self, other: Keyring) -> Keyring:
        known = {k.key_id: k for k in self.keys}
        known.update({k.key_id: k for k in other.keys})
        return Keyring(tuple(sorted(known.values(), key=lambda k: (k.generation, k.key_id))))

    def rotated(self) -> Keyring:
        """The keyring with a new key of the next generation (a member left)."""
        return self.merged(Keyring((_new_key(self.current.generation + 1),)))

    @staticmethod
    def new() -> Keyring:
        return Keyring((_new_key(1),))

    def dumps(self) -> str:
        return json.dumps(
            [{"id": k.key_id, "gen": k.generation, "key": _b64(k.secret)} for k in self.keys]
        )

    @staticmethod
    def loads(text: str | bytes) -> Keyring:
        found = json.loads(text)
        keys = tuple(
            TeamKey(str(k["id"]), int(k["gen"]), base64.b64decode(k["key"], validate=True))
            for k in found
        )
        if not keys or any(len(k.secret) != 32 or not _ID.match(k.key_id) for k in keys):
            raise ValueError("not a keyring")
        return Keyring(keys)


_ID = re.compile(r"^[0-9a-f]{32}$")


def _new_key(generation: int) -> TeamKey:
    return TeamKey(secrets.token_hex(16), generation, AESGCM.generate_key(bit_length=256))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def strong_enough(passphrase: str) -> bool:
    """At least PASSPHRASE_MIN characters or four words: the hint the views give."""
    return len(passphrase.strip()) >= PASSPHRASE_MIN or len(passphrase.split()) >= 4


# --- the keyring in this laptop's database ------------------------------------------------


def stored(db: sqlite3.Connection) -> Keyring | None:
    text = setting(db, _STORED)
    return Keyring.loads(text) if text else None


def save(db: sqlite3.Connection, keyring: Keyring) -> None:
    """Keep `keyring` (merged with the keys this laptop has: none is ever lost)."""
    had = stored(db)
    put_setting(db, _STORED, (had.merged(keyring) if had else keyring).dumps())


def forget(db: sqlite3.Connection) -> None:
    """Remove the team keys (from a snapshot's copy of the database)."""
    db.execute("DELETE FROM sync_setting WHERE key IN (?, ?)", (_STORED, _WRAPPED))


def save_wrapped(db: sqlite3.Connection, fields: dict[str, Any]) -> None:
    """Keep the key file's fields (wrapped: nothing secret without the passphrase), so
    that this laptop can put it back in a folder that lost it."""
    put_setting(db, _WRAPPED, json.dumps(fields))


def wrapped(db: sqlite3.Connection) -> dict[str, Any] | None:
    text = setting(db, _WRAPPED)
    return dict(json.loads(text)) if text else None


# --- the wrapped keyring in the folder -----------------------------------------------------


def _passphrase_key(passphrase: str, kdf: dict[str, Any]) -> bytes:
    salt = base64.b64decode(kdf["salt"], validate=True)
    return Argon2id(
        salt=salt,
        length=32,
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
        memory_cost=int(kdf["memory_kib"]),
    ).derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def _aad(team: str, key_id: str, generation: int) -> bytes:
    return f"raketti team keys {FORMAT}\n{team}\n{key_id}\n{generation}".encode()


def wrap(keyring: Keyring, team: str, passphrase: str) -> dict[str, Any]:
    """The key file's fields: `keyring` sealed with a key derived from `passphrase`."""
    current = keyring.current
    kdf: dict[str, Any] = dict(KDF, name="argon2id", salt=_b64(os.urandom(16)))
    nonce = os.urandom(12)
    sealed = AESGCM(_passphrase_key(passphrase, kdf)).encrypt(
        nonce, keyring.dumps().encode(), _aad(team, current.key_id, current.generation)
    )
    return {
        "format": FORMAT,
        "team": team,
        "key_id": current.key_id,
        "generation": current.generation,
        "kdf": kdf,
        "nonce": _b64(nonce),
        "ciphertext": _b64(sealed),
    }


def unwrap(fields: dict[str, Any], team: str, passphrase: str) -> Keyring:
    """The keyring in a key file's fields (checked by `read_key_file`); WrongPassphrase
    when `passphrase` does not open it (or the file was altered)."""
    try:
        secret = _passphrase_key(passphrase, fields["kdf"])
        plain = AESGCM(secret).decrypt(
            base64.b64decode(fields["nonce"], validate=True),
            base64.b64decode(fields["ciphertext"], validate=True),
            _aad(team, fields["key_id"], fields["generation"]),
        )
        keyring = Keyring.loads(plain)
    except (InvalidTag, ValueError, KeyError, TypeError, binascii.Error) as error:
        raise WrongPassphrase() from error
    if keyring.current.key_id != fields["key_id"]:
        raise WrongPassphrase()
    return keyring


def key_files(root: Path, team: str) -> list[tuple[int, str, Path]]:
    """(generation, key id, path) of the team's key files, newest generation first."""
    try:
        where = real_dir(root, ("raketti", team, KEYS))
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for path in where.iterdir():
        match = _NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), match.group(2), path))
    return sorted(found, reverse=True)


def read_key_file(path: Path, team: str, generation: int, key_id: str) -> dict[str, Any]:
    """A key file's fields, checked (its name, team, a KDF within KDF_LIMITS): FileProblem."""
    try:
        fields = json.loads(read_small(path))
        kdf = fields["kdf"]
        ok = fields["format"] == FORMAT and fields["team"] == team
        ok = ok and fields["generation"] == generation and fields["key_id"] == key_id
        ok = ok and kdf["name"] == "argon2id" and isinstance(kdf["salt"], str)
        ok = ok and all(
            isinstance(kdf[n], int) and 1 <= kdf[n] <= top for n, top in KDF_LIMITS.items()
        )
        ok = ok and kdf["memory_kib"] >= 8 * kdf["lanes"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        ok = False
    if not ok:
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "sync", "Skipped {path}: the team's key file cannot be read (damaged or forged)."
            ),
            path=str(path),
        )
    return dict(fields)


def write_key_file(root: Path, team: str, fields: dict[str, Any]) -> Path:
    """Put a key file in the team's folder; older generations' files are removed (they
    wrap fewer keys, with an older passphrase). ExportError when it cannot be written."""
    try:
        where = real_dir(root, ("raketti", team, KEYS), create=True)
    except FileProblem as problem:
        raise ExportError(problem.message, **problem.args_) from problem
    except OSError as error:
        raise ExportError(
            QT_TRANSLATE_NOOP("sync", "Could not write {path}: {error}"),
            path=str(root),
            error=error.strerror or str(error),
        ) from error
    path = where / f"{fields['generation']}-{fields['key_id']}.json"
    with atomic_write(path) as temporary:
        temporary.write_text(json.dumps(fields, indent=1), encoding="utf-8")
    for generation, _key_id, older in key_files(root, team):
        if generation < int(fields["generation"]):
            older.unlink(missing_ok=True)
    return path


def readable_key_files(root: Path, team: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(generation, fields) of each key file that can be read, newest first."""
    for generation, key_id, path in key_files(root, team):
        try:
            yield generation, read_key_file(path, team, generation, key_id)
        except (FileProblem, OSError):
            continue


def open_with(root: Path, team: str, passphrase: str) -> Keyring | None:
    """Every key of the key files `passphrase` opens, merged (None: the folder holds no
    key file); WrongPassphrase when it opens none. Two members who rotated at the same
    time each left a file of the same generation: one passphrase opening both gives both."""
    found: Keyring | None = None
    for _generation, fields in readable_key_files(root, team):
        try:
            opened = unwrap(fields, team, passphrase)
        except WrongPassphrase:
            continue
        found = opened if found is None else found.merged(opened)
    if found is None and key_files(root, team):
        raise WrongPassphrase()
    return found


def behind(keyring: Keyring, root: Path, team: str) -> bool:
    """Whether the folder names a key this keyring lacks, of its newest generation or a
    newer one (a rotation this laptop has not joined); FileProblem for a linked folder."""
    current = keyring.current.generation
    return any(
        generation >= current and keyring.get(key_id) is None
        for generation, key_id, _path in key_files(root, team)
    )


def newest_generation(root: Path, team: str) -> int:
    """The newest generation named by a key file in the folder (0: none)."""
    found = key_files(root, team)
    return found[0][0] if found else 0


def check(
    keyring: Keyring | None, wrapped_fields: dict[str, Any] | None, root: Path, team: str
) -> tuple[str | None, bool]:
    """Before a sync: (the sentence why it cannot run, or None; whether the folder holds a
    newer generation than this laptop's keyring: a rotation it has not joined, so it must
    not write with its old key). Puts this laptop's key file back where the folder lost it."""
    try:
        found = key_files(root, team)
    except FileProblem:
        found = []
    if keyring is None:
        return (NO_KEY if found else NEW_KEY), False
    current = keyring.current
    if any(g >= current.generation and keyring.get(k) is None for g, k, _p in found):
        return None, True  # as `behind`
    if not any(key_id == current.key_id for _g, key_id, _p in found) and (
        wrapped_fields is not None and wrapped_fields.get("key_id") == current.key_id
    ):
        with contextlib.suppress(ExportError, OSError):
            write_key_file(root, team, wrapped_fields)
    return None, False
