"""The session's own events beside the mandated meetings: the order of business, the reports
due at the session, the fixed bookings of the session file. In the session's calendar only."""

from __future__ import annotations

import datetime as dt

from planner.core.mandate import DocumentInfo
from planner.core.programme import Booking, ProgrammeOfWork, ReportDue, ScheduledActivity
from planner.core.un_style import REPORT_NAMES, clock, long_date, ordinal, slug
from planner.export.calendar.event import (
    THEME_IN_SUMMARY,
    VENUE,
    CalendarEvent,
    agenda_line,
    author,
    categories,
    uid,
)
from planner.export.calendar.text import one_line, shorten


def activity_event(programme: ProgrammeOfWork, scheduled: ScheduledActivity) -> CalendarEvent:
    """An activity of the order of business: in the session's calendar only (no file of its own),
    tentative, as the Council's items slide with the debate while panels keep their time."""
    number = programme.session.number
    # Always numbered: an activity that takes one more meeting in the next version keeps its first
    # part's UID (calendars update it) and adds one, instead of being cancelled and issued again.
    part = f"-part{scheduled.part}"
    summary = scheduled.label + (f", part {scheduled.part} of {scheduled.parts}" if scheduled.parts > 1 else "")
    meeting = f"{ordinal(scheduled.meeting_number)} meeting of the {ordinal(number)} session"
    description = [
        agenda_line(scheduled.item, DocumentInfo()) if scheduled.item is not None else "Agenda item: items 1-10",
        f"Time: {long_date(scheduled.start.date())}, {clock(scheduled.start)}-{clock(scheduled.end)} (Geneva time)",
        f"Meeting: {meeting}",
        "In the order of business of the session: its time moves with the debates before it.",
    ]
    return CalendarEvent(
        uid=uid(f"hrc{number}-{slug(scheduled.key)}", part),
        calendar="",
        meeting=scheduled.key,
        start=scheduled.start,
        end=scheduled.end,
        summary=one_line(summary),
        description="\n".join(description),
        location=one_line(f"{programme.session.room}, {VENUE}"),
        categories=categories(scheduled.item, scheduled.kind.replace("_", " ")),
        status="TENTATIVE",
    )


def documentation_event(programme: ProgrammeOfWork, report: ReportDue) -> CalendarEvent:
    """A report due at this session: all day on the day it must reach conference services."""
    name = REPORT_NAMES[report.form]
    name = name[:1].upper() + name[1:]
    subject = report.subject or f"{report.citation}, paragraph {report.paragraph}"
    description = [
        f"{name} by {author(report.author)}, asked in {report.citation}, paragraph {report.paragraph},"
        f" for the {ordinal(programme.session.number)} session.",
        f"Date: submission to conference services, {long_date(report.submission)};"
        f" issuance by {long_date(report.issuance)}.",
    ]
    return CalendarEvent(
        uid=uid(f"hrc{programme.session.number}-{slug(report.id)}", "-submission"),
        calendar="",
        meeting=report.id,
        start=report.submission,
        end=report.submission + dt.timedelta(days=1),
        summary=one_line(f"{name} due to conference services: {shorten(subject, THEME_IN_SUMMARY)}"),
        description="\n".join(description),
        categories=categories(report.item, f"{name} due"),
        reminder=True,
    )


def booking_event(programme: ProgrammeOfWork, booking: Booking) -> CalendarEvent:
    """A fixed booking of the session file (the opening, the High Commissioner's update, ...)."""
    number = programme.session.number
    label = f"ITEM {booking.item} - {booking.label}" if booking.item is not None else booking.label
    description = [
        agenda_line(booking.item, DocumentInfo()) if booking.item is not None else "Agenda item: not stated",
        f"Time: {long_date(booking.start.date())}, {clock(booking.start)}-{clock(booking.end)} (Geneva time)",
        "Fixed in the session file.",
    ]
    return CalendarEvent(
        uid=uid(f"hrc{number}-fixed-{booking.start:%Y%m%d-%H%M}-{slug(booking.label)}"),
        calendar="",
        meeting=f"fixed-{booking.start:%Y%m%d-%H%M}",
        start=booking.start,
        end=booking.end,
        summary=one_line(label),
        description="\n".join(description),
        location=one_line(f"{programme.session.room}, {VENUE}"),
        categories=categories(booking.item, "fixed booking"),
    )
