"""What goes in a session's calendar: one event per placement and per report deadline.

Pure: from a programme of work to `CalendarEvent`s; releases.py then numbers them
against the previous release and ics.py writes them. Identity comes from the mandate
(UIDs are built from the resolution symbol, the operative paragraph and the session),
so a meeting keeps its UID from one plan to the next however it moves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping
from typing import Literal

from planner.core.agenda import agenda_titles
from planner.core.mandate import DocumentInfo, MeetingMandate, MeetingReport, cite
from planner.core.meeting_names import kind_name, meeting_words
from planner.core.programme import (
    MandateRef,
    Placement,
    ProgrammeOfWork,
    ReportDue,
    ScheduledActivity,
    SessionSummary,
)
from planner.core.reports import due_session_of, report_of
from planner.core.un_style import REPORT_NAMES, clock, long_date, ordinal, slug
from planner.errors import InputError
from planner.export.calendar.language import english_phrase, in_english
from planner.export.calendar.text import clean, one_line, shorten

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

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)

    def digest(self) -> str:
        """Fingerprint of what a reader sees besides the times, to spot an updated event."""
        seen = [self.summary, self.location, self.description, *self.categories, "|"]
        seen += [*self.related_to, self.status]
        return hashlib.sha256("\x1f".join(seen).encode("utf-8")).hexdigest()[:16]


def plan_events(
    programme: ProgrammeOfWork, sessions: Mapping[int, SessionSummary] | None = None
) -> list[CalendarEvent]:
    """Every placement of the programme, the report deadline of each placed meeting, and every
    activity of the order of business (dialogues, general debates, ...)."""
    events: list[CalendarEvent] = [_activity_event(programme, scheduled) for scheduled in programme.activities]
    events += [_documentation_event(programme, report) for report in programme.documentation]
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


def _activity_event(programme: ProgrammeOfWork, scheduled: ScheduledActivity) -> CalendarEvent:
    """An activity of the order of business: in the session's calendar only (no file of its own),
    tentative, as the Council's items slide with the debate while panels keep their time."""
    number = programme.session.number
    # Always numbered: an activity that takes one more meeting in the next version keeps its first
    # part's UID (calendars update it) and adds one, instead of being cancelled and issued again.
    part = f"-part{scheduled.part}"
    summary = scheduled.label + (f", part {scheduled.part} of {scheduled.parts}" if scheduled.parts > 1 else "")
    meeting = f"{ordinal(scheduled.meeting_number)} meeting of the {ordinal(number)} session"
    description = [
        _agenda_line(scheduled.item, DocumentInfo()) if scheduled.item is not None else "Agenda item: items 1-10",
        f"Time: {long_date(scheduled.start.date())}, {clock(scheduled.start)}-{clock(scheduled.end)} (Geneva time)",
        f"Meeting: {meeting}",
        "In the order of business of the session: its time moves with the debates before it.",
    ]
    return CalendarEvent(
        uid=_uid(f"hrc{number}-{slug(scheduled.key)}", part),
        calendar="",
        meeting=scheduled.key,
        start=scheduled.start,
        end=scheduled.end,
        summary=one_line(summary),
        description="\n".join(description),
        location=one_line(f"{programme.session.room}, {VENUE}"),
        categories=_categories(scheduled.item, scheduled.kind.replace("_", " ")),
        status="TENTATIVE",
    )


def _documentation_event(programme: ProgrammeOfWork, report: ReportDue) -> CalendarEvent:
    """A report due at this session: all day on the day it must reach conference services."""
    name = REPORT_NAMES[report.form]
    name = name[:1].upper() + name[1:]
    subject = report.subject or f"{report.citation}, paragraph {report.paragraph}"
    description = [
        f"{name} by {_author(report.author)}, asked in {report.citation}, paragraph {report.paragraph},"
        f" for the {ordinal(programme.session.number)} session.",
        f"Date: submission to conference services, {long_date(report.submission)};"
        f" issuance by {long_date(report.issuance)}.",
    ]
    return CalendarEvent(
        uid=_uid(f"hrc{programme.session.number}-{slug(report.id)}", "-submission"),
        calendar="",
        meeting=report.id,
        start=report.submission,
        end=report.submission + dt.timedelta(days=1),
        summary=one_line(f"{name} due to conference services: {shorten(subject, THEME_IN_SUMMARY)}"),
        description="\n".join(description),
        categories=_categories(report.item, f"{name} due"),
    )


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


