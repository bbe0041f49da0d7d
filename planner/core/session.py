"""One session of the Council: its days, meeting slots, holidays and agenda-item windows.

A `Session` is complete once built: defaults (slots, windows, holidays, high-level
segment) are already filled in, so the scheduler reads it and never guesses. Build one
with `planner.sessions.registry.registered_session(number)` (the built-in registry,
projected past the 61st session) or from a session file (planner.sessions.session_file).
"""

from __future__ import annotations

import datetime as dt
import functools

from pydantic import BaseModel, ConfigDict, Field, field_validator

from planner.core.agenda import AGENDA_ITEMS
from planner.core.programme import SessionSummary

DAY_OPENS, DAY_CLOSES = dt.time(8, 0), dt.time(19, 0)  # Palais des Nations building hours


class Holiday(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    date: dt.date
    name: str
    source: str = "computed"  # "computed", "built-in <year> list", or the session file


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Slot(_Model):
    """A meeting slot in a day, in Geneva local time."""

    start: dt.time
    end: dt.time

    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)

    def label(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


NORMAL_DAY_SLOTS = (Slot(start=dt.time(10), end=dt.time(13)), Slot(start=dt.time(15), end=dt.time(18)))
FULL_DAY_SLOTS = (
    Slot(start=dt.time(9), end=dt.time(12)),
    Slot(start=dt.time(12), end=dt.time(15)),  # the lunch-hour meeting, numbered too
    Slot(start=dt.time(15), end=dt.time(18)),
)


class FixedBooking(_Model):
    """Something already in the programme at a fixed time (opening, UPR adoptions, voting)."""

    date: dt.date
    start: dt.time
    end: dt.time
    label: str
    item: int | None = None

    def takes_part_of(self, slot: Slot) -> bool:
        """The booking and the slot share some time (on the booking's day)."""
        return self.start < slot.end and slot.start < self.end


class Pin(_Model):
    """A user's decision that a mandated meeting goes to this day (and slot, if given)."""

    mandate: str  # a mandate id, a standing-mandate id, or "43/21 op8"
    date: dt.date
    start: dt.time | None = None


class Meeting(_Model):
    """A plenary meeting of the session: one slot on one working day, numbered."""

    number: int
    date: dt.date
    slot: Slot
    lunch: bool = False

    def starts(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.slot.start)

    def ends(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.slot.end)


class Session(_Model):
    number: int = Field(ge=1)
    parts: list[tuple[dt.date, dt.date]] = Field(min_length=1)  # two or more for a split session
    room: str = "Room XX"
    status: str = "actual"  # actual | announced | projected | session file
    projected: bool = False
    sources: list[str] = Field(default_factory=list)
    high_level_segment: tuple[dt.date, dt.date] | None = None
    day_slots: tuple[Slot, ...] = NORMAL_DAY_SLOTS
    full_day_slots: tuple[Slot, ...] = FULL_DAY_SLOTS
    full_days: frozenset[dt.date] = frozenset()
    holidays: tuple[Holiday, ...] = ()
    item_windows: dict[int, tuple[dt.date, dt.date]] = Field(default_factory=dict)
    voting_days: int = Field(default=2, ge=0)
    fixed_bookings: tuple[FixedBooking, ...] = ()
    pins: tuple[Pin, ...] = ()
    max_panels_per_day: int = Field(default=2, ge=1)
    # The Council opens every session with item 1 in its first meeting: no mandate goes there.
    opening_reserved: bool = True
    # The planner makes more days full days when the order of business needs them.
    add_full_days: bool = True
    warnings: tuple[str, ...] = ()

    @field_validator("item_windows")
    @classmethod
    def _known_items(cls, windows: dict[int, tuple[dt.date, dt.date]]) -> dict[int, tuple[dt.date, dt.date]]:
        for item in windows:
            if item not in AGENDA_ITEMS:
                raise ValueError(f"unknown agenda item {item}: items are 1 to 10")
        return windows

    @property
    def start(self) -> dt.date:
        return self.parts[0][0]

    @property
    def end(self) -> dt.date:
        return self.parts[-1][1]

    def days(self) -> list[dt.date]:
        """Every calendar day inside the session's parts."""
        found: list[dt.date] = []
        for first, last in self.parts:
            day = first
            while day <= last:
                found.append(day)
                day += dt.timedelta(days=1)
        return found

    def in_session(self, day: dt.date) -> bool:
        return any(first <= day <= last for first, last in self.parts)

    # Derived views are computed on each call, not cached on the instance: model_copy
    # (a session file's overrides) would otherwise carry stale values along.
    def holiday_on(self, day: dt.date) -> Holiday | None:
        return next((h for h in self.holidays if h.date == day), None)

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and self.holiday_on(day) is None and self.in_session(day)

    @property
    def working_days(self) -> tuple[dt.date, ...]:
        # Asked for thousands of times a plan: kept per parts and holidays, which is all it
        # depends on (not on the instance, for the reason above), and the same tuple each time.
        return working_days_of(tuple(self.parts), self.holidays)

    def slots_on(self, day: dt.date) -> tuple[Slot, ...]:
        return self.full_day_slots if day in self.full_days else self.day_slots

    @property
    def meetings(self) -> tuple[Meeting, ...]:
        """All plenary meetings, numbered through the session as the Council does."""
        found: list[Meeting] = []
        for day in self.working_days:
            slots = self.slots_on(day)
            for slot in slots:
                lunch = len(slots) == 3 and slot is slots[1]
                found.append(Meeting(number=len(found) + 1, date=day, slot=slot, lunch=lunch))
        return tuple(found)

    @property
    def voting(self) -> tuple[dt.date, ...]:
        """The last working days, kept for action on draft proposals."""
        return self.working_days[-self.voting_days :] if self.voting_days else ()

    def in_high_level_segment(self, day: dt.date) -> bool:
        hls = self.high_level_segment
        return hls is not None and hls[0] <= day <= hls[1]

    def window(self, item: int) -> tuple[dt.date, dt.date]:
        return self.item_windows.get(item, (self.start, self.end))

    def summary(self) -> SessionSummary:
        return SessionSummary(
            number=self.number,
            start=self.start,
            end=self.end,
            room=self.room,
            projected=self.projected,
            high_level_segment=self.high_level_segment,
        )


@functools.lru_cache(maxsize=256)
def working_days_of(parts: tuple[tuple[dt.date, dt.date], ...], holidays: tuple[Holiday, ...]) -> tuple[dt.date, ...]:
    """The weekdays of the parts that are no holiday, in the order of `Session.days` (cached: the
    registry and every Session ask it again and again for the same few sessions)."""
    off = {holiday.date for holiday in holidays}
    found: list[dt.date] = []
    for first, last in parts:
        day = first
        while day <= last:
            if day.weekday() < 5 and day not in off:
                found.append(day)
            day += dt.timedelta(days=1)
    return tuple(found)


def week_of(session_start: dt.date, day: dt.date) -> int:
    """Week number inside the session, 1 for the week the session opens in."""
    monday = session_start - dt.timedelta(days=session_start.weekday())
    return (day - monday).days // 7 + 1


def default_item_windows(
    working_days: tuple[dt.date, ...] | list[dt.date], voting_days: int
) -> dict[int, tuple[dt.date, dt.date]]:
    """Windows from the usual order of items (hrc_calendar.yaml typical_session_structure).

    Item 1 spans the session; items 2-3 run from the opening to the end of week 2 (week 3
    in sessions of five weeks or more); items 4-6 from week 2 to the week before the last
    full week; items 7-10 in the last full week; the last `voting_days` are for action on
    drafts and hold no panels. Windows overlap where the order slides in practice.
    """
    days = list(working_days)
    if not days:
        return {}
    usable = days[: len(days) - voting_days] if len(days) > voting_days else days
    start = days[0]
    weeks = week_of(start, days[-1])
    last_full = weeks if _full_week(days, start, weeks) else max(1, weeks - 1)
    early_end = max(2, -(-weeks // 2))

    def span(first_week: int, last_week: int) -> tuple[dt.date, dt.date]:
        inside = [d for d in usable if first_week <= week_of(start, d) <= last_week]
        inside = inside or usable
        return inside[0], inside[-1]

    windows = {1: (usable[0], usable[-1])}
    for item in (2, 3):
        windows[item] = span(1, early_end)
    for item in (4, 5, 6):
        windows[item] = span(min(2, weeks), max(2, last_full - 1))
    for item in range(7, 11):
        windows[item] = span(last_full, weeks)
    return windows


def _full_week(days: list[dt.date], start: dt.date, week: int) -> bool:
    return sum(1 for d in days if week_of(start, d) == week) >= 4
