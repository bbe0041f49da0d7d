"""The plain-text summary a person reads in the terminal: placed where and why, and what was not."""

from __future__ import annotations

from planner.core.identity import ref_key
from planner.core.programme import ProgrammeOfWork
from planner.core.un_style import short_date, un_clock
from planner.export.programme.activity import activity, title, version_line

INDENT = "    "


def summary_text(programme: ProgrammeOfWork) -> str:
    session = programme.session
    lines = [f"{title(programme)}, {session.room}", version_line(programme)]
    if session.projected:
        lines.append("Dates projected from the yearly pattern: confirm them in the session file.")
    mandates = len({ref_key(p.ref) for p in programme.placements})
    lines += ["", f"Placed: {mandates} mandate(s) in {len(programme.placements)} meeting(s)"]
    for p in programme.placements:
        when = f"{short_date(p.start)} {un_clock(p.start)}-{un_clock(p.end)}"
        lines.append(f"  {when}  meeting {p.meeting_number:<3} {activity(p.ref, p)}  [{p.ref.mandate.id}]")
        lines.append(f"{INDENT}why: {p.reason}")
    lines += _business(programme)
    lines += ["", f"Not placed: {len(programme.unplaced) or 'none'}"]
    for u in programme.unplaced:
        lines.append(f"  {activity(u.ref)}  [{u.ref.mandate.id}]")
        lines.append(f"{INDENT}why not: {u.diagnosis}")
    lines += ["", f"Not for this session: {len(programme.not_for_this_session) or 'none'}"]
    for ref in programme.not_for_this_session:
        if ref.mandate.intersessional:
            when = "intersessional"
        elif ref.mandate.session:
            when = f"session {ref.mandate.session}"
        else:
            when = "no session stated"
        lines.append(f"  {activity(ref)}  [{ref.mandate.id}; {when}]")
    if programme.warnings:
        lines += ["", "Warnings:"]
        lines += [f"  - {warning}" for warning in programme.warnings]
    return "\n".join(lines) + "\n"


def _business(programme: ProgrammeOfWork) -> list[str]:
    """The rest of the order of business, counted per item; what could not be scheduled, with why."""
    if not programme.activities and not programme.unscheduled:
        return []
    meetings: dict[str, set[int]] = {}
    keys: dict[str, set[str]] = {}
    for a in programme.activities:
        name = f"item {a.item}" if a.item is not None else "voting"
        meetings.setdefault(name, set()).add(a.meeting_number)
        keys.setdefault(name, set()).add(a.key)
    total = len({a.meeting_number for a in programme.activities})
    lines = ["", f"Order of business: {len({a.key for a in programme.activities})} activities in {total} meeting(s)"]
    for name in sorted(meetings, key=_item_order):
        count = len(keys[name])
        lines.append(f"  {name:<8} {count:>3} activit{'y' if count == 1 else 'ies'}, {len(meetings[name])} meeting(s)")
    lines += ["", f"Not scheduled: {len(programme.unscheduled) or 'none'}"]
    for left in programme.unscheduled:
        item = f"ITEM {left.item} - " if left.item is not None else ""
        lines.append(f"  {item}{left.label}  [{left.key}]")
        lines.append(f"{INDENT}why not: {left.diagnosis}")
    return lines


def _item_order(name: str) -> int:
    return int(name.split()[1]) if name.startswith("item ") else 99
