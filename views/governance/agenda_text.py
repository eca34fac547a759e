"""The agenda draft in words: template lines, the week's ladder moves, silent customers,
open customer actions and open development proposals, one agenda line each."""

from __future__ import annotations

from app.governance.agenda import AgendaDraft
from views.governance.labels import day_text, tr


def draft_lines(draft: AgendaDraft) -> list[str]:
    lines = list(draft.template)
    if draft.moves:
        lines.append(tr("Ladder moves this week:"))
        lines.extend(
            tr("  • {name}: {start} → {end} ({day}) {reason}").format(
                name=m.name,
                start=m.from_level,
                end=m.to_level,
                day=day_text(m.moved_on),
                reason=m.reason,
            )
            for m in draft.moves
        )
    if draft.silent:
        lines.append(tr("Silent customers:"))
        lines.extend(
            tr("  • {name} ({level}): silent {days} days, limit {limit}").format(
                name=c.name, level=c.level, days=c.silent_days, limit=c.silence_limit
            )
            for c in draft.silent
        )
    if draft.actions:
        lines.append(tr("Open customer actions:"))
        lines.extend(
            tr("  • {title} — {owner}, due {day}").format(
                title=a.title, owner=a.owner or tr("nobody"), day=day_text(a.due_on)
            )
            for a in draft.actions
        )
    if draft.proposals:
        lines.append(tr("Development proposals to handle:"))
        lines.extend(tr("  • {title}").format(title=p.title) for p in draft.proposals)
    return lines