def _uid(stem: str, suffix: str = "") -> str:
    return f"{stem}{suffix}@{UID_DOMAIN}"


def _meeting_event(programme: ProgrammeOfWork, stem: str, placement: Placement) -> CalendarEvent:
    ref = placement.ref
    part = f"-part{placement.part}" if placement.parts > 1 else ""
    summary = meeting_name(ref.mandate) + _cited(ref.document)
    if placement.parts > 1:
        summary += f", part {placement.part} of {placement.parts}"
    return CalendarEvent(
        uid=_uid(stem, part),
        calendar=stem,
        meeting=ref.mandate.id,
        start=placement.start,
        end=placement.end,
        summary=one_line(summary),
        description=_meeting_description(programme, placement),
        location=one_line(f"{placement.room}, {VENUE}"),
        categories=_categories(ref.agenda_item, kind_name(ref.mandate)),
    )


def _cited(document: DocumentInfo) -> str:
    return f" ({cite(document, short=True)})" if document.symbol else ""


def _categories(item: int | None, *names: str) -> tuple[str, ...]:
    labels = [f"Item {item}"] if item is not None else []
    return tuple(one_line(label[:1].upper() + label[1:]) for label in [*labels, *names])


def _meeting_description(programme: ProgrammeOfWork, placement: Placement) -> str:
    ref, session = placement.ref, programme.session.number
    mandate, document = ref.mandate, ref.document
    meeting = f"{ordinal(placement.meeting_number)} meeting of the {ordinal(session)} session"
    if placement.parts > 1:
        meeting += f", part {placement.part} of {placement.parts}"
    lines = [
        _agenda_line(ref.agenda_item, document),
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
    line = f"{_report_name(report)}: by {_author(report.author)}, due at the {ordinal(due)} session"
    return line + " (assumed: the resolution names none)" if assumed else line


def _report_name(report: MeetingReport) -> str:
    """ "Summary report"."""
    name = REPORT_NAMES[report.form]
    return name[:1].upper() + name[1:]


def _agenda_line(item: int | None, document: DocumentInfo) -> str:
    if item is None:
        return "Agenda item: not stated in the mandate"
    line = f"Agenda item {item}: {agenda_titles('en').get(item, 'unknown item')}"
    chinese = agenda_titles("zh")
    if document.language == "zh" and item in chinese:
        line += f" ({chinese[item]})"
    return line


def _author(author: str) -> str:
    name = one_line(author)
    english = english_phrase(name)
    if english is None:  # quoted in its own language, with no English article before it
        return in_english(name)
    return english if english.lower().startswith("the ") else f"the {english}"


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
    name = _report_name(report)
    subject = one_line(mandate.theme or "") or meeting_name(mandate)
    meeting = meeting_name(mandate)
    lines = [
        (
            f"{name} on the {meeting[:1].lower()}{meeting[1:]}, by {_author(report.author)},"
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
        uid=_uid(stem, "-report"),
        calendar=stem,
        meeting=mandate.id,
        start=day,
        end=day + dt.timedelta(days=1),
        summary=one_line(f"{name} due: {shorten(subject, THEME_IN_SUMMARY)}"),
        description="\n".join(lines),
        categories=_categories(
            placement.ref.agenda_item,
            f"{name} due",
            *(["Assumed date"] if doubtful else []),
        ),
        related_to=tuple(part.uid for part in parts),
        status="TENTATIVE" if doubtful else "CONFIRMED",
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
