"""The built-in registry of Council sessions, read from data/hrc_calendar.yaml.

Sessions 1-61 have real dates (split and suspended sessions as their parts); later
sessions are projected from the yearly pattern of recent years and marked projected
until a session file confirms the dates. `build_session` fills every default
(holidays, high-level segment, agenda-item windows) so a `Session` is complete.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from planner.core.session import (
    FULL_DAY_SLOTS,
    NORMAL_DAY_SLOTS,
    FixedBooking,
    Holiday,
    Pin,
    Session,
    Slot,
    default_item_windows,
    working_days_of,
)
from planner.core.un_style import session_of_year
from planner.errors import InputError
from planner.sessions.holidays import builtin_holidays, eid_warnings


@dataclass(frozen=True)
class _Known:
    """What the registry (or the session file's dates) says of a session before any default."""

    parts: list[tuple[dt.date, dt.date]]
    room: str
    status: str  # actual | announced | projected | session file
    projected: bool = False
    sources: tuple[str, ...] = ()
    high_level_segment: tuple[dt.date, dt.date] | None = None


LAST_KNOWN = 61  # 23 February - 31 March 2026
HLS_DAYS = 3  # usual length of the high-level segment (hrc_calendar.yaml high_level_segment)
PROJECTED_ROOM = "Assembly Hall"  # Room XX is closed for works from September 2025


@lru_cache(maxsize=1)
def calendar_data() -> dict[str, Any]:
    # PyYAML is read lazily: the session model itself stays pydantic + stdlib.
    from planner.files import load_yaml

    text = resources.files("planner.sessions").joinpath("data/hrc_calendar.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


@lru_cache(maxsize=1)
def _sessions_by_number() -> dict[int, dict[str, Any]]:
    return {entry["number"]: entry for entry in calendar_data()["sessions"]}


@lru_cache(maxsize=1)
def holidays_by_year() -> dict[int, list[dict]]:
    return {entry["year"]: entry["days"] for entry in calendar_data()["holidays"]["by_year"]}


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _nth_monday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(7 - first.weekday()) % 7 + 7 * (n - 1))


def _last_monday(year: int, month: int) -> dt.date:
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    last = next_month - dt.timedelta(days=1)
    return last - dt.timedelta(days=last.weekday())


def projected_dates(number: int) -> tuple[dt.date, dt.date]:
    """Dates of a session from the 2021-2026 pattern (for sessions after the 61st).

    Main session: opens the last Monday of February, six weeks (to the Friday of week 6);
    June: third Monday of June, four weeks; September: second Monday, five weeks.
    """
    offset = number - LAST_KNOWN
    year = 2026 + offset // 3
    slot = offset % 3
    if slot == 0:
        start, weeks = _last_monday(year, 2), 6
    elif slot == 1:
        start, weeks = _nth_monday(year, 6, 3), 4
    else:
        start, weeks = _nth_monday(year, 9, 2), 5
    return start, start + dt.timedelta(days=7 * (weeks - 1) + 4)


def opening_day(number: int) -> tuple[dt.date, bool]:
    """First day of session `number`, and whether it is projected (not in the registry)."""
    if number in _sessions_by_number():
        return _base(number).parts[0][0], False
    return projected_dates(number)[0], True


def _base(number: int) -> _Known:
    entry = _sessions_by_number().get(number)
    if entry is not None:
        parts = [(_date(a), _date(b)) for a, b in entry.get("parts") or [(entry["start"], entry["end"])]]
        hls = entry.get("high_level_segment")
        return _Known(
            parts=parts,
            room=entry.get("room", "Room XX"),
            status=entry["status"],
            sources=tuple(entry.get("sources", [])),
            high_level_segment=(_date(hls[0]), _date(hls[1])) if hls else None,
        )
    if number <= LAST_KNOWN:
        raise InputError(f"session {number} has no dates in the built-in registry; give start and end")
    start, end = projected_dates(number)
    return _Known(parts=[(start, end)], room=PROJECTED_ROOM, status="projected", projected=True)


def _year_holidays(parts: list[tuple[dt.date, dt.date]], added: list[Holiday], removed: set[dt.date]) -> list[Holiday]:
    """Every holiday of the years the session spans (an Eid just outside still counts as given)."""
    first, last = parts[0][0], parts[-1][1]
    table = holidays_by_year()
    chosen: dict[dt.date, Holiday] = {}
    for year in range(first.year, last.year + 1):
        for holiday in builtin_holidays(year, table):
            chosen.setdefault(holiday.date, holiday)
    for holiday in added:  # the user's circular wins over built-in names
        chosen[holiday.date] = holiday
    return sorted((h for day, h in chosen.items() if day not in removed), key=lambda h: h.date)


def build_session(
    number: int,
    *,
    parts: list[tuple[dt.date, dt.date]] | None = None,
    room: str | None = None,
    high_level_segment: tuple[dt.date, dt.date] | None = None,
    day_slots: tuple[Slot, ...] = NORMAL_DAY_SLOTS,
    full_day_slots: tuple[Slot, ...] = FULL_DAY_SLOTS,
    full_days: frozenset[dt.date] = frozenset(),
    holidays_added: list[Holiday] | None = None,
    holidays_removed: set[dt.date] | None = None,
    item_windows: dict[int, tuple[dt.date, dt.date]] | None = None,
    voting_days: int = 2,
    fixed_bookings: tuple[FixedBooking, ...] = (),
    pins: tuple[Pin, ...] = (),
    max_panels_per_day: int = 2,
) -> Session:
    """A complete session: the registry's facts, the caller's overrides, then defaults."""
    known = _base(number) if parts is None else _given(number, parts)
    first, last = known.parts[0][0], known.parts[-1][1]
    year_holidays = _year_holidays(known.parts, holidays_added or [], holidays_removed or set())
    holidays = [h for h in year_holidays if first <= h.date <= last]
    working = list(working_days_of(tuple(known.parts), tuple(holidays)))
    hls, hls_warning = _high_level_segment(high_level_segment or known.high_level_segment, first, working)
    if hls is not None and not full_days:
        # The high-level segment sits all day, three meetings (hrc_calendar.yaml high_level_segment).
        full_days = frozenset(day for day in working if hls[0] <= day <= hls[1])
    windows = default_item_windows(working, voting_days)
    windows.update(item_windows or {})
    warnings = [] if parts is None else _dates_of_another_session(number, parts)
    warnings += _projection_warning(number, known) + _holidays_outside(holidays_added or [], first, last)
    warnings += hls_warning + eid_warnings(first, last, year_holidays)
    session = Session(
        number=number,
        parts=known.parts,
        room=room or known.room,
        status=known.status,
        projected=known.projected,
        sources=list(known.sources),
        high_level_segment=hls,
        day_slots=day_slots,
        full_day_slots=full_day_slots,
        full_days=full_days,
        holidays=tuple(holidays),
        item_windows=windows,
        voting_days=voting_days,
        fixed_bookings=fixed_bookings,
        pins=pins,
        max_panels_per_day=max_panels_per_day,
    )
    unseen = [_outside_the_meetings(session, booking) for booking in fixed_bookings]
    return session.model_copy(update={"warnings": (*warnings, *filter(None, unseen))})


def _projection_warning(number: int, known: _Known) -> list[str]:
    if not known.projected:
        return []
    start, end = known.parts[0]
    return [
        f"session {number} dates are projected ({start.isoformat()} to {end.isoformat()}): "
        "confirm the dates with start and end in the session file"
    ]


def _holidays_outside(added: list[Holiday], first: dt.date, last: dt.date) -> list[str]:
    """A holiday the session file adds outside the session: a mistyped month, most likely."""
    return [
        f"holiday {h.date.isoformat()} ({h.name}) is outside the session ({first.isoformat()} to {last.isoformat()}): "
        "check its date"
        for h in added
        if not first <= h.date <= last
    ]


def _high_level_segment(
    given: tuple[dt.date, dt.date] | None, first: dt.date, working: list[dt.date]
) -> tuple[tuple[dt.date, dt.date] | None, list[str]]:
    """The segment given or registered; in a main session without one, its first days (said so)."""
    if given is not None or session_of_year(first) != "main" or not working:
        return given, []
    hls = (working[0], working[min(HLS_DAYS, len(working)) - 1])
    return hls, [
        f"high-level segment assumed on the first {HLS_DAYS} working days "
        f"({hls[0].isoformat()} to {hls[1].isoformat()}): set high_level_segment to confirm"
    ]


def _outside_the_meetings(session: Session, booking: FixedBooking) -> str | None:
    """A booking in none of its day's meetings: the programme's grid, a row per meeting, cannot show it."""
    slots = session.slots_on(booking.date)
    if any(booking.takes_part_of(slot) for slot in slots):
        return None
    hours = ", ".join(slot.label() for slot in slots) or "none: not a working day of the session"
    return (
        f"fixed booking '{booking.label}' on {booking.date.isoformat()} at {booking.start:%H:%M}-{booking.end:%H:%M} "
        f"is in none of the day's meetings ({hours}): move it into one, or the Word programme cannot show it"
    )


def _dates_of_another_session(number: int, parts: list[tuple[dt.date, dt.date]]) -> list[str]:
    """Dates that do not meet the registry's for the session number: one of the two is mistyped
    (the number decides which standing mandates are due)."""
    if number not in _sessions_by_number():
        return []
    known = _base(number).parts
    if any(start <= known_end and known_start <= end for start, end in parts for known_start, known_end in known):
        return []
    given = f"{parts[0][0].isoformat()} to {parts[-1][1].isoformat()}"
    registered = f"{known[0][0].isoformat()} to {known[-1][1].isoformat()}"
    return [
        f"session {number} runs from {registered} in the Council's calendar, not {given} as the session file "
        "says: check the session number and the dates (the number decides which standing mandates are due)"
    ]


def _given(number: int, parts: list[tuple[dt.date, dt.date]]) -> _Known:
    """Dates from a session file: they confirm a projection, and keep the registry's room."""
    try:
        known = _base(number)
    except InputError:
        return _Known(parts=parts, room="Room XX", status="session file")
    if known.parts == parts:
        return replace(known, projected=False)
    return _Known(parts=parts, room=known.room, status="session file")


@lru_cache(maxsize=256)
def registered_session(number: int) -> Session:
    return build_session(number)
