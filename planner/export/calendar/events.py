"""What goes in a session's calendar: one event per placement and per report deadline.

Pure: from a programme of work to `CalendarEvent`s; releases.py then numbers them
against the previous release and ics.py writes them. Identity comes from the mandate
(UIDs are built from the resolution symbol, the operative paragraph and the session),
so a meeting keeps its UID from one plan to the next however it moves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from planner.core.mandate import DocumentInfo, MeetingMandate, MeetingReport, cite
from planner.core.meeting_names import kind_name, meeting_words
from planner.core.programme import (
    MandateRef,
    Placement,
    ProgrammeOfWork,
    SessionSummary,
)
from planner.core.reports import due_session_of, report_of
from planner.core.un_style import clock, long_date, ordinal, slug
from planner.errors import InputError
from planner.export.calendar.event import (
    THEME_IN_SUMMARY,
    VENUE,
    CalendarEvent,
    agenda_line,
    author,
    categories,
    report_name,
    uid,
)
from planner.export.calendar.language import in_english
from planner.export.calendar.session_events import activity_event, booking_event, documentation_event
from planner.export.calendar.text import clean, one_line, shorten


def plan_events(
    programme: ProgrammeOfWork, sessions: Mapping[int, SessionSummary] | None = None
) -> list[CalendarEvent]:
    """Every placement of the programme, the report deadline of each placed meeting, and every
    activity of the order of business (dialogues, general debates, ...)."""
    events: list[CalendarEvent] = [activity_event(programme, scheduled) for scheduled in programme.activities]
    events += [booking_event(programme, booking) for booking in programme.bookings]
    events += [documentation_event(programme, report) for report in programme.documentation]
    for stem, placements in _meetings(programme).items():
        parts = [_meeting_event(programme, stem, placement) for placement in placements]
        events += parts
        deadline = _deadline_event(programme, stem, placements[0], parts, sessions or {})
        if deadline is not None:
            events.append(deadline)
    if provisional(programme):
        events = [dataclasses.replace(e, status="TENTATIVE") if e.status == "CONFIRMED" else e for e in events]
    return events


def provisional(programme: ProgrammeOfWork) -> bool:
    """Whether the programme is still a draft: a version dated before the session opens. The
    Council adopts its programme of work at the first meeting; until then every event is
    TENTATIVE, as the programme says "provisional and subject to change"; a version of the
    first day or later (the programme as adopted, then as revised) gives CONFIRMED events."""
    return programme.version < programme.session.start


def meeting_name(mandate: MeetingMandate) -> str:
    """ "Annual full-day meeting on the rights of the child"."""
    name = meeting_words(mandate, half_day=True)
    theme = one_line(mandate.theme or "")
    if theme:
        name += " on " + shorten(theme, THEME_IN_SUMMARY)
    return name


def _meetings(programme: ProgrammeOfWork) -> dict[str, list[Placement]]:
    """Placements grouped by meeting, under the stem of their UIDs, in time order."""
    by_stem: dict[str, list[Placement]] = {}
    for placement in sorted(programme.placements, key=lambda p: (p.start, p.part)):
        by_stem.setdefault(_stem(placement, programme.session.number), []).append(placement)
    meetings: dict[str, list[Placement]] = {}
    for stem, placements in by_stem.items():
        ids = {p.ref.mandate.id for p in placements}
        for placement in placements:
            # Two mandates read as one key (sub-paragraphs, a symbol-less draft): their
            # ids tell them apart, so neither takes the other's UID.
            key = stem if len(ids) == 1 else f"{stem}-{slug(placement.ref.mandate.id)}"
            meetings.setdefault(key, []).append(placement)
    return meetings


def _stem(placement: Placement, session: int) -> str:
    mandate, document = placement.ref.mandate, placement.ref.document
    if document.symbol:
        # A standing mandate built into planner may not know its paragraph (0): its id stands in.
        paragraph = f"op{mandate.paragraph}" if mandate.paragraph > 0 else slug(mandate.id)
        return f"hrc{session}-{slug(document.symbol)}-{paragraph}"
    # No symbol (a declared mandate, a draft): the id names the meeting, once.
    stem = f"hrc{session}-doc-{slug(mandate.id)}"
    return f"{stem}-op{mandate.paragraph}" if mandate.paragraph > 0 else stem


def _meeting_event(programme: ProgrammeOfWork, stem: str, placement: Placement) -> CalendarEvent:
    ref = placement.ref
    part = f"-part{placement.part}" if placement.parts > 1 else ""
    summary = meeting_name(ref.mandate) + _cited(ref.document)
    if placement.parts > 1:
        summary += f", part {placement.part} of {placement.parts}"
    return CalendarEvent(
        uid=uid(stem, part),
        calendar=stem,
        meeting=ref.mandate.id,
        start=placement.start,
        end=placement.end,
        summary=one_line(summary),
        description=_meeting_description(programme, placement),
        location=one_line(f"{placement.room}, {VENUE}"),
        categories=categories(ref.agenda_item, kind_name(ref.mandate)),
    )


def _cited(document: DocumentInfo) -> str:
    return f" ({cite(document, short=True)})" if document.symbol else ""


def _meeting_description(programme: ProgrammeOfWork, placement: Placement) -> str:
    ref, session = placement.ref, programme.session.number
    mandate, document = ref.mandate, ref.document
    meeting = f"{ordinal(placement.meeting_number)} meeting of the {ordinal(session)} session"
    if placement.parts > 1:
        meeting += f", part {placement.part} of {placement.parts}"
    lines = [
        agenda_line(ref.agenda_item, document),
        f"Time: {long_date(placement.start.date())}, {_hours(placement)} (Geneva time)",
        f"Meeting: {meeting}",
        f"Chair: {_stated(mandate.chair, '[chairs]')}",
        f"Theme: {_stated(mandate.theme, '[themes]')}",
        f"Participants: {_stated(mandate.participants, '[participants]')}",
        "Accessibility: "
        + (
            "to be fully accessible to persons with disabilities (asked in the mandate)"
            if mandate.accessible
            else "not asked in the mandate"
        ),
        f"Mandate: {_mandate_line(ref, mandate.paragraph)}",
    ]
    # The scheduler's reason is not copied here: it changes with unrelated meetings, and
    # every change to an event makes calendar clients send it out again.
    lines.append(_report_line(report_of(mandate, programme), session))
    return "\n".join(lines)


def _report_line(report: MeetingReport | None, session: int) -> str:
    if report is None:
        return "Report: none asked in the mandate"
    due, assumed = due_session_of(report, session)
    line = f"{report_name(report)}: by {author(report.author)}, due at the {ordinal(due)} session"
    return line + " (assumed: the resolution names none)" if assumed else line


def _hours(placement: Placement) -> str:
    return f"{clock(placement.start)}-{clock(placement.end)}"


def _stated(value: str | None, table: str) -> str:
    text = clean(value or "")
    return in_english(text, f"give it in English in session.toml {table}") if text else "not stated in the mandate"


def _mandate_line(ref: MandateRef, paragraph: int) -> str:
    """Where the mandate comes from, as its origin says: a resolution's paragraph, a declaration
    in the session file, or planner's list of standing mandates."""
    document = ref.document
    source = cite(document) + (f" ({one_line(document.symbol)})" if document.symbol else "")
    source += f", operative paragraph {paragraph}" if paragraph > 0 else ""
    if ref.origin == "session_file":
        declared = f"declared in {ref.source.removesuffix(' (declared)')}"
        return f"{source} ({declared})" if document.symbol else f"{declared}; its resolution is not identified"
    if ref.origin == "built_in":
        return f"{source}, a standing mandate built into planner" + (
            "" if paragraph > 0 else " (paragraph not recorded)"
        )
    return source if paragraph > 0 else f"{source} (paragraph not recorded)"


