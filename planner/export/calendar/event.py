"""The calendar event as planner decides it, and the fields every kind of event shares."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from typing import Literal

from planner.core.agenda import agenda_titles
from planner.core.mandate import DocumentInfo, MeetingReport
from planner.core.un_style import REPORT_NAMES
from planner.export.calendar.language import english_phrase, in_english
from planner.export.calendar.text import one_line

UID_DOMAIN = "hrc-planner"
VENUE = "Palais des Nations, Geneva"
THEME_IN_SUMMARY = 160  # characters; the whole theme is in the description

Status = Literal["CONFIRMED", "TENTATIVE", "CANCELLED"]


@dataclasses.dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT, everything decided: ics.py only writes it."""

    uid: str
    calendar: str  # file stem of the meeting's own calendar
    meeting: str  # id of the meeting mandate
    start: dt.datetime | dt.date  # naive Geneva time (programme.ZONE), or an all-day date
    end: dt.datetime | dt.date
    summary: str
    description: str
    location: str = ""
    categories: tuple[str, ...] = ()
    related_to: tuple[str, ...] = ()
    status: Status = "CONFIRMED"
    sequence: int = 0
    created: dt.date | None = None
    last_modified: dt.date | None = None
    reminder: bool = False  # a deadline, not a booking: it blocks no one's day (TRANSP:TRANSPARENT)

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)

    def digest(self) -> str:
        """Fingerprint of what a reader sees besides the times, to spot an updated event."""
        seen = [self.summary, self.location, self.description, *self.categories, "|"]
        seen += [*self.related_to, self.status]
        return hashlib.sha256("\x1f".join(seen).encode("utf-8")).hexdigest()[:16]


def uid(stem: str, suffix: str = "") -> str:
    return f"{stem}{suffix}@{UID_DOMAIN}"


def categories(item: int | None, *names: str) -> tuple[str, ...]:
    labels = [f"Item {item}"] if item is not None else []
    return tuple(one_line(label[:1].upper() + label[1:]) for label in [*labels, *names])


def report_name(report: MeetingReport) -> str:
    """ "Summary report"."""
    name = REPORT_NAMES[report.form]
    return name[:1].upper() + name[1:]


def agenda_line(item: int | None, document: DocumentInfo) -> str:
    if item is None:
        return "Agenda item: not stated in the mandate"
    line = f"Agenda item {item}: {agenda_titles('en').get(item, 'unknown item')}"
    chinese = agenda_titles("zh")
    if document.language == "zh" and item in chinese:
        line += f" ({chinese[item]})"
    return line


def author(author: str) -> str:
    name = one_line(author)
    english = english_phrase(name)
    if english is None:  # quoted in its own language, with no English article before it
        return in_english(name)
    return english if english.lower().startswith("the ") else f"the {english}"
