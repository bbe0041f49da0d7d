"""Which sessions of the Council's subsidiary bodies fall due in a year, and what each must respect.

Like the standing panels, every body in the register falls due by itself at its usual times; a
session ordered by a supplied resolution takes the place of the register's (its dates, its
"before the Nth session", its length); a pin in the year file outranks both.
"""

from __future__ import annotations

import datetime as dt

from planner.core.mandate import BodySession
from planner.core.un_style import ordinal, short_span
from planner.core.year import Body, BodyMandate, YearMeeting, YearSetup

WEEK = dt.timedelta(days=7)
DAY = dt.timedelta(days=1)


def due_meetings(setup: YearSetup, mandates: list[BodyMandate]) -> tuple[list[YearMeeting], list[str]]:
    """The year's sessions of every body, with the supplied mandates and the pins applied."""
    bodies = {body.id: body for body in setup.bodies}
    meetings = {
        (body.id, index): _usual(body, index, setup.year)
        for body in setup.bodies
        if body.meets_in(setup.year)
        for index in range(1, len(body.sessions) + 1)
    }
    warnings: list[str] = []
    for mandate in mandates:
        warning = _apply(mandate, bodies, meetings, setup)
        warnings += [warning] if warning else []
    for pin in setup.pins:
        key = (pin.body, pin.session)
        meeting = meetings.get(key) or _usual(bodies[pin.body], pin.session, setup.year)
        meetings[key] = meeting.model_copy(
            update={"start": pin.start, "target": pin.start, "room": pin.room, "source": "year file", "basis": "pinned"}
        )
    return sorted(meetings.values(), key=lambda m: (m.target, m.id)), warnings


def _usual(body: Body, index: int, year: int) -> YearMeeting:
    usual = body.sessions[index - 1]
    return YearMeeting(
        id=f"{body.id}-{year}-{index}",
        body=body.id,
        name=body.name,
        kind=body.kind,
        index=index,
        label=usual.label,
        days=body.length_days,
        venue=usual.venue,
        size=body.size,
        rooms=body.rooms,
        target=usual.target(year),
        during_council=body.during_council,
        fixed=body.fixed,
        source=f"register ({body.established_by})",
        basis=f"usual week: {usual.label}" + (f" ({usual.basis})" if usual.basis else ""),
    )


def _apply(
    mandate: BodyMandate, bodies: dict[str, Body], meetings: dict[tuple[str, int], YearMeeting], setup: YearSetup
) -> str | None:
    """Put what a resolution orders in place of the register's session; a warning if it cannot."""
    session = mandate.session
    timing = _timing(session, mandate, setup)
    if timing is None and not _rule_applies(mandate, setup.year):
        return None  # about another year
    if session.body is None:
        return (
            f"{mandate.citation} orders a session of '{session.name}', which is no body of the register: "
            "add it under [[bodies.add]] in the year file to plan it"
        )
    body = bodies.get(session.body)
    if body is None:
        return f"{mandate.citation} orders a session of {session.body}, retired in the year file: it is not planned"
    target, window, start, basis = timing or (None, None, None, "")
    index = _which(body, target, meetings, setup.year)
    meeting = meetings.get((body.id, index)) or _usual(body, index, setup.year)
    update: dict = {"source": mandate.citation}
    if session.days:
        update["days"] = session.days
    if session.session:
        update["number"] = session.session
    if session.venue and session.venue != "Geneva":
        update["venue"] = session.venue
    if timing is not None:
        update |= {"target": target, "window": window, "start": start, "basis": basis}
        if start is not None and window is not None:  # dates given: the days between them
            update["days"] = _working_days(window, setup)
    else:
        update["basis"] = f"{meeting.basis}; length as {mandate.citation} orders"
    meetings[(body.id, index)] = meeting.model_copy(update=update)
    return None


def _rule_applies(mandate: BodyMandate, year: int) -> bool:
    """A paragraph that states no time ("shall meet for five working days") rules every later year."""
    session = mandate.session
    return session.when in (None, "annual") and mandate.adopted_year is not None and mandate.adopted_year < year


Timing = tuple[dt.date, tuple[dt.date, dt.date] | None, dt.date | None, str]


def _timing(session: BodySession, mandate: BodyMandate, setup: YearSetup) -> Timing | None:
    """(target, window, fixed start, why) when the paragraph places the session in this year, else None."""
    year = setup.year
    whole_year = (dt.date(year, 1, 1), dt.date(year, 12, 31))
    if session.when == "date_range" and session.start and session.end and session.start.year == year:
        span = short_span(session.start, session.end)
        return session.start, (session.start, session.end), session.start, f"dates set by {mandate.citation}: {span}"
    if session.when == "month" and session.year == year and session.month:
        first = dt.date(year, session.month, 1)
        last = dt.date(year + session.month // 12, session.month % 12 + 1, 1) - DAY
        return _monday_on_or_after(first), (first, last), None, f"in the month {mandate.citation} names"
    if session.when == "in_year" and session.year == year:
        return dt.date(year, 1, 1), whole_year, None, f"in {year}, as {mandate.citation} orders"
    dates = mandate.council_dates
    if session.when in ("before", "after", "between") and session.council_session in dates:
        return _around_council(session, dates, setup, mandate.citation)
    return None


def _around_council(
    session: BodySession, dates: dict[int, tuple[dt.date, dt.date]], setup: YearSetup, citation: str
) -> Timing | None:
    number = session.council_session
    assert number is not None
    start, end = dates[number]
    year = setup.year
    if session.when == "before" and start.year == year:
        earlier = [c.end for c in setup.council if c.end < start]
        first = max(earlier) + DAY if earlier else dt.date(year, 1, 1)
        weeks = -(-(session.days or 5) // 5)
        target = start - start.weekday() * DAY - weeks * WEEK
        return (
            target,
            (first, start - DAY),
            None,
            f"in the weeks before the {ordinal(number)} session, as {citation} orders",
        )
    if session.when == "after" and end.year == year:
        later = [c.start for c in setup.council if c.start > end]
        last = min(later) - DAY if later else dt.date(year, 12, 31)
        return (
            _monday_on_or_after(end + DAY),
            (end + DAY, last),
            None,
            f"after the {ordinal(number)} session ({citation})",
        )
    second = dates.get(session.council_session_to or 0)
    if session.when == "between" and second and end.year == year:
        window = (end + DAY, second[0] - DAY)
        return _monday_on_or_after(end + DAY), window, None, f"between the two sessions {citation} names"
    return None


def _which(body: Body, target: dt.date | None, meetings: dict[tuple[str, int], YearMeeting], year: int) -> int:
    """Which of the body's sessions a mandate replaces: the one nearest its time (the first, without one)."""
    if target is None or len(body.sessions) == 1:
        return 1
    return min(range(1, len(body.sessions) + 1), key=lambda i: abs((body.sessions[i - 1].target(year) - target).days))


def _monday_on_or_after(day: dt.date) -> dt.date:
    return day + ((7 - day.weekday()) % 7) * DAY


def _working_days(window: tuple[dt.date, dt.date], setup: YearSetup) -> int:
    day, count = window[0], 0
    while day <= window[1]:
        count += setup.is_working_day(day)
        day += DAY
    return max(count, 1)
