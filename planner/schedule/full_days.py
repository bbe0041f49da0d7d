"""Full days where the order of business needs them, as the Council adds its lunch-hour meetings.

A normal day holds two meetings (10.00-13.00, 15.00-18.00), a full day three (9.00-12.00,
12.00-15.00, 15.00-18.00). The Council's programmes of work make days full when the business
needs it, Mondays and Tuesdays first (HRC34, March 2017: every Monday and Tuesday; HRC36,
September 2017: Mondays and Tuesdays, two meetings on Wednesdays; docs/research/programme/
skeleton.yaml, meetings_per_week_note). So does the planner: before placing anything, as
many days as the business needs become full, in that order.
"""

from __future__ import annotations

import datetime as dt

from planner.core.session import Session
from planner.schedule.demand import fmt_day

# Mondays and Tuesdays of every week first, then the other days, earlier weeks first.
_WEEKDAY_ORDER = (0, 1, 2, 3, 4)


def with_full_days(session: Session, needed_units: int, keep: set[dt.date]) -> tuple[Session, list[str]]:
    """The session with enough full days for `needed_units` half-meetings of business and
    mandated meetings in the days open to them; a warning naming the days made full.

    keep: days whose hours must not change (a pin to an hour, a meeting already published)."""
    added: list[dt.date] = []
    current = session
    for day in (d for d in _candidates(session) if d not in keep):
        if _supply(current) >= needed_units:
            break
        added.append(day)
        current = current.model_copy(update={"full_days": current.full_days | {day}})
    if not added:
        return session, []
    added.sort()
    shown = ", ".join(fmt_day(day) for day in added[:8]) + (f" and {len(added) - 8} more" if len(added) > 8 else "")
    return current, [
        f"{len(added)} day(s) made full days (three meetings, with the lunch-hour meeting) to hold the order "
        f"of business, Mondays and Tuesdays first as in the Council's programmes: {shown}; "
        "list full_days in the session file to choose them yourself"
    ]


def _open_days(session: Session) -> list[dt.date]:
    """Working days the order of business flows through: not the high-level segment, not voting."""
    voting = set(session.voting)
    return [d for d in session.working_days if d not in voting and not session.in_high_level_segment(d)]


def _candidates(session: Session) -> list[dt.date]:
    days = [d for d in _open_days(session) if d not in session.full_days]
    return sorted(days, key=lambda d: (_WEEKDAY_ORDER.index(d.weekday()) > 1, d))


def _supply(session: Session) -> int:
    """Half-meetings on the open days, the opening meeting and fixed bookings aside."""
    open_days = set(_open_days(session))
    meetings = session.meetings[1:] if session.opening_reserved else session.meetings
    free = [
        m
        for m in meetings
        if m.date in open_days and not any(b.date == m.date and b.takes_part_of(m.slot) for b in session.fixed_bookings)
    ]
    return 2 * len(free)
