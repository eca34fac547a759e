"""Why a row is what it is, as English templates (context "importing"; the rules' own
messages keep theirs): the wizard translates them, the command line prints them."""

from __future__ import annotations

from app.excel.fields import fields
from app.importing.apply import ImportReport
from app.importing.duplicates import Duplicate
from app.importing.plan import Choice, Plan, PlanRow
from models.rules import QT_TRANSLATE_NOOP

Template = tuple[str, dict[str, object]]


def duplicate_template(duplicate: Duplicate) -> Template:
    if duplicate.in_file:
        text = {
            "uuid": QT_TRANSLATE_NOOP("importing", "The same ID as row {line} of the file"),
            "business_id": QT_TRANSLATE_NOOP(
                "importing", "The same business ID as row {line} of the file"
            ),
            "name": QT_TRANSLATE_NOOP(
                "importing", "Nearly the same name and city as row {line} of the file"
            ),
        }[duplicate.reason]
        return text, {"line": duplicate.line}
    text = {
        "uuid": QT_TRANSLATE_NOOP("importing", "Already in the database: {name}"),
        "business_id": QT_TRANSLATE_NOOP("importing", "The same business ID as {name}"),
        "name": QT_TRANSLATE_NOOP("importing", "Nearly the same name in the same city: {name}"),
    }[duplicate.reason]
    return text, {"name": duplicate.name}


ACTION_TEMPLATES = {
    "imported": QT_TRANSLATE_NOOP("importing", "imported"),
    "updated": QT_TRANSLATE_NOOP("importing", "updated"),
    "skipped": QT_TRANSLATE_NOOP("importing", "skipped"),
    "invalid": QT_TRANSLATE_NOOP("importing", "not imported: invalid"),
    "refused": QT_TRANSLATE_NOOP("importing", "not imported: the file has invalid rows"),
}
CHOICE_TEMPLATES = {
    Choice.NEW: QT_TRANSLATE_NOOP("importing", "Import as new"),
    Choice.UPDATE: QT_TRANSLATE_NOOP("importing", "Update existing"),
    Choice.SKIP: QT_TRANSLATE_NOOP("importing", "Skip"),
}


def header_of(sheet: str, key: str, language: str = "en") -> str:
    for field in fields("contacts" if sheet == "contacts" else "customers"):
        if field.key == key:
            return field.header(language)
    return key


def row_reasons(row: PlanRow, language: str = "en") -> list[str]:
    """The row's problems and duplicate in English (the command line's report)."""
    out = [
        f"{header_of(p.sheet, p.field, language)}: {p.error}" if p.field else str(p.error)
        for p in row.problems
    ]
    if row.duplicate is not None:
        template, args = duplicate_template(row.duplicate)
        out.append(template.format(**args))
    return out


def text_report(plan: Plan, report: ImportReport) -> list[str]:
    """Lines for the terminal: the counts, then every row that was not simply imported."""
    head = "would be " if report.dry_run else ""
    lines = [
        f"{report.count('imported')} customers {head}imported, "
        f"{report.count('updated')} updated, {report.count('skipped')} skipped, "
        f"{report.count('invalid') + report.count('refused')} not imported; "
        f"{report.contacts} contacts {head}added"
    ]
    if report.refused:
        lines.append(
            "Nothing was imported: the file has invalid rows. Fix them, or import only "
            "the valid rows with --valid-only."
        )
    for row, action in zip(plan.rows, report.actions, strict=True):
        if action == "imported" and not row.duplicate:
            continue
        reasons = "; ".join(row_reasons(row)) or ("chosen" if action == "skipped" else "")
        sheet = "Contacts " if row.sheet == "contacts" else ""
        what = ACTION_TEMPLATES[action]
        lines.append(f"  {sheet}row {row.line} {row.name!r}: {what}. {reasons}".rstrip())
    if plan.ignored:
        lines.append("Columns not imported: " + ", ".join(plan.ignored))
    return lines
