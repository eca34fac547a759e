"""The import's words in the user's language: column headers from the catalogue, the
rows' problems and duplicates, the choices and what happened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.importing.apply import Action
from app.importing.plan import Choice, PlanRow
from app.importing.report import ACTION_TEMPLATES, CHOICE_TEMPLATES, duplicate_template, header_of
from app.importing.source import SourceError
from views.labels import error_text


def importing(text: str) -> str:
    return QCoreApplication.translate("importing", text)


def source_error(error: SourceError) -> str:
    return importing(error.message).format(**error.args_)


def choice_text(choice: Choice) -> str:
    return importing(CHOICE_TEMPLATES[choice])


def action_text(action: Action) -> str:
    return importing(ACTION_TEMPLATES[action])


def row_reasons(row: PlanRow, language: str) -> list[str]:
    """Each problem as "Column: message", then the duplicate."""
    out = []
    for problem in row.problems:
        message = error_text(problem.error)
        if problem.field:
            header = header_of(problem.sheet, problem.field, language)
            if problem.sheet == "contacts" and row.sheet == "customers":
                # A contact's problem shown on its customer's row.
                out.append(
                    QCoreApplication.translate(
                        "importing", "Contacts row {line}, {column}: {message}"
                    ).format(line=problem.line, column=header, message=message)
                )
                continue
            out.append(
                QCoreApplication.translate("importing", "{column}: {message}").format(
                    column=header, message=message
                )
            )
        else:
            out.append(message)
    if row.duplicate is not None:
        template, args = duplicate_template(row.duplicate)
        out.append(importing(template).format(**args))
    return out
