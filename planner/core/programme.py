"""The programme of work of one session: where each mandated meeting goes, and why.

Typed core shared by the scheduler (which builds it) and the exporters (calendar,
Word grid, summary-report drafts), which only read it.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from planner.core.mandate import DocumentInfo, MeetingMandate, ReportMandate

ZONE = "Europe/Zurich"  # every clock time in a programme is Geneva local time


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SessionSummary(_Model):
    """The facts about a session that exporters print."""

    number: int
    start: dt.date
    end: dt.date
    room: str = "Room XX"
    projected: bool = False  # dates projected from the yearly pattern, not announced
    high_level_segment: tuple[dt.date, dt.date] | None = None


# Where a meeting mandate comes from: an operative paragraph of a resolution text, a
# declaration in session.toml, or the built-in list of standing mandates.
Origin = Literal["resolution", "session_file", "built_in"]


class MandateRef(_Model):
    """A meeting mandate together with the resolution that gives it, wherever it was found."""

    mandate: MeetingMandate
    document: DocumentInfo
    origin: Origin = "resolution"
    source: str  # the file the mandate was read from or declared in; "built-in" for standing mandates

    @property
    def agenda_item(self) -> int | None:
        """The item the mandate states, else the one its resolution was adopted under."""
        return self.mandate.agenda_item if self.mandate.agenda_item is not None else self.document.agenda_item


class Placement(_Model):
    """One meeting (or one half of a full-day meeting) placed in a slot."""

    ref: MandateRef
    part: int = 1  # 1 or 2 for a full-day meeting held as two meetings
    parts: int = 1
    start: dt.datetime  # naive, Geneva local time (ZONE)
    end: dt.datetime
    meeting_number: int  # numbered through the session, lunch-hour meetings included
    room: str
    reason: str


class Unplaced(_Model):
    ref: MandateRef
    diagnosis: str


class ScheduledActivity(_Model):
    """An activity of the order of business (a dialogue, a general debate, ...) in its meeting.

    An activity longer than what is left of a meeting continues in the next one: each meeting
    it takes is one ScheduledActivity, numbered part of parts."""

    key: str
    item: int | None
    kind: str
    label: str
    start: dt.datetime  # naive, Geneva local time (ZONE)
    end: dt.datetime
    meeting_number: int
    part: int = 1
    parts: int = 1
    reason: str


class UnscheduledActivity(_Model):
    key: str
    item: int | None
    label: str
    diagnosis: str


class ReportDue(_Model):
    """A report the Council considers at this session, with the dates it must meet to be read."""

    id: str
    form: str
    author: str
    subject: str | None = None
    citation: str  # "res. 43/21", or the symbol, of the resolution that asks for it
    paragraph: int
    item: int | None = None  # the item its resolution was adopted under
    submission: dt.date  # to conference services
    issuance: dt.date  # issued in all official languages


class DocumentLeadTimes(_Model):
    submission_weeks: int
    issuance_weeks: int

    def deadlines(self, opening: dt.date) -> tuple[dt.date, dt.date]:
        """(submission, issuance) for a session that opens on `opening`."""
        return opening - dt.timedelta(weeks=self.submission_weeks), opening - dt.timedelta(weeks=self.issuance_weeks)


class Booking(_Model):
    """Something fixed in the programme before scheduling (opening, UPR adoptions, voting)."""

    start: dt.datetime
    end: dt.datetime
    label: str
    item: int | None = None


class MeetingSlot(_Model):
    number: int  # numbered through the session, lunch-hour meetings included
    start: dt.datetime
    end: dt.datetime
    lunch: bool = False


class SessionDay(_Model):
    """A weekday of the session, as a row of the programme grid."""

    date: dt.date
    holiday: str | None = None  # "Good Friday": no meeting that day
    meetings: list[MeetingSlot] = Field(default_factory=list)


class ProgrammeOfWork(_Model):
    session: SessionSummary
    version: dt.date  # "Version of <date>": from the plan inputs, never the clock
    placements: list[Placement] = Field(default_factory=list)
    unplaced: list[Unplaced] = Field(default_factory=list)
    not_for_this_session: list[MandateRef] = Field(default_factory=list)
    reports: list[ReportMandate] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    # Added for the programme grid: the session's weekdays with their meetings, and the
    # bookings that were fixed before scheduling.
    days: list[SessionDay] = Field(default_factory=list)
    bookings: list[Booking] = Field(default_factory=list)
    # The rest of the order of business, laid out around the placed meetings and bookings.
    activities: list[ScheduledActivity] = Field(default_factory=list)
    unscheduled: list[UnscheduledActivity] = Field(default_factory=list)
    # The reports due at this session with their deadlines, and the lead times for later ones.
    documentation: list[ReportDue] = Field(default_factory=list)
    lead_times: DocumentLeadTimes | None = None
