"""Sealing the files of the shared folder with the team key (app/sync/keys.py).

Everything goes through the `cryptography` library: AES-256-GCM (`AESGCM`) for operation
files and small files, and for snapshots (a whole database, possibly gigabytes) the
streaming `Cipher(AES(key), GCM(nonce))` into a temporary file that is used only after its
tag was checked. A fresh random 96-bit nonce for every file (`os.urandom`); the data is
compressed (zlib) before it is encrypted; the associated data is the file's readable
header, so a header moved onto another file's ciphertext, or edited, fails the tag.

What stays readable is what a laptop needs to route and order files without the key:
the format, the team and device ids, the file number, the clock range of its operations,
the key id and the nonce (and the signature: app/sync/signing.py). Everything else is
inside.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.sync.keys import Keyring, TeamKey
from app.sync.safefiles import FileProblem, damaged
from models.rules import QT_TRANSLATE_NOOP

SMALL_FORMAT = 2  # announcements and snapshot signatures, sealed (1: in clear)
TAG = 16  # GCM's tag, at the end of a sealed snapshot
LEVEL = 6  # zlib level, as gzip used for format 2
# computed from the ciphertext or added by the signer: the signature covers them instead
_NOT_AAD = ("signature", "sha256", "size", "key", "signed_from")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def aad(fields: dict[str, Any]) -> bytes:
    """The associated data: the readable header in one fixed form."""
    rest = {k: v for k, v in fields.items() if k not in _NOT_AAD}
    return json.dumps(rest, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode()


def seal(key: TeamKey, readable: dict[str, Any], plain: bytes) -> tuple[dict[str, Any], bytes]:
    """(the readable header with key id and nonce, the ciphertext) of `plain`, compressed."""
    nonce = os.urandom(12)
    fields = dict(readable, key_id=key.key_id, nonce=b64(nonce))
    sealed = AESGCM(key.secret).encrypt(nonce, zlib.compress(plain, LEVEL), aad(fields))
    return fields, sealed


def key_for(keys: Keyring | None, fields: dict[str, Any], path: Path) -> TeamKey:
    """The key a sealed file names; FileProblem when this laptop does not have it."""
    key = keys.get(fields.get("key_id")) if keys is not None else None
    if key is None:
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "sync",
                "Skipped {path}: it is encrypted with a key this laptop does not have: the "
                "team passphrase was changed; enter the new one in Settings → Team sync.",
            ),
            path=str(path),
        )
    return key


def _nonce(fields: dict[str, Any], path: Path) -> bytes:
    try:
        nonce = base64.b64decode(str(fields.get("nonce")), validate=True)
    except (binascii.Error, ValueError):
        nonce = b""
    if len(nonce) != 12:
        raise damaged(path, "no nonce")
    return nonce


def _refused(path: Path) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "sync",
            "Skipped {path}: it does not open with the team's key (damaged, altered or "
            "put together from other files).",
        ),
        path=str(path),
    )


def unseal(keys: Keyring | None, fields: dict[str, Any], sealed: bytes, path: Path) -> bytes:
    """The compressed plaintext of a sealed file, its tag checked (FileProblem otherwise);
    the caller decompresses it within its limits."""
    key = key_for(keys, fields, path)
    try:
        return AESGCM(key.secret).decrypt(_nonce(fields, path), sealed, aad(fields))
    except InvalidTag as error:
        raise _refused(path) from error


def pieces(data: bytes, size: int = 1024 * 1024) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


# --- small files: announcements, snapshot signatures ---------------------------------------


def seal_small(key: TeamKey, readable: dict[str, Any], inner: dict[str, Any]) -> bytes:
    """A small JSON file sealed: readable routing fields, `inner` encrypted."""
    plain = json.dumps(inner, ensure_ascii=False).encode("utf-8")
    fields, sealed = seal(key, dict(readable, format=SMALL_FORMAT), plain)
    return json.dumps(dict(fields, ciphertext=b64(sealed)), indent=1).encode("utf-8")


def open_small(data: bytes, path: Path, keys: Keyring | None, **expected: object) -> Any:
    """The inner JSON of a sealed small file whose readable fields are `expected`; a small
    file from before sealing (format 1) is returned as it is. FileProblem when it cannot be
    opened; ValueError when it is no JSON."""
    fields = json.loads(data)
    if not isinstance(fields, dict) or fields.get("format") != SMALL_FORMAT:
        return fields
    if any(fields.get(name) != value for name, value in expected.items()):
        raise damaged(path, "another file's header")
    try:
        sealed = base64.b64decode(str(fields.pop("ciphertext", "")), validate=True)
    except (binascii.Error, ValueError) as error:
        raise damaged(path, error) from error
    plain = zlib.decompressobj()
    text = plain.decompress(unseal(keys, fields, sealed, path), 1024 * 1024)
    if not plain.eof:
        raise damaged(path, "too large")
    return json.loads(text)


# --- snapshots: streamed ---------------------------------------------------------------------


def seal_stream(
    key: TeamKey, readable: dict[str, Any], source: BinaryIO, out: BinaryIO, chunk: int
) -> None:
    """Write `source` sealed to `out`: the readable header line, then the compressed and
    encrypted data, then GCM's tag."""
    nonce = os.urandom(12)
    fields = dict(readable, key_id=key.key_id, nonce=b64(nonce))
    encryptor = Cipher(algorithms.AES(key.secret), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(aad(fields))
    out.write(json.dumps(fields).encode("ascii") + b"\n")
    squeeze = zlib.compressobj(LEVEL)
    while data := source.read(chunk):
        out.write(encryptor.update(squeeze.compress(data)))
    out.write(encryptor.update(squeeze.flush()))
    out.write(encryptor.finalize())
    out.write(encryptor.tag)


def open_stream(
    keys: Keyring | None,
    fields: dict[str, Any],
    body: Iterable[bytes],
    out: BinaryIO,
    path: Path,
    limit: int,
) -> None:
    """Decrypt and decompress a sealed snapshot's body (after its header line) into `out`,
    at most `limit` bytes; FileProblem when the tag does not match (the caller then throws
    `out` away: nothing of it is used before this returns)."""
    key = key_for(keys, fields, path)
    decryptor = Cipher(algorithms.AES(key.secret), modes.GCM(_nonce(fields, path))).decryptor()
    decryptor.authenticate_additional_data(aad(fields))
    inflate = zlib.decompressobj()
    held = b""
    total = 0

    def take(data: bytes) -> None:
        nonlocal total
        while data and not inflate.eof:
            try:
                plain = inflate.decompress(data, 1024 * 1024)
            except zlib.error as error:
                raise _refused(path) from error
            total += len(plain)
            if total > limit:
                raise damaged(path, "too large")
            out.write(plain)
            data = inflate.unconsumed_tail

    for data in body:
        held += data
        if len(held) > TAG:
            take(decryptor.update(held[:-TAG]))
            held = held[-TAG:]
    if len(held) != TAG:
        raise damaged(path, "it ends too early")
    try:
        take(decryptor.finalize_with_tag(held))
    except InvalidTag as error:
        raise _refused(path) from error
    if not inflate.eof:
        raise _refused(path)
