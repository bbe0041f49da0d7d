"""Placing the sessions of the Council's subsidiary bodies in the weeks of a year.

    plan_year(setup, mandates) -> YearPlan

Each session aims at its usual week (or the one a resolution orders) and, when that week will
not do, at the nearest week that will, later first: working days only (UN Geneva holidays
skipped), never while the Council sits unless the body may, inside the window a resolution
sets, and in a free room of the right size (two sessions share a week when rooms allow). The
UPR Working Group's sessions go first, as fixed blocks. What cannot be placed is listed with
the rule that blocked it, never dropped.
"""

from __future__ import annotations

import datetime as dt

from planner.core.un_style import ordinal, short_date, short_span
from planner.core.year import BodyMandate, CouncilSession, YearMeeting, YearPlacement, YearPlan, YearSetup, YearUnplaced
from planner.schedule.year_due import DAY, WEEK, due_meetings

MAX_SHIFT_WEEKS = 10  # beyond this a session is no longer "at its usual time": say so instead


class _Book:
    """Which room is taken on which day, and by what."""

    def __init__(self, setup: YearSetup):
        self.setup = setup
        self.taken: dict[tuple[str, dt.date], str] = {}
        for council in setup.council:  # the Council's own room, for its whole session
            day = council.start
            while day <= council.end:
                self.taken[(council.room, day)] = f"the {ordinal(council.number)} session of the Council"
                day += DAY

    def free_room(self, meeting: YearMeeting, days: tuple[dt.date, ...]) -> tuple[str | None, str]:
        """A room free on every day (the body's usual rooms first), or None and why not."""
        rooms = [r for r in self.setup.rooms if r.fits(meeting.size)]
        wanted = [meeting.room] if meeting.room else [*meeting.rooms, *(r.name for r in rooms)]
        fitting = {r.name for r in rooms} | ({meeting.room} if meeting.room else set())
        busy = []
        for name in dict.fromkeys(wanted):
            if name not in fitting:
                continue
            holder = next((self.taken[(name, day)] for day in days if (name, day) in self.taken), None)
            if holder is None:
                return name, ""
            busy.append(f"{name} ({holder})")
        return None, f"no {meeting.size} room is free on those days: " + (", ".join(busy) or "none is listed")

    def book(self, room: str, days: tuple[dt.date, ...], label: str) -> None:
        for day in days:
            self.taken[(room, day)] = label


def plan_year(setup: YearSetup, mandates: list[BodyMandate] | None = None) -> YearPlan:
    meetings, warnings = due_meetings(setup, mandates or [])
    book = _Book(setup)
    placements: list[YearPlacement] = []
    unplaced: list[YearUnplaced] = []
    for meeting in sorted(meetings, key=_order):
        placed = _place(meeting, setup, book)
        if isinstance(placed, YearPlacement):
            placements.append(placed)
        else:
            unplaced.append(YearUnplaced(meeting=meeting, diagnosis=placed))
    return YearPlan(
        year=setup.year,
        version=setup.version,
        council=setup.council,
        holidays=setup.holidays,
        placements=tuple(sorted(placements, key=lambda p: (p.start, p.meeting.id))),
        unplaced=tuple(sorted(unplaced, key=lambda u: (u.meeting.target, u.meeting.id))),
        warnings=(*setup.warnings, *warnings),
    )


def _order(meeting: YearMeeting) -> tuple:
    """Dates given first, then the fixed blocks, then the tightest: a window, then the longest."""
    return (meeting.start is None, not meeting.fixed, meeting.window is None, -(meeting.days or 0), meeting.target)


def _place(meeting: YearMeeting, setup: YearSetup, book: _Book) -> YearPlacement | str:
    if meeting.days is None:
        return (
            f"its usual length is not known: give it as bodies.length.{meeting.body} = <working days> in the year file"
        )
    first_problem = ""
    for start, shift in _starts(meeting):
        days = _days_from(start, meeting.days, setup)
        problem, room = _problem(meeting, days, setup), meeting.venue
        if not problem and meeting.venue == "Geneva":  # elsewhere (New York) no Palais room is booked
            found, problem = book.free_room(meeting, days)
            room = found or ""
            if found:
                book.book(found, days, f"{meeting.name}, session {meeting.index}")
        if not problem:
            return YearPlacement(
                meeting=meeting,
                start=days[0],
                end=days[-1],
                days=days,
                room=room,
                reason=_reason(meeting, days, room, shift, first_problem),
            )
        first_problem = first_problem or problem
    if meeting.start is not None:
        return f"cannot be held on the dates given ({short_date(meeting.start)}): {first_problem}"
    return (
        f"no week within {MAX_SHIFT_WEEKS} weeks of its usual week ({short_date(meeting.target)}) will do; "
        f"in that week: {first_problem}"
    )


def _starts(meeting: YearMeeting) -> list[tuple[dt.date, int]]:
    """The first days to try: the set one alone, else the target week, then later, earlier, later ..."""
    if meeting.start is not None:
        return [(meeting.start, 0)]
    shifts = [0] + [sign * n for n in range(1, MAX_SHIFT_WEEKS + 1) for sign in (1, -1)]
    return [(meeting.target + shift * WEEK, shift) for shift in shifts]


def _days_from(start: dt.date, count: int, setup: YearSetup) -> tuple[dt.date, ...]:
    """`count` working days from `start` (or the next working day), holidays and weekends skipped."""
    days: list[dt.date] = []
    day = start
    while len(days) < count:
        if setup.is_working_day(day):
            days.append(day)
        day += DAY
    return tuple(days)


def _problem(meeting: YearMeeting, days: tuple[dt.date, ...], setup: YearSetup) -> str:
    """Why these days will not do ("" when they will), rooms aside."""
    if days[0].year != setup.year or days[-1].year != setup.year:
        return f"{short_span(days[0], days[-1])} runs outside {setup.year}"
    if meeting.window and not (meeting.window[0] <= days[0] and days[-1] <= meeting.window[1]):
        return f"{short_span(days[0], days[-1])} is outside {short_span(*meeting.window)}, where it must fall"
    if not meeting.during_council and (council := _sitting(setup.council, days)) is not None:
        return (
            f"{short_span(days[0], days[-1])} clashes with the {ordinal(council.number)} session of the Council "
            f"({short_span(council.start, council.end)})"
        )
    return ""


def _sitting(council: tuple[CouncilSession, ...], days: tuple[dt.date, ...]) -> CouncilSession | None:
    return next((c for c in council for day in days if c.holds(day)), None)


def _reason(meeting: YearMeeting, days: tuple[dt.date, ...], room: str, shift: int, blocked: str) -> str:
    where = f"{room}, free" if meeting.venue == "Geneva" else f"in {room}, no Palais room needed"
    length = f"{meeting.days} working day{'s' if meeting.days != 1 else ''}"
    if meeting.start is not None or shift == 0:
        when = meeting.basis
    else:
        moved = f"{abs(shift)} week{'s' if abs(shift) > 1 else ''} {'later' if shift > 0 else 'earlier'}"
        when = f"{moved} than the target week of {short_date(meeting.target)} ({meeting.basis}): there, {blocked}"
    return f"{meeting.source}; {when}; {length}; {where}"
