"""What the plan knows about a meeting whose resolution asks for a summary report.

Pure: takes placements from a ProgrammeOfWork and gives the facts a draft prints.
The due session's dates come in as a SessionSummary looked up by the caller, so
this module does not depend on the scheduler's session registry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from planner.core.mandate import MeetingMandate, MeetingReport, ReportForm
from planner.core.programme import MandateRef, Placement, ProgrammeOfWork, SessionSummary

# OHCHR presents its reports under item 2 together with the item of the meeting's
# mandate: "Agenda items 2 and 3" (A/HRC/28/39, A/HRC/27/36), "2 and 4" (A/HRC/38/29).
OFFICE_REPORT_ITEMS = (2,)


@dataclass(frozen=True)
class ReportFacts:
    """Everything a summary-report draft fills in; the rest is left to the drafter."""

    ref: MandateRef
    report_author: str  # as the resolution names it: "United Nations High Commissioner for Human Rights"
    held_on: tuple[dt.date, ...]  # one date, or the days of a meeting held in parts
    held_session: int
    due_session: int
    due_assumed: bool  # the resolution names no session: the one after the meeting
    due_dates: SessionSummary | None  # None: dates unknown, marked for the drafter
    report_paragraphs: tuple[int, ...]  # operative paragraphs to cite: meeting, report
    agenda_items: tuple[int, ...]  # empty when the mandate and resolution give none


def report_of(
    mandate: MeetingMandate, programme: ProgrammeOfWork | None = None, *, form: ReportForm | None = None
) -> MeetingReport | None:
    """The report a meeting's resolution asks for (of `form`, if given), if any.

    The extractor may attach it to the meeting (mandate.report) or list it among the
    programme's reports, linked by meeting id; both count, the meeting's own first.
    """
    report = mandate.report
    if report is not None and form in (None, report.form):
        return report
    for listed in programme.reports if programme else []:
        if listed.meeting == mandate.id and form in (None, listed.form):
            return MeetingReport(
                form=listed.form, author=listed.author, due_session=listed.due_session, paragraph=listed.paragraph
            )
    return None


def summary_report_of(ref: MandateRef, programme: ProgrammeOfWork | None = None) -> MeetingReport | None:
    """The summary report a meeting's resolution asks for, if any."""
    return report_of(ref.mandate, programme, form="summary_report")


def due_session_of(report: MeetingReport, held_session: int) -> tuple[int, bool]:
    """(session the report is due at, whether that was assumed).

    Resolutions often ask for the report without naming a session (the seed, 43/21,
    paragraph 9); reports are then usually presented at the next session.
    """
    if report.due_session is not None:
        return report.due_session, False
    return held_session + 1, True


def due_sessions(programme: ProgrammeOfWork) -> set[int]:
    """The sessions the reports on the programme's meetings fall due at (a later session's dates
    are wanted for their deadlines)."""
    held = programme.session.number
    reports = (report_of(p.ref.mandate, programme) for p in programme.placements)
    return {due_session_of(report, held)[0] for report in reports if report is not None}


def meetings_with_summary_reports(programme: ProgrammeOfWork) -> list[list[Placement]]:
    """Placements grouped per meeting (both parts of a full-day meeting together), in date order."""
    groups: dict[str, list[Placement]] = {}
    for placement in sorted(programme.placements, key=lambda p: (p.start, p.ref.mandate.id, p.part)):
        if summary_report_of(placement.ref, programme) is not None:
            groups.setdefault(placement.ref.mandate.id, []).append(placement)
    return list(groups.values())


def report_facts(
    placements: Sequence[Placement],
    session: SessionSummary,
    *,
    report: MeetingReport,
    due: SessionSummary | None = None,
) -> ReportFacts:
    """The facts of one meeting's draft. `session` is the session the meeting is held in."""
    if not placements:
        raise ValueError("a summary report needs the placement(s) of its meeting, got none")
    ids = {placement.ref.mandate.id for placement in placements}
    if len(ids) != 1:
        raise ValueError(f"placements of one meeting expected, got meetings {', '.join(sorted(ids))}")
    ref = placements[0].ref
    due_number, assumed = due_session_of(report, session.number)
    if due is not None and due.number != due_number:
        raise ValueError(f"the report is due at session {due_number}, got dates of session {due.number}")
    if due is None and due_number == session.number:
        due = session
    return ReportFacts(
        ref=ref,
        report_author=report.author,
        held_on=tuple(sorted({placement.start.date() for placement in placements})),
        held_session=session.number,
        due_session=due_number,
        due_assumed=assumed,
        due_dates=due,
        report_paragraphs=_cited_paragraphs(ref.mandate.paragraph, report.paragraph),
        agenda_items=_report_items(ref),
    )


def _cited_paragraphs(meeting: int, report: int) -> tuple[int, ...]:
    return tuple(sorted({meeting, report}))


def _report_items(ref: MandateRef) -> tuple[int, ...]:
    item = ref.agenda_item
    if item is None:
        return ()
    return tuple(sorted(set(OFFICE_REPORT_ITEMS) | {item}))