def _deadline_event(
    programme: ProgrammeOfWork,
    stem: str,
    placement: Placement,
    parts: list[CalendarEvent],
    sessions: Mapping[int, SessionSummary],
) -> CalendarEvent | None:
    """The all-day "Summary report due" event: on the day it must reach conference services (ten
    weeks before the due session, programme.lead_times), else on the due session's first day."""
    mandate = placement.ref.mandate
    report = report_of(mandate, programme)
    if report is None:
        return None
    due, assumed = due_session_of(report, programme.session.number)
    opening, projected = _opening_day(programme.session, due, sessions)
    name = report_name(report)
    subject = one_line(mandate.theme or "") or meeting_name(mandate)
    meeting = meeting_name(mandate)
    lines = [
        (
            f"{name} on the {meeting[:1].lower()}{meeting[1:]}, by {author(report.author)},"
            f" due at the {ordinal(due)} session."
        ),
    ]
    day = opening
    if programme.lead_times is not None:
        day, issued = programme.lead_times.deadlines(opening)
        lines.append(
            f"Date: submission to conference services, {long_date(day)}; issuance by {long_date(issued)};"
            f" the {ordinal(due)} session opens on {long_date(opening)}."
        )
    else:
        lines.append(f"Date: the first day of the {ordinal(due)} session, {long_date(opening)}.")
    if assumed:
        lines.append(
            "Assumed: the resolution names no session for the report; the session after"
            " the meeting is assumed. Confirm the date."
        )
    if projected:
        lines.append(
            f"Projected: the dates of the {ordinal(due)} session are projected from the"
            " yearly pattern of sessions. Confirm them."
        )
    lines += [
        f"Mandate: {_mandate_line(placement.ref, report.paragraph)}",
        (f"Meeting: {meeting}, {long_date(placement.start.date())}, {_hours(placement)} (Geneva time)"),
    ]
    doubtful = assumed or projected
    return CalendarEvent(
        uid=uid(stem, "-report"),
        calendar=stem,
        meeting=mandate.id,
        start=day,
        end=day + dt.timedelta(days=1),
        summary=one_line(f"{name} due: {shorten(subject, THEME_IN_SUMMARY)}"),
        description="\n".join(lines),
        categories=categories(
            placement.ref.agenda_item,
            f"{name} due",
            *(["Assumed date"] if doubtful else []),
        ),
        related_to=tuple(part.uid for part in parts),
        status="TENTATIVE" if doubtful else "CONFIRMED",
        reminder=True,
    )


def _opening_day(current: SessionSummary, number: int, sessions: Mapping[int, SessionSummary]) -> tuple[dt.date, bool]:
    """First day of session `number`, and whether that date is projected.

    The plan's own session, else the sessions the caller gives (the pipeline gives every
    session a report of the plan falls due at, from the registry or projected).
    """
    if number == current.number:
        return current.start, current.projected
    if number not in sessions:
        raise InputError(f"no dates given for the {ordinal(number)} session, at which a report falls due")
    return sessions[number].start, sessions[number].projected
