"""Session-file rules that need the whole session: days inside it, no overlaps, known names."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planner.core.agenda import AGENDA_ITEMS
from planner.core.session import DAY_CLOSES, DAY_OPENS, Session
from planner.core.un_style import slug, weekday_name

if TYPE_CHECKING:
    from planner.sessions.schema import _File, _Fixed


class Bad(Exception):
    """A session-file value that breaks a rule: the key and the fix."""

    def __init__(self, key: str, message: str):
        self.key, self.message = key, message


def entry(key: str, index: int) -> str:
    """The n-th entry of a list as a person counts: "fixed #1" is the first [[fixed]] table."""
    return f"{key} #{index + 1}"


def _day_problem(session: Session, day: dt.date) -> str | None:
    if not session.in_session(day):
        if session.start <= day <= session.end:  # a split or suspended session
            spans = ", ".join(f"{first} to {last}" for first, last in session.parts)
            return f"{day} falls between the parts of the session ({spans})"
        return f"{day} is outside the session ({session.start} to {session.end})"
    if day.weekday() >= 5:
        return f"{day} is a {weekday_name(day)}, when the Council does not meet"
    holiday = session.holiday_on(day)
    if holiday is not None:
        return f"{day} is a holiday ({holiday.name})"
    return None


def check(session: Session, data: _File, standing_ids: set[str] | None) -> None:
    """Rules that need the whole session: days inside it, no overlaps, known names."""
    _check_voting_days(session, data)
    _check_high_level_segment(session)
    _check_full_days(session, data)
    _check_fixed(session, data.fixed)
    _check_pins(session, data)
    if standing_ids is not None:
        _check_standing_names(data, standing_ids)
    _check_mandate_ids(data, standing_ids or set())


def _check_voting_days(session: Session, data: _File) -> None:
    working = len(session.working_days)
    if "voting_days" in data.model_fields_set and data.voting_days >= working:
        raise Bad(
            "voting_days",
            f"{data.voting_days} voting days leave none of the session's {working} working days for meetings; "
            "give fewer (usually 2 or 3)",
        )


def _check_high_level_segment(session: Session) -> None:
    hls = session.high_level_segment
    if hls is not None and (hls[1] < hls[0] or not (session.in_session(hls[0]) and session.in_session(hls[1]))):
        raise Bad("high_level_segment", f"{hls[0]} to {hls[1]} is not a span inside the session; fix the dates")


def _check_full_days(session: Session, data: _File) -> None:
    for index, day in enumerate(data.full_days):
        problem = _day_problem(session, day)
        if problem:
            raise Bad(entry("full_days", index), f"{problem}; choose a working day of the session")


def _check_pins(session: Session, data: _File) -> None:
    for index, pin in enumerate(data.pins):
        first = next(i for i, other in enumerate(data.pins) if other.mandate == pin.mandate)
        if first != index:
            raise Bad(
                f"{entry('pins', index)} mandate",
                f"{pin.mandate!r} is already pinned by {entry('pins', first)}; keep one pin",
            )
        problem = _day_problem(session, pin.date)
        if problem:
            raise Bad(f"{entry('pins', index)} date", f"{problem}; pin {pin.mandate!r} to a working day")
        if pin.start is not None and pin.start not in {s.start for s in session.slots_on(pin.date)}:
            starts = ", ".join(f"{s.start:%H:%M}" for s in session.slots_on(pin.date))
            raise Bad(
                f"{entry('pins', index)} start",
                f"no meeting starts at {pin.start:%H:%M} on {pin.date}; use one of {starts}",
            )


def _check_standing_names(data: _File, standing_ids: set[str]) -> None:
    known = ", ".join(sorted(standing_ids))
    for index, name in enumerate(data.standing.retire):
        if name not in standing_ids:
            raise Bad(entry("standing.retire", index), f"unknown standing mandate {name!r}; known: {known}")
    for name in data.standing.themes:
        if name not in standing_ids:
            raise Bad(f"standing.themes.{name}", f"unknown standing mandate {name!r}; known: {known}")


def _check_mandate_ids(data: _File, standing_ids: set[str]) -> None:
    """Each declared mandate names its own calendar: ids may not share a file name or calendar id."""
    active = standing_ids - set(data.standing.retire)  # a retired one may be declared anew under its name
    taken = {slug(name): f"the standing mandate {name!r}" for name in active}
    for index, mandate in enumerate(data.mandates):
        other = taken.get(slug(mandate.id))
        if other is not None:
            raise Bad(
                f"{entry('mandates', index)} id",
                f"{mandate.id!r} gives the same file name and calendar id as {other}; choose another id",
            )
        taken[slug(mandate.id)] = f"{entry('mandates', index)} {mandate.id!r}"


def _check_fixed(session: Session, bookings: list[_Fixed]) -> None:
    for index, booking in enumerate(bookings):
        key = entry("fixed", index)
        problem = _day_problem(session, booking.date)
        if problem:
            raise Bad(f"{key} date", f"{problem}; move the booking to a working day")
        if not (DAY_OPENS <= booking.start < booking.end <= DAY_CLOSES):
            raise Bad(
                key,
                (
                    f"{booking.start:%H:%M}-{booking.end:%H:%M} is outside the meeting day "
                    f"({DAY_OPENS:%H:%M}-{DAY_CLOSES:%H:%M}) or ends before it starts; fix the times"
                ),
            )
        if booking.item is not None and booking.item not in AGENDA_ITEMS:
            raise Bad(f"{key} item", f"unknown agenda item {booking.item}: items are 1 to 10")
        for other_index, other in enumerate(bookings[:index]):
            if other.date == booking.date and other.start < booking.end and booking.start < other.end:
                raise Bad(
                    key,
                    (
                        f"{booking.label!r} ({booking.start:%H:%M}-{booking.end:%H:%M} on {booking.date}) overlaps "
                        f"{entry('fixed', other_index)} {other.label!r}; move one of them"
                    ),
                )
