"""The process catalogue as a file: parse and validate, write back out.

The catalogue is data a coach edits and hands to teams, so a broken file must be refused
with a message that names the line and the field, and nothing may be written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import InvalidRecord
from app.paths import RESOURCES
from app.rocket.catalogue_check import (
    CHECKLIST_MAX,
    FILE_MAX_BYTES,
    ORDER_MAX,
    Checker,
    check_shape,
    process_items,
    shown,
    too_big,
)
from models.rocket import LEVELS, MAX_DOTS
from models.rules import (
    LINE_MAX,
    NAME_MAX,
    QT_TRANSLATE_NOOP,
    TEXT_MAX,
    ValidationError,
)

FORMAT = "raketti-rocket-catalogue"
VERSION = 1
DEFAULT_FILE = RESOURCES / "rocket" / "catalogue.json"
CODE_MAX = 16
CODE = re.compile(r"[A-Za-z0-9_-]{1,16}")  # used with fullmatch: "B3\n" is no code


@dataclass
class CatalogueProcess:
    """One process as the catalogue file describes it."""

    code: str
    level: int
    order: int
    name_fi: str
    name_en: str = ""
    description_fi: str = ""
    description_en: str = ""
    dots_fi: list[str] = field(default_factory=lambda: ["", "", ""])  # criteria for 1, 2, 3
    dots_en: list[str] = field(default_factory=lambda: ["", "", ""])
    checklist: list[tuple[str, str]] = field(default_factory=list)  # (fi, en)
    retired: bool = False


def _pair(value: Any) -> tuple[str, str] | None:
    """A bilingual value is {"fi": …, "en": …}; a plain string is taken as Finnish."""
    if isinstance(value, str):
        return value.strip(), ""
    if isinstance(value, dict) and isinstance(value.get("fi", ""), str):
        en = value.get("en", "")
        return str(value.get("fi", "")).strip(), en.strip() if isinstance(en, str) else ""
    return None


def _json(text: str) -> Any:
    check_shape(text)
    try:
        return json.loads(text)
    except (RecursionError, ValueError) as exc:
        if not isinstance(exc, json.JSONDecodeError):  # a number of thousands of digits
            raise InvalidRecord(
                [
                    ValidationError(
                        "file",
                        QT_TRANSLATE_NOOP("rocket", "The file holds a number no catalogue has."),
                    )
                ]
            ) from None
        raise InvalidRecord(
            [
                ValidationError(
                    "file",
                    QT_TRANSLATE_NOOP(
                        "rocket",
                        "Line {line}, column {column}: the file is not valid JSON ({error}).",
                    ),
                    line=exc.lineno,
                    column=exc.colno,
                    error=exc.msg,
                )
            ]
        ) from None


def _code(check: Checker, i: int, item: dict[str, Any], seen: dict[str, int]) -> str | None:
    """The process's code, checked for its form and for a twin earlier in the file."""
    where = f"processes[{i}]"
    code = item.get("code")
    if not isinstance(code, str) or not CODE.fullmatch(code.strip()):
        check.error(
            i,
            "code",
            f"{where}.code",
            QT_TRANSLATE_NOOP(
                "rocket",
                "Line {line} ({key}): the code must be 1–16 letters or digits (found {value}).",
            ),
            value=shown(code),
        )
        return None
    code = code.strip()
    key = code.upper()
    if key in seen and check.codes[seen[key]] != code:
        check.error(
            i,
            "code",
            f"{where}.code",
            QT_TRANSLATE_NOOP(
                "rocket",
                "Line {line} ({key}): the code {code} differs from {other} (line {first}) "
                "only in case; codes must differ in letters or digits.",
            ),
            code=code,
            other=check.codes[seen[key]],
            first=check.line_of(seen[key], "code"),
        )
    elif key in seen:
        check.error(
            i,
            "code",
            f"{where}.code",
            QT_TRANSLATE_NOOP(
                "rocket",
                "Line {line} ({key}): the code {code} appears twice (first on line {first}).",
            ),
            code=code,
            first=check.line_of(seen[key], "code"),
        )
    else:
        seen[key] = i
        check.codes[i] = code
    return code


def _level_and_order(check: Checker, i: int, item: dict[str, Any]) -> tuple[Any, int]:
    where = f"processes[{i}]"
    level = item.get("level")
    if not isinstance(level, int) or isinstance(level, bool) or level not in LEVELS:
        check.error(
            i,
            "level",
            f"{where}.level",
            QT_TRANSLATE_NOOP(
                "rocket", "Line {line} ({key}): the level must be 1, 2, 3 or 4 (found {value})."
            ),
            value=shown(level),
        )
    order = item.get("order", i + 1)
    if not isinstance(order, int) or isinstance(order, bool) or not 0 <= order <= ORDER_MAX:
        check.error(
            i,
            "order",
            f"{where}.order",
            QT_TRANSLATE_NOOP(
                "rocket", "Line {line} ({key}): the order must be a number from 0 to {max}."
            ),
            max=ORDER_MAX,
        )
        order = i + 1
    return level, order


