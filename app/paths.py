"""Every path Raketti uses, from platformdirs; RAKETTI_HOME points all of them elsewhere."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Raketti"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    logs: Path

    @property
    def default_database(self) -> Path:
        return self.data / "raketti.sqlite"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config / "raketti.ini"

    @property
    def log_file(self) -> Path:
        return self.logs / "raketti.log"

    def ensure(self) -> None:
        for folder in (self.data, self.config, self.logs):
            folder.mkdir(parents=True, exist_ok=True)


def default_paths() -> Paths:
    """The user's folders, or one scratch folder when RAKETTI_HOME is set (tests, demos)."""
    home = os.environ.get("RAKETTI_HOME")
    if home:
        root = Path(home).expanduser()
        return Paths(root / "data", root / "config", root / "logs")
    return Paths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def database_target(cli_value: str | None, paths: Paths) -> str:
    """--db wins, then RAKETTI_DB (a SQLite file path), then the default file."""
    return cli_value or os.environ.get("RAKETTI_DB") or str(paths.default_database)
