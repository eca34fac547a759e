"""The team passphrase and the team key (app/sync/keys.py), for the views and the command
line: switching sync on with a passphrase, joining, changing it, rotating the key.

- The first laptop of a team (its folder holds no key file) makes the team key and puts
  it in the folder wrapped with the passphrase it chose.
- Every other laptop joins with the passphrase: the newest key file it opens gives it the
  whole keyring, kept in its database.
- `set_passphrase` wraps the keyring with a new passphrase (the older key files are
  removed; a laptop that holds the keyring keeps working without the new passphrase,
  a new one needs it). `rotate_key` also adds a new key: a member who left keeps the old
  key but cannot read what is written after; the other laptops stop writing until they
  enter the new passphrase.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.store import Store
from app.sync import keys as team_keys
from app.sync.baseline import Progress
from app.sync.capture import raw, setting
from app.sync.engine import SyncError
from app.sync.keys import Keyring, WrongPassphrase
from app.sync.safefiles import FileProblem
from app.sync.settings import SyncSettings, _team_uuid
from app.sync.settings import set_folder as _set_folder
from models.rules import QT_TRANSLATE_NOOP

Need = Literal["new", "join", "changed"]
WEAK = QT_TRANSLATE_NOOP(
    "sync", "Choose a longer team passphrase: at least 12 characters, or four words."
)
NO_FOLDER = QT_TRANSLATE_NOOP("sync", "Choose the team's shared folder first.")


def _invalid(template: str) -> SyncError:
    """A passphrase refused: one sentence (translated in the views, context "sync")."""
    return SyncError(template)


def _place(store: Store) -> tuple[Path, str, Keyring | None]:
    with store.read() as session:
        db = raw(session)
        folder, team = setting(db, "folder"), setting(db, "team")
        keyring = team_keys.stored(db)
    if folder is None or team is None:
        raise _invalid(NO_FOLDER)
    return Path(folder), team, keyring


def needs_passphrase(session: Session) -> Need | None:
    """What the views must ask for before this laptop can sync: "new" (no team key yet:
    choose a passphrase), "join" (the folder holds the team's key: enter the passphrase),
    "changed" (the key was rotated: enter the new passphrase), None (nothing)."""
    db = raw(session)
    folder, team = setting(db, "folder"), setting(db, "team")
    if folder is None or team is None or setting(db, "device") is None:
        return None
    return _need(team_keys.stored(db), Path(folder), team)


def _need(keyring: Keyring | None, folder: Path, team: str) -> Need | None:
    """What a laptop holding `keyring` must ask for before syncing `team` in `folder`."""
    try:
        newest = team_keys.newest_generation(folder, team)
        changed = keyring is not None and team_keys.behind(keyring, folder, team)
    except (FileProblem, OSError):
        newest, changed = 0, False
    if keyring is None:
        return "join" if newest else "new"
    return "changed" if changed else None


def _open(root: Path, team: str, passphrase: str) -> Keyring | None:
    try:
        return team_keys.open_with(root, team, passphrase)
    except WrongPassphrase as error:
        raise _invalid(team_keys.WRONG) from error


def _keep(store: Store, keyring: Keyring, fields: dict[str, object] | None) -> None:
    with store.write(Changes.of(Kind.SYNC)) as session:
        db = raw(session)
        team_keys.save(db, keyring)
        if fields is not None:
            team_keys.save_wrapped(db, dict(fields))


def _publish(store: Store, root: Path, team: str, keyring: Keyring, passphrase: str) -> None:
    """Wrap `keyring` with `passphrase`, put it in the folder, keep both here."""
    if not team_keys.strong_enough(passphrase):
        raise _invalid(WEAK)
    fields = team_keys.wrap(keyring, team, passphrase)
    team_keys.write_key_file(root, team, fields)
    _keep(store, keyring, fields)


def unlock(store: Store, passphrase: str) -> None:
    """Give this laptop the team key with the passphrase: join (the folder's newest key
    file it opens; SyncError when it opens none), or, where the folder holds no key
    file, make the team key (the first laptop) or put this laptop's keyring there."""
    root, team, had = _place(store)
    found = _open(root, team, passphrase)
    if found is not None:
        _keep(store, had.merged(found) if had else found, _newest_fields(root, team, found))
        return
    _publish(store, root, team, had or Keyring.new(), passphrase)


def _newest_fields(root: Path, team: str, keyring: Keyring) -> dict[str, object] | None:
    for _generation, fields in team_keys.readable_key_files(root, team):
        if fields["key_id"] == keyring.current.key_id:
            return fields
    return None


def set_folder(
    store: Store,
    folder: Path | str,
    team: str | None = None,
    device_name: str | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> SyncSettings:
    """`settings.set_folder` (its baseline reported to `progress`), with the team
    passphrase: checked against the folder's key file before anything changes (SyncError
    when wrong), then the team key taken or made (`unlock`). Without it, sync is switched
    on and waits for the passphrase."""
    if passphrase is not None:
        with store.read() as session:
            chosen = _team_uuid(session, team or setting(raw(session), "team"))
        _open(Path(folder).expanduser(), chosen, passphrase)  # wrong: nothing changed
        if team_keys.key_files(Path(folder).expanduser(), chosen) == [] and not (
            team_keys.strong_enough(passphrase)
        ):
            raise _invalid(WEAK)
    now = _set_folder(store, folder, team=team, device_name=device_name, progress=progress)
    if passphrase is not None:
        unlock(store, passphrase)
    return now


def set_passphrase(store: Store, new: str, old: str | None = None) -> None:
    """Wrap the team's keys with a new passphrase (first time, or a change). `old`, when
    given, must open the folder's key file (SyncError otherwise); a laptop that
    holds the keys may change it without. The older key files are removed."""
    root, team, keyring = _place(store)
    if old is not None:
        found = _open(root, team, old)
        if found is not None:
            keyring = keyring.merged(found) if keyring else found
    if keyring is None:
        raise _invalid(team_keys.NO_KEY)
    _publish(store, root, team, keyring, new)


def rotate_key(store: Store, passphrase: str) -> None:
    """A member left: a new key of the next generation seals every file from now on (the
    keyring keeps the old ones, so old files stay readable), wrapped with `passphrase`,
    which should be a new one. The other laptops stop writing until they enter it."""
    root, team, keyring = _place(store)
    if keyring is None:
        raise _invalid(team_keys.NO_KEY)
    _publish(store, root, team, keyring.rotated(), passphrase)


def folder_needs(store: Store, folder: Path, team: str | None) -> Need | None:
    """What to ask before syncing with `folder` (as `needs_passphrase`, for a folder not
    chosen yet): "new", "join", "changed" or None."""
    chosen = team_of(store, team)
    if chosen is None:
        return None  # set_folder says which team to choose
    with store.read() as session:
        keyring = team_keys.stored(raw(session))
    return _need(keyring, Path(folder), chosen)


def opens(folder: Path, team: str, passphrase: str) -> bool:
    """Whether `passphrase` opens a key file of the team in `folder` (the dialogs check it
    before they close: a wrong one keeps them open)."""
    try:
        return team_keys.open_with(Path(folder), team, passphrase) is not None
    except WrongPassphrase:
        return False


def team_of(store: Store, team: str | None) -> str | None:
    """The team UUID `set_folder` would use (None: the database must be told)."""
    with store.read() as session:
        try:
            return _team_uuid(session, team or setting(raw(session), "team"))
        except InvalidRecord:
            return None
