"""The year calendar (.ics): one all-day event per body session placed, and the Council's sessions.

The same rules as the session calendars: UIDs from the domain (the body and its session of the
year, so a moved session keeps its UID), SEQUENCE+1 for a moved or changed event, a dropped one
kept as CANCELLED, DTSTAMP from the year file's version, never the clock; the release state is
written last (releases.settle).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from planner.core.un_style import ordinal, un_date
from planner.core.year import PALAIS, YearPlacement, YearPlan
from planner.errors import InputError
from planner.export import Rendered, YearContext
from planner.export.calendar.event import UID_DOMAIN, CalendarEvent
from planner.export.calendar.releases import CalendarChanges, ChangeKind, ReleaseState, release_json, settle
from planner.export.calendar.text import one_line
from planner.export.calendar.values import calendar_file

PRODID = "-//planner//Human Rights Council year planner//EN"


def calendar_name(plan: YearPlan) -> str:
    return f"year{plan.year}.ics"


def release_name(plan: YearPlan) -> str:
    return f"year{plan.year}.calendar-release.json"


def year_events(plan: YearPlan) -> list[CalendarEvent]:
    events = [_body_event(p) for p in plan.placements]
    for council in plan.council:
        events.append(
            CalendarEvent(
                uid=f"hrc{council.number}-session@{UID_DOMAIN}",
                calendar=f"year{plan.year}",
                meeting=f"hrc{council.number}",
                start=council.start,
                end=council.end + dt.timedelta(days=1),
                summary=f"Human Rights Council, {ordinal(council.number)} session",
                description="Regular session of the Council" + (" (dates projected)" if council.projected else ""),
                location=f"{council.room}, {PALAIS}",
                categories=("Human Rights Council",),
            )
        )
    return events


def _body_event(placement: YearPlacement) -> CalendarEvent:
    meeting = placement.meeting
    number = f"{ordinal(meeting.number)} session" if meeting.number else f"session {meeting.index} of the year"
    location = f"{placement.room}, {PALAIS}" if meeting.venue == "Geneva" else placement.room
    return CalendarEvent(
        uid=f"{meeting.id}@{UID_DOMAIN}",
        calendar=meeting.id,
        meeting=meeting.id,
        start=placement.start,
        end=placement.end + dt.timedelta(days=1),  # DTEND of an all-day event is the day after
        summary=one_line(f"{meeting.name}, {number}"),
        description=f"{len(placement.days)} working days. Why here: {placement.reason}",
        location=location,
        categories=("Subsidiary body", meeting.kind.replace("_", " ")),
    )


def export(context: YearContext) -> Rendered:
    plan, previous = context.plan, context.previous_release
    if previous is not None and previous.session != plan.year:
        raise InputError(f"the previous calendar release is of the year {previous.session}, not {plan.year}")
    events, state, changes = settle(year_events(plan), previous, session=plan.year, version=plan.version)
    events = [_cancelled_in_year(event, plan.year) for event in events]
    return Rendered(
        files={calendar_name(plan): _calendar(plan, events)},
        last={release_name(plan): release_json(state)},
        notes=tuple(_lines(changes, plan.year)),
    )


def _cancelled_in_year(event: CalendarEvent, year: int) -> CalendarEvent:
    # settle words a cancellation for a session of the Council; in the year calendar it is the year.
    if event.status != "CANCELLED":
        return event
    return dataclasses.replace(
        event, description=f"Cancelled: no longer in the plan of {year}. It was: {event.summary}."
    )


def _lines(changes: CalendarChanges, year: int) -> list[str]:
    kinds: tuple[ChangeKind, ...] = ("new", "reissued", "moved", "updated", "cancelled", "restored")
    counts = ", ".join(f"{changes.count(kind)} {kind}" for kind in kinds if changes.count(kind))
    head = f"Calendar of the year {year}, version of {un_date(changes.version)}: {counts or 'no changes'}"
    head += f", {changes.unchanged} unchanged"
    moved = [
        f"  {c.kind:<9}  {c.before + ' -> ' if c.before else ''}{c.when}  {c.summary}  (sequence {c.sequence})"
        for c in changes.changes
        if c.kind != "new"
    ]
    return [head, *moved]


def _calendar(plan: YearPlan, events: list[CalendarEvent]) -> bytes:
    note = f"Plan of the Council's year {plan.year}, version of {un_date(plan.version)}: provisional."
    name = f"Human Rights Council: the year {plan.year}"
    return calendar_file(PRODID, name, note, plan.version, events, timed=False)


__all__ = ["ReleaseState", "calendar_name", "export", "release_name", "year_events"]
