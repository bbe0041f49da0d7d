"""The year plan as a table: one row per body session (placed or not) and per Council session."""

from __future__ import annotations

import csv
import io

from planner.core.un_style import ordinal
from planner.core.year import YearPlan
from planner.export import Rendered, YearContext

COLUMNS = ["start", "end", "working_days", "what", "body", "session", "room", "status", "why", "id"]


def rows(plan: YearPlan) -> list[list[str]]:
    found = [
        [c.start.isoformat(), c.end.isoformat(), "", f"{ordinal(c.number)} session of the Human Rights Council"]
        + ["", "", c.room, "projected" if c.projected else "council", "", f"hrc{c.number}"]
        for c in plan.council
    ]
    for p in plan.placements:
        m = p.meeting
        found.append(
            [p.start.isoformat(), p.end.isoformat(), str(len(p.days)), m.name, m.body, _session(m.index, m.number)]
            + [p.room, "placed", p.reason, m.id]
        )
    for u in plan.unplaced:
        m = u.meeting
        found.append(["", "", str(m.days or ""), m.name, m.body, _session(m.index, m.number), "", "not placed"])
        found[-1] += [u.diagnosis, m.id]
    return sorted(found, key=lambda row: (row[0] or "9999", row[-1]))


def _session(index: int, number: int | None) -> str:
    return f"{ordinal(number)} session" if number else f"session {index} of the year"


def export(context: YearContext) -> Rendered:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(context.plan))
    return Rendered({f"year{context.plan.year}.csv": out.getvalue().encode("utf-8-sig")})
