"""What `planner year` prints: the Council's sessions, each body's session with its reason, what is left."""

from __future__ import annotations

from planner.core.un_style import ordinal, short_date, short_span, un_date
from planner.core.year import YearPlan


def year_summary(plan: YearPlan) -> str:
    lines = [f"Human Rights Council: the year {plan.year}", f"Version of {un_date(plan.version)} - provisional", ""]
    for council in plan.council:
        projected = " (projected: confirm the dates)" if council.projected else ""
        lines.append(f"  {ordinal(council.number)} session: {short_span(council.start, council.end)}{projected}")
    lines += ["", f"Placed: {len(plan.placements)} session(s) of subsidiary bodies"]
    for p in plan.placements:
        lines.append(f"  {short_date(p.start)} - {short_date(p.end)}  {p.meeting.name}  [{p.meeting.id}]  {p.room}")
        lines.append(f"    why: {p.reason}")
    lines.append("Not placed: " + ("none" if not plan.unplaced else ""))
    for u in plan.unplaced:
        lines.append(f"  {u.meeting.name}  [{u.meeting.id}]: {u.diagnosis}")
    lines += [f"Note: {w}" for w in plan.warnings]
    return "\n".join(lines) + "\n"
