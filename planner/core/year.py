"""The Council's year: its subsidiary bodies, the facts of a year, and the plan of their sessions.

Typed core, knowing nothing of files: the register (planner.sessions.bodies) and the year file
(planner.sessions.year_file) build a `YearSetup`; schedule/year places the bodies' sessions
into a `YearPlan`, which the exporters (export/year) only read.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from planner.core.mandate import BodyKind, BodySession
from planner.core.session import Holiday

RoomSize = Literal["large", "medium"]
PALAIS = "Palais des Nations, Geneva"


class _Model(BaseModel):
    # Built on first use: only `planner year` and the web app's year use most of them, and
    # building them cost every other command some 10 ms of its start.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class UsualSession(_Model):
    """One of a body's sessions in a year, at its usual time."""

    anchor: str = Field(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")  # "MM-DD": in the week holding it
    weekday: int = Field(default=0, ge=0, le=4)  # the day of the week it opens on
    label: str = ""
    venue: str = "Geneva"  # "New York": no room of the Palais is needed
    basis: str = ""  # the sessions the anchor is read from

    def target(self, year: int) -> dt.date:
        """The usual first day in `year`: in the working week holding the anchor (the next, for a weekend)."""
        month, day = (int(part) for part in self.anchor.split("-"))
        anchor = dt.date(year, month, min(day, 28) if (month, day) == (2, 29) else day)
        monday = anchor - dt.timedelta(days=anchor.weekday())
        if anchor.weekday() >= 5:
            monday += dt.timedelta(days=7)
        return monday + dt.timedelta(days=self.weekday)


class Body(_Model):
    """A subsidiary body of the Council that holds sessions of its own (the register's entry)."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    kind: BodyKind
    established_by: str
    first_year: int
    last_year: int | None = None  # a concluded body
    length_days: int | None = Field(default=None, ge=1, le=30)
    sessions: tuple[UsualSession, ...] = Field(min_length=1)
    years: Literal["odd", "even"] | None = None
    during_council: bool = False  # it may meet while the Council sits (in another room)
    fixed: bool = False  # placed first, as a block
    size: RoomSize = "medium"
    rooms: tuple[str, ...] = ()  # where it usually meets, tried first
    reports_to: str = ""
    sources: tuple[str, ...] = ()

    def meets_in(self, year: int) -> bool:
        if year < self.first_year or (self.last_year is not None and year > self.last_year):
            return False
        return self.years is None or (year % 2 == 0) == (self.years == "even")


class Room(_Model):
    name: str
    size: RoomSize = "medium"

    def fits(self, need: RoomSize) -> bool:
        return self.size == "large" or need == "medium"


class CouncilSession(_Model):
    number: int
    start: dt.date
    end: dt.date
    room: str
    projected: bool = False

    def holds(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


class YearPin(_Model):
    """A body's session put on a date by hand (and in a room, if given)."""

    body: str
    session: int = Field(default=1, ge=1)  # which of its sessions in the year, counted from 1
    start: dt.date
    room: str | None = None


class YearSetup(_Model):
    """Everything the placement reads: the year's facts, complete (defaults filled in)."""

    year: int
    version: dt.date
    council: tuple[CouncilSession, ...]
    holidays: tuple[Holiday, ...] = ()
    rooms: tuple[Room, ...]
    bodies: tuple[Body, ...]
    pins: tuple[YearPin, ...] = ()
    warnings: tuple[str, ...] = ()

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and all(h.date != day for h in self.holidays)


class BodyMandate(_Model):
    """A body's session ordered by a supplied resolution: it takes precedence over the register."""

    id: str  # the meeting id `planner extract` gives it
    session: BodySession
    citation: str  # "res. 21/30 op. 1"
    adopted_year: int | None = None
    # The dates of the Council sessions the paragraph names ("before its sixteenth session").
    council_dates: dict[int, tuple[dt.date, dt.date]] = Field(default_factory=dict)


class YearMeeting(_Model):
    """A session of a body due in the year, with what its placement must respect."""

    id: str  # stable: from the body and its session (calendar UIDs, file names)
    body: str
    name: str
    kind: str
    index: int  # which of the body's sessions in the year, from 1
    number: int | None = None  # the body's own session number, when a text states it
    label: str = ""
    days: int | None = None  # working days; None: not known
    venue: str = "Geneva"
    size: RoomSize = "medium"
    rooms: tuple[str, ...] = ()
    target: dt.date  # the usual (or ordered) first day
    during_council: bool = False
    fixed: bool = False
    window: tuple[dt.date, dt.date] | None = None  # the days it must fall in
    start: dt.date | None = None  # set by a text's dates or a pin
    room: str | None = None  # a pinned room
    source: str  # "register" or the citation of the resolution
    basis: str = ""  # why the target is where it is


class YearPlacement(_Model):
    meeting: YearMeeting
    start: dt.date
    end: dt.date
    days: tuple[dt.date, ...]
    room: str  # a Palais room, or the venue elsewhere ("New York")
    reason: str


class YearUnplaced(_Model):
    meeting: YearMeeting
    diagnosis: str


class YearPlan(_Model):
    year: int
    version: dt.date
    council: tuple[CouncilSession, ...]
    holidays: tuple[Holiday, ...] = ()
    placements: tuple[YearPlacement, ...] = ()
    unplaced: tuple[YearUnplaced, ...] = ()
    warnings: tuple[str, ...] = ()