def _dots(check: Checker, i: int, item: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The criteria for one, two and three dots, in Finnish and in English."""
    where = f"processes[{i}]"
    dots_fi, dots_en = ["", "", ""], ["", "", ""]
    dots = item.get("dots", {})
    if not isinstance(dots, dict):
        check.error(
            i,
            "dots",
            f"{where}.dots",
            QT_TRANSLATE_NOOP(
                "rocket", 'Line {line} ({key}): dots must be an object with keys "1", "2", "3".'
            ),
        )
        dots = {}
    for key, value in dots.items():
        if key not in {str(n) for n in range(1, MAX_DOTS + 1)}:
            check.error(
                i,
                "dots",
                f"{where}.dots",
                QT_TRANSLATE_NOOP(
                    "rocket",
                    "Line {line} ({key}): dots are described for 1, 2 and 3 only (found {value}).",
                ),
                value=shown(key),
            )
            continue
        pair = _pair(value) or ("", "")
        dots_fi[int(key) - 1], dots_en[int(key) - 1] = pair
    return dots_fi, dots_en


def _checklist(check: Checker, i: int, item: dict[str, Any]) -> list[tuple[str, str]]:
    where = f"processes[{i}]"
    checklist: list[tuple[str, str]] = []
    raw_list = item.get("checklist", [])
    if not isinstance(raw_list, list):
        check.error(
            i,
            "checklist",
            f"{where}.checklist",
            QT_TRANSLATE_NOOP("rocket", "Line {line} ({key}): the checklist must be a list."),
        )
        raw_list = []
    if len(raw_list) > CHECKLIST_MAX:
        check.error(
            i,
            "checklist",
            f"{where}.checklist",
            QT_TRANSLATE_NOOP(
                "rocket", "Line {line} ({key}): {count} checklist items; at most {max}."
            ),
            count=len(raw_list),
            max=CHECKLIST_MAX,
        )
        raw_list = []
    for j, entry in enumerate(raw_list):
        pair = _pair(entry)
        if not pair or not pair[0]:
            check.error(
                i,
                "checklist",
                f"{where}.checklist[{j}]",
                QT_TRANSLATE_NOOP(
                    "rocket", "Line {line} ({key}): a checklist item needs a Finnish text."
                ),
            )
            continue
        checklist.append(pair)
    return checklist


def _process(check: Checker, i: int, item: Any, seen: dict[str, int]) -> CatalogueProcess | None:
    """One element of the list; every problem is noted, None when it cannot be used."""
    if not isinstance(item, dict):
        check.error(
            i,
            None,
            f"processes[{i}]",
            QT_TRANSLATE_NOOP("rocket", "Line {line} ({key}): a process must be an object."),
        )
        return None
    code = _code(check, i, item, seen)
    level, order = _level_and_order(check, i, item)
    name = _pair(item.get("name"))
    if not name or not name[0]:
        check.error(
            i,
            "name",
            f"processes[{i}].name",
            QT_TRANSLATE_NOOP("rocket", "Line {line} ({key}): the Finnish name is missing."),
        )
    description = _pair(item.get("description", "")) or ("", "")
    dots_fi, dots_en = _dots(check, i, item)
    checklist = _checklist(check, i, item)
    retired = check.retired(i, item)
    if not (code and name and name[0] and isinstance(level, int) and level in LEVELS):
        return None
    process = CatalogueProcess(
        code=code,
        level=level,
        order=order,
        name_fi=name[0],
        name_en=name[1],
        description_fi=description[0],
        description_en=description[1],
        dots_fi=dots_fi,
        dots_en=dots_en,
        checklist=checklist,
        retired=retired,
    )
    _check_texts(check, i, process)
    return process


def _check_texts(check: Checker, i: int, p: CatalogueProcess) -> None:
    """Each text within its limit (models.rules) and without control characters."""
    check.texts(
        i,
        [
            ("name", p.name_fi, NAME_MAX, False),
            ("name", p.name_en, NAME_MAX, False),
            ("description", p.description_fi, TEXT_MAX, True),
            ("description", p.description_en, TEXT_MAX, True),
            *(("dots", text, TEXT_MAX, True) for text in (*p.dots_fi, *p.dots_en)),
            *(("checklist", text, LINE_MAX, False) for pair in p.checklist for text in pair),
        ],
    )


def parse_catalogue(text: str) -> list[CatalogueProcess]:
    """Parse and validate a catalogue file's text; raise InvalidRecord naming line and field."""
    data = _json(text)
    check = Checker(text)
    items = process_items(data, check, FORMAT, VERSION)
    seen: dict[str, int] = {}
    out = [p for i, item in enumerate(items) if (p := _process(check, i, item, seen))]
    if check.errors:
        raise InvalidRecord(check.errors)
    return out


def load_catalogue(path: Path) -> list[CatalogueProcess]:
    """Read and validate a catalogue file; unreadable files are refused like malformed ones."""
    try:
        with Path(path).open("rb") as file:
            data = file.read(FILE_MAX_BYTES + 1)  # a 31 MB file is not read whole to refuse it
        if len(data) > FILE_MAX_BYTES:
            raise too_big(Path(path).stat().st_size)
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidRecord(
            [
                ValidationError(
                    "file",
                    QT_TRANSLATE_NOOP("rocket", "Cannot read {path}: {error}"),
                    path=path,
                    error=getattr(exc, "strerror", None) or str(exc),
                )
            ]
        ) from None
    return parse_catalogue(text)


def default_catalogue() -> list[CatalogueProcess]:
    return load_catalogue(DEFAULT_FILE)


def dump_catalogue(processes: list[CatalogueProcess]) -> str:
    """The file text for a catalogue, in the same shape as the shipped default."""
    items = []
    for p in processes:
        item: dict[str, Any] = {
            "code": p.code,
            "level": p.level,
            "order": p.order,
            "name": {"fi": p.name_fi, "en": p.name_en},
            "description": {"fi": p.description_fi, "en": p.description_en},
            "dots": {str(n + 1): {"fi": p.dots_fi[n], "en": p.dots_en[n]} for n in range(MAX_DOTS)},
            "checklist": [{"fi": fi, "en": en} for fi, en in p.checklist],
        }
        if p.retired:
            item["retired"] = True
        items.append(item)
    doc = {"format": FORMAT, "version": VERSION, "processes": items}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
