"""The session's calendar (.ics) and one calendar per meeting, for import or subscription.

    render_session_calendar(programme, previous)  -> bytes: every placement + deadlines
    render_meeting_calendar(programme, meeting_id, previous) -> bytes: one meeting
    export(context)                               -> Rendered: every calendar of the session,
                                                     numbered against the last release

Written for the clients staff use (Outlook, Google, Apple, Thunderbird): METHOD:PUBLISH,
no ATTENDEE, Geneva times with a VTIMEZONE in RRULE form (vtimezone.py), UIDs from the
mandate (events.py), and DTSTAMP/LAST-MODIFIED from the programme's version, never
the clock, so the same plan always gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from icalendar import Calendar

from planner.core.programme import ProgrammeOfWork, SessionSummary
from planner.core.reports import due_sessions
from planner.core.un_style import ordinal, un_date
from planner.errors import InputError
from planner.export import ExportContext, Rendered
from planner.export.calendar.event import CalendarEvent
from planner.export.calendar.events import plan_events
from planner.export.calendar.releases import (
    CalendarChanges,
    ReleaseState,
    release_json,
    settle,
)
from planner.export.calendar.text import shorten
from planner.export.calendar.values import calendar_file

__all__ = [
    "CalendarChanges",
    "ReleaseState",
    "release_path",
    "render_meeting_calendar",
    "render_session_calendar",
]

PRODID = "-//planner//Human Rights Council session planner//EN"
MEETINGS_FOLDER = "meetings"

Sessions = Mapping[int, SessionSummary]


def export(context: ExportContext) -> Rendered:
    """The session's calendar and each meeting's, compared with the last release; the release
    record goes apart (Rendered.last), for the pipeline to write before the calendars."""
    programme = context.programme
    number = programme.session.number
    sessions = {n: context.sessions(n) for n in sorted(due_sessions(programme) | {number})}
    release = calendar_release(programme, context.previous_release, sessions=sessions, published=context.published)
    return Rendered(
        files=release.files,
        last={release_name(programme): release.state},
        notes=tuple(release.changes.lines()),
    )


def render_session_calendar(
    programme: ProgrammeOfWork,
    previous: ReleaseState | None = None,
    *,
    sessions: Sessions | None = None,
) -> bytes:
    """The whole session: every placed meeting and every report deadline.

    `sessions` gives the dates of later sessions (for report deadlines); a session not
    in it is projected from the yearly pattern and its deadline marked as such.
    """
    events, _, _ = _release(programme, previous, sessions)
    return _calendar(programme, _session_name(programme), events)


def render_meeting_calendar(
    programme: ProgrammeOfWork,
    meeting_id: str,
    previous: ReleaseState | None = None,
    *,
    sessions: Sessions | None = None,
) -> bytes:
    """One meeting (both parts of a full day) and its report deadline; by mandate id."""
    events, _, _ = _release(programme, previous, sessions)
    chosen = [event for event in events if event.meeting == meeting_id]
    if not chosen:
        raise InputError(f"no meeting with id {meeting_id!r} in this programme of work")
    return _calendar(programme, _meeting_name(programme, chosen), chosen)


def session_calendar_name(programme: ProgrammeOfWork) -> str:
    return f"hrc{programme.session.number}.ics"


def published_sequences(path: Path) -> dict[str, int]:
    """UID -> SEQUENCE of the events of a calendar planner issued (none if it is not there or unreadable)."""
    try:
        calendar = Calendar.from_ical(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return {str(event["UID"]): int(event.get("SEQUENCE", 0)) for event in calendar.walk("VEVENT") if "UID" in event}


def release_name(programme: ProgrammeOfWork) -> str:
    """The file that keeps the release state of a session's calendars."""
    return f"hrc{programme.session.number}.calendar-release.json"


def release_path(programme: ProgrammeOfWork, folder: str | Path) -> Path:
    return Path(folder) / release_name(programme)


@dataclass(frozen=True)
class CalendarRelease:
    """A new release of the session's calendars: the files, the state to keep, the changes."""

    files: dict[str, bytes]  # relative name -> bytes: hrc<N>.ics and meetings/<meeting>.ics
    state: bytes  # the release state, kept for the next run
    changes: CalendarChanges


def calendar_release(
    programme: ProgrammeOfWork,
    previous: ReleaseState | None,
    *,
    sessions: Sessions | None = None,
    published: Mapping[str, int] | None = None,
) -> CalendarRelease:
    """Every calendar of the session, compared with the previous release; writes nothing.

    published: the sequences of a calendar issued before, when its release state is lost."""
    events, state, changes = _release(programme, previous, sessions, published)
    files = {session_calendar_name(programme): _calendar(programme, _session_name(programme), events)}
    for stem, chosen in sorted(_by_calendar(events).items()):
        files[f"{MEETINGS_FOLDER}/{stem}.ics"] = _calendar(programme, _meeting_name(programme, chosen), chosen)
    return CalendarRelease(files=files, state=release_json(state), changes=changes)


def _release(
    programme: ProgrammeOfWork,
    previous: ReleaseState | None,
    sessions: Sessions | None,
    published: Mapping[str, int] | None = None,
) -> tuple[list[CalendarEvent], ReleaseState, CalendarChanges]:
    if previous is not None and previous.session != programme.session.number:
        raise InputError(
            f"the previous calendar release is of the {ordinal(previous.session)} session,"
            f" not the {ordinal(programme.session.number)}"
        )
    planned = plan_events(programme, sessions)
    return settle(planned, previous, session=programme.session.number, version=programme.version, published=published)


def _by_calendar(events: list[CalendarEvent]) -> dict[str, list[CalendarEvent]]:
    calendars: dict[str, list[CalendarEvent]] = {}
    for event in events:
        if event.calendar:  # the order of business has no calendar of its own
            calendars.setdefault(event.calendar, []).append(event)
    return calendars


def _session_name(programme: ProgrammeOfWork) -> str:
    return f"Human Rights Council, {ordinal(programme.session.number)} session"


def _meeting_name(programme: ProgrammeOfWork, events: list[CalendarEvent]) -> str:
    first = min(events, key=lambda event: (event.all_day, event.uid))
    title = shorten(first.summary.split(", part ")[0], 120)
    return f"HRC{programme.session.number}: {title}"


def _calendar(programme: ProgrammeOfWork, name: str, events: list[CalendarEvent]) -> bytes:
    return calendar_file(PRODID, name, _version_note(programme), programme.version, events, timed=True)


def _version_note(programme: ProgrammeOfWork) -> str:
    session = programme.session
    note = (
        f"Programme of work of the {ordinal(session.number)} session of the Human Rights"
        f" Council, version of {un_date(programme.version)}: provisional and subject to"
        " change."
    )
    if session.projected:
        note += " The session dates are projected: confirm them."
    return note
