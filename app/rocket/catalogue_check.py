"""Where a catalogue file goes wrong, and the files no coach writes.

The checker collects every problem of a file with the line it is on, so that the user can
fix them all in one go. Before the JSON is even parsed, a file is refused when it is
bigger, or nested deeper, than a catalogue can be: a 31 MB file of 20 000 processes made
the Rocket screen take seconds, and deep nesting stopped the parser with RecursionError.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.errors import InvalidRecord
from models.rules import QT_TRANSLATE_NOOP, ValidationError, control_character

# The shipped catalogue of 12 processes is about 30 kB and nests five levels deep
# (file → processes → process → dots → "1" → {"fi", "en"}).
FILE_MAX_BYTES = 1_000_000
DEPTH_MAX = 5
PROCESSES_MAX = 200
CHECKLIST_MAX = 100  # items in one process's checklist
ORDER_MAX = 10_000  # the place of a process within its level

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def _refusal(message: str, **args: object) -> InvalidRecord:
    return InvalidRecord([ValidationError("file", message, **args)])


def too_big(size: int) -> InvalidRecord:
    return _refusal(
        QT_TRANSLATE_NOOP("rocket", "The file is {size} kB; a catalogue is at most {max} kB."),
        size=size // 1000,
        max=FILE_MAX_BYTES // 1000,
    )


def check_shape(text: str) -> None:
    """Refuse, before parsing, a text too big or nested too deep to be a catalogue."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > FILE_MAX_BYTES:
        raise too_big(size)
    depth = 0
    # Brackets inside strings do not nest anything: drop the strings first.
    for found in _BRACKET.finditer(_STRING.sub('""', text)):
        depth += 1 if found.group() in "[{" else -1
        if depth > DEPTH_MAX:
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "rocket",
                    "Line {line}: the file is nested deeper than a catalogue ever is.",
                ),
                line=_line_of_nth_bracket(text, found.start()),
            )


def _line_of_nth_bracket(text: str, stripped_pos: int) -> int:
    """The line in `text` of a position in the text with its strings emptied (the same
    line: strings in JSON hold no raw line breaks)."""
    stripped = _STRING.sub('""', text)
    return _line(stripped, stripped_pos)


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _element_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of each element of the top-level "processes" array.

    json.loads forgets positions; walking the array with raw_decode gets them back so
    that errors can say which line a bad process is on.
    """
    match = re.search(r'"processes"\s*:\s*\[', text)
    if not match:
        return []
    decoder = json.JSONDecoder()
    spans: list[tuple[int, int]] = []
    pos = match.end()
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return spans
        try:
            _obj, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            return spans
        spans.append((pos, end))
        pos = end


class Checker:
    """Collects every problem of a file so that the user can fix them all in one go."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.errors: list[ValidationError] = []
        self.spans = _element_spans(text)
        self.codes: dict[int, str] = {}  # index of a process -> its code as written

    def line_of(self, index: int | None, key: str | None = None) -> int:
        if index is None or index >= len(self.spans):
            if key:
                found = re.search(rf'"{re.escape(key)}"\s*:', self.text)
                if found:
                    return _line(self.text, found.start())
            return 1
        start, end = self.spans[index]
        if key:
            found = re.compile(rf'"{re.escape(key)}"\s*:').search(self.text, start, end)
            if found:
                return _line(self.text, found.start())
        return _line(self.text, start)

    def error(
        self, index: int | None, key: str | None, field_name: str, message: str, **args: object
    ) -> None:
        self.errors.append(
            ValidationError(
                field_name, message, line=self.line_of(index, key), key=field_name, **args
            )
        )

    def retired(self, i: int, item: dict[str, Any]) -> bool:
        """Only a JSON true or false: "false" in quotes would read as retired."""
        retired = item.get("retired", False)
        if not isinstance(retired, bool):
            self.error(
                i,
                "retired",
                f"processes[{i}].retired",
                QT_TRANSLATE_NOOP(
                    "rocket", "Line {line} ({key}): retired is true or false without quotes."
                ),
            )
            return False
        return retired

    def texts(self, i: int, texts: list[tuple[str, str, int, bool]]) -> None:
        """Note the first text of process `i` that is too long or holds a control character;
        each entry is (key in the file, text, limit, whether line breaks are allowed)."""
        for key, text, limit, multiline in texts:
            code = control_character(text, multiline)
            if len(text) > limit:
                self.error(
                    i,
                    key,
                    f"processes[{i}].{key}",
                    QT_TRANSLATE_NOOP(
                        "rocket", "Line {line} ({key}): at most {max} characters (found {count})."
                    ),
                    max=limit,
                    count=len(text),
                )
                return
            if code:
                self.error(
                    i,
                    key,
                    f"processes[{i}].{key}",
                    QT_TRANSLATE_NOOP(
                        "rocket",
                        "Line {line} ({key}): the text contains a control character (U+{code}).",
                    ),
                    code=code,
                )
                return


def shown(value: Any) -> str:
    """A value as the file has it, cut short for a message."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def process_items(data: Any, check: Checker, form: str, newest: int) -> list[Any]:
    """The list of processes, after the format and version; raises when there is none."""
    if not isinstance(data, dict) or data.get("format") != form:
        check.error(
            None,
            "format",
            "format",
            QT_TRANSLATE_NOOP(
                "rocket", "Line {line} ({key}): this is not a Raketti rocket catalogue."
            ),
        )
        raise InvalidRecord(check.errors)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        check.error(
            None,
            "version",
            "version",
            QT_TRANSLATE_NOOP("rocket", "Line {line} ({key}): the version must be a number."),
        )
    elif version > newest:
        check.error(
            None,
            "version",
            "version",
            QT_TRANSLATE_NOOP(
                "rocket",
                "Line {line} ({key}): the catalogue is from a newer Raketti (version {version}).",
            ),
            version=version,
        )
    items = data.get("processes")
    if not isinstance(items, list) or not items:
        check.error(
            None,
            "processes",
            "processes",
            QT_TRANSLATE_NOOP("rocket", "Line {line} ({key}): the list of processes is missing."),
        )
        raise InvalidRecord(check.errors)
    if len(items) > PROCESSES_MAX:
        check.error(
            None,
            "processes",
            "processes",
            QT_TRANSLATE_NOOP(
                "rocket",
                "Line {line} ({key}): {count} processes; a catalogue has at most {max}.",
            ),
            count=len(items),
            max=PROCESSES_MAX,
        )
        raise InvalidRecord(check.errors)
    return items
